/** Span helpers shared by the stages: token lookup by offset and word counts, by binary search. */
import { wordSet } from './hash.ts';
import { type Tokens, TokenKind } from './tokens.ts';
import { codeAt } from './chars.ts';

/**
 * The one binary search: the first index in `[0, count)` at which `before(i)` is false, `count` if
 * none. `before` must hold on a prefix of the indices and fail on the rest (sorted data).
 */
export function partitionPoint(count: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// The lookups below are `partitionPoint` written out: called from every stage, a closure per call
// made the one `before(mid)` call site megamorphic (dozens of closures), so it was never inlined.

/** Index of the first token that starts at or after `offset` (tokens.count if none). */
export function tokenAtOrAfter(tokens: Tokens, offset: number): number {
  const start = tokens.start;
  let lo = 0;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (start[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last token that ends at or before `offset` (-1 if none). */
export function tokenEndingBy(tokens: Tokens, offset: number): number {
  const end = tokens.end;
  let lo = 0;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (end[mid]! <= offset) lo = mid + 1;
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
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo]!.start <= offset ? lo : -1;
}

/** Index of the last span of a sorted list that starts at or before `offset` (-1 if none). */
export function spanStartingBy(spans: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * True when token `i` is the full stop of an honorific or an initial inside a name ("Mr. Clarke",
 * "Loretta E. Lynch"): a stop that neither ends the sentence nor the name.
 */
export function isNameDot(text: string, tokens: Tokens, i: number): boolean {
  if (i < 1 || i + 1 >= tokens.count || codeAt(text, tokens.start[i]!) !== 46) return false;
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

/**
 * Sorts `xs` in place by `cmp` and returns it, but first checks whether it is already in order (most
 * evidence lists are, being collected in text order): the check reads each pair once and allocates
 * nothing, where `Array.prototype.sort` copies the array even when it moves nothing. The result is the
 * same as `xs.sort(cmp)` (a stable sort leaves an ordered array as it is).
 */
export function sortedBy<T>(xs: T[], cmp: (a: T, b: T) => number): T[] {
  for (let k = 1; k < xs.length; k++) if (cmp(xs[k - 1]!, xs[k]!) > 0) return xs.sort(cmp);
  return xs;
}
