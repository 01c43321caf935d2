import assert from 'node:assert/strict';
import { test } from 'node:test';
import { serialize } from 'node:v8';
import { analyzeArticle } from '../index.ts';
import { reviveRows, rowsOf, unpackReport } from './rows.ts';

const text =
  'Sources close to the singer told the outlet she "has never been happier in her whole life" after the move.\n\n' +
  'Her manager said the tour goes ahead in May.';

test('the packed report owns a buffer of its own size: a clone to the main thread copies the report, not a 16 KB chunk', () => {
  const out = analyzeArticle({ id: 'r1', text });
  assert.ok(out.ok);
  const rows = rowsOf(out.value);
  assert.equal(rows.report.buffer.byteLength, rows.report.byteLength);
  assert.deepEqual(unpackReport(rows.report), JSON.parse(JSON.stringify(out.value)));
  // what the pool's message carries, and what the main thread makes of it
  const cloned = structuredClone(rows);
  assert.ok(serialize(rows).byteLength < 4 * 1024 + rows.report.byteLength * 2);
  const revived = reviveRows(cloned);
  assert.ok(Buffer.isBuffer(revived.report));
  assert.ok(revived.report.equals(rows.report));
  assert.equal(revived.report.buffer, cloned.report.buffer);
});
