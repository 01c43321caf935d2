/** `hearsay batch --fields`: the chosen parts of the report, equal to the full report's, and the preset run. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseFields } from '../../src/cli/fields.ts';
import { analyzeRecord, presetFor } from '../../src/cli/record.ts';
import { bundledKb } from '../../src/index.ts';

const line = JSON.stringify({
  id: 'f1',
  title: 'Split',
  text: 'Pop star Lana Vale, 31, has split from her husband, an insider says. “It is over,” a pal told us.',
  date: '2024-05-01',
});
const kb = bundledKb();
const json = (fields?: ReturnType<typeof parseFields>): Record<string, unknown> => {
  const r = analyzeRecord(line, 1, kb, {}, fields);
  assert.ok(r.ok);
  return JSON.parse(r.json) as Record<string, unknown>;
};

test('--fields keeps schemaVersion, id and the chosen parts, in report order, equal to the full report', () => {
  const full = json();
  const some = json(parseFields('score,quotes,text'));
  assert.deepEqual(Object.keys(some), ['schemaVersion', 'id', 'text', 'quotes', 'score']);
  assert.deepEqual(some.quotes, full.quotes);
  assert.deepEqual(some.score, full.score);
  assert.equal(some.text, full.text);
  assert.ok((full.quotes as unknown[]).length > 0);
});

test('--fields with spine sections only runs the spine, with the same sections as the full report', () => {
  assert.equal(presetFor(parseFields('quotes,sources,entities,meta')), 'spine');
  assert.equal(presetFor(parseFields('quotes,claims')), 'standard');
  assert.equal(presetFor(undefined), 'standard');
  const full = json();
  const spine = json(parseFields('sources,quotes'));
  assert.deepEqual(Object.keys(spine), ['schemaVersion', 'id', 'quotes', 'sources']);
  assert.deepEqual(spine.sources, full.sources);
  assert.deepEqual(spine.quotes, full.quotes);
});

test('an unknown or empty field is HS_BAD_OPTION naming the valid ones', () => {
  assert.throws(
    () => parseFields('quotes,nope'),
    /^HearsayError: --fields: no field "nope"; choose among text, meta, paragraphs/,
  );
  assert.throws(() => parseFields('quotes,'), /an empty name/);
  assert.throws(
    () => parseFields('quotes,nope'),
    (e: Error & { code?: string }) => e.code === 'HS_BAD_OPTION',
  );
});
