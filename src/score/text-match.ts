/**
 * Span helpers for signals that match phrases in the text: find every match of a pattern, merge
 * evidence from several places without double counting, and test whether a span sits in a quotation.
 */
import type { Quote, Span } from '../report/schema.ts';
import { byStart, span } from './feature-kit.ts';

/** Every match of a pattern in the text from `from` on, as spans in text order. */
export function findAll(text: string, pattern: RegExp, from = 0): Span[] {
  const out: Span[] = [];
  const re = globalOf(pattern);
  re.lastIndex = from;
  for (const m of text.matchAll(re)) {
    if (m[0].length > 0 && m.index >= from) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const GLOBAL = new WeakMap<RegExp, RegExp>();

/** The global form of a pattern, compiled once (matchAll copies it, so sharing it is safe). */
function globalOf(pattern: RegExp): RegExp {
  let re = GLOBAL.get(pattern);
  if (!re) {
    re = pattern.flags.includes('g') ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
    GLOBAL.set(pattern, re);
  }
  return re;
}

/** Every match of a pattern in the article's body: a front-matter block before it is not read. */
export const findInBody = (
  r: { readonly text: string; readonly paragraphs: readonly Span[] },
  pattern: RegExp,
): Span[] => findAll(r.text, pattern, r.paragraphs[0]?.start ?? 0);

/** Spans from several lists in text order, overlapping ones counted once (the earliest, longest wins). */
export function mergeSpans(...lists: readonly (readonly Span[])[]): Span[] {
  const all = lists
    .flat()
    .map(span)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of all) {
    const last = out.at(-1);
    if (last && s.start < last.end) continue;
    out.push(s);
  }
  return out.sort(byStart);
}

/** The quotation a span sits wholly inside, if any (the first such in the list's order). */
export function quoteAround(quotes: readonly Quote[], s: Span): Quote | undefined {
  const reach = reachOf(quotes);
  if (!reach) return quotes.find((q) => q.start <= s.start && s.end <= q.end);
  // the first quotation whose end reaches s.end is the first that may hold s; it does when it starts
  // by s.start (the list is sorted by start, so every later one that reaches starts later still)
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reach[mid]! < s.end) lo = mid + 1;
    else hi = mid;
  }
  const q = quotes[lo];
  return q && q.start <= s.start ? q : undefined;
}

// per quotation list sorted by start: the furthest end among the quotations up to each index, so the
// lookup is a binary search and a report with many quotations stays linear (issue 16)
const REACH = new WeakMap<readonly Quote[], Float64Array | null>();

function reachOf(quotes: readonly Quote[]): Float64Array | null {
  let reach = REACH.get(quotes);
  if (reach !== undefined && (reach === null || reach.length === quotes.length)) return reach;
  reach = new Float64Array(quotes.length);
  let max = -1;
  for (let k = 0; k < quotes.length; k++) {
    const q = quotes[k]!;
    if (k > 0 && q.start < quotes[k - 1]!.start) {
      reach = null;
      break;
    }
    max = Math.max(max, q.end);
    reach[k] = max;
  }
  REACH.set(quotes, reach);
  return reach;
}

/** The text of a span, whitespace collapsed. */
export const textOf = (text: string, s: Span): string =>
  text.slice(s.start, s.end).replace(/\s+/g, ' ').trim();

/** The first match of a pattern in a string (the pattern's global flag is ignored), or null. */
export function firstMatch(text: string, pattern: RegExp): string | null {
  const m = new RegExp(pattern.source, pattern.flags.replace('g', '')).exec(text);
  return m ? m[0] : null;
}
