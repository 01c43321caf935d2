/**
 * How reports are kept: as their JSON on PostgreSQL (the server compresses them with lz4, migration 4),
 * deflated on SQLite, and a deflated report written before migration 4 reads the same as a new one.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deflateRawSync } from 'node:zlib';
import pg from 'pg';
import { engines } from '../../test/corpus/engines.ts';
import { analyzeArticle } from '../index.ts';
import { openStore } from './store.ts';
import { packReport, packStored, rowsOf, unpackReport } from './rows.ts';

const text =
  'Sources close to the singer told the outlet she "has never been happier in her whole life" after the move.\n\n' +
  'Her manager said the tour goes ahead in May, and that “the fans deserve the best show we can give them.”';

function report(id: string) {
  const out = analyzeArticle({ id, text, outlet: 'Daily Invented', date: '2026-03-04' });
  assert.ok(out.ok);
  return out.value;
}

test('rows carry the report as its JSON; SQLite packs it deflated; both read back the same report', () => {
  const r = report('k1');
  const rows = rowsOf(r);
  assert.equal(rows.report.toString('utf8'), JSON.stringify(r));
  assert.equal(rows.report.buffer.byteLength, rows.report.byteLength);
  const packed = packStored(rows.report);
  assert.notEqual(packed[0], 0x7b);
  assert.deepEqual(packed, packReport(r));
  assert.equal(packStored(packed), packed);
  const want = JSON.parse(JSON.stringify(r));
  assert.deepEqual(unpackReport(rows.report), want);
  assert.deepEqual(unpackReport(packed), want);
});

test('a deflated report never starts with the byte that marks a report kept as JSON', () => {
  // the smallest and the most repetitive JSON reports, and deflate's fixed-code blocks (level 0-9)
  for (const json of ['{}', '{"a":1}', JSON.stringify(report('k2')), `{"x":"${'é'.repeat(500)}"}`])
    for (let level = 0; level <= 9; level++) assert.notEqual(deflateRawSync(json, { level })[0], 0x7b);
});

for (const engine of engines()) {
  test(`${engine.name}: a stored report reads back as given, whichever form it was kept in`, async () => {
    const url = await engine.fresh();
    const opened = await openStore(url);
    assert.ok(opened.ok);
    const store = opened.value;
    try {
      const a = report('k3');
      const b = report('k4');
      assert.deepEqual(await store.putReports([{ report: a }, { report: b }]), ['added', 'added']);
      if (engine.name === 'postgres') {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          const rows = await client.query(
            'SELECT article_id, pg_column_compression(report) AS c, report FROM reports ORDER BY article_id',
          );
          // kept as JSON, compressed by the server (lz4 when it has it)
          assert.equal(rows.rows[0].report.toString('utf8'), JSON.stringify(a));
          // a row written before migration 4 holds the report deflated: it reads the same
          await client.query('UPDATE reports SET report = $1 WHERE article_id = $2', [packReport(b), 'k4']);
        } finally {
          await client.end();
        }
      }
      assert.deepEqual((await store.article('k3'))?.report, JSON.parse(JSON.stringify(a)));
      assert.deepEqual((await store.article('k4'))?.report, JSON.parse(JSON.stringify(b)));
    } finally {
      await store.close();
    }
  });
}
