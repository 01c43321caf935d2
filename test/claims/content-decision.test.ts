/**
 * The fourteenth round's claim typing, on invented articles with exact spans and types: a fact's content
 * counted once (public and private summed) before choosing which fact, and a future inside what a third
 * person fears read as theirs, not as the writer's prediction; with the cases beside them (a
 * public fact, a private fact resting on an anonymous source, a speaker's own feeling against a third
 * person's mind read, a teaser question, a prediction against a scheduled event).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../src/index.ts';
import { parseArticle } from '../../src/article.ts';
import { bundledKb, standard } from '../../src/index.ts';
import { runStages } from '../../src/pipeline/processor.ts';
import {
  claimIndex,
  extractFeatures,
  FeatureBuffer,
  featureIndex,
} from '../../src/stages/claims/features.ts';
import {
  CLASSES,
  classProbabilities,
  classify,
  compileModel,
  shippedModel,
} from '../../src/stages/claims/model.ts';
import { at } from '../people/helpers.ts';

const typed = (text: string): [string, string, string | null, string, string | null][] => {
  const r = analyze(text);
  return r.claims.map((c) => [at(r, c), c.content, c.checkable, c.voice, c.attribution?.kind ?? null]);
};

describe('the content decision: a fact counted once, then which fact', () => {
  // a model with no weights but its bias: every claim gets these probabilities
  const p = {
    'fact-public': 0.3,
    'fact-private': 0.25,
    'mental-state': 0.05,
    speculation: 0.05,
    opinion: 0.35,
  };
  const model = compileModel({
    version: 't',
    trainedOn: null,
    classes: [...CLASSES],
    l2: 0,
    bias: CLASSES.map((c) => Math.log(p[c])),
    fixed: {},
    vocab: {},
  });
  const buf = new FeatureBuffer();
  buf.reset();
  test('the stage sums: a fact at 0.55 in all beats an opinion at 0.35, and is public (0.30 > 0.25)', () => {
    const v = classify(model, buf);
    assert.equal(v.cls, 'fact-public');
    assert.equal(Math.round(v.probability * 100), 30);
  });
  test('the single most probable class would have been the opinion', () => {
    const p = classProbabilities(model, buf);
    const top = p.indexOf(Math.max(...p));
    assert.equal(CLASSES[top], 'opinion');
  });
});

describe('a future inside what a third person fears is theirs', () => {
  const text = 'Nora Pike fears the tour will ruin her voice.';
  test('"will" sets no future feature; the fear is a third person’s', () => {
    const a = parseArticle({ id: 't', text, title: null });
    if (!a.ok) throw a.error;
    const doc = runStages(
      standard.slice(
        0,
        standard.findIndex((s) => s.name === 'claims'),
      ),
      a.value,
      bundledKb(),
    );
    const buf = new FeatureBuffer();
    extractFeatures(
      doc,
      { start: 0, end: text.length },
      { quoted: false, attribution: null, firstSentence: false, question: false },
      claimIndex(doc, shippedModel().vocab),
      buf,
    );
    assert.equal(buf.get(featureIndex('future')), 0);
    assert.equal(buf.get(featureIndex('future-main')), 0);
    assert.equal(buf.get(featureIndex('mental-third')), 1);
  });
  test('the claim is mind-reading', () =>
    assert.deepEqual(typed(text), [[text, 'mental-state', null, 'author', null]]));
});

describe('the issue’s cases', () => {
  test('a marriage with a place and a year is a public fact', () =>
    assert.deepEqual(typed('Nora Pike and Sam Reyes married in Lisbon in 2021.'), [
      ['Nora Pike and Sam Reyes married in Lisbon in 2021.', 'fact', 'public', 'author', null],
    ]));
  test('a secret at home told by an insider is a private fact, the writer’s, on an anonymous source', () =>
    assert.deepEqual(
      typed('According to an insider, Sam Reyes quietly moved out of the family home in March.'),
      [
        [
          'According to an insider, Sam Reyes quietly moved out of the family home in March.',
          'fact',
          'private',
          'author',
          'anonymous',
        ],
      ],
    ));
  test('a speaker’s own feeling in quotes is a fact; a third person’s fear is mind-reading', () =>
    assert.deepEqual(
      typed('“I feel so calm these days,” Nora Pike told Vogue. Sam Reyes is terrified of losing her.'),
      [
        ['I feel so calm these days', 'fact', 'public', 'quoted', 'named-person'],
        ['Sam Reyes is terrified of losing her.', 'mental-state', null, 'author', null],
      ],
    ));
  test('a teaser question and a bare "will" are speculation; a "will" with a calendar date is a scheduled fact', () =>
    assert.deepEqual(
      typed(
        'Is a wedding on the cards for Nora Pike? The couple will marry before the summer. The couple will marry in Lisbon on June 12, 2027.',
      ),
      [
        ['Is a wedding on the cards for Nora Pike?', 'speculation', null, 'author', null],
        ['The couple will marry before the summer.', 'speculation', null, 'author', null],
        ['The couple will marry in Lisbon on June 12, 2027.', 'fact', 'public', 'author', null],
      ],
    ));
});
