/**
 * Reaches of the reported-speech rules and the speaker reader named in the sixteenth round
 * (`REPORTED_LIMITS.finiteBeforeMark`, `passiveByReach`, `adverbsBeforeAux`, `listenerNounWords`,
 * `adverbialReach`, `adverbialWords`;
 * `SPEAKER_LIMITS.adverbLetters`, `nicknameWords`, `looseHeadWords`), each pinned by a fixture just inside and one just
 * outside, run through the attribution stage: moving a default one step either way fails one of each
 * pair (`npm run mutate:thresholds`). The override cases move the reach for one call.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { quotationRows, withLimit } from './fixture.ts';
import { REPORTED_LIMITS } from './reported.ts';
import { SPEAKER_LIMITS } from './speaker.ts';

/** Every quotation of `text` as [kind, content, mention, speaker name, speaker kind, via, cue]. */
const quotes = (text: string): (string | null)[][] => quotationRows(text, true);

const said = (content: string, mention: string, name: string, kind: string, cue: string) => [
  ['indirect', content, mention, name, kind, 'cue', cue],
];

describe('reported: finiteBeforeMark (a finite verb within 8 tokens of the clause after a listener)', () => {
  const at = (sister: string): string => `Kay Dole told the court she and her ${sister} had left the band.`;
  test('"had" 7 tokens after "she": the court is the listener, the clause what was told', () =>
    assert.deepEqual(
      quotes(at('tall young happy sister')),
      said(
        'she and her tall young happy sister had left the band',
        'Kay Dole',
        'Kay Dole',
        'named-person',
        'told',
      ),
    ));
  test('8 tokens after, no reported words', () => {
    const text = at('tall young happy new sister');
    assert.deepEqual(quotes(text), []);
    assert.deepEqual(
      withLimit(REPORTED_LIMITS, 'finiteBeforeMark', 9, () => quotes(text)),
      said(
        'she and her tall young happy new sister had left the band',
        'Kay Dole',
        'Kay Dole',
        'named-person',
        'told',
      ),
    );
  });
});

describe('reported: listenerNounWords (3 lower-case words of a listener after its determiner)', () => {
  test('"told the big family court the singer had …": the listener is passed over', () =>
    assert.deepEqual(
      quotes('Kay Dole told the big family court the singer had left the band.'),
      said('the singer had left the band', 'Kay Dole', 'Kay Dole', 'named-person', 'told'),
    ));
  test('with 4 words the listener is read as reported', () => {
    const text = 'Kay Dole told the big old family court the singer had left the band.';
    assert.deepEqual(
      quotes(text),
      said(
        'big old family court the singer had left the band',
        'Kay Dole',
        'Kay Dole',
        'named-person',
        'told',
      ),
    );
    assert.deepEqual(
      withLimit(REPORTED_LIMITS, 'listenerNounWords', 4, () => quotes(text)),
      said('the singer had left the band', 'Kay Dole', 'Kay Dole', 'named-person', 'told'),
    );
  });
});

describe('reported: passiveByReach (the participle within 5 tokens of "it" before "by")', () => {
  const tmz = said('the pair have split', 'TMZ', 'TMZ', 'named-organization', 'revealed');
  test('"It has now quietly been revealed by TMZ that …": the agent speaks', () =>
    assert.deepEqual(quotes('It has now quietly been revealed by TMZ that the pair have split.'), tmz));
  test('one more word between, the agent is out of reach', () => {
    const text = 'It has since now quietly been revealed by TMZ that the pair have split.';
    assert.deepEqual(quotes(text), [
      ['indirect', 'by TMZ that the pair have split', 'It', 'It', 'unknown', 'pronoun', 'revealed'],
    ]);
    assert.deepEqual(
      withLimit(REPORTED_LIMITS, 'passiveByReach', 6, () => quotes(text)),
      tmz,
    );
  });
});

describe('reported: adverbsBeforeAux (2 adverbs between a modal and its verb)', () => {
  const us = (content: string) => said(content, 'Us Weekly', 'Us Weekly', 'named-organization', 'confirm');
  test('"Us Weekly can now finally confirm …": the modal makes the base form a cue', () =>
    assert.deepEqual(
      quotes('Us Weekly can now finally confirm the pair have split.'),
      us('the pair have split'),
    ));
  test('with 3 adverbs it does not', () => {
    const text = 'Us Weekly can now also finally confirm the pair have split.';
    assert.deepEqual(quotes(text), []);
    assert.deepEqual(
      withLimit(REPORTED_LIMITS, 'adverbsBeforeAux', 3, () => quotes(text)),
      us('the pair have split'),
    );
  });
});

