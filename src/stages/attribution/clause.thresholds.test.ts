/**
 * The clause model's threshold in PolNeAR's notion of attribution (`POLNEAR_OPTIONS.minClauseProbability`,
 * 0.5), pinned by one invented fixture just inside and one just outside: moving it a step (0.05) either
 * way fails one of them. The fixtures assert the shipped clause model's probability too: a refit that
 * moves it fails here, saying which fixture to re-pick.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { docAt } from '../../pipeline/fixture.ts';
import { clauseLogit, clauseModel } from './clause.ts';
import { findReported } from './indirect.ts';
import { observeClauses, POLNEAR_OPTIONS, type ReportedOptions } from './reported.ts';

/** The reported words found in `text` with the PolNeAR options, one moved. */
function found(text: string, o: Partial<ReportedOptions> = {}): string[] {
  const doc = docAt('attribution', text, '2024-10-08');
  return findReported(doc, doc.quoted, { ...POLNEAR_OPTIONS, ...o }).map(
    (r) =>
      `${r.kind} “${text.slice(r.content.start, r.content.end)}” ${r.speaker.name}, cue: ${text.slice(r.cue.start, r.cue.end)}`,
  );
}

/** The clause model's probability for the one clause of `text`, rounded to 3 places. */
function clauseProbability(text: string): number {
  const doc = docAt('attribution', text, '2024-10-08');
  const ps: number[] = [];
  observeClauses((_, __, f) => ps.push(1 / (1 + Math.exp(-clauseLogit(clauseModel(), f)))));
  try {
    findReported(doc, doc.quoted, { ...POLNEAR_OPTIONS, minClauseProbability: 0 });
  } finally {
    observeClauses(null);
  }
  assert.equal(ps.length, 1);
  return Math.round(ps[0]! * 1000) / 1000;
}

describe('reported: POLNEAR_OPTIONS.minClauseProbability (0.5)', () => {
  test('a clause the model gives 0.54 is kept', () => {
    const text = 'The residents backed the new parking plan.';
    assert.equal(clauseProbability(text), 0.54);
    assert.deepEqual(found(text), ['speech “the new parking plan” The residents, cue: backed']);
    assert.deepEqual(found(text, { minClauseProbability: 0.55 }), []);
  });
  test('one it gives 0.483 is not', () => {
    const text = 'The drivers backed the changes to the bus times.';
    assert.equal(clauseProbability(text), 0.483);
    assert.deepEqual(found(text), []);
    assert.deepEqual(found(text, { minClauseProbability: 0.45 }), [
      'speech “the changes to the bus times” The drivers, cue: backed',
    ]);
  });
});
