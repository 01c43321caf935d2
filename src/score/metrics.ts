/**
 * Evaluation metrics for binary classifiers, written out so results match across machines and
 * need no dependency. Labels are 0/1 numbers throughout.
 */

/** Area under the ROC curve by the rank-sum (Mann–Whitney) formula; tied scores share their average rank. */
export function auc(scores: readonly number[], labels: readonly number[]): number {
  const n = scores.length;
  if (n !== labels.length) throw new Error(`auc: ${n} scores but ${labels.length} labels`);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a]! - scores[b]! || a - b);
  let positives = 0;
  let rankSum = 0;
  let i = 0;
  while (i < n) {
    let j = i;
    while (j + 1 < n && scores[order[j + 1]!] === scores[order[i]!]) j++;
    const averageRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (labels[order[k]!] === 1) {
        positives++;
        rankSum += averageRank;
      }
    }
    i = j + 1;
  }
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Share of predictions equal to the label. */
export function accuracy(predicted: readonly number[], labels: readonly number[]): number {
  if (labels.length === 0) return Number.NaN;
  let right = 0;
  for (let i = 0; i < labels.length; i++) if (predicted[i] === labels[i]) right++;
  return right / labels.length;
}

/** F1 averaged over every class seen in labels or predictions (as scikit-learn does); 0/0 counts as 0. */
export function macroF1(predicted: readonly number[], labels: readonly number[]): number {
  const classes = [...new Set([...labels, ...predicted])].sort((a, b) => a - b);
  if (classes.length === 0) return Number.NaN;
  let total = 0;
  for (const c of classes) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < labels.length; i++) {
      const p = predicted[i] === c;
      const t = labels[i] === c;
      if (p && t) tp++;
      else if (p) fp++;
      else if (t) fn++;
    }
    total += tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  }
  return total / classes.length;
}

/** Turns probabilities into 0/1 predictions at a threshold (0.5: the more likely class). */
export function threshold(probabilities: readonly number[], cut = 0.5): number[] {
  return probabilities.map((p) => (p >= cut ? 1 : 0));
}

/** Mean and sample standard deviation, for "mean ± sd" over folds. */
export function meanSd(values: readonly number[]): { mean: number; sd: number } {
  const n = values.length;
  if (n === 0) return { mean: Number.NaN, sd: Number.NaN };
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / n;
  let sq = 0;
  for (const v of values) sq += (v - mean) ** 2;
  return { mean, sd: n > 1 ? Math.sqrt(sq / (n - 1)) : 0 };
}
