/**
 * The learned reported-speech cue model: two logistic models over hashed token features, fitted on
 * PolNeAR train by `npm run fit:attribution` and shipped as data/attribution/cue-model.json. One says
 * whether a candidate word is the cue of an attribution ("said", "according", "told", "argued"…), the
 * other whether its reported words follow it ("X said that …") or come before it ("…, X said.").
 *
 * Features are (template, value) pairs hashed to one 32-bit number, written into a reused buffer:
 * scoring a token allocates nothing. The weights file names every feature in words ("w-1": {"he": 0.8})
 * so it can be read and diffed; loading turns the names back into the same hashes.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { hashWord, WordSet } from '../../core/hash.ts';
import { BELIEF_VERBS, REPORTING_VERBS } from '../../lexicon/reporting.ts';
import { TokenKind } from '../../pipeline/doc.ts';
import type { Reading } from './speaker.ts';

/** Where the shipped weights live; the same relative URL works from src/ (tsx) and dist/. */
export const CUE_MODEL_URL = new URL('../../../data/attribution/cue-model.json', import.meta.url);

/** How a template's value is named in the weights file. */
type ValueKind = 'word' | 'word2' | 'int' | 'int|word';

/** The feature templates, in a fixed order: a template's index is part of every feature's hash. */
export const TEMPLATES: readonly { readonly name: string; readonly value: ValueKind }[] = [
  { name: 'w0', value: 'word' },
  { name: 'w-1', value: 'word' },
  { name: 'w+1', value: 'word' },
  { name: 'w-2', value: 'word' },
  { name: 'w+2', value: 'word' },
  { name: 'w0|w+1', value: 'word2' },
  { name: 'w-1|w0', value: 'word2' },
  { name: 'class-1', value: 'int' },
  { name: 'class+1', value: 'int' },
  { name: 'position', value: 'int' },
  { name: 'to-end', value: 'int' },
  { name: 'shape-1', value: 'int' },
  { name: 'shape+1', value: 'int' },
  { name: 'comma-before', value: 'int' },
  { name: 'comma-after', value: 'int' },
  { name: 'quote-in-sentence', value: 'int' },
  { name: 'that-soon', value: 'int' },
  { name: 'first-word', value: 'word' },
  { name: 'w0|position', value: 'int|word' },
  { name: 'class0|shape-1', value: 'int' },
];
const T: Record<string, number> = Object.fromEntries(TEMPLATES.map((t, i) => [t.name, i]));

/** Hash of the sentence boundary as a neighbouring word ("<s>" before the first, "</s>" after the last). */
export const BOUNDARY = hashWord('<s>');
const COMMA = hashWord(',');
const THAT = hashWord('that');
const QUOTE_CHARS = new WordSet([34, 0x201c, 0x201d, 0xab, 0xbb]);

/** Mixes a template index and up to two values into one 30-bit feature hash (murmur3's finaliser). */
export function featureHash(template: number, v1: number, v2 = 0): number {
  let h = Math.imul(template + 1, 0x9e3779b1) ^ v1;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h ^= v2;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  // 30 bits: a small integer, which V8 hashes in a Map far faster than a larger number
  return (h ^ (h >>> 16)) & 0x3fffffff;
}

/** Lexical class of a token: 0 other, 1 reporting verb, 2 belief or intention verb, 3 punctuation. */
export function lexClass(doc: Reading, i: number): number {
  const t = doc.tokens;
  if (i < 0 || i >= t.count) return 0;
  if (t.kind[i] === TokenKind.punct) return 3;
  const h = t.hash[i]!;
  return REPORTING_VERBS.has(h) ? 1 : BELIEF_VERBS.has(h) ? 2 : 0;
}

/** Shape of a token: 0 boundary, 1 lower-case word, 2 capitalised word, 3 number, 4 comma, 5 other punctuation. */
function shape(doc: Reading, i: number, a: number, b: number): number {
  const t = doc.tokens;
  if (i < a || i > b) return 0;
  if (t.kind[i] === TokenKind.number) return 3;
  if (t.kind[i] === TokenKind.punct) return t.hash[i] === COMMA ? 4 : 5;
  return t.cap[i] === 1 ? 2 : 1;
}

const bucket = (n: number): number => (n <= 3 ? n : n <= 5 ? 4 : n <= 8 ? 5 : n <= 12 ? 6 : n <= 20 ? 7 : 8);

/** Longest stretch either side of a token that the features look at (a bounded window). */
const REACH = 12;

/**
 * Writes the feature values of candidate token `i` in sentence tokens `[a, b]`: slot k holds template
 * k's value(s) in `v1[k]` (and `v2[k]` for two-part values). `quoted` says whether the sentence holds a
 * quotation mark.
 */
