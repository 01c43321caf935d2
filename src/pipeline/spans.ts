/** Span helpers shared by the stages: token lookup by offset and word counts, by binary search. */
import { wordSet } from '../lexicon/hash.ts';
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

/**
 * True when token `i` is the full stop of an honorific or an initial inside a name ("Mr. Clarke",
 * "Loretta E. Lynch"): a stop that neither ends the sentence nor the name.
 */
export function isNameDot(text: string, tokens: Tokens, i: number): boolean {
  if (i < 1 || i + 1 >= tokens.count || text.charCodeAt(tokens.start[i]!) !== 46) return false;
  if (tokens.start[i] !== tokens.end[i - 1] || tokens.cap[i - 1] !== 1 || tokens.cap[i + 1] !== 1)
    return false;
  const len = tokens.end[i - 1]! - tokens.start[i - 1]!;
  return len === 1 || HONORIFICS.has(tokens.hash[i - 1]!);
}

const HONORIFICS = wordSet([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'prof',
  'rev',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'capt',
  'sgt',
  'jr',
  'sr',
]);
