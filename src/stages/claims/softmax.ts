/**
 * Multinomial logistic regression over sparse rows, L2-regularised, fitted by full-batch gradient
 * descent with Nesterov momentum. Sequential sums and a fixed schedule: the same weights on every machine.
 * (src/score/logistic.ts is binary and dense, with a Newton step that would need a d×d Hessian here.)
 */

/** One training row: column indices and their values. */
export interface SparseRow {
  readonly index: Int32Array;
  readonly value: Float64Array;
}

/** A fitted model: `weights[k][j]` for class k and column j, and one bias per class. */
export interface SoftmaxModel {
  readonly classes: number;
  readonly columns: number;
  readonly weights: Float64Array; // classes × columns, row-major
  readonly bias: Float64Array;
}

/** Fit settings: `l2` on the mean log-loss, iterations and step size. */
export interface SoftmaxOptions {
  readonly l2?: number;
  readonly iterations?: number;
  readonly step?: number;
  /** Per-row weights (e.g. to balance classes); 1 when absent. */
  readonly rowWeights?: readonly number[];
}

/** Class scores (logits) of a sparse row, into `out`. */
export function logits(
  model: SoftmaxModel,
  index: ArrayLike<number>,
  value: ArrayLike<number>,
  n: number,
  out: Float64Array,
): void {
  const { classes: K, columns: D, weights: W } = model;
  for (let k = 0; k < K; k++) {
    let z = model.bias[k]!;
    for (let q = 0; q < n; q++) z += W[k * D + index[q]!]! * value[q]!;
    out[k] = z;
  }
}

/** Turns logits into probabilities in place (max-shifted, so no overflow). */
export function softmaxInPlace(z: Float64Array): void {
  let m = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < z.length; k++) m = Math.max(m, z[k]!);
  let s = 0;
  for (let k = 0; k < z.length; k++) {
    z[k] = Math.exp(z[k]! - m);
    s += z[k]!;
  }
  for (let k = 0; k < z.length; k++) z[k]! /= s;
}

/** Fits the model on rows with labels 0…classes−1. */
export function fitSoftmax(
  rows: readonly SparseRow[],
  labels: readonly number[],
  classes: number,
  columns: number,
  options: SoftmaxOptions = {},
): SoftmaxModel {
  const l2 = options.l2 ?? 1e-3;
  const iterations = options.iterations ?? 400;
  const step = options.step ?? 0.5;
  const K = classes;
  const D = columns;
  const n = rows.length;
  const rw = options.rowWeights;
  const totalWeight = rw ? rw.reduce((a, b) => a + b, 0) : n;
  const W = new Float64Array(K * D);
  const B = new Float64Array(K);
  const vW = new Float64Array(K * D);
  const vB = new Float64Array(K);
  const gW = new Float64Array(K * D);
  const gB = new Float64Array(K);
  const lookW = new Float64Array(K * D);
  const lookB = new Float64Array(K);
  const z = new Float64Array(K);
  const momentum = 0.9;
  for (let it = 0; it < iterations; it++) {
    // Nesterov: the gradient at the look-ahead point
    for (let j = 0; j < K * D; j++) lookW[j] = W[j]! + momentum * vW[j]!;
    for (let k = 0; k < K; k++) lookB[k] = B[k]! + momentum * vB[k]!;
    gW.fill(0);
    gB.fill(0);
    const look: SoftmaxModel = { classes: K, columns: D, weights: lookW, bias: lookB };
    for (let i = 0; i < n; i++) {
      const r = rows[i]!;
      logits(look, r.index, r.value, r.index.length, z);
      softmaxInPlace(z);
      const w = (rw ? rw[i]! : 1) / totalWeight;
      for (let k = 0; k < K; k++) {
        const g = (z[k]! - (labels[i] === k ? 1 : 0)) * w;
        gB[k]! += g;
        for (let q = 0; q < r.index.length; q++) gW[k * D + r.index[q]!]! += g * r.value[q]!;
      }
    }
    for (let j = 0; j < K * D; j++) {
      const g = gW[j]! + l2 * lookW[j]!;
      vW[j] = momentum * vW[j]! - step * g;
      W[j]! += vW[j]!;
    }
    for (let k = 0; k < K; k++) {
      vB[k] = momentum * vB[k]! - step * gB[k]!;
      B[k]! += vB[k]!;
    }
  }
  return { classes: K, columns: D, weights: W, bias: B };
}
