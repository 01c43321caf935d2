/**
 * The clause model (clause.ts) on invented fixtures: which reported clauses PolNeAR's notion of
 * attribution keeps (exact words, speaker, kind), that `analyze`'s defaults do not consult it, and that
 * the weights file reads back as the hashes the features are written with.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hashWord } from '../../core/hash.ts';
import { docAt } from '../../pipeline/fixture.ts';
import { CLAUSE_TEMPLATES, clauseModel, clauseValueHash, parseClauseModel } from './clause.ts';
import { findReported } from './indirect.ts';
import { featureHash } from './model.ts';
import { observeClauses, POLNEAR_OPTIONS, REPORTED_DEFAULTS, type ReportedOptions } from './reported.ts';

/** [kind, words, speaker mention, speaker kind, cue] of each clause found in `text`. */
function rows(text: string, o: ReportedOptions = POLNEAR_OPTIONS): string[][] {
  const doc = docAt('attribution', text, '2024-10-08');
  return findReported(doc, doc.quoted, o).map((r) => [
    r.kind,
    text.slice(r.content.start, r.content.end),
    text.slice(r.speaker.span.start, r.speaker.span.end),
    r.speaker.kind,
    text.slice(r.cue.start, r.cue.end),
  ]);
}

describe('clause model: PolNeAR notion of attribution', () => {
  test('"X argued that …" is kept, its words after "that"', () => {
    assert.deepEqual(rows('The mayor argued that the new bridge would cut traffic by half.'), [
      ['speech', 'the new bridge would cut traffic by half', 'The mayor', 'anonymous', 'argued'],
    ]);
  });
  test('a belief is kept as a belief ("hopes")', () => {
    assert.deepEqual(rows('The coach hopes the squad will recover before the final.'), [
      ['belief', 'the squad will recover before the final', 'The coach', 'anonymous', 'hopes'],
    ]);
  });
  test('"shared the good news with …" is no attribution: the cue model lets it through, the clause model does not', () => {
    const text = 'The striker shared the good news with her fans on Sunday.';
    assert.deepEqual(rows(text), []);
    assert.deepEqual(
      rows(text, {
        ...POLNEAR_OPTIONS,
        minCueProbability: 0.2,
        minOtherCueProbability: 0.2,
        minClauseProbability: 0,
      }),
      [['speech', 'the good news with her fans on Sunday', 'The striker', 'anonymous', 'shared']],
    );
  });
  test("analyze's defaults do not consult it: no clause is scored", () => {
    assert.equal(REPORTED_DEFAULTS.minClauseProbability, undefined);
    let scored = 0;
    observeClauses(() => scored++);
    try {
      const doc = docAt('attribution', 'An insider said the pair are fine.', '2024-10-08');
      findReported(doc, doc.quoted, { ...REPORTED_DEFAULTS, minClauseProbability: 0 });
      assert.equal(scored, 1);
    } finally {
      observeClauses(null);
    }
  });
});

describe('clause model: the weights file', () => {
  test('the shipped file loads, with a version naming its data', () => {
    const m = clauseModel();
    assert.match(m.version, /^clause-[0-9a-f]{8}-t\d+-e\d+(-m\d+)?(-b\d+)?$/);
    assert.ok(m.weights.size > 100);
  });
  test('a named "word|int" value hashes as the features write it', () => {
    const k = CLAUSE_TEMPLATES.findIndex((t) => t.name === 'cue|before');
    assert.equal(clauseValueHash(k, 'said|1'), featureHash(k, hashWord('said'), 2));
    const m = parseClauseModel({
      version: 'x',
      trainedOn: { datasets: [], clauses: 0, right: 0 },
      bias: 0.5,
      weights: { 'cue|before': { 'said|1': 1.25 } },
    });
    assert.equal(m.weights.get(featureHash(k, hashWord('said'), 2)), 1.25);
  });
  test('an unknown template is refused', () => {
    assert.throws(
      () =>
        parseClauseModel({
          version: 'x',
          trainedOn: { datasets: [], clauses: 0, right: 0 },
          bias: 0,
          weights: { nope: {} },
        }),
      /unknown feature template "nope"/,
    );
  });
});
