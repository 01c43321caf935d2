import assert from 'node:assert/strict';
import { test } from 'node:test';
import { serialize } from 'node:v8';
import { analyzeArticle } from '../index.ts';
import { packRows, reviveRows, rowsOf, unpackReport, unpackRows } from './rows.ts';

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

// an invented article with quotes, a named source, claims and entities, so every table has rows
const rich =
  '"We will reopen the Harlow Street bridge by March," Mayor Elna Voss told reporters on Tuesday.\n\n' +
  'The council approved 4 million dollars for the repairs last year, according to city records.\n\n' +
  'Engineer Tomas Brell said the cables "were never the problem" and blamed the contractor, Ostrava Works.';

test('unpackRows(packRows(rows)) gives the rows as reviveRows gives a structured clone of them; unpacked rows pass too', () => {
  const out = analyzeArticle({ id: 'r2', text: rich, outlet: 'invented.example', date: '2024-02-06' });
  assert.ok(out.ok);
  const rows = rowsOf(out.value);
  // the round trip is only worth checking on rows that carry something
  assert.ok(rows.tables.quotes.length >= 2, `quotes: ${rows.tables.quotes.length}`);
  assert.ok(rows.tables.sources.length >= 1, `sources: ${rows.tables.sources.length}`);
  assert.ok(rows.quoteTexts.length >= 2, `quoteTexts: ${rows.quoteTexts.length}`);
  const packed = packRows(rows);
  assert.ok(packed instanceof Uint8Array);
  const revived = reviveRows(structuredClone(rows));
  const unpacked = unpackRows(packed);
  assert.deepEqual(unpacked, revived);
  assert.deepEqual(unpacked, rows);
  // the byte fields come back as Buffers, what the store writes
  assert.ok(Buffer.isBuffer(unpacked.report));
  assert.ok(Buffer.isBuffer(unpacked.text[1]));
  for (const [, , sig] of unpacked.quoteTexts) assert.ok(Buffer.isBuffer(sig));
  assert.deepEqual(unpackReport(unpacked.report), JSON.parse(JSON.stringify(out.value)));
  // the pool's older message shape: the rows as the structured clone gave them, not packed
  assert.deepEqual(unpackRows(structuredClone(rows)), revived);
});
