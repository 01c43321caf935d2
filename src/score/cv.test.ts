import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stratifiedKFold } from './cv.ts';

const labels = Array.from({ length: 103 }, (_, i) => (i % 10 < 3 ? 1 : 0)); // 31 positives, 72 negatives

describe('stratifiedKFold', () => {
  it('partitions the data: every index is tested exactly once and never trained on in its fold', () => {
    const folds = stratifiedKFold(labels, 5, 7);
    assert.equal(folds.length, 5);
    const seen = folds.flatMap((f) => f.test).sort((a, b) => a - b);
    assert.deepEqual(
      seen,
      labels.map((_, i) => i),
    );
    for (const f of folds) {
      assert.equal(f.train.length + f.test.length, labels.length);
      const test = new Set(f.test);
      assert.ok(f.train.every((i) => !test.has(i)));
    }
  });
  it('keeps class ratios and balances fold sizes', () => {
    const folds = stratifiedKFold(labels, 5, 7);
    const sizes = folds.map((f) => f.test.length);
    assert.ok(Math.max(...sizes) - Math.min(...sizes) <= 1);
    for (const f of folds) {
      const positives = f.test.filter((i) => labels[i] === 1).length;
      assert.ok(positives === 6 || positives === 7, `fold has ${positives} positives`);
    }
  });
  it('is deterministic for a seed and changes with it', () => {
    assert.deepEqual(stratifiedKFold(labels, 5, 7), stratifiedKFold(labels, 5, 7));
    assert.notDeepEqual(stratifiedKFold(labels, 5, 7), stratifiedKFold(labels, 5, 8));
  });
  it('rejects impossible splits', () => {
    assert.throws(() => stratifiedKFold([0, 1], 5));
    assert.throws(() => stratifiedKFold(labels, 1));
  });
});
