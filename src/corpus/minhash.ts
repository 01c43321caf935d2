/**
 * Near-duplicate finding: MinHash signatures over word shingles, and locality-sensitive hashing
 * bands over them. Two texts whose shingle sets have Jaccard similarity s agree on each signature
 * slot with probability s, and share at least one band with probability 1 - (1 - s^r)^b, so a band
 * lookup finds the likely matches and the signature comparison confirms them.
 */

/** How texts are shingled and hashed. */
export interface MinHashOptions {
  /** Words per shingle. */
  readonly shingle: number;
  /** Signature length (slots). */
  readonly hashes: number;
  /** LSH bands; `hashes / bands` slots per band. */
  readonly bands: number;
  /** Least estimated Jaccard similarity for two texts to count as the same. */
  readonly similarity: number;
}

/** Quotations are short: word pairs, 64 slots in 16 bands of 4 (half-way point near s = 0.5). */
export const QUOTE_MINHASH: MinHashOptions = { shingle: 2, hashes: 64, bands: 16, similarity: 0.5 };

/** Articles: 4-word shingles, 64 slots in 16 bands of 4 (half-way point near s = 0.5). */
export const STORY_MINHASH: MinHashOptions = { shingle: 4, hashes: 64, bands: 16, similarity: 0.5 };

/** Quotations shorter than this many words are too common ("I love her") to trace. */
export const MIN_TRACE_WORDS = 5;

// "they've" and "they have" are the same words when a quotation is retold
const CONTRACTION = /\b(\p{L}+)'(ve|re|ll|m|d|s)\b/gu;
const EXPANSIONS: Record<string, string> = {
  ve: 'have',
  re: 'are',
  ll: 'will',
  m: 'am',
  d: 'would',
  s: 'is',
};

/** Lowercase letters and digits only, one space between words: "I’m SO happy!" → "i m so happy". */
export function normaliseText(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/n't\b/g, ' not')
    .replace(CONTRACTION, (_, stem: string, tail: string) => `${stem} ${EXPANSIONS[tail] ?? ''}`)
    .replace(/'/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

// murmur3's finaliser: a cheap, well-mixed 32-bit permutation
function mix(h: number): number {
  let x = h >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

const SEEDS = Int32Array.from({ length: 256 }, (_, i) => mix(0x9e3779b9 + Math.imul(i + 1, 0x7f4a7c15)));

/** Flips the sign bit: unsigned 32-bit order becomes signed order, so int32 compares stand for uint32 ones. */
const SIGN = 0x80000000;

/** The MinHash signature of a normalised text (words separated by single spaces). */
export function signature(norm: string, o: MinHashOptions): Uint32Array {
  const n = o.hashes;
  // the innermost loop runs slots × shingles times (40,000 for an article): the minima are kept as
  // int32 with the sign bit flipped and \`mix\` is written out, so it stays in int32 arithmetic
  const min = new Int32Array(n).fill(0x7fffffff);
  const starts: number[] = [];
  for (let i = 0; i < norm.length; i++) if (i === 0 || norm.charCodeAt(i - 1) === 32) starts.push(i);
  const shingles = Math.max(1, starts.length - o.shingle + 1);
  for (let s = 0; s < shingles && starts.length > 0; s++) {
    const from = starts[s]!;
    const endWord = s + o.shingle;
    const to = endWord < starts.length ? starts[endWord]! - 1 : norm.length;
    let h = FNV_OFFSET;
    for (let i = from; i < to; i++) h = Math.imul(h ^ norm.charCodeAt(i), FNV_PRIME);
    for (let k = 0; k < n; k++) {
      // mix(h ^ SEEDS[k]), inlined
      let x = h ^ SEEDS[k]!;
      x ^= x >>> 16;
      x = Math.imul(x, 0x85ebca6b);
      x ^= x >>> 13;
      x = Math.imul(x, 0xc2b2ae35);
      x ^= x >>> 16;
      x ^= SIGN;
      if (x < min[k]!) min[k] = x;
    }
  }
  const sig = new Uint32Array(n);
  for (let k = 0; k < n; k++) sig[k] = (min[k]! ^ SIGN) >>> 0;
  return sig;
}

/** The LSH band keys of a signature, as signed 32-bit integers (they are stored as INTEGER). */
export function bandKeys(sig: Uint32Array, o: MinHashOptions): number[] {
  const rows = o.hashes / o.bands;
  const keys: number[] = [];
  for (let b = 0; b < o.bands; b++) {
    let h = FNV_OFFSET ^ b;
    for (let r = 0; r < rows; r++) h = Math.imul(h ^ sig[b * rows + r]!, FNV_PRIME);
    keys.push(mix(h) | 0);
  }
  return keys;
}

/** Estimated Jaccard similarity: the share of signature slots on which two signatures agree. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return a.length === 0 ? 0 : same / a.length;
}

/** A signature as bytes for the database. */
export const sigToBytes = (sig: Uint32Array): Buffer =>
  Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);

/** A signature back from the database's bytes. */
export function sigFromBytes(b: Uint8Array): Uint32Array {
  const copy = new Uint8Array(b.byteLength);
  copy.set(b);
  return new Uint32Array(copy.buffer);
}

/** Groups items into connected components of "similar" pairs (union-find); groups of one are dropped. */
export function groupPairs(n: number, pairs: Iterable<readonly [number, number]>): number[][] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r]!;
    while (parent[i] !== r) {
      const next = parent[i]!;
      parent[i] = r;
      i = next;
    }
    return r;
  };
  for (const [a, b] of pairs) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}
