import assert from 'node:assert/strict';
import { test } from 'node:test';
import { carve, carvedOffset, slabInt32 } from './slab.ts';
import { tokenize } from './tokens.ts';

test('slab arrays start zeroed and never share bytes', () => {
  const a = slabInt32(5);
  const b = slabInt32(3);
  assert.deepEqual([...a], [0, 0, 0, 0, 0]);
  a.fill(7);
  assert.deepEqual([...b], [0, 0, 0]);
  b.fill(-1);
  assert.deepEqual([...a], [7, 7, 7, 7, 7]);
});

test('carve gives 8-aligned offsets, and a buffer of its own past an eighth of a slab', () => {
  carve(3);
  carve(1);
  assert.equal(carvedOffset() % 8, 0);
  const big = carve(40 * 1024);
  assert.equal(carvedOffset(), 0);
  assert.equal(big.byteLength, 40 * 1024);
});

test('tokens from the slab are the same as before, however many texts share it', () => {
  const texts = Array.from({ length: 300 }, (_, k) => `Kate’s ${k} friends said "no"-ish things.`);
  const all = texts.map((s) => tokenize(s));
  for (const [k, t] of all.entries()) {
    const words = Array.from(t.start, (s, i) => texts[k]!.slice(s, t.end[i]));
    assert.deepEqual(words, [
      'Kate’s',
      String(k),
      'friends',
      'said',
      '"',
      'no',
      '"',
      '-',
      'ish',
      'things',
      '.',
    ]);
    assert.deepEqual([...t.sentence], new Array(t.count).fill(-1));
    assert.equal(t.cap[0], 1);
  }
});
