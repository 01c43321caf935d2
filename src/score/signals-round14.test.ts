/**
 * The signals of the fourteenth round on invented articles: unnamed sources relayed by an established
 * outlet, and the article's own negative claims.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../index.ts';
import { FEATURES, type ScoreInput } from './features.ts';
import { pressRelayedAnonymous } from './signals-sourcing.ts';
import { negations } from './signals-specifics.ts';

const report = (text: string): ScoreInput => analyze(text, {});
const feature = (id: string) => FEATURES.find((f) => f.id === id)!;
const texts = (r: ScoreInput, spans: readonly { start: number; end: number }[]): string[] =>
  spans.map((s) => r.text.slice(s.start, s.end));
const sentence = (id: string, r: ScoreInput): string => {
  const m = feature(id).compute(r);
  return feature(id).describe(m.value, 0, m);
};

describe('press-relayed-sources', () => {
  const text =
    'A source told People that Dana Vale and Tom Reed are engaged. An insider says the wedding is set for June.';
  it('counts the unnamed source in a sentence citing an established outlet, not the other', () => {
    const r = report(text);
    const { sources, outlets } = pressRelayedAnonymous(r);
    assert.deepEqual(texts(r, sources), ['A source']);
    assert.deepEqual(texts(r, outlets), ['People']);
    const m = feature('press-relayed-sources').compute(r);
    assert.equal(m.count, 1);
    assert.equal(m.value, Math.log1p(1));
    assert.deepEqual(texts(r, m.evidence), ['A source', 'People']);
    assert.equal(
      sentence('press-relayed-sources', r),
      'One unnamed source is relayed by an established outlet, which vetted it and put its name to the story (“People”).',
    );
  });
  it('gives nothing when no established outlet is cited', () => {
    const r = report('A source says Dana Vale and Tom Reed are engaged.');
    assert.equal(feature('press-relayed-sources').compute(r).value, 0);
    assert.equal(
      sentence('press-relayed-sources', r),
      'None of its unnamed sources is relayed by an established outlet.',
    );
  });
});

describe('negative-claims', () => {
  const text =
    'Dana Vale is not dating Tom Reed. She never wanted a big wedding, and she isn’t moving. “I don’t care,” Vale said.';
  it('finds the article’s own negations, whole contractions included, and leaves quotations alone', () => {
    const r = report(text);
    assert.deepEqual(texts(r, negations(r)), ['not', 'never', 'isn’t']);
    const m = feature('negative-claims').compute(r);
    assert.equal(r.sentences.length, 3);
    assert.equal(m.count, 2);
    assert.equal(m.of, 3);
    assert.equal(m.value, 2 / 3);
    assert.deepEqual(texts(r, m.evidence), ['not', 'never', 'isn’t']);
    assert.equal(
      sentence('negative-claims', r),
      '2 of 3 sentences say what is not so: negative claims no photo, date or record can show (“not”, “never”, “isn’t”).',
    );
  });
  it('does not take words that merely contain a negator for one', () => {
    const r = report('Nothing beats the notes Dana Vale wrote at noon in Norway.');
    assert.deepEqual(texts(r, negations(r)), []);
    assert.equal(sentence('negative-claims', r), 'It makes no negative claims (that something is not so).');
  });
  it('reads negators inside joined words and "nor", as words a reader sees, not letters beside accents', () => {
    const r = report('No-one came, nor did Tom Reed. It was a so-not-fun, don’t-care night at Noël’s cafe.');
    assert.deepEqual(texts(r, negations(r)), ['No', 'nor', 'not', 'don’t']);
  });
});

describe('private-life as a share of sentences', () => {
  it('counts the sentences that turn on private life, once each', () => {
    const r = report(
      'Dana Vale and Tom Reed split after a year of dating. The film opens on Friday. Their split was quiet.',
    );
    const m = feature('private-life').compute(r);
    assert.deepEqual(texts(r, m.evidence), ['split', 'dating', 'split']);
    assert.equal(m.count, 2);
    assert.equal(m.of, 3);
    assert.equal(m.value, 2 / 3);
    assert.equal(
      sentence('private-life', r),
      '2 of 3 sentences turn on private life, which outsiders cannot see (“split”, “dating”).',
    );
  });
});
