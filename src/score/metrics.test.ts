import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { accuracy, auc, macroF1, meanSd, threshold } from './metrics.ts';

describe('auc', () => {
  it('counts correctly ordered positive–negative pairs', () => {
    assert.equal(auc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]), 0.75);
    assert.equal(auc([0.1, 0.2, 0.3, 0.4], [0, 0, 1, 1]), 1);
    assert.equal(auc([0.4, 0.3, 0.2, 0.1], [0, 0, 1, 1]), 0);
  });
  it('gives tied scores half credit', () => {
    assert.equal(auc([0.5, 0.5], [0, 1]), 0.5);
    // Pairs: (0.2,0.5) right, (0.2,0.9) right, (0.5 tie, 0.5) half, (0.5, 0.9) right → 3.5 / 4.
    assert.equal(auc([0.2, 0.5, 0.5, 0.9], [0, 0, 1, 1]), 0.875);
  });
  it('is undefined with a single class', () => {
    assert.ok(Number.isNaN(auc([0.1, 0.2], [1, 1])));
  });
});

describe('accuracy and macro-F1', () => {
  it('computes accuracy', () => {
    assert.equal(accuracy([1, 0, 1, 1], [1, 0, 0, 1]), 0.75);
  });
  it('averages per-class F1 exactly', () => {
    // Class 1: tp 2, fp 1, fn 1 → F1 = 4/6. Class 0: tp 1, fp 1, fn 1 → F1 = 2/4. Mean = 7/12.
    const predicted = [1, 1, 1, 0, 0];
    const labels = [1, 1, 0, 1, 0];
    assert.equal(macroF1(predicted, labels), (4 / 6 + 2 / 4) / 2);
  });
  it('scores a class never predicted as 0, not NaN', () => {
    assert.equal(macroF1([1, 1, 1, 1], [1, 1, 0, 0]), (2 / 3 + 0) / 2);
  });
  it('thresholds probabilities at 0.5 by default', () => {
    assert.deepEqual(threshold([0.2, 0.5, 0.7]), [0, 1, 1]);
  });
  it('gives mean and sample sd', () => {
    const { mean, sd } = meanSd([1, 2, 3, 4]);
    assert.equal(mean, 2.5);
    assert.ok(Math.abs(sd - Math.sqrt(5 / 3)) < 1e-12);
  });
});
