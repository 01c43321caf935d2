/**
 * The claims stage's named thresholds, each pinned by a fixture just inside and one just outside,
 * run through the stage itself: moving a default one step either way fails one of each pair
 * (`npm run mutate:thresholds` proves it). The clause splits depend on the shipped typer's
 * probabilities, so those fixtures also assert the probability that puts them inside or outside:
 * a refit that moves it fails here, saying which fixture to re-pick.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseArticle } from '../../article.ts';
import { bundledKb } from '../../kb/load.ts';
import { standard } from '../../pipeline/presets.ts';
import { docBefore, runStage } from '../../pipeline/processor.ts';
import { type ClaimOptions, claimsStage } from './stage.ts';

/** The claims of `text` as "content: span text". */
function claims(text: string, o: Partial<ClaimOptions> = {}): string[] {
  return typed(text, o).map((c) => `${c.content}: ${c.text}`);
}

function typed(text: string, o: Partial<ClaimOptions> = {}): { content: string; text: string; p: number }[] {
  const a = parseArticle({ text, date: '2024-10-08' });
  if (!a.ok) throw a.error;
  const found = runStage(claimsStage, docBefore(standard, 'claims', a.value, bundledKb()), o);
  return (found.claims ?? []).map((c) => ({
    content: c.content,
    text: text.slice(c.start, c.end),
    p: c.confidence,
  }));
}

describe('claims: minWords (3)', () => {
  const text = 'Rain fell on the town. Kim smiled widely. Kim smiled.';
  test('a sentence of three words is a claim, one of two is not', () =>
    assert.deepEqual(claims(text), ['fact: Rain fell on the town.', 'fact: Kim smiled widely.']));
  test('the option reaches the rule', () => {
    assert.equal(claims(text, { minWords: 2 }).length, 3);
    assert.deepEqual(claims(text, { minWords: 4 }), ['fact: Rain fell on the town.']);
  });
});

describe('claims: creditMaxWords (12)', () => {
  const at = (line: string): string => `Rain fell on the town.\n\n${line}/Getty Images\n\nRain fell.`;
  test('a line of twelve words naming an agency after a slash is a credit, not a claim', () =>
    assert.deepEqual(claims(at('Kim Kardashian at the gala in Paris on Monday night')), [
      'fact: Rain fell on the town.',
    ]));
  test('a line of thirteen is a claim', () => {
    const text = at('Kim Kardashian at the gala in Paris on a Monday night');
    assert.deepEqual(claims(text), [
      'fact: Rain fell on the town.',
      'fact: Kim Kardashian at the gala in Paris on a Monday night/Getty Images',
    ]);
    assert.deepEqual(claims(text, { creditMaxWords: 13 }), ['fact: Rain fell on the town.']);
  });
});

describe('claims: clauseConfidence (0.3)', () => {
  test('a clause typed with probability 0.305 is split off', () => {
    const text = 'Tom bought a house in Malibu, but he may feel bored there.';
    assert.deepEqual(typed(text), [
      { content: 'fact', text: 'Tom bought a house in Malibu', p: 0.541 },
      { content: 'opinion', text: 'but he may feel bored there.', p: 0.305 },
    ]);
    assert.deepEqual(claims(text, { clauseConfidence: 0.31 }), [
      'fact: Tom bought a house in Malibu, but he may feel bored there.',
    ]);
  });
  test('one typed with probability 0.237 is not', () => {
    const text = 'It is how it is for now, but he is sad about it.';
    assert.deepEqual(claims(text), ['mental-state: It is how it is for now, but he is sad about it.']);
    assert.deepEqual(typed(text, { clauseConfidence: 0.23 }), [
      { content: 'fact', text: 'It is how it is for now', p: 0.237 },
      { content: 'mental-state', text: 'but he is sad about it.', p: 0.87 },
    ]);
  });
});

