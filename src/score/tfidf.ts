/**
 * A bag-of-words baseline: TF-IDF vectors and a sparse logistic regression fitted by seeded SGD.
 * It reads only the words, so it tells how much the explainable signals give up against a model
 * that is free to learn topic and vocabulary.
 */
import { sigmoid } from './logistic.ts';
import { mulberry32, shuffled } from './random.ts';

/** A sparse vector: sorted term indices and their values. */
export interface SparseVector {
  readonly indices: Int32Array;
  readonly values: Float64Array;
}

/** Terms with their index and inverse document frequency. */
export interface Vocabulary {
  readonly index: ReadonlyMap<string, number>;
  readonly idf: Float64Array;
}

/** Vocabulary settings: terms in fewer than `minDf` documents or more than `maxDfShare` of them are dropped. */
export interface VocabularyOptions {
  readonly minDf?: number;
  readonly maxDfShare?: number;
  /** 1: words only; 2: words and adjacent word pairs. */
  readonly ngrams?: 1 | 2;
}

/** SGD settings; `l2` is the penalty on the mean log-loss. */
export interface SgdOptions {
  readonly epochs?: number;
  readonly l2?: number;
  readonly learningRate?: number;
  readonly seed?: number;
}

/** A fitted sparse logistic model. */
export interface SparseLogisticModel {
  readonly weights: Float64Array;
  readonly bias: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Lower-cased word tokens; curly apostrophes fold to straight so "don’t" and "don't" are one term. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(WORD)) out.push(m[0].replace(/’/g, "'"));
  return out;
}

/** The terms of a token list: the words, plus "a b" pairs when bigrams are on. */
export function terms(tokens: readonly string[], ngrams: 1 | 2 = 1): string[] {
  if (ngrams === 1) return tokens.slice();
  const out = tokens.slice();
  for (let i = 0; i + 1 < tokens.length; i++) out.push(tokens[i] + ' ' + tokens[i + 1]);
  return out;
}

/** Builds the vocabulary from training documents only (so CV folds do not leak); indices follow sorted terms. */
export function buildVocabulary(
  docs: readonly (readonly string[])[],
  options: VocabularyOptions = {},
): Vocabulary {
  const minDf = options.minDf ?? 2;
  const maxDf = (options.maxDfShare ?? 0.9) * docs.length;
  const df = new Map<string, number>();
  for (const doc of docs) for (const t of new Set(doc)) df.set(t, (df.get(t) ?? 0) + 1);
  const kept = [...df.entries()]
    .filter(([, n]) => n >= minDf && n <= maxDf)
    .map(([t]) => t)
    .sort();
  const index = new Map<string, number>();
  const idf = new Float64Array(kept.length);
  kept.forEach((t, i) => {
    index.set(t, i);
    // Smoothed idf as in scikit-learn, so a term in every document still weighs 1, not 0.
    idf[i] = Math.log((1 + docs.length) / (1 + df.get(t)!)) + 1;
  });
  return { index, idf };
}

/** TF-IDF with sublinear tf (1 + log tf) and unit L2 norm; unknown terms are skipped. */
export function vectorize(doc: readonly string[], vocabulary: Vocabulary): SparseVector {
  const counts = new Map<number, number>();
  for (const t of doc) {
    const i = vocabulary.index.get(t);
    if (i !== undefined) counts.set(i, (counts.get(i) ?? 0) + 1);
  }
  const indices = Int32Array.from([...counts.keys()].sort((a, b) => a - b));
  const values = new Float64Array(indices.length);
  let norm = 0;
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k]!;
    const v = (1 + Math.log(counts.get(i)!)) * vocabulary.idf[i]!;
    values[k] = v;
    norm += v * v;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (let k = 0; k < values.length; k++) values[k]! /= norm;
  return { indices, values };
}

/** Dot product of a sparse vector with dense weights. */
function dot(x: SparseVector, w: Float64Array): number {
  let s = 0;
  for (let k = 0; k < x.indices.length; k++) s += x.values[k]! * w[x.indices[k]!]!;
  return s;
}

/**
 * Logistic regression by SGD with a seeded shuffle each epoch and a decaying step. The L2 shrink is
 * applied lazily through a shared scale factor so each step costs only the nonzeros of one document.
 */
export function fitSparseLogistic(
  xs: readonly SparseVector[],
  labels: readonly number[],
  dimension: number,
  options: SgdOptions = {},
): SparseLogisticModel {
  const epochs = options.epochs ?? 20;
  const l2 = options.l2 ?? 1e-4;
  const eta0 = options.learningRate ?? 0.5;
  const rand = mulberry32(options.seed ?? 1);
  const v = new Float64Array(dimension);
  let scale = 1;
  let bias = 0;
  let t = 0;
  const order = Array.from({ length: xs.length }, (_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const i of shuffled(order, rand)) {
      const x = xs[i]!;
      const eta = eta0 / (1 + eta0 * l2 * t);
      t++;
      const g = sigmoid(scale * dot(x, v) + bias) - labels[i]!;
      scale *= 1 - eta * l2;
      const step = (eta * g) / scale;
      for (let k = 0; k < x.indices.length; k++) v[x.indices[k]!]! -= step * x.values[k]!;
      bias -= eta * g;
      if (scale < 1e-9) {
        for (let j = 0; j < dimension; j++) v[j]! *= scale;
        scale = 1;
      }
    }
  }
  for (let j = 0; j < dimension; j++) v[j]! *= scale;
  return { weights: v, bias };
}

/** Probability of label 1 for a sparse vector. */
export function predictSparse(model: SparseLogisticModel, x: SparseVector): number {
  return sigmoid(dot(x, model.weights) + model.bias);
}

/** The whole baseline: vocabulary, vectors and model, fitted on texts; returns a text → probability function. */
export function fitTfidfClassifier(
  texts: readonly string[],
  labels: readonly number[],
  options: VocabularyOptions & SgdOptions = {},
): { predict: (text: string) => number; terms: number } {
  const ngrams = options.ngrams ?? 1;
  const docs = texts.map((text) => terms(tokenize(text), ngrams));
  const vocabulary = buildVocabulary(docs, options);
  const xs = docs.map((doc) => vectorize(doc, vocabulary));
  const model = fitSparseLogistic(xs, labels, vocabulary.idf.length, options);
  return {
    predict: (text) => predictSparse(model, vectorize(terms(tokenize(text), ngrams), vocabulary)),
    terms: vocabulary.idf.length,
  };
}
