/**
 * The tokenizer: one pass over the text, writing token offsets, kinds and hashes into typed arrays.
 * Words keep inner apostrophes (Kate’s, wouldn’t) and inner hyphens (42-year-old) so that lexicon
 * lookups see the word a reader sees.
 */
import { foldCode } from './hash.ts';
import { carve as slabBytes, carvedOffset } from './slab.ts';
import { codeAt } from './chars.ts';

/** Token kinds, stored one byte per token. */
export const TokenKind = { word: 1, number: 2, punct: 3 } as const;

/**
 * Tokens in parallel typed arrays: no object per token. `hash` is the FNV-1a hash of the lowercased
 * token with ’ folded to ', so lexicon lookups compare numbers, not strings.
 */
export interface Tokens {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly kind: Uint8Array;
  readonly hash: Uint32Array;
  /** 1 when the token starts with an upper-case letter. */
  readonly cap: Uint8Array;
  /** Index of the sentence holding the token. */
  readonly sentence: Int32Array;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** True for letters and digits, including non-ASCII letters (not general punctuation or spaces). */
export function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xfe30 && c <= 0xfe4f) return false;
  if (c >= 0xff00 && c <= 0xff0f) return false;
  return true;
}

/** True for whitespace, including no-break and typographic spaces. */
export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x3000
  );
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** ASCII classes for the tokenizer's inner loop: one table load instead of a chain of range tests. */
const SPACE = 1;
const WORD = 2;
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII[c] = isSpace(c) ? SPACE : isWordChar(c) ? WORD : 0;

/** `isWordChar`, with ASCII read from the class table. */
const wordChar = (c: number): boolean => (c < 128 ? ASCII[c] === WORD : isWordChar(c));

/** Whether each non-ASCII code unit met so far is an upper-case letter: 0 not yet asked, 1 no, 2 yes. */
const UPPER = new Uint8Array(0x10000);

/** True for an upper-case letter (a non-ASCII one is asked of `toLowerCase` once per process). */
function isUpper(c: number): boolean {
  if (c < 0xc0) return c >= 65 && c <= 90;
  let u = UPPER[c]!;
  if (u === 0) {
    u = String.fromCharCode(c) !== String.fromCharCode(c).toLowerCase() ? 2 : 1;
    UPPER[c] = u;
  }
  return u === 2;
}

/**
 * Token arrays being filled, all views into ONE stretch of bytes (start, end, hash, sentence as 32-bit
 * lanes, then kind and cap as bytes), carved from the shared slab (slab.ts): no backing store of its
 * own per document, which is most of what a short text's tokenizing (a headline) used to cost. Grown by
 * doubling, cut to length at the end.
 */
class TokenBuffer {
  start!: Int32Array;
  end!: Int32Array;
  hash!: Uint32Array;
  sentence!: Int32Array;
  kind!: Uint8Array;
  cap!: Uint8Array;
  n = 0;

  constructor(capacity: number) {
    this.carve(capacity);
  }

  /** Points the six views at fresh zeroed bytes for `capacity` tokens. */
  private carve(capacity: number): void {
    const buf = slabBytes(capacity * 18);
    const at = carvedOffset();
    this.start = new Int32Array(buf, at, capacity);
    this.end = new Int32Array(buf, at + capacity * 4, capacity);
    this.hash = new Uint32Array(buf, at + capacity * 8, capacity);
    this.sentence = new Int32Array(buf, at + capacity * 12, capacity);
    this.kind = new Uint8Array(buf, at + capacity * 16, capacity);
    this.cap = new Uint8Array(buf, at + capacity * 17, capacity);
  }

  push(s: number, e: number, k: number, h: number, c: number): void {
    const n = this.n;
    if (n === this.start.length) this.grow();
    this.start[n] = s;
    this.end[n] = e;
    this.kind[n] = k;
    this.hash[n] = h;
    this.cap[n] = c;
    this.n = n + 1;
  }

  private grow(): void {
    const { start, end, hash, kind, cap } = this;
    this.carve(start.length * 2);
    this.start.set(start);
    this.end.set(end);
    this.hash.set(hash);
    this.kind.set(kind);
    this.cap.set(cap);
  }
}

/** Tokenizes `text[from, to)`; `sentence` is left at -1 for the sentence splitter to fill. */
export function tokenize(text: string, from = 0, to = text.length): Tokens {
  // about one token per five characters of English: a third is a safe first guess
  const b = new TokenBuffer(Math.max(16, Math.ceil((to - from) / 3) + 16));
  let i = from;
  while (i < to) {
    const c = codeAt(text, i);
    const k = c < 128 ? ASCII[c]! : isSpace(c) ? SPACE : isWordChar(c) ? WORD : 0;
    if (k === SPACE) {
      i++;
      continue;
    }
    if (k !== WORD) {
      b.push(i, i + 1, TokenKind.punct, Math.imul(FNV_OFFSET ^ foldCode(c), FNV_PRIME) >>> 0, 0);
      i++;
      continue;
    }
    const s = i;
    let h = FNV_OFFSET;
    let allDigits = true;
    while (i < to) {
      const d = codeAt(text, i);
      if (wordChar(d)) {
        if (d < 48 || d > 57) allDigits = false;
      } else if (
        // inner apostrophe, hyphen, or a decimal point/comma between digits stays inside the word
        (d === 39 || d === 0x2019 || d === 45 || d === 0x2010 || d === 0x2011) &&
        i + 1 < to &&
        wordChar(codeAt(text, i + 1))
      ) {
        allDigits = false;
      } else if ((d === 46 || d === 44) && allDigits && i + 1 < to && isDigit(codeAt(text, i + 1))) {
        // 1,000 and 3.5 are one number
      } else break;
      // ASCII folds inline; the rest goes through foldCode
      h ^= d < 128 ? (d >= 65 && d <= 90 ? d + 32 : d) : foldCode(d);
      h = Math.imul(h, FNV_PRIME);
      i++;
    }
    b.push(s, i, allDigits ? TokenKind.number : TokenKind.word, h >>> 0, isUpper(c) ? 1 : 0);
  }
  const n = b.n;
  return {
    count: n,
    start: b.start.subarray(0, n),
    end: b.end.subarray(0, n),
    kind: b.kind.subarray(0, n),
    hash: b.hash.subarray(0, n),
    cap: b.cap.subarray(0, n),
    sentence: b.sentence.subarray(0, n).fill(-1),
  };
}

/** Length of a trailing possessive ’s / 's on a token, so names are matched without it. */
export function possessiveLength(text: string, end: number): number {
  // a read before the text's start is NaN, and its first occurrence deoptimises every caller inlining this
  if (end < 2) return 0;
  const a = codeAt(text, end - 2);
  const b = codeAt(text, end - 1);
  if ((a === 0x2019 || a === 39) && (b === 115 || b === 83)) return 2;
  return 0;
}
