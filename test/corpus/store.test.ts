/**
 * The corpus store on each engine (SQLite always, PostgreSQL when HEARSAY_TEST_PG is set): writing is
 * idempotent, a changed article replaces its rows, the aggregates equal a recount, and the questions
 * answer exactly on the shipped invented corpus.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { type CorpusRecord, openStore, type Store } from '../../src/corpus/index.ts';
import { MIGRATIONS, migrationSql } from '../../src/corpus/migrations.ts';
import { COPY_CHUNK, postgresSql, sqliteSql } from '../../src/corpus/sql.ts';
import { analyzeArticle } from '../../src/index.ts';
import type { FullReport } from '../../src/report/schema.ts';
import { dump, engines } from './engines.ts';

const records: CorpusRecord[] = readFileSync('examples/corpus.jsonl', 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as CorpusRecord);

function analyse(r: CorpusRecord): FullReport {
  const out = analyzeArticle({ ...r, id: r.id == null ? null : String(r.id) });
  if (!out.ok) throw out.error;
  return out.value;
}
const reports = records.map(analyse);
const items = reports.map((report, i) => ({ report, record: records[i]! }));

async function open(url: string): Promise<Store> {
  const s = await openStore(url);
  if (!s.ok) throw s.error;
  return s.value;
}

for (const engine of engines()) {
  describe(`corpus store on ${engine.name}`, () => {
    test('stores each article once; the same records again are skipped, a changed one replaces its rows', async () => {
      const s = await open(await engine.fresh());
      try {
        assert.deepEqual(
          await s.putReports(items),
          items.map(() => 'added'),
        );
        assert.deepEqual(
          await s.putReports(items),
          items.map(() => 'skipped'),
        );
        const before = await s.stats();
        assert.deepEqual(before, {
          articles: 9,
          outlets: 8,
          quotes: reports.reduce((n, r) => n + r.quotes.length, 0),
          claims: reports.reduce((n, r) => n + r.claims.length, 0),
        });
        const changed = { ...records[0]!, text: `${records[0]!.text}\n\nShe has not commented.` };
        assert.equal(await s.putReport(analyse(changed), changed), 'replaced');
        const after = await s.stats();
        assert.equal(after.articles, 9);
        const stored = await s.article(String(changed.id));
        assert.equal(stored?.report.text, changed.text);
        // the replaced article's quotations are the new report's, not both
        let quotes = 0;
        for await (const q of s.exportRows('quotes', { outlet: 'usmagazine.com', until: '2026-03-31' })) {
          assert.equal(q.article_id, changed.id);
          quotes++;
        }
        assert.equal(quotes, analyse(changed).quotes.length);
        // changed back, the store holds exactly what a clean store of the same records holds
        assert.equal(await s.putReport(reports[0]!, records[0]!), 'replaced');
        const clean = await open(await engine.fresh());
        try {
          await clean.putReports(items);
          assert.deepEqual(await dump(s), await dump(clean));
        } finally {
          await clean.close();
        }
      } finally {
        await s.close();
      }
    });

    test('a report comes back exactly as it was stored', async () => {
      const s = await open(await engine.fresh());
      try {
        await s.putReports(items);
        const got = await s.article('dm-2026-03-04-vance');
        assert.equal(JSON.stringify(got?.report), JSON.stringify(reports[2]));
        assert.equal(got?.article.outletName, 'Daily Mail');
        assert.equal(got?.article.date, '2026-03-04');
        assert.equal(await s.article('no-such-id'), null);
      } finally {
        await s.close();
      }
    });

    test('the outlet × month aggregate equals a recount from the articles, after replacing too', async () => {
      const s = await open(await engine.fresh());
      try {
        await s.putReports(items);
        const changed = { ...records[6]!, date: '2026-03-30' };
        await s.putReport(analyse(changed), changed);
        const fast = await s.outlets();
        // a day range that is not whole months takes the recount path
        const slow = await s.outlets({ since: '2000-01-02', until: '2099-12-30' });
        assert.deepEqual(fast, slow);
        const pageSix = fast.filter((r) => r.outlet === 'pagesix');
        assert.deepEqual(
          pageSix.map((r) => [r.month, r.articles]),
          [['2026-03', 1]],
        );
        assert.deepEqual(
          fast.filter((r) => r.name === 'Us Weekly').map((r) => [r.month, r.articles]),
          [
            ['2026-03', 1],
            ['2026-04', 1],
          ],
        );
      } finally {
        await s.close();
      }
    });

    test('outlets: figures of one article are its report figures', async () => {
      const s = await open(await engine.fresh());
      try {
        await s.putReports(items);
        const [dm] = await s.outlets({ outlet: 'Daily Mail' });
        const r = reports[2]!;
        const quoted = r.quotes.reduce((n, q) => n + q.words, 0);
        const anon = r.quotes.filter((q) => q.speaker.kind === 'anonymous').reduce((n, q) => n + q.words, 0);
        assert.equal(dm?.articles, 1);
        assert.equal(dm?.month, '2026-03');
        assert.equal(dm?.quotes, r.quotes.length);
        assert.equal(dm?.anonymousQuotedShare, anon / quoted);
        assert.equal(dm?.claims, r.claims.length);
        assert.equal(dm?.medianScore, Math.round(r.score.value * 10) / 10);
        assert.equal(dm?.scored, 1);
      } finally {
        await s.close();
      }
    });

    test('the quotation trail the writer keeps is the one migration 2 builds from the other tables', async () => {
      const url = await engine.fresh();
      const s = await open(url);
      await s.putReports(items);
      const changed = { ...records[0]!, text: `${records[0]!.text}\n\nShe has not commented.` };
      await s.putReport(analyse(changed), changed);
      await s.close();
      const sql = engine.name === 'sqlite' ? sqliteSql(url) : await postgresSql(url);
      try {
        const m = migrationSql(MIGRATIONS.find((x) => x.version === 2)!, engine.name);
        const select = m.slice(m.indexOf('SELECT q.norm_hash'), m.indexOf('ORDER BY q.norm_hash'));
        const order = ' ORDER BY norm_hash, date, article_id, n';
        const rebuilt = await sql.all(`SELECT * FROM (${select}) r${order}`);
        const kept = await sql.all(`SELECT * FROM quote_trail${order}`);
        assert.ok(kept.length >= 6, `${kept.length} trail rows`);
        assert.deepEqual(kept, rebuilt);
      } finally {
        await sql.close();
      }
    });

    test('migration 3: band rows of schema 2 become the arrays the writer keeps, with the same answers', async () => {
      const url = await engine.fresh();
      const s = await open(url);
      await s.putReports(items);
      const answers = async (st: Store) => ({
        trace: await st.quoteTrace(),
        one: await st.quoteTrace({
          quote: 'arguing about the move to London for months and she is done pretending',
        }),
        stories: await st.stories(),
      });
      const before = await answers(s);
      await s.close();
      assert.ok(before.trace.length >= 2 && before.stories.length >= 1 && before.one.length === 1);
      if (engine.name === 'sqlite') return;
      const sql = await postgresSql(url);
      const bands = (q: typeof sql) =>
        q.all(`SELECT 'q' AS t, norm_hash AS k, bands FROM quote_texts
                 UNION ALL SELECT 't', text_hash, bands FROM texts ORDER BY t, k`);
      let kept: unknown[];
      try {
        kept = await bands(sql);
        assert.ok(kept.length >= 10, `${kept.length} band arrays`);
        // back to schema 2: one row per band, no arrays
        await sql.exec(`
          CREATE TABLE quote_lsh (band INTEGER NOT NULL, bucket INTEGER NOT NULL, norm_hash TEXT NOT NULL,
            PRIMARY KEY (band, bucket, norm_hash));
          INSERT INTO quote_lsh SELECT u.band - 1, u.bucket, t.norm_hash
            FROM quote_texts t, unnest(t.bands) WITH ORDINALITY AS u(bucket, band);
          CREATE TABLE story_lsh (band INTEGER NOT NULL, bucket INTEGER NOT NULL, text_hash TEXT NOT NULL,
            PRIMARY KEY (band, bucket, text_hash));
          INSERT INTO story_lsh SELECT u.band - 1, u.bucket, t.text_hash
            FROM texts t, unnest(t.bands) WITH ORDINALITY AS u(bucket, band);
          ALTER TABLE quote_texts DROP COLUMN bands;
          ALTER TABLE texts DROP COLUMN bands;
          DELETE FROM hearsay_migrations WHERE version = 3;`);
      } finally {
        await sql.close();
      }
      const again = await open(url);
      try {
        assert.deepEqual(await answers(again), before);
      } finally {
        await again.close();
      }
      const check = await postgresSql(url);
      try {
        assert.deepEqual(await bands(check), kept);
      } finally {
        await check.close();
      }
    });

    test('quotes --trace: the recycled quotation, first printed by Us Weekly, credited by one of two', async () => {
      const s = await open(await engine.fresh());
      try {
        await s.putReports(items);
        const groups = await s.quoteTrace();
        const london = groups.find((g) => g.text.includes('arguing about the move'));
        assert.ok(london, JSON.stringify(groups.map((g) => g.text)));
        assert.equal(london.firstOutlet, 'Us Weekly');
        assert.deepEqual(
          london.uses.map((u) => [u.article.id, u.creditsFirst]),
          [
            ['us-2026-03-02-vance-okafor', null],
            ['hl-2026-03-03-vance', true],
            ['dm-2026-03-04-vance', false],
          ],
        );
        assert.equal(london.credited, 1);
        assert.equal(london.uncredited, 1);
        // one quotation traced by its (retold) text
        const one = await s.quoteTrace({
          quote:
            "They've been arguing about the move to London for months and she's done pretending everything is fine",
        });
        assert.equal(one.length, 1);
        assert.deepEqual(
          one[0]!.uses.map((u) => u.article.outletName),
          ['Us Weekly', 'HollywoodLife', 'Daily Mail'],
        );
        const peckham = groups.find((g) => g.text.includes('Peckham'));
        assert.deepEqual(
          peckham?.uses.map((u) => [u.article.outletName, u.creditsFirst]),
          [
            ['TMZ', null],
            ['E! News', true],
          ],
        );
        assert.deepEqual(
          await s.quoteTrace({ quote: 'Nothing like any quotation stored here at all, none' }),
          [],
        );
      } finally {
        await s.close();
      }
    });

    test('stories: the syndicated copy is the same story in two outlets', async () => {
      const s = await open(await engine.fresh());
      try {
        await s.putReports(items);
        const stories = await s.stories();
        assert.deepEqual(
          stories.map((g) => g.articles.map((a) => a.id)),
          [['people-2026-03-06-vance', 'yahoo-2026-03-06-vance']],
        );
      } finally {
        await s.close();
      }
    });

    test('person: claims about Marisol Vance add up to the reports, by content and source side', async () => {
      const s = await open(await engine.fresh());
      try {
        await s.putReports(items);
        const p = await s.person('Marisol Vance', { examples: 1 });
        assert.deepEqual(p.names, ['Marisol Vance']);
        const expected = reports.reduce((n, r) => {
          const ids = new Set(r.entities.filter((e) => e.name === 'Marisol Vance').map((e) => e.id));
          return n + r.claims.filter((c) => c.about.some((a) => ids.has(a))).length;
        }, 0);
        assert.equal(p.claims, expected);
        assert.equal(
          p.table.reduce((n, t) => n + t.claims, 0),
          expected,
        );
        for (const e of p.examples) assert.ok(e.text.length > 0);
        const bySurname = await s.person('Vance');
        assert.equal(bySurname.claims, expected);
        assert.equal((await s.person('Nobody Atall')).claims, 0);
      } finally {
        await s.close();
      }
    });

    test('sources: anonymous descriptors by outlet, case folded', async () => {
      const s = await open(await engine.fresh());
      try {
        await s.putReports(items);
        const us = (await s.sources({ outlet: 'www.usmagazine.com' })).filter((r) => r.side === 'anonymous');
        assert.deepEqual(
          us.map((r) => [r.source.toLowerCase(), r.articles]),
          [
            ['a source', 2],
            ['the producers', 1],
          ],
        );
      } finally {
        await s.close();
      }
    });

    test('articles: pages newest first, the cursor goes on where the page ended', async () => {
      const s = await open(await engine.fresh());
      try {
        await s.putReports(items);
        const seen: string[] = [];
        let cursor: string | null = null;
        do {
          const page = await s.articles({ limit: 4, cursor });
          seen.push(...page.items.map((a) => a.id));
          cursor = page.next;
        } while (cursor);
        assert.equal(seen.length, 9);
        assert.equal(seen[0], 'us-2026-04-05-vance');
        assert.equal(seen.at(-1), 'tmz-2026-02-27-okafor');
        assert.equal(new Set(seen).size, 9);
      } finally {
        await s.close();
      }
    });

    test('a number column takes the same values by COPY as by insertMany: a blank or a word is refused', async () => {
      if (engine.name !== 'postgres') return; // SQLite's columns take any value
      const sql = await postgresSql(await engine.fresh());
      try {
        await sql.exec('CREATE TABLE nums (n integer, x double precision)');
        for (const put of [sql.insertMany, sql.copyRows]) {
          await assert.rejects(
            put('nums', ['n', 'x'], [['', 1]]),
            /invalid input syntax for type integer: ""/,
          );
          await assert.rejects(
            put('nums', ['n', 'x'], [[1, 'abc']]),
            /invalid input syntax for type double precision: "abc"/,
          );
          await put('nums', ['n', 'x'], [[' 3 ', '2.5']]);
        }
        assert.deepEqual(await sql.all('SELECT n, x FROM nums'), [
          { n: 3, x: 2.5 },
          { n: 3, x: 2.5 },
        ]);
      } finally {
        await sql.close();
      }
    });

    test('rows bigger than one CopyData chunk come back whole from copyRows', async () => {
      const url = await engine.fresh();
      const sql = engine.name === 'sqlite' ? sqliteSql(url) : await postgresSql(url);
      try {
        await sql.exec('CREATE TABLE blobs (k integer, t text, b bytea)');
        // 3 rows of 1.5 chunks each (text and bytes): the COPY's data is about 9 chunks
        const size = Math.ceil(COPY_CHUNK * 1.5);
        const rows = [1, 2, 3].map((k) => [k, 'é'.repeat(size / 2) + String(k), Buffer.alloc(size, k)]);
        await sql.copyRows('blobs', ['k', 't', 'b'], rows);
        const back = await sql.all<{ k: number; t: string; b: Buffer }>(
          'SELECT k, t, b FROM blobs ORDER BY k',
        );
        assert.deepEqual(
          back.map((r) => [r.k, r.t, Buffer.from(r.b)]),
          rows,
        );
      } finally {
        await sql.close();
      }
    });
  });
}
