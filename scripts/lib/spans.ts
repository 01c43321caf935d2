/** Span arithmetic for the evaluation scripts: overlaps of half-open ranges and boundary trimming. */
import type { Range } from './brat.ts';

/** Length of the intersection of two ranges. */
export function overlap(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Sorts and merges ranges so that none overlap; empty ranges are dropped. */
export function normalizeRanges(ranges: readonly Range[]): Range[] {
  const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end)
      out[out.length - 1] = { start: last.start, end: Math.max(last.end, r.end) };
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

/** Total length of (normalised, non-overlapping) ranges. */
export function totalLength(ranges: readonly Range[]): number {
  let n = 0;
  for (const r of ranges) n += r.end - r.start;
  return n;
}

/** Length of the intersection of two sets of (normalised, non-overlapping) ranges. */
export function overlapMany(a: readonly Range[], b: readonly Range[]): number {
  let n = 0;
  for (const x of a) for (const y of b) n += overlap(x, y);
  return n;
}

/**
 * Double quotation marks as news text writes them: straight, curly, guillemets, and the doubled
 * `''` and TeX-style ` `` ` of converted texts. Single marks are left out: ’ is mostly an apostrophe.
 */
export const QUOTE_MARK = /["“”„‟«»]|''|``/;

// Characters that do not count towards a span: spaces, quotation marks and punctuation at the edges.
const EDGE = /[\s"'“”„‟«»‘’‚‛`.,;:!?…—–\-()[\]]/;

/** Shrinks a range past leading and trailing spaces, quotation marks and punctuation. */
export function trimRange(text: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && EDGE.test(text[start]!)) start++;
  while (end > start && EDGE.test(text[end - 1]!)) end--;
  return { start, end };
}
