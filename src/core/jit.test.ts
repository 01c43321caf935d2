/**
 * The JIT setting of the queue worker and of batch with two workers or more: the budget it
 * sets, from how many threads, and that node's own `--interrupt-budget` (either spelling) wins.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  INLINING_BUDGET,
  JIT_INTERRUPT_BUDGET,
  JIT_MIN_THREADS,
  limitInlining,
  tuneJit,
  tuneJitFor,
} from './jit.ts';

test('JIT_INTERRUPT_BUDGET is 512 KB, about 8 × V8 default interrupt budget (66 KB)', () => {
  assert.equal(JIT_INTERRUPT_BUDGET, 512 * 1024);
});

test('tuneJit leaves a budget given to node alone, and sets its own otherwise', () => {
  assert.equal(tuneJit(['--interrupt-budget=100000']), false);
  assert.equal(tuneJit(['--max-old-space-size=512']), true);
});

test('V8 spelling with underscores is the user budget too; a flag that only begins with the name is not', () => {
  assert.equal(tuneJit(['--interrupt_budget=100000']), false);
  assert.equal(tuneJit(['--interrupt-budget', '100000']), false);
  assert.equal(tuneJit(['--interrupt-budget-for-maglev=1000']), true);
});

test('tuneJitFor (batch) sets the budget from JIT_MIN_THREADS (2) workers on, never for one', () => {
  assert.equal(JIT_MIN_THREADS, 2);
  assert.equal(tuneJitFor(1, []), false);
  assert.equal(tuneJitFor(2, []), true);
  assert.equal(tuneJitFor(4, ['--interrupt_budget=100000']), false);
});

test('INLINING_BUDGET is 300 bytes of bytecode (V8 default 920); limitInlining leaves a budget given to node alone', () => {
  assert.equal(INLINING_BUDGET, 300);
  assert.equal(limitInlining(['--max-inlined-bytecode-size-cumulative=500']), false);
  assert.equal(limitInlining(['--max_inlined_bytecode_size_cumulative=500']), false);
  assert.equal(limitInlining(['--max-inlined-bytecode-size=100']), true);
});
