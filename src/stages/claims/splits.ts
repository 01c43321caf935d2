/**
 * The clause split decision, learned: a logistic model over a candidate split point (claims/units.ts
 * clauseBreaks) that says whether the readers would start a new claim there. Fitted on the annotated
 * training articles by `npm run fit:claims` (labels: a reader's claim starts within 15 characters of the
 * point) and shipped in data/claims/splits.json; without that file the stage keeps the confidence rule.
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { hashWord, wordSet } from '../../core/hash.ts';
import { tokenAtOrAfter } from '../../core/spans.ts';
import { type Doc, TokenKind } from '../../pipeline/doc.ts';
import type { Span } from '../../report/schema.ts';
import { CLASS_READING, type Verdict } from './model.ts';

/** The named features of a split point, in column order. */
export const SPLIT_FEATURES = [
  'and',
  'but',
  'so',
  'relative',
  'reason',
  'contrast',
  'other word',
  'comma',
  'semicolon',
  'dash',
  'no punctuation',
  'full stop',
  'quotation closes',
  'quotation opens',
  'subject after',
  'inside quotation',
  'left words',
  'right words',
  'types differ',
  'least probability',
  'rule would split',
] as const;

/** A shipped split model: a weight per named feature and a bias. */
export const SplitWeights = z.object({
  version: z.string(),
  features: z.record(z.string(), z.number()),
  bias: z.number(),
  cv: z.record(z.string(), z.number()).optional(),
});
/** The weights file of the split model. */
export type SplitWeights = z.infer<typeof SplitWeights>;

/** A compiled split model: weights in SPLIT_FEATURES order. */
export interface Splitter {
  readonly weights: Float64Array;
  readonly bias: number;
}

/** The split model of a weights file (a feature it does not name weighs 0). */
export function compileSplitter(w: SplitWeights): Splitter {
  return { weights: Float64Array.from(SPLIT_FEATURES, (f) => w.features[f] ?? 0), bias: w.bias };
}

/** Where the shipped split weights live; the same relative URL works from src/ (tsx) and dist/. */
export const SPLIT_WEIGHTS_URL = new URL('../../../data/claims/splits.json', import.meta.url);

let cached: Splitter | null | undefined;

/** The shipped split model, read once; null when none is shipped (the confidence rule decides). */
export function shippedSplitter(): Splitter | null {
  if (cached === undefined)
    cached = existsSync(SPLIT_WEIGHTS_URL)
      ? compileSplitter(SplitWeights.parse(JSON.parse(readFileSync(SPLIT_WEIGHTS_URL, 'utf8'))))
      : null;
  return cached;
}

const RELATIVE = wordSet(['which', 'who', 'whom', 'where']);
const REASON = wordSet(['because', 'since', 'as']);
const CONTRAST = wordSet(['yet', 'while', 'although', 'though', 'whereas']);
// a subject right after the joiner: the second clause has its own ("…, and she still …")
const SUBJECTS = wordSet(['i', 'he', 'she', 'they', 'we', 'you', 'it', "it's", "she's", "he's", 'there']);
const AND = hashWord('and');
const BUT = hashWord('but');
const SO = hashWord('so');

const isQuote = (c: number): boolean =>
  c === 34 || c === 39 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019;

/**
 * The features of the split point `b` of `unit` into `left` and `right`, typed `l` and `r`, written into
 * `out` (SPLIT_FEATURES order) with `clauseConfidence` the probability the confidence rule asks of both.
 */
export function splitFeatures(
  doc: Doc,
  b: number,
  left: Span,
  right: Span,
  l: Verdict,
  r: Verdict,
  clauseConfidence: number,
  out: Float64Array,
): Float64Array {
  out.fill(0);
  const t = doc.tokens;
  const text = doc.text;
  const j = tokenAtOrAfter(t, b);
  const h = t.hash[j]!;
  const word = t.kind[j] !== TokenKind.punct;
  if (word) {
    if (h === AND) out[0] = 1;
    else if (h === BUT) out[1] = 1;
    else if (h === SO) out[2] = 1;
    else if (RELATIVE.has(h)) out[3] = 1;
    else if (REASON.has(h)) out[4] = 1;
    else if (CONTRAST.has(h)) out[5] = 1;
    else out[6] = 1;
  }
  // the punctuation before the point, over closing quotation marks and spaces
  let k = b - 1;
  while (k > left.start && (text.charCodeAt(k) === 32 || isQuote(text.charCodeAt(k)))) {
    if (isQuote(text.charCodeAt(k))) out[12] = 1;
    k--;
  }
  const c = text.charCodeAt(k);
  if (c === 44) out[7] = 1;
  else if (c === 59) out[8] = 1;
  else if (c === 0x2014 || c === 0x2013 || c === 45) out[9] = 1;
  else if (c === 46 || c === 93) out[11] = 1;
  else out[10] = 1;
  // what follows the joiner: an opening quotation, a subject of its own
  const n = word ? j + 1 : j;
  if (n < t.count && t.start[n]! < right.end) {
    if (t.kind[n] === TokenKind.punct && isQuote(text.charCodeAt(t.start[n]!))) out[13] = 1;
    const s = t.kind[n] === TokenKind.punct && n + 1 < t.count ? n + 1 : n;
    if (t.kind[s] !== TokenKind.punct && (SUBJECTS.has(t.hash[s]!) || t.cap[s] === 1)) out[14] = 1;
  }
  for (const q of doc.quotes) if (q.kind === 'direct' && q.start < b && b < q.end) out[15] = 1;
  out[16] = Math.log1p(wordCount(doc, left)) / 3;
  out[17] = Math.log1p(wordCount(doc, right)) / 3;
  const differ = CLASS_READING[l.cls].content !== CLASS_READING[r.cls].content;
  out[18] = differ ? 1 : 0;
  const least = Math.min(l.probability, r.probability);
  out[19] = least;
  out[20] = differ && least >= clauseConfidence ? 1 : 0;
  return out;
}

/** The probability that the readers start a new claim at the point whose features are `x`. */
export function splitProbability(s: Splitter, x: Float64Array): number {
  let z = s.bias;
  for (let i = 0; i < x.length; i++) z += s.weights[i]! * x[i]!;
  return 1 / (1 + Math.exp(-z));
}

function wordCount(doc: Doc, s: Span): number {
  const t = doc.tokens;
  let n = 0;
  for (let i = tokenAtOrAfter(t, s.start); i < t.count && t.end[i]! <= s.end; i++)
    if (t.kind[i] !== TokenKind.punct) n++;
  return n;
}
