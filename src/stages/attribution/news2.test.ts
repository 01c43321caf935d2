/**
 * The news preset's finder leaves out the writer's adverbials (`leaveOutAdverbials`, set by
 * `POLNEAR_OPTIONS` only) and reads long "according to" sources (`accordingReach`): invented sentences,
 * each read with the option on and off.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { docAt } from '../../pipeline/fixture.ts';
import { findReported } from './indirect.ts';
import { POLNEAR_OPTIONS, REPORTED_DEFAULTS, type ReportedOptions } from './reported.ts';

/** The reported words, speaker and cue found in `text` with the news options, some moved; no clause model. */
function found(text: string, leaveOutAdverbials: boolean, o: Partial<ReportedOptions> = {}): string[] {
  const doc = docAt('attribution', text, '2024-10-08');
  // the clause model is left out (a tiny threshold), so that the rule alone decides
  return findReported(doc, doc.quoted, {
    ...POLNEAR_OPTIONS,
    leaveOutAdverbials,
    minClauseProbability: 0.01,
    ...o,
  }).map(
    (r) =>
      `${text.slice(r.content.start, r.content.end)} | ${r.speaker.name} | ${text.slice(r.cue.start, r.cue.end)}`,
  );
}

describe('news: leaveOutAdverbials', () => {
  test('only the news options set it', () => {
    assert.equal(POLNEAR_OPTIONS.leaveOutAdverbials, true);
    assert.equal(REPORTED_DEFAULTS.leaveOutAdverbials, undefined);
  });
  test('a verbless phrase of place or time before the cue is the writer’s, not what was said', () => {
    const text = 'At a rally in the county fairground on Friday, the governor promised.';
    assert.deepEqual(found(text, false), [
      'At a rally in the county fairground on Friday | the governor | promised',
    ]);
    assert.deepEqual(found(text, true), []);
    const speech = 'In a long speech to the union, the mayor declared.';
    assert.deepEqual(found(speech, false), ['In a long speech to the union | the mayor | declared']);
    assert.deepEqual(found(speech, true), []);
  });
  test('words before the cue that hold a verb are kept, preposition first or not', () => {
    const text = 'At the rally on Friday the crowd turned restless, the governor said.';
    assert.deepEqual(found(text, true), [
      'At the rally on Friday the crowd turned restless | the governor | said',
    ]);
  });
  test('after the cue, a passive’s agent ("asked by the host") reports nothing', () => {
    const text = 'The senator was asked by the host about the new budget.';
    assert.deepEqual(found(text, false), ['by the host about the new budget | The senator | asked']);
    assert.deepEqual(found(text, true), []);
  });
});

describe('news: accordingReach', () => {
  const text =
    'According to early results of a survey carried out for the county paper and two local radio stations, the mayor leads the race by ten points.';
  test('30 tokens in the news options, 14 without', () => {
    assert.equal(POLNEAR_OPTIONS.accordingReach, 30);
    assert.equal(REPORTED_DEFAULTS.accordingReach, undefined);
  });
  test('a source of 17 words before the comma is read with the news reach, not the default', () => {
    assert.deepEqual(found(text, true), [
      'the mayor leads the race by ten points | early results of a survey carried out for the county paper and two local radio stations | According to',
    ]);
    assert.deepEqual(found(text, true, { accordingReach: 14 }), []);
  });
});
