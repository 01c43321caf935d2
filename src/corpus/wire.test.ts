import assert from 'node:assert/strict';
import { test } from 'node:test';
import pg from 'pg';
import { dump, engines } from '../../test/corpus/engines.ts';
import { analyzeArticle } from '../index.ts';
import { copyBinary, copyTuples, decodeTuples, joinTuples } from './copy.ts';
import {
  CHILD_COLUMNS,
  type ChildTable,
  OWN_COLUMNS,
  OWN_TABLES,
  OWN_TYPES,
  ownRows,
  packRows,
  packWire,
  rowsOf,
  unpackPooled,
  unpackWire,
  wireRows,
} from './rows.ts';
import { openStore } from './store.ts';

// invented articles with quotes, a named source, claims and entities, so every table has rows
const rich =
  '"We will reopen the Harlow Street bridge by March," Mayor Elna Voss told reporters on Tuesday.\n\n' +
  'The council approved 4 million dollars for the repairs last year, according to city records.\n\n' +
  'Engineer Tomas Brell said the cables "were never the problem" and blamed the contractor, Ostrava Works.';
const other =
  'Sources close to the band told the paper the drummer "is not coming back" after the spring tour.\n\n' +
  'A spokesperson for the label, Mirela Quade, said the group had "nothing to announce" yet.';

const rowsFor = (id: string, text: string) => {
  const out = analyzeArticle({ id, text, outlet: 'invented.example', date: '2024-02-06', title: `T ${id}` });
  assert.ok(out.ok);
  return rowsOf(out.value);
};

test('packWire: the own tables as COPY tuples decode back to the rows rowsOf gave, the rest as it was', () => {
  const rows = rowsFor('w1', rich);
  assert.ok(rows.tables.quotes.length >= 2 && rows.tables.claims.length >= 1);
  const wire = unpackWire(packWire(rows));
  for (const t of OWN_TABLES) assert.ok(Buffer.isBuffer(wire.tuples[t]), t);
  const back = wireRows(wire);
  assert.deepEqual(back.article, rows.article);
  assert.ok(back.report.equals(rows.report));
  assert.deepEqual(back.tables, rows.tables);
  assert.deepEqual(
    { ...back, report: null, tables: null, article: null },
    { ...rows, report: null, tables: null, article: null },
  );
  // the pool's messages of either form reach the store as what they are
  assert.ok('wire' in unpackPooled(packWire(rows)));
  assert.ok('rows' in unpackPooled(packRows(rows)));
  assert.ok('rows' in unpackPooled(structuredClone(rows)));
});

test('copyTuples of two row sets put end to end (joinTuples) is copyBinary of them all; decodeTuples reads them back', () => {
  const a = rowsFor('w2', rich);
  const b = rowsFor('w3', other);
  for (const t of OWN_TABLES) {
    const types = OWN_TYPES[t];
    const cols = OWN_COLUMNS[t];
    const joined = joinTuples([
      copyTuples(types, cols, ownRows(a, t))!,
      copyTuples(types, cols, ownRows(b, t))!,
    ]);
    assert.ok(joined.equals(copyBinary(types, cols, [...ownRows(a, t), ...ownRows(b, t)])!), t);
    assert.deepEqual(decodeTuples(types, cols, copyTuples(types, cols, ownRows(b, t))!), ownRows(b, t), t);
  }
  assert.deepEqual(decodeTuples(OWN_TYPES.credits, OWN_COLUMNS.credits, Buffer.alloc(0)), []);
});

for (const engine of engines())
  test(`${engine.name}: a store written from packWire's tuples equals one written from the rows`, async () => {
    const a = [rowsFor('w4', rich), rowsFor('w5', other)];
    const stores = [];
    for (const form of ['rows', 'wire'] as const) {
      const opened = await openStore(await engine.fresh());
      assert.ok(opened.ok);
      const s = opened.value;
      const items = a.map((r) => (form === 'rows' ? { rows: r } : { wire: unpackWire(packWire(r)) }));
      assert.deepEqual(await s.putReports(items), ['added', 'added']);
      // written twice (a job run again): nothing changes
      assert.deepEqual(await s.putReports(items), ['skipped', 'skipped']);
      stores.push(s);
    }
    try {
      assert.deepEqual(await dump(stores[1]!), await dump(stores[0]!));
      for (const id of ['w4', 'w5'])
        assert.deepEqual(await stores[1]!.article(id), await stores[0]!.article(id));
      assert.deepEqual(await stores[1]!.quoteTrace({}), await stores[0]!.quoteTrace({}));
      assert.deepEqual(await stores[1]!.person('Elna Voss'), await stores[0]!.person('Elna Voss'));
    } finally {
      for (const s of stores) await s.close();
    }
  });

for (const engine of engines().filter((e) => e.name === 'postgres'))
  test("postgres: OWN_TYPES are a migrated store's column types", async () => {
    const url = await engine.fresh();
    const opened = await openStore(url);
    assert.ok(opened.ok);
    await opened.value.close();
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      for (const t of OWN_TABLES) {
        const r = await c.query(
          `SELECT attname, format_type(atttypid, atttypmod) AS type FROM pg_attribute
           WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped`,
          [t],
        );
        const have = new Map(r.rows.map((x: { attname: string; type: string }) => [x.attname, x.type]));
        for (const [col, type] of OWN_TYPES[t]) assert.equal(have.get(col), type, `${t}.${col}`);
      }
    } finally {
      await c.end();
    }
    assert.deepEqual(
      Object.keys(CHILD_COLUMNS).filter((t) => !OWN_TABLES.includes(t as ChildTable)),
      [],
    );
  });

test('the COPY writer: short ASCII copied by hand, other text by Buffer.write, integers big-endian at their limits', () => {
  const types = new Map([
    ['t', 'text'],
    ['n', 'integer'],
  ]);
  const texts = [
    '',
    'a',
    'é',
    'naïve café',
    'x'.repeat(64),
    `${'y'.repeat(64)}é`,
    `${'z'.repeat(65)}`,
    '🎉 ok',
  ];
  const ints = [0, -1, 1, 255, 256, -256, 2147483647, -2147483648];
  const rows = texts.map((t, i) => [t, ints[i]!]);
  const out = copyTuples(types, ['t', 'n'], rows)!;
  assert.deepEqual(decodeTuples(types, ['t', 'n'], out), rows);
  // the first tuple read with Buffer's own methods: 2 fields, '' (length 0), 4-byte 0
  assert.equal(out.readInt16BE(0), 2);
  assert.equal(out.readInt32BE(2), 0);
  assert.equal(out.readInt32BE(6), 4);
  assert.equal(out.readInt32BE(10), 0);
  // 'é' is two bytes of UTF-8
  const third = decodeTuples(types, ['t', 'n'], out)[2]!;
  assert.equal(third[0], 'é');
  assert.ok(out.includes(Buffer.from('naïve café')));
});
