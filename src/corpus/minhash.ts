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

const EXPANSIONS: Record<string, string> = {
  ve: 'have',
  re: 'are',
  ll: 'will',
  m: 'am',
  d: 'would',
  s: 'is',
};

// one regular expression per character class, not per text: the tests of a code point above ASCII
const LETTER = /^\p{L}$/u;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const letterCache = new Map<number, boolean>();
const wordCache = new Map<number, boolean>();
const cached = (cache: Map<number, boolean>, re: RegExp, cp: number): boolean => {
  let v = cache.get(cp);
  if (v === undefined) {
    v = re.test(String.fromCodePoint(cp));
    cache.set(cp, v);
  }
  return v;
};
/** `\p{L}` for one code point. */
const isLetter = (cp: number): boolean =>
  cp < 128 ? (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) : cached(letterCache, LETTER, cp);
/** `[\p{L}\p{N}]` for one code point. */
const isLetterOrNumber = (cp: number): boolean =>
  cp < 128
    ? (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57)
    : cached(wordCache, LETTER_OR_NUMBER, cp);
/** A regular expression's `\w` (ASCII), for its `\b`. */
const isAsciiWord = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
/** `\b` at index i of s. */
const boundary = (s: string, i: number): boolean =>
  (i > 0 && isAsciiWord(s.charCodeAt(i - 1))) !== (i < s.length && isAsciiWord(s.charCodeAt(i)));
/** The code point ending just before index i (a surrogate pair read as one), and its length. */
function pointBefore(s: string, i: number): [number, number] {
  const lo = s.charCodeAt(i - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) {
    const hi = s.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return [(hi - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000, 2];
  }
  return [lo, 1];
}
const TAILS = ['ve', 're', 'll', 'm', 'd', 's'] as const;

/**
 * `s.replace(/\b(\p{L}+)'(ve|re|ll|m|d|s)\b/gu, "$1 " + expansion)` in one pass: "they've" and "they
 * have" are the same words when a quotation is retold. The expression tried a letter run at every
 * position; here each apostrophe with a tail looks back over its letters for the leftmost start the
 * expression would have taken (at a `\b`, not inside the previous match).
 */
function expandContractions(s: string): string {
  let out = '';
  let done = 0; // end of the previous match: the next one starts at or after it
  for (let r = s.indexOf("'"); r >= 0; r = s.indexOf("'", r + 1)) {
    let tail = '';
    for (const t of TAILS)
      if (s.startsWith(t, r + 1) && boundary(s, r + 1 + t.length)) {
        tail = t;
        break;
      }
    if (!tail) continue;
    // the letters before the apostrophe, back to the run's start or the previous match's end
    let a = r;
    while (a > done) {
      const [cp, n] = pointBefore(s, a);
      if (a - n < done || !isLetter(cp)) break;
      a -= n;
    }
    let q = -1;
    for (let i = a; i < r; i += s.codePointAt(i)! > 0xffff ? 2 : 1)
      if (boundary(s, i)) {
        q = i;
        break;
      }
    if (q < 0) continue;
    const end = r + 1 + tail.length;
    out += `${s.slice(done, r)} ${EXPANSIONS[tail]}`;
    done = end;
    r = end - 1;
  }
  return done === 0 ? s : out + s.slice(done);
}

/** `s.replace(/[^\p{L}\p{N}]+/gu, ' ')` in one pass. */
function spaceNonWords(s: string): string {
  let out = '';
  let from = 0; // start of the current run of kept characters
  let i = 0;
  while (i < s.length) {
    const cp = s.codePointAt(i)!;
    const n = cp > 0xffff ? 2 : 1;
    if (isLetterOrNumber(cp)) {
      i += n;
      continue;
    }
    out += `${s.slice(from, i)} `;
    i += n;
    while (i < s.length) {
      const c = s.codePointAt(i)!;
      if (isLetterOrNumber(c)) break;
      i += c > 0xffff ? 2 : 1;
    }
    from = i;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** Lowercase letters and digits only, one space between words: "I’m SO happy!" → "i m so happy". */
export function normaliseText(s: string): string {
  const t = s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/n't\b/g, ' not');
  return spaceNonWords(expandContractions(t).replace(/'/g, '')).trim();
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
  const starts: number[] = [];
  for (let i = 0; i < norm.length; i++) if (i === 0 || norm.charCodeAt(i - 1) === 32) starts.push(i);
  const shingles = starts.length === 0 ? 0 : Math.max(1, starts.length - o.shingle + 1);
  // each shingle's FNV hash once, then slot by slot over all of them: the running minimum of a slot
  // and its seed stay in registers through the innermost loop (slots × shingles, 40,000 times for an
  // article), which runs in int32 arithmetic: minima with the sign bit flipped, \`mix\` written out
  const hs = new Int32Array(shingles);
  for (let s = 0; s < shingles; s++) {
    const from = starts[s]!;
    const endWord = s + o.shingle;
    const to = endWord < starts.length ? starts[endWord]! - 1 : norm.length;
    let h = FNV_OFFSET;
    for (let i = from; i < to; i++) h = Math.imul(h ^ norm.charCodeAt(i), FNV_PRIME);
    hs[s] = h;
  }
  const sig = new Uint32Array(n);
  // four slots per pass over the hashes (the option's slot counts are multiples of four)
  let k = 0;
  for (; k + 4 <= n; k += 4) {
    const s0 = SEEDS[k]!;
    const s1 = SEEDS[k + 1]!;
    const s2 = SEEDS[k + 2]!;
    const s3 = SEEDS[k + 3]!;
    let m0 = 0x7fffffff;
    let m1 = 0x7fffffff;
    let m2 = 0x7fffffff;
    let m3 = 0x7fffffff;
    for (let s = 0; s < shingles; s++) {
      const h = hs[s]!;
      m0 = minMixed(h ^ s0, m0);
      m1 = minMixed(h ^ s1, m1);
      m2 = minMixed(h ^ s2, m2);
      m3 = minMixed(h ^ s3, m3);
    }
    sig[k] = (m0 ^ SIGN) >>> 0;
    sig[k + 1] = (m1 ^ SIGN) >>> 0;
    sig[k + 2] = (m2 ^ SIGN) >>> 0;
    sig[k + 3] = (m3 ^ SIGN) >>> 0;
  }
  for (; k < n; k++) {
    const seed = SEEDS[k]!;
    let min = 0x7fffffff;
    for (let s = 0; s < shingles; s++) min = minMixed(hs[s]! ^ seed, min);
    sig[k] = (min ^ SIGN) >>> 0;
  }
  return sig;
}

/** The smaller of \`min\` and mix(x) with its sign bit flipped (int32 arithmetic throughout; inlined by V8). */
function minMixed(x: number, min: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  x ^= SIGN;
  return Math.min(x, min);
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
