/**
 * Word hashes: lexicons are matched by comparing 32-bit FNV-1a hashes of lowercased words (’ folded
 * to '), so the hot loops never slice the text into strings.
 */

import { WordMap, WordSet } from './word-table.ts';
import { codeAt } from './chars.ts';

export { WordMap, WordSet };

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * Lower-case code units of the non-ASCII letters met so far (0: not yet asked), so that a non-ASCII
 * letter costs a string and a `toLowerCase` once per process, not once per occurrence.
 */
const FOLDED = new Uint16Array(0x10000);

/** Lowercases one UTF-16 code unit and folds typographic apostrophes, for hashing. */
export function foldCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c === 0x2019 || c === 0x2018) return 39;
  if (c < 0xc0) return c;
  const f = FOLDED[c]!;
  if (f !== 0) return f;
  // toLowerCase never gives an empty string or a NUL, so 0 is free to mean "not yet asked"
  const g = String.fromCharCode(c).toLowerCase().charCodeAt(0);
  FOLDED[c] = g;
  return g;
}

/** Folds typographic apostrophes (‘ ’) to ' in a string, as `foldCode` does for hashing: the one fold. */
export const foldApostrophes = (s: string): string =>
  // most strings hold neither: two scans are cheaper than a regex replace that finds nothing
  s.indexOf('\u2019') < 0 && s.indexOf('\u2018') < 0 ? s : s.replace(/[\u2018\u2019]/g, "'");

/** Hashes `text[start, end)` as the tokenizer does. */
export function hashRange(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) {
    h ^= foldCode(codeAt(text, i));
    h = Math.imul(h, FNV_PRIME) >>> 0;
  }
  return h >>> 0;
}

/** Hashes a whole word. */
export const hashWord = (word: string): number => hashRange(word, 0, word.length);

/** A set of word hashes built from a word list (typed-array backed: no boxing per lookup). */
export const wordSet = (words: readonly string[]): ReadonlySet<number> => new WordSet(words.map(hashWord));

/** A map from word hashes to values, built from `[word, value]` pairs (the last value of a word wins). */
export const wordMap = <V>(entries: Iterable<readonly [string, V]>): ReadonlyMap<number, V> =>
  new WordMap([...entries].map(([w, v]) => [hashWord(w), v] as const));

/** The hash of "the", which many matchers test for. */
export const THE = hashWord('the');
