/**
 * The attribution stage's named thresholds, each pinned by a fixture just inside and one just
 * outside, run through the stage itself: moving a default one step either way fails one of each pair
 * (`npm run mutate:thresholds` proves it). The override case shows the option reaches its rule.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runAt } from '../../pipeline/fixture.ts';
import { type AttributionOptions, attributionStage } from './stage.ts';

/** Each quotation of `text` as "kind “words” speaker via how, cue: text". */
function quotes(text: string, o: Partial<AttributionOptions> = {}): string[] {
  const found = runAt(attributionStage, text, o, '2024-10-08');
  return (found.quotes ?? []).map(
    (q) =>
      `${q.kind} “${text.slice(q.start, q.end)}” ${q.speaker.name} via ${q.speaker.via}, cue: ${q.cue ? text.slice(q.cue.start, q.cue.end) : '-'}`,
  );
}

const SAID = 'direct “I am thrilled,” Kim Kardashian via cue, cue: said';
const prose = (n: number): string => '\n\nRain fell.'.repeat(n);

describe('attribution: floatingReach (3 prose paragraphs back)', () => {
  const at = (n: number): string =>
    `Fans waited.\n\n“I am thrilled,” Kim Kardashian said.${prose(n - 1)}\n\n“We will be back.”`;
  test('a floating quotation 3 paragraphs after a named one takes its speaker', () =>
    assert.deepEqual(quotes(at(3)), [
      SAID,
      'direct “We will be back.” Kim Kardashian via inherited, cue: -',
    ]));
  test('4 paragraphs after, it has none', () => {
    assert.deepEqual(quotes(at(4)), [SAID, 'direct “We will be back.” unknown via none, cue: -']);
    assert.deepEqual(
      quotes(at(4), { floatingReach: 4 })[1],
      'direct “We will be back.” Kim Kardashian via inherited, cue: -',
    );
  });
});

describe('attribution: floatingAhead (1 prose paragraph ahead)', () => {
  const at = (n: number): string =>
    `Fans waited.\n\n“We will be back.”${prose(n - 1)}\n\n“I am thrilled,” Kim Kardashian said.`;
  test('a floating quotation in the paragraph before a named one takes its speaker', () =>
    assert.deepEqual(quotes(at(1)), [
      'direct “We will be back.” Kim Kardashian via inherited, cue: -',
      SAID,
    ]));
  test('with a paragraph between, it has none', () => {
    assert.deepEqual(quotes(at(2)), ['direct “We will be back.” unknown via none, cue: -', SAID]);
    assert.deepEqual(
      quotes(at(2), { floatingAhead: 2 })[0],
      'direct “We will be back.” Kim Kardashian via inherited, cue: -',
    );
  });
});

describe('attribution: cueBefore (8 tokens before the colon)', () => {
  test('"told" 8 tokens before the colon is the cue', () =>
    assert.deepEqual(quotes('Kim Kardashian told the crowd of loyal and happy fans: “We are fine.”'), [
      'direct “We are fine.” Kim Kardashian via cue, cue: told',
    ]));
  test('9 tokens before, only the colon introduces her words', () => {
    const text = 'Kim Kardashian told the crowd of very loyal and happy fans: “We are fine.”';
    assert.deepEqual(quotes(text), ['direct “We are fine.” Kim Kardashian via cue, cue: :']);
    assert.deepEqual(quotes(text, { cueBefore: 9 }), [
      'direct “We are fine.” Kim Kardashian via cue, cue: told',
    ]);
  });
});

describe('attribution: cueAfter (24 tokens after the closing mark)', () => {
  const at = (home: string): string =>
    `“We are fine and happy together,” Kim Kardashian, the star of a show about a family who live in ${home} on a hill by the sea, said.`;
  const named = 'direct “We are fine and happy together,” Kim Kardashian via cue, cue: said';
  const unknown = 'direct “We are fine and happy together,” unknown via none, cue: -';
  test('"said" after a 19-word appositive (the 23rd token after the name) is the cue', () =>
    assert.deepEqual(quotes(at('a house')), [named]));
  test('after a 20-word one it is out of reach', () => {
    assert.deepEqual(quotes(at('a big house')), [unknown]);
    assert.deepEqual(quotes(at('a big house'), { cueAfter: 25 }), [named]);
  });
});

describe('attribution: cueSentence (30 tokens back in the sentence)', () => {
  const at = (sisters: string): string =>
    `Kim Kardashian described the long summer at the old beach house by the lake with her ${sisters} and all of their many children and friends and cousins and dogs as “a dream come true for all of us”.`;
  // a mixed quotation is the reported words from the verb's object on, the fragment inside them
  const mixed = (sisters: string): string =>
    `mixed “the long summer at the old beach house by the lake with her ${sisters} and all of their many children and friends and cousins and dogs as “a dream come true for all of us” Kim Kardashian via cue, cue: described`;
  test('"described" 29 tokens before the mark governs the quoted words', () =>
    assert.deepEqual(quotes(at('three sisters')), [mixed('three sisters')]));
  test('30 tokens before, it does not', () => {
    assert.deepEqual(quotes(at('three young sisters')), [
      'direct “a dream come true for all of us” unknown via none, cue: -',
    ]);
    assert.deepEqual(quotes(at('three young sisters'), { cueSentence: 31 }), [mixed('three young sisters')]);
  });
});
