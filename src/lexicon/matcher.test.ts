import assert from 'node:assert/strict';
import { test } from 'node:test';
import { paragraphs } from '../segment/paragraphs.ts';
import { sentences } from '../segment/sentences.ts';
import { tokenize } from '../core/tokens.ts';
import { compileLexicons } from './matcher.ts';

const tokensOf = (text: string) => {
  const t = tokenize(text);
  sentences(text, t, paragraphs(text, 0));
  return t;
};

const M = compileLexicons({
  cues: [
    ['is said', 'short'],
    ['is said to', 'long'],
    ['is said', 'duplicate'],
    ['it’s said', 'apostrophe'],
  ] as const,
  words: [
    ['said', 1],
    ['Said to', 2],
  ] as const,
});
const CUES = M.lexicon('cues');
const WORDS = M.lexicon('words');

test('each lexicon keeps its own longest phrase at a token', () => {
  const text = 'She is said to be leaving. It is said.';
  const t = tokensOf(text);
  const hits = M.scan(t);
  // "is said to": the longest cue at "is" (token 1), ending at "to" (token 3)
  assert.equal(hits.last(CUES, 1), 3);
  assert.equal(hits.value(CUES, 1), 'long');
  // "said to" in the other lexicon, starting one token later
  assert.equal(hits.last(WORDS, 2), 3);
  assert.equal(hits.value(WORDS, 2), 2);
  assert.equal(hits.has(CUES, 0), false);
  // the second "is said": the shorter phrase, and the first of two identical entries wins
  const is = [...t.hash].findIndex((_, i) => i > 3 && text.slice(t.start[i]!, t.end[i]!) === 'is');
  assert.equal(hits.last(CUES, is), is + 1);
  assert.equal(hits.value(CUES, is), 'short');
  assert.equal(hits.last(CUES, -1), -1);
  assert.equal(hits.last(CUES, t.count), -1);
});

test('a phrase never runs across a sentence, and ’ matches \'', () => {
  const text = "He is said. To be sure, it's said.";
  const t = tokensOf(text);
  const hits = M.scan(t);
  assert.equal(hits.last(CUES, 1), 2);
  assert.equal(hits.last(WORDS, 2), 2);
  const its = [...t.hash].findIndex((_, i) => text.slice(t.start[i]!, t.end[i]!) === "it's");
  assert.equal(hits.value(CUES, its), 'apostrophe');
  assert.deepEqual(M.matchAt(CUES, t, 1), { last: 2, value: 'short' });
  assert.equal(M.matchAt(CUES, t, 0), null);
});

test('a large lexicon (the hash table grows) matches every phrase', () => {
  const phrases = Array.from({ length: 3000 }, (_, k) => [`w${k} x${k % 7}`, k] as const);
  const big = compileLexicons({ big: phrases });
  const ref = big.lexicon('big');
  const text = 'w2999 x3 w5 x5 w7 x0';
  const hits = big.scan(tokensOf(text));
  assert.equal(hits.value(ref, 0), 2999);
  assert.equal(hits.last(ref, 2), 3);
  assert.equal(hits.value(ref, 4), 7);
  assert.throws(() => big.lexicon('none' as 'big'));
});