describe('speaker: adverbLetters (an "-ly" adverb has 5 letters or more)', () => {
  const us = said('the pair have split', 'Us Weekly', 'Us Weekly', 'named-organization', 'confirm');
  test('"can newly confirm": "newly" is an adverb before the verb', () =>
    assert.deepEqual(quotes('Us Weekly can newly confirm the pair have split.'), us));
  test('"can duly confirm": 4 letters is no adverb', () => {
    const text = 'Us Weekly can duly confirm the pair have split.';
    assert.deepEqual(quotes(text), []);
    assert.deepEqual(
      withLimit(SPEAKER_LIMITS, 'adverbLetters', 4, () => quotes(text)),
      us,
    );
  });
});

describe('speaker: nicknameWords (a quoted nickname of 3 words inside a name)', () => {
  const rows = (nick: string, name: string) =>
    said('Kay Dole is on board the film', `Jo “${nick}” Fane`, name, 'named-person', 'announced');
  const at = (nick: string): string => `Jo “${nick}” Fane announced that Kay Dole is on board the film.`;
  test('"Jo “The Big Easy” Fane" is Jo Fane', () =>
    assert.deepEqual(quotes(at('The Big Easy')), rows('The Big Easy', 'Jo Fane')));
  test('with 4 words the name is only the surname', () => {
    assert.deepEqual(quotes(at('The Big Easy Man')), rows('The Big Easy Man', 'Fane'));
    assert.deepEqual(
      withLimit(SPEAKER_LIMITS, 'nicknameWords', 4, () => quotes(at('The Big Easy Man'))),
      rows('The Big Easy Man', 'Jo Fane'),
    );
  });
});

describe('reported: adverbialWords (3 words of a preposition\'s object before "that")', () => {
  const kay = said('the pair have split', 'Kay Dole', 'Kay Dole', 'named-person', 'announced');
  test('"announced on her own Instagram that …"', () =>
    assert.deepEqual(quotes('Kay Dole announced on her own Instagram that the pair have split.'), kay));
  test('"on her very own Instagram": 4 words, no "that" in reach', () => {
    const text = 'Kay Dole announced on her very own Instagram that the pair have split.';
    assert.deepEqual(quotes(text), []);
    assert.deepEqual(
      withLimit(REPORTED_LIMITS, 'adverbialWords', 4, () => quotes(text)),
      kay,
    );
  });
});

describe("reported: adverbialReach (the adverbial's phrases start within 7 tokens of the cue)", () => {
  const kay = said('the pair have split', 'Kay Dole', 'Kay Dole', 'named-person', 'announced');
  test('"announced in May in 2011 in Paris on Instagram that …": the last phrase 6 tokens on', () =>
    assert.deepEqual(
      quotes('Kay Dole announced in May in 2011 in Paris on Instagram that the pair have split.'),
      kay,
    ));
  test('7 tokens on, it is out of reach: the reported words open with the adverbial', () => {
    const text = 'Kay Dole announced in early May in 2011 in Paris on Instagram that the pair have split.';
    assert.deepEqual(
      quotes(text),
      said(
        'in early May in 2011 in Paris on Instagram that the pair have split',
        'Kay Dole',
        'Kay Dole',
        'named-person',
        'announced',
      ),
    );
    assert.deepEqual(
      withLimit(REPORTED_LIMITS, 'adverbialReach', 8, () => quotes(text)),
      kay,
    );
  });
});

describe('speaker: looseHeadWords (a loose reading passes over 4 tokens before its head)', () => {
  const kay = (mention: string) => said('the pair have split', mention, 'Kay Dole', 'named-person', 'said');
  test('"The shy but private Kay Dole said …": the name 4 tokens on heads the whole phrase', () =>
    assert.deepEqual(
      quotes('The shy but private Kay Dole said the pair have split.'),
      kay('The shy but private Kay Dole'),
    ));
  test('5 tokens on, only the name is the mention', () => {
    const text = 'The shy but very private Kay Dole said the pair have split.';
    assert.deepEqual(quotes(text), kay('Kay Dole'));
    assert.deepEqual(
      withLimit(SPEAKER_LIMITS, 'looseHeadWords', 5, () => quotes(text)),
      kay('The shy but very private Kay Dole'),
    );
  });
});
