/**
 * Span helpers for signals that match phrases in the text: find every match of a pattern, merge
 * evidence from several places without double counting, and test whether a span sits in a quotation.
 */
import type { Quote, Span } from '../report/schema.ts';
import { byStart, span } from './feature-kit.ts';

/** Every match of a global pattern in the text, as spans in text order. */
export function findAll(text: string, pattern: RegExp): Span[] {
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  const out: Span[] = [];
  for (const m of text.matchAll(new RegExp(pattern.source, flags))) {
    if (m[0].length > 0) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

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

/** The quotation a span sits wholly inside, if any. */
export const quoteAround = (quotes: readonly Quote[], s: Span): Quote | undefined =>
  quotes.find((q) => q.start <= s.start && s.end <= q.end);

/** Whether a span overlaps any of the spans. */
export const overlapsAny = (s: Span, spans: readonly Span[]): boolean =>
  spans.some((o) => o.start < s.end && s.start < o.end);

/** The text of a span, whitespace collapsed. */
export const textOf = (text: string, s: Span): string =>
  text.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
