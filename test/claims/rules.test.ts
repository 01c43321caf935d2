/**
 * The claim rules of the fourth round, on invented articles: short exclamations are claims, a future
 * event is scheduled only with a calendar date (a day or a year, not a season), and a sentence splits
 * at a relative clause ("…, which fans believe …") and at a bare "but" when the clauses' types differ.
 * Each asserts the exact spans and types.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../src/index.ts';
import { at } from '../people/helpers.ts';

const typed = (text: string): [string, string, string | null][] => {
  const r = analyze(text);
  return r.claims.map((c) => [at(r, c), c.content, c.checkable]);
};

describe('a short exclamation is a claim; a short statement is not', () => {
  test('"Aww!" is the writer’s evaluation, "Not now." is nothing', () =>
    assert.deepEqual(typed('Mia flew to Rome on Friday with her sister. Aww! Not now.'), [
      ['Mia flew to Rome on Friday with her sister.', 'fact', 'public'],
      ['Aww!', 'opinion', null],
    ]));
});

describe('the future: scheduled with a calendar date, a prediction without one', () => {
  test('"will open on June 12, 2027" is a scheduled event: a public fact', () =>
    assert.deepEqual(typed('The festival will open on June 12, 2027.'), [
      ['The festival will open on June 12, 2027.', 'fact', 'public'],
    ]));
  test('"will split before winter" is a prediction: a season is not a date on a calendar', () =>
    assert.deepEqual(typed('The duo will split before winter.'), [
      ['The duo will split before winter.', 'speculation', null],
    ]));
});

describe('clauses of different types split at a relative and at a bare "but"', () => {
  test('"…, which fans believe is a sign …": the relative clause is a claim of its own', () =>
    assert.deepEqual(
      typed('Mia flew to Rome on Friday with her sister, which fans believe is a sign of a reunion.'),
      [
        ['Mia flew to Rome on Friday with her sister', 'fact', 'public'],
        ['which fans believe is a sign of a reunion.', 'speculation', null],
      ],
    ));
  test('"… more in love than ever but still …": a feeling and a fact, no comma between them', () =>
    assert.deepEqual(typed('Mia and Leo are more in love than ever but still have not picked a date.'), [
      ['Mia and Leo are more in love than ever', 'mental-state', null],
      ['but still have not picked a date.', 'fact', 'public'],
    ]));
});

describe('words of attitude and memory read a third person’s mind (round six)', () => {
  test('"unimpressed", "nostalgic", "passionate about", "reminiscing" are mental states of the subject', () =>
    assert.deepEqual(
      typed(
        'Dana Vale is unimpressed with the new script. Dana Vale is nostalgic about her first tour. Dana Vale is passionate about animal rescue. Dana Vale has been reminiscing about her days in Rome.',
      ),
      [
        ['Dana Vale is unimpressed with the new script.', 'mental-state', null],
        ['Dana Vale is nostalgic about her first tour.', 'mental-state', null],
        ['Dana Vale is passionate about animal rescue.', 'mental-state', null],
        ['Dana Vale has been reminiscing about her days in Rome.', 'mental-state', null],
      ],
    ));
});
