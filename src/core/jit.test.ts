/**
 * The JIT setting of the queue worker and of batch with two workers or more: the budget it sets, and that node's own `--interrupt-budget` wins.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { JIT_INTERRUPT_BUDGET, tuneJit } from './jit.ts';

test('JIT_INTERRUPT_BUDGET is 512 KB, about 8 × V8 default interrupt budget (66 KB)', () => {
  assert.equal(JIT_INTERRUPT_BUDGET, 512 * 1024);
});

test('tuneJit leaves a budget given to node alone, and sets its own otherwise', () => {
  assert.equal(tuneJit(['--interrupt-budget=100000']), false);
  assert.equal(tuneJit(['--max-old-space-size=512']), true);
});
