/** Span helpers shared by the stages: token lookup by offset and word counts, by binary search. */
import { type Tokens, TokenKind } from './doc.ts';

/** Index of the first token that starts at or after `offset` (tokens.count if none). */
export function tokenAtOrAfter(tokens: Tokens, offset: number): number {
  let lo = 0;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.start[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last token that ends at or before `offset` (-1 if none). */
export function tokenEndingBy(tokens: Tokens, offset: number): number {
  let lo = 0;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.end[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Number of word and number tokens inside `[start, end)`. */
export function wordsIn(tokens: Tokens, start: number, end: number): number {
  let n = 0;
  for (let i = tokenAtOrAfter(tokens, start); i < tokens.count && tokens.end[i]! <= end; i++) {
    if (tokens.kind[i] !== TokenKind.punct) n++;
  }
  return n;
}

/** True when `a` and `b` overlap. */
export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

/** True when `inner` lies within `outer`. */
export const within = (
  inner: { start: number; end: number },
  outer: { start: number; end: number },
): boolean => inner.start >= outer.start && inner.end <= outer.end;

/** Index of the span in a sorted list that contains `offset`, or -1. */
export function spanIndexAt(spans: readonly { start: number; end: number }[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