describe('claims: embedMarks (2)', () => {
  const one = 'The clip was Unavailable for hours.';
  const two = 'The Video was Unavailable and Loading for hours.';
  const text = `Rain fell on the town. ${one} ${two}`;
  test('a line with two marks of embed text is not a claim, one with one mark is', () =>
    assert.deepEqual(claims(text).slice(1), [`fact: ${one}`]));
  test('the option reaches the rule', () => {
    assert.equal(claims(text, { embedMarks: 1 }).length, 1);
    assert.equal(claims(text, { embedMarks: 3 }).length, 3);
  });
});

describe('claims: questionReach (80)', () => {
  // a question to the reader ("you") is not a claim: found by its "?" within the reach of the end
  const pad =
    'the crowd at the town hall on a long and quiet night in the old part of Paris by the river Seine';
  const at = (n: number): string =>
    `Rain fell on the town.\n\n“Will you stay?${`” she asked ${pad}`.slice(0, n)}`;
  test('a "?" 79 characters from the end is found: the line is a question to the reader', () => {
    assert.equal(claims(at(79)).length, 1);
    assert.equal(claims(at(79), { questionReach: 79 }).length, 2);
  });
  test('one 80 characters from the end is not', () => {
    assert.equal(claims(at(80)).length, 2);
    assert.equal(claims(at(80), { questionReach: 81 }).length, 1);
  });
});

describe('claims: reasonFeatures (3)', () => {
  const text = 'Rain fell on the town. The gorgeous singer is absolutely stunning in a beautiful gown!';
  const reason = (o: Partial<ClaimOptions> = {}): string => {
    const a = parseArticle({ text, date: '2024-10-08' });
    if (!a.ok) throw a.error;
    return runStage(claimsStage, docBefore(standard, 'claims', a.value, bundledKb()), o).claims![1]!.reason;
  };
  test('a reason names three features', () =>
    assert.equal(
      reason(),
      'Opinion (91%, rather than a fact anyone could check): an evaluative word “gorgeous”; an evaluation said of something “stunning”; an intensifier “absolutely”.',
    ));
  test('the option reaches it, both ways', () => {
    assert.equal(reason({ reasonFeatures: 2 }).split('; ').length, 2);
    assert.equal(reason({ reasonFeatures: 4 }).split('; ').length, 4);
  });
});

describe('claims: clauseMinWords (4)', () => {
  test('a clause of four words is split off', () => {
    const text = 'Kim flew to London, but insiders think he is heartbroken.';
    assert.deepEqual(claims(text), [
      'fact: Kim flew to London',
      'mental-state: but insiders think he is heartbroken.',
    ]);
    assert.deepEqual(claims(text, { clauseMinWords: 5 }), [
      'mental-state: Kim flew to London, but insiders think he is heartbroken.',
    ]);
  });
  test('one of three is not', () => {
    const text = 'The couple divorced, but insiders think he is heartbroken.';
    assert.deepEqual(claims(text), [
      'mental-state: The couple divorced, but insiders think he is heartbroken.',
    ]);
    assert.deepEqual(claims(text, { clauseMinWords: 3 }), [
      'fact: The couple divorced',
      'mental-state: but insiders think he is heartbroken.',
    ]);
  });
});

describe('claims: maxClauseSplits (3)', () => {
  // the feelings run on; only the last joiner turns to a fact, so only the last break splits
  const feelings =
    'She secretly loves him dearly, and she deeply misses his jokes, and she really wants him back';
  const fact = 'but he moved to Paris in 2019.';
  test('the third break of a sentence is tried', () => {
    const text = `${feelings}, ${fact}`;
    assert.deepEqual(claims(text), [`mental-state: ${feelings}`, `fact: ${fact}`]);
    assert.deepEqual(claims(text, { maxClauseSplits: 2 }), [`mental-state: ${text}`]);
  });
  test('the fourth is not', () => {
    const more = `${feelings}, and she hopes he calls soon`;
    const text = `${more}, ${fact}`;
    assert.deepEqual(claims(text), [`mental-state: ${text}`]);
    assert.deepEqual(claims(text, { maxClauseSplits: 4 }), [`mental-state: ${more}`, `fact: ${fact}`]);
  });
});
