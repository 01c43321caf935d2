import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { WeightTable } from './model.ts';

test('a table of 4-decimal weights gives back each weight exactly, the last of a hash winning', () => {
  const entries: [number, number][] = [
    [1, -0.5988],
    [2, 1.4932],
    [3, 0.0001],
    [4, -3.2767],
    [5, 0.25],
    [1, 0.3198],
  ];
  const table = new WeightTable(entries);
  assert.equal(table.size, 5);
  assert.equal(table.get(1), 0.3198);
  assert.equal(table.get(2), 1.4932);
  assert.equal(table.get(3), 0.0001);
  assert.equal(table.get(4), -3.2767);
  assert.equal(table.get(5), 0.25);
  assert.equal(table.get(6), 0);
});

test('a table with a weight of more decimals, or beyond 16 bits of 1/10,000, keeps doubles', () => {
  const fine = new WeightTable([
    [7, 0.123456789],
    [8, -0.5],
  ]);
  assert.equal(fine.get(7), 0.123456789);
  assert.equal(fine.get(8), -0.5);
  const large = new WeightTable([
    [9, 4.5],
    [10, -0.1],
  ]);
  assert.equal(large.get(9), 4.5);
  assert.equal(large.get(10), -0.1);
});
