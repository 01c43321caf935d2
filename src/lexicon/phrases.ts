/**
 * Multi-word lexicon matching over token hashes: phrases are tokenized like the article, indexed by
 * their first word, and matched longest-first at a token, with no string built per token.
 */
import { type Tokens, TokenKind } from '../pipeline/doc.ts';
import { tokenize } from '../segment/tokens.ts';

/** A phrase lexicon: each phrase's word hashes, and a payload (its kind). */
export interface PhraseMatcher<T> {
  readonly byFirst: ReadonlyMap<number, readonly { readonly hashes: Uint32Array; readonly value: T }[]>;
}

/** Builds a matcher from `[phrase, value]` pairs. */
export function phraseMatcher<T>(entries: readonly (readonly [string, T])[]): PhraseMatcher<T> {
  const byFirst = new Map<number, { hashes: Uint32Array; value: T }[]>();
  for (const [phrase, value] of entries) {
    const t = tokenize(phrase);
    const hashes = Uint32Array.from(t.hash);
    const first = hashes[0];
    if (first === undefined) continue;
    const list = byFirst.get(first) ?? [];
    list.push({ hashes, value });
    list.sort((a, b) => b.hashes.length - a.hashes.length);
    byFirst.set(first, list);
  }
  return { byFirst };
}

/** The longest phrase starting at token `i`: its last token index and value, or null. */
export function matchAt<T>(m: PhraseMatcher<T>, tokens: Tokens, i: number): { last: number; value: T } | null {
  const list = m.byFirst.get(tokens.hash[i]!);
  if (!list) return null;
  for (const p of list) {
    const n = p.hashes.length;
    if (i + n > tokens.count) continue;
    let ok = true;
    for (let k = 1; k < n && ok; k++) ok = tokens.hash[i + k] === p.hashes[k];
    // phrases do not run across sentences
    if (ok && tokens.sentence[i + n - 1] === tokens.sentence[i]) return { last: i + n - 1, value: p.value };
  }
  return null;
}

/** True for a word token (not punctuation). */
export const isWord = (tokens: Tokens, i: number): boolean => tokens.kind[i] !== TokenKind.punct;
