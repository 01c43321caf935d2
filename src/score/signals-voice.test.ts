import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenize } from '../core/tokens.ts';
import { analyze } from '../index.ts';
import { FEATURES, type ScoreInput } from './features.ts';
import { headlineNumber } from './signals-headline.ts';
import { citedOutlets } from './signals-sourcing.ts';
import { ACCORDING_TO_REACH, scanTokens } from './token-match.ts';

// Invented articles: the tabloid and outlet names are the lexicon's, the sentences are ours.
const report = (text: string, title?: string): ScoreInput => analyze(text, title ? { title } : {});
const measure = (id: string, r: ScoreInput) => FEATURES.find((f) => f.id === id)!.compute(r);
const spans = (r: ScoreInput, id: string): string[] =>
  measure(id, r).evidence.map((s) => r.text.slice(s.start, s.end));
const sentence = (id: string, r: ScoreInput): string => {
  const f = FEATURES.find((x) => x.id === id)!;
  const m = f.compute(r);
  return f.describe(m.value, 0, m);
};

describe('tabloid-own-voice', () => {
  it('takes the tabloid that speaks as the article, which tabloid-citations leaves out', () => {
    const r = report(
      'HollywoodLife has EXCLUSIVELY learned that the actor is moving to Ohio. Radar Online reports the same.',
    );
    assert.deepEqual(spans(r, 'tabloid-own-voice'), ['HollywoodLife']);
    assert.deepEqual(
      citedOutlets(r, 'tabloids').map((s) => r.text.slice(s.start, s.end)),
      ['Radar Online'],
    );
    assert.equal(measure('tabloid-own-voice', r).value, Math.log1p(1));
    assert.match(sentence('tabloid-own-voice', r), /voice of a celebrity tabloid.*“HollywoodLife”/);
  });
  it('is nothing when a tabloid is only cited', () => {
    const r = report('Radar Online reports that the singer bought a boat.');
    assert.deepEqual(spans(r, 'tabloid-own-voice'), []);
    assert.equal(sentence('tabloid-own-voice', r), 'It does not speak as a celebrity tabloid.');
  });
});

describe('according-to-named', () => {
  it('counts "according to" a record, not a source or a report', () => {
    const text =
      'The couple married in June, according to court records. She is upset, according to a source close to her. ' +
      'They moved, according to reports.';
    const r = report(text);
    const ev = measure('according-to-named', r).evidence;
    assert.deepEqual(
      ev.map((s) => r.text.slice(s.start, s.end)),
      ['according to'],
    );
    assert.equal(ev[0]!.start, text.indexOf('according to court'));
    assert.match(sentence('according-to-named', r), /^It says once according to whom/);
  });
  it(`reads ${ACCORDING_TO_REACH} words after it for an unnamed source, not more`, () => {
    const found = (t: string) => scanTokens(t, tokenize(t)).accordingTo.map((s) => t.slice(s.start, s.end));
    // the head is the 4th word after "according to": unnamed
    assert.deepEqual(found('She left, according to our very close source.'), []);
    // the head is the 5th: out of reach, so the attribution counts
    assert.deepEqual(found('She left, according to our very close trusted source.'), ['according to']);
    // punctuation ends the look
    assert.deepEqual(found('She left, according to Variety, a source said.'), ['according to']);
  });
});

describe('headline signals', () => {
  it('finds the first number of a headline', () => {
    assert.equal(headlineNumber('Singer, 34, welcomes twins in 2019'), '34');
    assert.equal(headlineNumber('Show renewed for season 3.5 at $5M an episode'), '3.5');
    assert.equal(headlineNumber('Star4ever is back'), null);
    assert.equal(headlineNumber('No numbers here'), null);
    const r = report('The band played.', 'The band plays 12 shows in May');
    assert.equal(measure('headline-number', r).value, 1);
    assert.equal(
      sentence('headline-number', r),
      'The headline gives a number (a year, an age, a count), something specific to check (“12”).',
    );
  });
  it('reads a film, a show or a record in the headline, not in the text', () => {
    const r = report('The film opens Friday.', 'Actor lands a role in a new Netflix series');
    assert.equal(measure('headline-work', r).value, 1);
    assert.deepEqual(measure('headline-work', r).examples, ['“role”']);
    assert.equal(measure('headline-work', report('The film opens Friday.', 'Actor is happy')).value, 0);
    assert.equal(measure('headline-work', report('The film opens Friday.')).missing, true);
  });
  it('reads what someone wore in the headline', () => {
    const r = report('She arrived at noon.', 'Singer wore a green gown to the gala');
    assert.deepEqual(measure('headline-appearance', r).examples, ['“wore”']);
    assert.equal(measure('headline-appearance', report('She arrived.', 'Singer is moving')).value, 0);
  });
  it('flags a headline that asks', () => {
    assert.equal(measure('headline-question', report('They met.', 'Are they back together?')).value, 1);
    assert.equal(measure('headline-question', report('They met.', 'They are back together')).value, 0);
    assert.equal(
      sentence('headline-question', report('They met.', 'Is it over?')),
      'The headline asks a question instead of telling what happened.',
    );
  });
});
