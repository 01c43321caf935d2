import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hashWord } from '../../lexicon/hash.ts';
import { HashTable } from './table.ts';

test('a hash table returns each value it holds, the missing value otherwise, and counts its keys once', () => {
  const words = ['heartbroken', 'reportedly', 'stunning', 'will', 'tour'];
  // hashes above 2^31 included: the FNV hash of these words spans the whole 32-bit range
  const table = new HashTable([
    ...words.map((w, i): [number, number] => [hashWord(w), i]),
    [hashWord('will'), 9],
  ]);
  assert.equal(table.size, 5);
  assert.deepEqual(
    words.map((w) => table.get(hashWord(w))),
    [0, 1, 2, 9, 4],
  );
  assert.equal(table.get(hashWord('opinion')), -1);
  assert.equal(table.get(hashWord('opinion'), 0), 0);
  assert.ok(words.some((w) => hashWord(w) > 2 ** 31));
});

test('colliding slots probe on: a thousand keys in a table of 2048 slots are all found', () => {
  const entries = Array.from({ length: 1000 }, (_, i): [number, number] => [hashWord(`w${i}`), i]);
  const table = new HashTable(entries);
  for (const [k, v] of entries) assert.equal(table.get(k), v);
});
