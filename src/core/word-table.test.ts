import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hashWord, wordMap, wordSet } from './hash.ts';
import { WordIndex, WordMap, WordSet } from './word-table.ts';

test('a word set answers like a Set, for hashes above the small-integer range too', () => {
  const words = ['the', 'insider', 'pal', 'source', 'the'];
  const set = wordSet(words);
  const plain = new Set(words.map(hashWord));
  assert.equal(set.size, 4);
  for (const w of [...words, 'friend', 'sources', ''])
    assert.equal(set.has(hashWord(w)), plain.has(hashWord(w)), w);
  assert.ok(
    [...plain].some((h) => h > 2 ** 31),
    'the fixture holds a hash above 2^31',
  );
  assert.deepEqual([...set], [...plain]);
  assert.equal(new WordSet([0, 5]).has(0), true);
  assert.equal(new WordSet([5]).has(0), false);
});

test('a word map keeps the last value of a repeated key and the first insertion order', () => {
  const m = wordMap([
    ['kim', 'female'],
    ['alex', 'male'],
    ['kim', 'male'],
  ]);
  assert.equal(m.get(hashWord('kim')), 'male');
  assert.equal(m.get(hashWord('alex')), 'male');
  assert.equal(m.get(hashWord('sam')), undefined);
  assert.equal(m.size, 2);
  assert.deepEqual([...m.keys()], [hashWord('kim'), hashWord('alex')]);
  const merged = new WordMap([...m, [hashWord('sam'), 'female'] as const]);
  assert.deepEqual([...merged.values()], ['male', 'male', 'female']);
});

test('a large word set (many collisions in the probe) finds every key and no other', () => {
  const keys = Array.from({ length: 5000 }, (_, k) => (k * 2654435761) >>> 0);
  const set = new WordSet(keys);
  assert.ok(keys.every((k) => set.has(k)));
  assert.equal(set.has(keys[0]! + 1), false);
});

test('a word index keeps the latest value of a key and grows past its first table', () => {
  const ix = new WordIndex<number>();
  const words = Array.from({ length: 200 }, (_, k) => `w${k}`);
  for (const [k, w] of words.entries()) ix.set(hashWord(w), k);
  ix.set(hashWord('w7'), -7);
  for (const [k, w] of words.entries()) assert.equal(ix.get(hashWord(w)), k === 7 ? -7 : k, w);
  assert.equal(ix.get(hashWord('absent')), undefined);
  assert.equal(ix.get(0), undefined);
  ix.set(0, 99);
  assert.equal(ix.get(0), 99);
});
