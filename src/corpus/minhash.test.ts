import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  bandKeys,
  groupPairs,
  normaliseText,
  QUOTE_MINHASH,
  STORY_MINHASH,
  signature,
  sigFromBytes,
  sigToBytes,
  similarity,
} from './minhash.ts';

const q = (s: string) => signature(normaliseText(s), QUOTE_MINHASH);

test('normalising folds case, marks, contractions and punctuation', () => {
  assert.equal(normaliseText('“They’ve  been SO happy!”'), 'they have been so happy');
  assert.equal(normaliseText("She's done; don't ask."), 'she is done do not ask');
  assert.equal(normaliseText('  '), '');
});

test('the same text has one signature; the thresholds are pinned', () => {
  assert.deepEqual(q('He is a great dad to the kids'), q('he is a GREAT dad to the kids.'));
  assert.deepEqual(QUOTE_MINHASH, { shingle: 2, hashes: 64, bands: 16, similarity: 0.5 });
  assert.deepEqual(STORY_MINHASH, { shingle: 4, hashes: 64, bands: 16, similarity: 0.5 });
});

test('a retold quotation is near, an unrelated one is not', () => {
  const a = q('They have been arguing about the move to London for months and she is done pretending');
  const b = q("They've been arguing about the move to London for months, and she's done pretending");
  const c = q('The restaurant will open in October with a tasting menu of twelve courses');
  assert.equal(similarity(a, b), 1);
  const d = q('They have been arguing about the move to Paris for weeks and she is done pretending');
  const sd = similarity(a, d);
  assert.ok(sd > 0.3 && sd < 0.9, String(sd));
  assert.ok(similarity(a, c) < 0.1, String(similarity(a, c)));
  // a near pair shares a band (the LSH lookup finds it); the unrelated one shares none
  const ka = bandKeys(a, QUOTE_MINHASH);
  assert.ok(bandKeys(b, QUOTE_MINHASH).some((k, i) => k === ka[i]));
  assert.ok(!bandKeys(c, QUOTE_MINHASH).some((k, i) => k === ka[i]));
  assert.equal(ka.length, 16);
});

test('the shingle estimate tracks the true Jaccard similarity', () => {
  // 20 words; changing the last 4 leaves 15 of 23 distinct word pairs shared: J = 15/23 ≈ 0.65
  const base =
    'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen';
  const a = signature(normaliseText(`${base} alpha beta gamma delta`), {
    ...QUOTE_MINHASH,
    hashes: 256,
    bands: 64,
  });
  const b = signature(normaliseText(`${base} omega psi chi phi`), {
    ...QUOTE_MINHASH,
    hashes: 256,
    bands: 64,
  });
  const s = similarity(a, b);
  assert.ok(Math.abs(s - 15 / 23) < 0.1, String(s));
});

test('signatures survive the database as bytes', () => {
  const a = q('a quotation long enough to be traced across outlets');
  assert.deepEqual(sigFromBytes(new Uint8Array(sigToBytes(a))), a);
});

test('pairs group transitively; singletons are dropped', () => {
  assert.deepEqual(
    groupPairs(6, [
      [0, 2],
      [2, 4],
      [5, 3],
    ]),
    [
      [0, 2, 4],
      [3, 5],
    ],
  );
  assert.deepEqual(groupPairs(3, []), []);
});

test('signatures and band keys keep their values: stores written before compare with new ones', () => {
  const t = normaliseText(
    'The neighbours say the couple moved out of the beach house in April, and nobody has seen them since.',
  );
  const story = signature(t, STORY_MINHASH);
  assert.deepEqual(Array.from(story.slice(0, 4)), [126350841, 128930228, 152390254, 51700877]);
  assert.deepEqual(
    Array.from(signature(t, QUOTE_MINHASH).slice(60)),
    [117037862, 1003362460, 201519322, 88181386],
  );
  assert.deepEqual(bandKeys(story, QUOTE_MINHASH).slice(0, 3), [294731198, 586597999, -726217557]);
});

/** The chain of regular expressions `normaliseText` replaced: its output is the store's text hashes. */
const CONTRACTION = /\b(\p{L}+)'(ve|re|ll|m|d|s)\b/gu;
const EXPANSION: Record<string, string> = { ve: 'have', re: 'are', ll: 'will', m: 'am', d: 'would', s: 'is' };
const byRegex = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/n't\b/g, ' not')
    .replace(CONTRACTION, (_, stem: string, tail: string) => `${stem} ${EXPANSION[tail] ?? ''}`)
    .replace(/'/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

test('normalising in one pass gives what the regular expressions gave, edge cases and random text', () => {
  const cases = [
    "they've we're you'll I'm he'd it's",
    "éé's at the start, 1é's after a digit, a's's twice, 'tis, o'clock, rock'n'roll",
    "can't won't shouldn't've y'all ma'am it's_ it'sx it's9 _it's",
    'naïve café — “quoted” ½ ﬁne ２０２４ 𝒜𝒷’s 😀’ve end’',
    "'s 've''ll '' ' x'",
    '',
  ];
  for (const c of cases) assert.equal(normaliseText(c), byRegex(c), c);
  // seeded random strings over the characters the rules turn on
  const alphabet = [..."aAsvmdlre'’`_ 9.,-—é\u0301ß😀𝒜\ud800n't"];
  let seed = 12345;
  const rand = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  for (let k = 0; k < 3000; k++) {
    let s = '';
    for (let i = rand(40); i > 0; i--) s += alphabet[rand(alphabet.length)];
    assert.equal(normaliseText(s), byRegex(s), JSON.stringify(s));
  }
});

/** The signature as first written, a slot at a time per shingle: its values are the store's signatures. */
function slotBySlot(norm: string, o: { shingle: number; hashes: number }): Uint32Array {
  const mix = (h: number): number => {
    let x = h >>> 0;
    x ^= x >>> 16;
    x = Math.imul(x, 0x85ebca6b);
    x ^= x >>> 13;
    x = Math.imul(x, 0xc2b2ae35);
    x ^= x >>> 16;
    return x >>> 0;
  };
  const seeds = Array.from({ length: 256 }, (_, i) => mix(0x9e3779b9 + Math.imul(i + 1, 0x7f4a7c15)) | 0);
  const min = new Array<number>(o.hashes).fill(0xffffffff);
  const words = norm === '' ? [] : norm.split(' ');
  for (let s = 0; s < Math.max(1, words.length - o.shingle + 1) && words.length > 0; s++) {
    const shingle = words.slice(s, s + o.shingle).join(' ');
    let h = 0x811c9dc5;
    for (let i = 0; i < shingle.length; i++) h = Math.imul(h ^ shingle.charCodeAt(i), 0x01000193);
    for (let k = 0; k < o.hashes; k++) min[k] = Math.min(min[k]!, mix(h ^ seeds[k]!));
  }
  return Uint32Array.from(min);
}

test('signatures keep their values: four slots at a time over hashed shingles equals slot by slot', () => {
  const words = ['she', 'is', 'done', 'pretending', 'london', 'tour', 'may', 'x', 'a1', 'é'];
  let seed = 777;
  const rand = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  const texts = ['', 'one', 'one two', 'one two three', 'one two three four five'];
  for (let k = 0; k < 300; k++)
    texts.push(Array.from({ length: rand(60) }, () => words[rand(words.length)]).join(' '));
  for (const t of texts)
    for (const o of [QUOTE_MINHASH, STORY_MINHASH, { ...QUOTE_MINHASH, hashes: 6, bands: 2 }])
      assert.deepEqual(signature(t, o), slotBySlot(t, o), `${JSON.stringify(t)} ${o.hashes}`);
});
