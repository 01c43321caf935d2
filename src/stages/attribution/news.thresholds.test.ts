/**
 * The news preset's reading of reported speech (`POLNEAR_OPTIONS`, chosen on PolNeAR dev with
 * `npm run eval:quotes`): the values pinned, and the wide cue's two thresholds pinned by invented
 * fixtures just inside and just outside (a step of 0.05 either way fails one). The fixtures assert the
 * shipped models' probabilities too: a refit that moves them fails here, saying which to re-pick.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { docAt } from '../../pipeline/fixture.ts';
import { PRESET_OPTIONS } from '../../pipeline/presets.ts';
import { clauseLogit, clauseModel } from './clause.ts';
import { findReported } from './indirect.ts';
import { observeClauses, POLNEAR_OPTIONS, type ReportedOptions } from './reported.ts';

/** The reported words found in `text` with the news options, some moved. */
function found(text: string, o: Partial<ReportedOptions> = {}): string[] {
  const doc = docAt('attribution', text, '2024-10-08');
  return findReported(doc, doc.quoted, { ...POLNEAR_OPTIONS, ...o }).map(
    (r) =>
      `“${text.slice(r.content.start, r.content.end)}” ${r.speaker.name}, cue: ${text.slice(r.cue.start, r.cue.end)}`,
  );
}

/** The cue model's and the clause model's probabilities for the one clause of `text`, to 2 and 3 places. */
function probabilities(text: string): [number, number] {
  const doc = docAt('attribution', text, '2024-10-08');
  const ps: [number, number][] = [];
  observeClauses((_, c, f) => ps.push([c.p, 1 / (1 + Math.exp(-clauseLogit(clauseModel(), f)))]));
  try {
    findReported(doc, doc.quoted, { ...POLNEAR_OPTIONS, minClauseProbability: 0, wideClauseProbability: 0 });
  } finally {
    observeClauses(null);
  }
  assert.equal(ps.length, 1);
  return [Math.round(ps[0]![0] * 100) / 100, Math.round(ps[0]![1] * 1000) / 1000];
}

describe('news: POLNEAR_OPTIONS', () => {
  test('the values chosen on PolNeAR dev, and the news preset runs attribution with them', () => {
    assert.equal(POLNEAR_OPTIONS.statementsOnly, false);
    assert.equal(POLNEAR_OPTIONS.beliefs, true);
    assert.equal(POLNEAR_OPTIONS.minCueProbability, 0.45);
    assert.equal(POLNEAR_OPTIONS.minOtherCueProbability, 0.45);
    assert.equal(POLNEAR_OPTIONS.leaveOutAdverbials, true);
    assert.equal(POLNEAR_OPTIONS.minClauseProbability, 0.4);
    assert.equal(POLNEAR_OPTIONS.wideCueProbability, 0.2);
    assert.equal(POLNEAR_OPTIONS.wideClauseProbability, 0.7);
    assert.deepEqual(PRESET_OPTIONS.news, { attribution: { reported: 'news' } });
  });
  test('minCueProbability (0.45): a cue the cue model gives 0.49 is sure, its clause needs only 0.4', () => {
    const text = 'Neighbours noticed the lights stayed on all night.';
    assert.deepEqual(probabilities(text), [0.49, 0.665]);
    assert.deepEqual(found(text), ['“the lights stayed on all night” Neighbours, cue: noticed']);
    // at 0.5 the cue is a wide one, whose clause must reach 0.7
    assert.deepEqual(found(text, { minCueProbability: 0.5 }), []);
  });
  test('wideClauseProbability (0.7): a wide cue’s clause the model gives 0.636 is left out', () => {
    const text = 'The coach noticed the lights were on all night and all day.';
    assert.deepEqual(probabilities(text), [0.43, 0.636]);
    assert.deepEqual(found(text), []);
    assert.deepEqual(found(text, { wideClauseProbability: 0.6 }), [
      '“the lights were on all night and all day” The coach, cue: noticed',
    ]);
  });
  test('wideCueProbability (0.2) and minCueProbability (0.5): a cue the cue model gives 0.43 reports a sure clause', () => {
    const text = 'The senator doubts the plan will pass this year.';
    assert.deepEqual(probabilities(text), [0.43, 0.831]);
    assert.deepEqual(found(text), ['“the plan will pass this year” The senator, cue: doubts']);
    // as a sure cue (floor 0.4) it needs only the lower clause threshold; without wide cues it is gone
    assert.deepEqual(found(text, { minCueProbability: 0.45, wideCueProbability: 0.45 }), []);
    assert.deepEqual(found(text, { wideClauseProbability: 0.85 }), []);
  });
});
