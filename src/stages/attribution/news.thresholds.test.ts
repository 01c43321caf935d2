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
    assert.equal(POLNEAR_OPTIONS.minCueProbability, 0.3);
    assert.equal(POLNEAR_OPTIONS.minOtherCueProbability, 0.3);
    assert.equal(POLNEAR_OPTIONS.leaveOutAdverbials, true);
    assert.equal(POLNEAR_OPTIONS.minClauseProbability, 0.51);
    assert.equal(POLNEAR_OPTIONS.fitBeside, true);
    assert.equal(POLNEAR_OPTIONS.minWords, 2);
    assert.equal(POLNEAR_OPTIONS.wideCueProbability, 0.15);
    assert.equal(POLNEAR_OPTIONS.wideClauseProbability, 0.65);
    assert.deepEqual(PRESET_OPTIONS.news, { attribution: { reported: 'news' } });
  });
  test('minClauseProbability (0.51): a sure cue’s clause the model gives 0.519 is kept, 0.505 is not', () => {
    const kept = 'The coach noticed the lights were on again.';
    assert.deepEqual(probabilities(kept), [0.41, 0.519]);
    assert.deepEqual(found(kept), ['“the lights were on again” The coach, cue: noticed']);
    assert.deepEqual(found(kept, { minClauseProbability: 0.56 }), []);
    const dropped = 'The clerk noticed the safe was open all night and all day.';
    assert.deepEqual(probabilities(dropped), [0.43, 0.505]);
    assert.deepEqual(found(dropped), []);
    assert.deepEqual(found(dropped, { minClauseProbability: 0.46 }), [
      '“the safe was open all night and all day” The clerk, cue: noticed',
    ]);
  });
  test('minWords (2): an object of two words is reported words, of one not', () => {
    const text = 'The council rejected the budget.';
    assert.deepEqual(found(text), ['“the budget” council, cue: rejected']);
    assert.deepEqual(found(text, { minWords: 3 }), []);
    const one = 'The governor praised Kowalski.';
    assert.deepEqual(found(one), []);
    assert.deepEqual(found(one, { minWords: 1 }), ['“Kowalski” The governor, cue: praised']);
  });
  test('minCueProbability (0.3): a cue the cue model gives 0.41 is sure, its clause needs only 0.51', () => {
    const text = 'The teacher realizes the roof is leaking again.';
    assert.deepEqual(probabilities(text), [0.41, 0.597]);
    assert.deepEqual(found(text), ['“the roof is leaking again” The teacher, cue: realizes']);
    // at 0.45 the cue is a wide one, whose clause must reach 0.65
    assert.deepEqual(found(text, { minCueProbability: 0.45, minOtherCueProbability: 0.45 }), []);
  });
  test('wideCueProbability (0.15) and wideClauseProbability (0.65): a wide cue (0.28) with a clause of 0.423 is left out', () => {
    const text = 'The chef feels the oven is broken again.';
    assert.deepEqual(probabilities(text), [0.28, 0.423]);
    assert.deepEqual(found(text), []);
    assert.deepEqual(found(text, { wideClauseProbability: 0.4 }), [
      '“the oven is broken again” The chef, cue: feels',
    ]);
    assert.deepEqual(found(text, { wideCueProbability: 0.3, wideClauseProbability: 0.4 }), []);
  });
});
