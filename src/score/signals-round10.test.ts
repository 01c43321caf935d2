/**
 * The signals of the tenth round on invented articles: a headline that quotes, the share of claims
 * saying what someone thinks or feels, and quotations given to named organisations.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../index.ts';
import { FEATURES, type ScoreInput } from './features.ts';
import { headlineQuote } from './signals-headline.ts';

const report = (text: string, title?: string): ScoreInput => analyze(text, title ? { title } : {});
const feature = (id: string) => FEATURES.find((f) => f.id === id)!;
const sentence = (id: string, r: ScoreInput): string => {
  const m = feature(id).compute(r);
  return feature(id).describe(m.value, 0, m);
};

describe('headline-quote', () => {
  it('finds the quoted words of a headline, in double or single marks', () => {
    assert.equal(headlineQuote('Dana Vale on the tour: “We are still friends”'), '“We are still friends”');
    assert.equal(headlineQuote('Dana Vale says "no regrets" after the show'), '"no regrets"');
    assert.equal(headlineQuote("Dana Vale: 'I loved every minute' of the tour"), "'I loved every minute'");
    assert.equal(headlineQuote('Dana Vale calls the film ‘a gift’'), '‘a gift’');
  });
  it('does not take apostrophes or an unclosed mark for a quotation', () => {
    assert.equal(headlineQuote("Dana Vale's rock 'n' roll wedding"), null);
    assert.equal(headlineQuote('Dana Vale’s sister isn’t coming'), null);
    assert.equal(headlineQuote('Dana Vale says “goodbye'), null);
    assert.equal(headlineQuote("The Vales' new home"), null);
  });
  it('is a 0/1 signal towards well supported, missing with no headline', () => {
    const f = feature('headline-quote');
    assert.equal(f.direction, 1);
    const r = report('The singer spoke on Monday.', 'Dana Vale: “I am not retiring”');
    assert.equal(f.compute(r).value, 1);
    assert.deepEqual(f.compute(r).examples, ['“I am not retiring”']);
    assert.equal(
      sentence('headline-quote', r),
      'The headline quotes someone’s own words instead of asserting them itself (“I am not retiring”).',
    );
    const plain = report('The singer spoke on Monday.', 'Dana Vale is not retiring');
    assert.equal(f.compute(plain).value, 0);
    assert.equal(sentence('headline-quote', plain), 'The headline quotes no one.');
    assert.equal(f.compute(report('The singer spoke on Monday.')).missing, true);
  });
});

describe('mental-state-share', () => {
  it('is the share of claims saying what someone thinks or feels, with those claims as evidence', () => {
    const text =
      'Dana Vale is furious with her brother. Dana Vale won an award at the festival in Rome on Friday.';
    const r = report(text);
    assert.deepEqual(
      r.claims.map((c) => [r.text.slice(c.start, c.end), c.content]),
      [
        ['Dana Vale is furious with her brother.', 'mental-state'],
        ['Dana Vale won an award at the festival in Rome on Friday.', 'fact'],
      ],
    );
    const f = feature('mental-state-share');
    const m = f.compute(r);
    assert.equal(f.direction, -1);
    assert.equal(m.value, 1 / 2);
    assert.equal(m.count, 1);
    assert.equal(m.of, 2);
    assert.deepEqual(
      m.evidence.map((s) => r.text.slice(s.start, s.end)),
      ['Dana Vale is furious with her brother.'],
    );
    assert.equal(f.describe(m.value, 0, m), '1 of 2 claims says what someone thinks or feels.');
  });
});

describe('organization-quotes', () => {
  it('counts quotations given to named organisations, with the speaker as evidence', () => {
    const text =
      '“The show will return next year,” a Netflix spokesperson said. “I can’t wait,” Dana Vale said.';
    const r = report(text);
    const f = feature('organization-quotes');
    const m = f.compute(r);
    assert.equal(f.direction, 1);
    assert.deepEqual(
      r.quotes.map((q) => [q.speaker.name, q.speaker.kind]),
      [
        ['Netflix spokesperson', 'named-organization'],
        ['Dana Vale', 'named-person'],
      ],
    );
    assert.equal(m.count, 1);
    assert.equal(m.value, Math.log1p(1));
    assert.deepEqual(
      m.evidence.map((s) => r.text.slice(s.start, s.end)),
      ['a Netflix spokesperson'],
    );
    assert.equal(
      f.describe(m.value, 0, m),
      '1 quotation comes from named organisations: Netflix spokesperson.',
    );
  });
  it('is nothing when only people are quoted', () => {
    const r = report('“I can’t wait,” Dana Vale said.');
    assert.equal(feature('organization-quotes').compute(r).count, 0);
    assert.equal(
      sentence('organization-quotes', r),
      'No organisation (a studio, a network, a representative) is quoted by name.',
    );
  });
});

describe('unnamed-reports', () => {
  it('is a rate per 100 words of the reports it leaves unnamed, with the phrases as evidence', () => {
    const text = 'Reports say the couple split in May. The singer released an album on Friday.';
    const r = report(text);
    const f = feature('unnamed-reports');
    const m = f.compute(r);
    assert.equal(f.direction, -1);
    assert.deepEqual(
      m.evidence.map((s) => r.text.slice(s.start, s.end)),
      ['Reports'],
    );
    assert.equal(r.summary.words, 14);
    assert.equal(m.count, 1);
    assert.equal(m.value, 100 / 14);
    assert.equal(f.describe(m.value, 0, m), 'It leans on reports it leaves unnamed once (“reports”).');
  });
});
