/**
 * Dense L2-regularised logistic regression fitted by Newton's method on standardised features.
 * Newton converges in a handful of exact steps for a few dozen features, so the fit needs no
 * learning rate, no randomness and gives the same weights on every machine (plain sequential sums).
 */

/** A fitted model: weights act on standardised features, so they are comparable to each other. */
export interface LogisticModel {
  readonly means: readonly number[];
  readonly stds: readonly number[];
  readonly weights: readonly number[];
  readonly bias: number;
}

/**
 * Fit settings; `l2` penalises Σw² (not the bias) on the summed log-loss. `signs` (+1, −1 or 0 per
 * feature) constrains the direction of each weight: a feature whose weight comes out the wrong way is
 * left out (weight 0) and the rest refitted, one at a time, until every weight agrees with its sign.
 */
export interface LogisticOptions {
  readonly l2?: number;
  readonly maxIter?: number;
  readonly tol?: number;
  readonly signs?: readonly number[];
}

/** The logistic function, written to stay finite for large |z|. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** log(1 + e^z) without overflow: the per-example log-loss is softplus(η) − y·η. */
function softplus(z: number): number {
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

/** Column means and standard deviations; a constant column gets std 1 so it standardises to 0, not NaN. */
export function standardize(rows: readonly (readonly number[])[]): { means: number[]; stds: number[] } {
  const n = rows.length;
  const d = rows[0]?.length ?? 0;
  const means = new Array<number>(d).fill(0);
  const stds = new Array<number>(d).fill(0);
  for (const row of rows) for (let j = 0; j < d; j++) means[j]! += row[j]!;
  for (let j = 0; j < d; j++) means[j] = n > 0 ? means[j]! / n : 0;
  for (const row of rows) for (let j = 0; j < d; j++) stds[j]! += (row[j]! - means[j]!) ** 2;
  for (let j = 0; j < d; j++) {
    const sd = n > 0 ? Math.sqrt(stds[j]! / n) : 0;
    stds[j] = sd > 1e-12 ? sd : 1;
  }
  return { means, stds };
}

/** Solves A·x = b for symmetric positive-definite A by Cholesky; A is d×d row-major. */
function choleskySolve(a: Float64Array, b: Float64Array, d: number): Float64Array {
  const l = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * d + j]!;
      for (let k = 0; k < j; k++) s -= l[i * d + k]! * l[j * d + k]!;
      if (i === j) l[i * d + i] = Math.sqrt(Math.max(s, 1e-12));
      else l[i * d + j] = s / l[j * d + j]!;
    }
  }
  const y = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= l[i * d + k]! * y[k]!;
    y[i] = s / l[i * d + i]!;
  }
  const x = new Float64Array(d);
  for (let i = d - 1; i >= 0; i--) {
    let s = y[i]!;
    for (let k = i + 1; k < d; k++) s -= l[k * d + i]! * x[k]!;
    x[i] = s / l[i * d + i]!;
  }
  return x;
}

/** Fits the model; labels are 0/1. With `signs`, weights that disagree are dropped one by one (worst first). */
export function fitLogistic(
  rows: readonly (readonly number[])[],
  labels: readonly number[],
  options: LogisticOptions = {},
): LogisticModel {
  const signs = options.signs;
  const active = (rows[0] ?? []).map(() => true);
  for (;;) {
    const model = fitActive(rows, labels, options, active);
    if (!signs) return model;
    let worst = -1;
    let worstValue = -1e-9;
    for (let j = 0; j < active.length; j++) {
      const v = (signs[j] ?? 0) * model.weights[j]!;
      if (active[j] && v < worstValue) {
        worst = j;
        worstValue = v;
      }
    }
    if (worst < 0) return model;
    active[worst] = false;
  }
}

/** Newton fit over the active features (the others keep weight 0). Parameters are [bias, w…]: the bias is column 0. */
function fitActive(
  rows: readonly (readonly number[])[],
  labels: readonly number[],
  options: LogisticOptions,
  active: readonly boolean[],
): LogisticModel {
  const l2 = options.l2 ?? 1;
  const maxIter = options.maxIter ?? 100;
  const tol = options.tol ?? 1e-10;
  const n = rows.length;
  if (n !== labels.length) throw new Error(`fitLogistic: ${n} rows but ${labels.length} labels`);
  const { means, stds } = standardize(rows);
  const d = means.length + 1;
  // Standardised design with a leading 1 for the bias.
  const z = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    z[i * d] = 1;
    for (let j = 1; j < d; j++) {
      z[i * d + j] = active[j - 1] ? (rows[i]![j - 1]! - means[j - 1]!) / stds[j - 1]! : 0;
    }
  }
  const theta = new Float64Array(d);
  const eta = new Float64Array(n);
  const objective = (t: Float64Array): number => {
    let loss = 0;
    for (let i = 0; i < n; i++) {
      let e = 0;
      for (let j = 0; j < d; j++) e += z[i * d + j]! * t[j]!;
      eta[i] = e;
      loss += softplus(e) - labels[i]! * e;
    }
    for (let j = 1; j < d; j++) loss += 0.5 * l2 * t[j]! * t[j]!;
    return loss;
  };
  let current = objective(theta);
  for (let iter = 0; iter < maxIter; iter++) {
    const grad = new Float64Array(d);
    const hess = new Float64Array(d * d);
    for (let i = 0; i < n; i++) {
      const p = sigmoid(eta[i]!);
      const r = p - labels[i]!;
      const s = Math.max(p * (1 - p), 1e-12);
      for (let j = 0; j < d; j++) {
        const zj = z[i * d + j]!;
        grad[j]! += r * zj;
        for (let k = 0; k <= j; k++) hess[j * d + k]! += s * zj * z[i * d + k]!;
      }
    }
    for (let j = 1; j < d; j++) {
      grad[j]! += l2 * theta[j]!;
      hess[j * d + j]! += l2;
    }
    hess[0]! += 1e-9;
    for (let j = 0; j < d; j++) for (let k = 0; k < j; k++) hess[k * d + j] = hess[j * d + k]!;
    const step = choleskySolve(hess, grad, d);
    // Backtracking keeps Newton monotone when the data are (nearly) separable.
    let t = 1;
    let next = current;
    let candidate = theta;
    for (let tries = 0; tries < 30; tries++) {
      candidate = theta.map((v, j) => v - t * step[j]!);
      next = objective(candidate);
      if (next <= current) break;
      t /= 2;
    }
    let maxStep = 0;
    for (let j = 0; j < d; j++) maxStep = Math.max(maxStep, Math.abs(candidate[j]! - theta[j]!));
    theta.set(candidate);
    const improved = current - next;
    current = objective(theta);
    if (maxStep < tol || improved < tol * Math.max(1, Math.abs(current))) break;
  }
  return { means, stds, weights: Array.from(theta.subarray(1)), bias: theta[0]! };
}

/** Log-odds of label 1 for a raw (unstandardised) feature vector. */
export function predictLogit(model: LogisticModel, row: readonly number[]): number {
  let e = model.bias;
  for (let j = 0; j < model.weights.length; j++) {
    e += (model.weights[j]! * ((row[j] ?? 0) - model.means[j]!)) / model.stds[j]!;
  }
  return e;
}

/** Probability of label 1 for a raw feature vector. */
export function predictProba(model: LogisticModel, row: readonly number[]): number {
  return sigmoid(predictLogit(model, row));
}
