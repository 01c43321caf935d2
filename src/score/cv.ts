/**
 * Stratified k-fold cross-validation splits, seeded so every run and machine sees the same folds.
 */
import { mulberry32, shuffled } from './random.ts';

/** One fold: indices to train on and indices to test on; together they cover the data exactly once. */
export interface Fold {
  readonly train: number[];
  readonly test: number[];
}

/**
 * Splits indices into k folds keeping each class's share: every class is shuffled and dealt round-robin,
 * continuing the deal across classes so fold sizes differ by at most one.
 */
export function stratifiedKFold(labels: readonly number[], k: number, seed = 1): Fold[] {
  if (!Number.isInteger(k) || k < 2) throw new Error(`stratifiedKFold: k must be an integer ≥ 2, got ${k}`);
  if (labels.length < k) throw new Error(`stratifiedKFold: ${labels.length} items cannot fill ${k} folds`);
  const rand = mulberry32(seed);
  const classes = [...new Set(labels)].sort((a, b) => a - b);
  const tests: number[][] = Array.from({ length: k }, () => []);
  let next = 0;
  for (const c of classes) {
    const members: number[] = [];
    for (let i = 0; i < labels.length; i++) if (labels[i] === c) members.push(i);
    for (const i of shuffled(members, rand)) {
      tests[next]!.push(i);
      next = (next + 1) % k;
    }
  }
  return tests.map((test) => {
    test.sort((a, b) => a - b);
    const inTest = new Set(test);
    const train: number[] = [];
    for (let i = 0; i < labels.length; i++) if (!inTest.has(i)) train.push(i);
    return { train, test };
  });
}
