import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fitLogistic, predictProba, sigmoid, standardize } from './logistic.ts';
import { auc } from './metrics.ts';
import { gaussian, mulberry32 } from './random.ts';

/** y depends on 2·x0 − 3·x1 (x2 is noise); features on different scales so standardising matters. */
function synthetic(n: number, seed: number): { x: number[][]; y: number[] } {
  const rand = mulberry32(seed);
  const x: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const row = [gaussian(rand), 10 * gaussian(rand) + 50, gaussian(rand)];
    const logit = 2 * row[0]! - 0.3 * (row[1]! - 50);
    x.push(row);
    y.push(rand() < sigmoid(3 * logit) ? 1 : 0);
  }
  return { x, y };
}

describe('fitLogistic', () => {
  it('recovers a known relationship on held-out data', () => {
    const train = synthetic(800, 1);
    const test = synthetic(400, 2);
    const model = fitLogistic(train.x, train.y, { l2: 1 });
    const p = test.x.map((row) => predictProba(model, row));
    assert.ok(auc(p, test.y) > 0.95, `AUC ${auc(p, test.y)}`);
    assert.ok(model.weights[0]! > 0 && model.weights[1]! < 0, 'signs of the true coefficients');
    assert.ok(Math.abs(model.weights[2]!) < Math.abs(model.weights[0]!) / 5, 'noise gets a small weight');
  });
  it('is deterministic', () => {
    const { x, y } = synthetic(300, 3);
    assert.deepEqual(fitLogistic(x, y), fitLogistic(x, y));
  });
  it('stays finite on perfectly separable data', () => {
    const x = [[0], [1], [2], [3]];
    const y = [0, 0, 1, 1];
    const model = fitLogistic(x, y, { l2: 0.1 });
    assert.ok(Number.isFinite(model.weights[0]!) && model.weights[0]! > 0);
    assert.ok(predictProba(model, [3]) > 0.9 && predictProba(model, [0]) < 0.1);
  });
  it('holds weights to their signs, leaving a wrong-way feature at zero', () => {
    const { x, y } = synthetic(400, 5);
    // The true weight of column 1 is negative; asking for + drops it and keeps column 0 positive.
    const model = fitLogistic(x, y, { l2: 1, signs: [1, 1, 0] });
    assert.equal(model.weights[1], 0);
    assert.ok(model.weights[0]! > 0);
    const free = fitLogistic(x, y, { l2: 1, signs: [1, -1, 0] });
    assert.deepEqual(free, fitLogistic(x, y, { l2: 1 }));
  });
  it('penalises harder with larger l2', () => {
    const { x, y } = synthetic(300, 4);
    const loose = fitLogistic(x, y, { l2: 0.01 });
    const tight = fitLogistic(x, y, { l2: 100 });
    assert.ok(Math.abs(tight.weights[0]!) < Math.abs(loose.weights[0]!));
  });
});

describe('standardize', () => {
  it('maps a constant column to std 1 rather than dividing by zero', () => {
    const { means, stds } = standardize([
      [1, 5],
      [3, 5],
    ]);
    assert.deepEqual(means, [2, 5]);
    assert.deepEqual(stds, [1, 1]);
  });
});

describe('sigmoid', () => {
  it('is finite at the extremes', () => {
    assert.equal(sigmoid(1000), 1);
    assert.equal(sigmoid(-1000), 0);
    assert.equal(sigmoid(0), 0.5);
  });
});