export function cueValues(
  doc: Reading,
  i: number,
  a: number,
  b: number,
  quoted: boolean,
  v1: Uint32Array,
  v2: Uint32Array,
): void {
  const t = doc.tokens;
  const h = t.hash;
  v2.fill(0);
  v1[0] = word(h, i, a, b);
  v1[1] = word(h, i - 1, a, b);
  v1[2] = word(h, i + 1, a, b);
  v1[3] = word(h, i - 2, a, b);
  v1[4] = word(h, i + 2, a, b);
  v1[5] = word(h, i, a, b);
  v2[5] = word(h, i + 1, a, b);
  v1[6] = word(h, i - 1, a, b);
  v2[6] = word(h, i, a, b);
  v1[7] = i - 1 < a ? 4 : lexClass(doc, i - 1);
  v1[8] = i + 1 > b ? 4 : lexClass(doc, i + 1);
  const pos = bucket(i - a);
  v1[9] = pos;
  v1[10] = bucket(b - i);
  const s1 = shape(doc, i - 1, a, b);
  v1[11] = s1;
  v1[12] = shape(doc, i + 1, a, b);
  let before = 0;
  for (let k = i - 1; k >= a && k >= i - REACH; k--)
    if (t.hash[k] === COMMA) {
      before = i - k;
      break;
    }
  v1[13] = bucket(before);
  let after = 0;
  for (let k = i + 1; k <= b && k <= i + REACH; k++)
    if (t.hash[k] === COMMA) {
      after = k - i;
      break;
    }
  v1[14] = bucket(after);
  v1[15] = quoted ? 1 : 0;
  let that = 0;
  for (let k = i + 1; k <= b && k <= i + 4; k++)
    if (t.hash[k] === THAT) {
      that = k - i;
      break;
    }
  v1[16] = that;
  v1[17] = word(h, a, a, b);
  v1[18] = pos;
  v2[18] = word(h, i, a, b);
  v1[19] = lexClass(doc, i) * 8 + s1;
}

/** The hash of token `k`, or the boundary's outside the sentence `[a, b]`. */
function word(h: Uint32Array, k: number, a: number, b: number): number {
  return k < a || k > b ? BOUNDARY : h[k]!;
}

/** Hashes the values `cueValues` wrote into one feature per template, in `out`. */
export function hashFeatures(v1: Uint32Array, v2: Uint32Array, out: Uint32Array): void {
  for (let k = 0; k < TEMPLATES.length; k++) out[k] = featureHash(k, v1[k]!, v2[k]!);
}

/** The most features one token has. */
export const MAX_FEATURES = TEMPLATES.length;

/** True when the sentence `[a, b]` holds a double quotation mark. */
export function sentenceQuoted(doc: Reading, a: number, b: number): boolean {
  const t = doc.tokens;
  for (let k = a; k <= b; k++)
    if (t.kind[k] === TokenKind.punct && QUOTE_CHARS.has(doc.text.charCodeAt(t.start[k]!))) return true;
  return false;
}

const Weights = z.record(z.string(), z.record(z.string(), z.number()));
const ModelFile = z.object({
  version: z.string().min(1),
  trainedOn: z
    .object({
      dataset: z.string(),
      texts: z.number().int(),
      candidates: z.number().int(),
      cues: z.number().int(),
    })
    .nullable(),
  candidates: z.array(z.string()).describe('Words that may be a cue (folded to lower case)'),
  cue: z.object({ bias: z.number(), weights: Weights }),
  direction: z.object({ bias: z.number(), weights: Weights }),
});
/** The weights file as stored. */
export type CueModelFile = z.infer<typeof ModelFile>;

/** Weights are stored as whole numbers of this unit when every weight is one (the fitted files round to it). */
const WEIGHT_UNIT = 10000;

/**
 * Weights by feature hash in one open-addressing table of typed arrays: `logit` probes it inline, 20
 * times per candidate word, with no boxing and no call per feature. A key is stored as hash + 1 (hashes
 * are 30-bit), so 0 marks an empty slot. The keys sit alone in a Uint32Array filled to about 70%, the
 * weights in a typed array at the same slots: in the pipeline the other stages evict the tables
 * between articles, so their size is what a probe costs. The fitted files write 4 decimals, so each
 * weight is kept as a 16-bit count of 1/10,000 (`WEIGHT_UNIT`), and the count over 10,000 is exactly
 * the double the file's number parses to (both are the double nearest the same decimal); a table
 * with any other weight keeps doubles. The cue model's 11,000 features take 64 KB of keys and 32 KB
 * of weights, where key and weight side by side at half load took 512 KB.
 */
