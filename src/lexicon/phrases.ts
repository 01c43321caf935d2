/**
 * One phrase lexicon matched over token hashes, for the lexicons that cannot be compiled with the
 * shared ones (a knowledge base's aliases, built per knowledge base). A thin wrapper over the
 * multi-pattern matcher (matcher.ts): same rules, longest phrase first, no string built per token.
 */
import { type Tokens, TokenKind } from '../pipeline/doc.ts';
import { compileLexicons, type LexiconMatcher, type LexiconRef } from './matcher.ts';

/** A compiled phrase lexicon with payloads of type `T`. */
export interface PhraseMatcher<T> {
  readonly matcher: LexiconMatcher<{ readonly phrases: readonly (readonly [string, T])[] }>;
  readonly ref: LexiconRef<T>;
}

/** Builds a matcher from `[phrase, value]` pairs (the first of two identical phrases wins). */
export function phraseMatcher<T>(entries: readonly (readonly [string, T])[]): PhraseMatcher<T> {
  const matcher = compileLexicons({ phrases: entries });
  return { matcher, ref: matcher.lexicon('phrases') };
}

/** The longest phrase starting at token `i`: its last token index and value, or null. */
export function matchAt<T>(m: PhraseMatcher<T>, tokens: Tokens, i: number): { last: number; value: T } | null {
  return m.matcher.matchAt(m.ref, tokens, i);
}

/** True for a word token (not punctuation). */
export const isWord = (tokens: Tokens, i: number): boolean => tokens.kind[i] !== TokenKind.punct;
