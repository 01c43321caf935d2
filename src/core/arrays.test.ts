import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyList, packed } from './arrays.ts';

test('emptyList: a fresh empty array each call', () => {
  const a = emptyList<number>();
  assert.deepEqual(a, []);
  assert.notEqual(a, emptyList<number>());
});

test('packed: the same elements in a new array, holes read as undefined', () => {
  const items = [
    { start: 0, end: 2 },
    { start: 3, end: 5 },
  ];
  const copy = packed(items);
  assert.notEqual(copy, items);
  assert.deepEqual(copy, items);
  assert.equal(copy[1], items[1]);
  assert.deepEqual(packed(new Array<number>(2)), [undefined, undefined]);
  assert.deepEqual(packed([]), []);
});