export class WeightTable {
  /** Slot s: its key (hash + 1, or 0 when empty). */
  private readonly keys: Uint32Array;
  /** Slot s: its weight in units of 1/`WEIGHT_UNIT`, when `scaled`. */
  private readonly counts: Int16Array;
  /** Slot s: its weight, when not `scaled`. */
  private readonly weights: Float64Array;
  private readonly scaled: boolean;
  private readonly mask: number;
  /** How many features have a weight. */
  readonly size: number;

  constructor(entries: readonly (readonly [number, number])[]) {
    let cap = 16;
    // at most about 70% full: linear probes stay short, and run along one cache line of keys
    while (cap * 0.7 < entries.length) cap <<= 1;
    this.mask = cap - 1;
    this.keys = new Uint32Array(cap);
    this.scaled = entries.every(([, w]) => {
      const n = Math.round(w * WEIGHT_UNIT);
      return n / WEIGHT_UNIT === w && n >= -32768 && n <= 32767;
    });
    this.counts = new Int16Array(this.scaled ? cap : 0);
    this.weights = new Float64Array(this.scaled ? 0 : cap);
    let size = 0;
    for (const [h, w] of entries) {
      const key = h + 1;
      let s = Math.imul(key, 0x9e3779b1) & this.mask;
      while (this.keys[s] !== 0 && this.keys[s] !== key) s = (s + 1) & this.mask;
      if (this.keys[s] === 0) size++;
      // the last weight of a hash wins, as in a Map
      this.keys[s] = key;
      if (this.scaled) this.counts[s] = Math.round(w * WEIGHT_UNIT);
      else this.weights[s] = w;
    }
    this.size = size;
  }

  /** The weight of a feature hash, or 0. */
  get(h: number): number {
    const keys = this.keys;
    const mask = this.mask;
    const key = h + 1;
    let s = Math.imul(key, 0x9e3779b1) & mask;
    for (;;) {
      const k = keys[s]!;
      if (k === key) return this.scaled ? this.counts[s]! / WEIGHT_UNIT : this.weights[s]!;
      if (k === 0) return 0;
      s = (s + 1) & mask;
    }
  }
}

/** One logistic model, ready to score hashed features. */
export interface Logistic {
  readonly bias: number;
  readonly weights: WeightTable;
}

/** The loaded cue model. */
export interface CueModel {
  readonly version: string;
  /** Hashes of the words that may be a cue. */
  readonly candidates: ReadonlySet<number>;
  readonly cue: Logistic;
  readonly direction: Logistic;
}

const valueHash = (kind: ValueKind, v: string): [number, number] => {
  if (kind === 'int') return [Number(v), 0];
  if (kind === 'word') return [hashWord(v), 0];
  // a word may itself be "|": split at the first bar after the first character
  const bar = v.indexOf('|', 1);
  const second = hashWord(v.slice(bar + 1));
  return [kind === 'int|word' ? Number(v.slice(0, bar)) : hashWord(v.slice(0, bar)), second];
};

function toLogistic(m: { bias: number; weights: Record<string, Record<string, number>> }): Logistic {
  const entries: [number, number][] = [];
  for (const [name, values] of Object.entries(m.weights)) {
    const ti = T[name];
    if (ti === undefined) throw new Error(`cue model: unknown feature template "${name}"`);
    const kind = TEMPLATES[ti]!.value;
    for (const [v, w] of Object.entries(values)) {
      const [h1, h2] = valueHash(kind, v);
      entries.push([featureHash(ti, h1, h2), w]);
    }
  }
  return { bias: m.bias, weights: new WeightTable(entries) };
}

/** Reads and validates a weights file's JSON. */
export function parseCueModel(json: unknown): CueModel {
  const f = ModelFile.parse(json);
  return {
    version: f.version,
    candidates: new WordSet(f.candidates.map(hashWord)),
    cue: toLogistic(f.cue),
    direction: toLogistic(f.direction),
  };
}

let shipped: CueModel | null = null;

/** The shipped model (data/attribution/cue-model.json), read once. */
export function cueModel(): CueModel {
  shipped ??= parseCueModel(JSON.parse(readFileSync(CUE_MODEL_URL, 'utf8')));
  return shipped;
}

/** The model's log-odds for one token's hashed features. */
export const logit = (m: Logistic, f: Uint32Array): number => linearLogit(m, f, TEMPLATES.length);

/** Log-odds of a hashed linear model: its bias plus the weight of each of the first `n` features of `f`. */
export function linearLogit(
  m: { readonly bias: number; readonly weights: WeightTable },
  f: Uint32Array,
  n: number,
): number {
  let z = m.bias;
  for (let k = 0; k < n; k++) z += m.weights.get(f[k]!);
  return z;
}
