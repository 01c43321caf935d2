/**
 * The corpus commands end to end in child processes: an ingest killed mid-run (SIGKILL, SIGTERM) and
 * run again stores exactly what a clean run stores, on each engine; bad databases give one-line
 * registry errors, a non-zero exit, and are left as they were.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { openStore, type Store } from '../../src/corpus/index.ts';
import { LATEST } from '../../src/corpus/migrations.ts';
import { dump, engines } from './engines.ts';

const MAIN = "import('./src/cli/main.ts').then((m) => m.main(['node', 'hearsay', ...process.argv.slice(1)]))";
const args = (...a: string[]) => ['--import', 'tsx', '-e', MAIN, ...a];
const hearsay = (...a: string[]) => spawnSync('node', args(...a), { encoding: 'utf8' });
// worker threads need the built CLI (npm ci builds dist/; run npm run build after changes)
const built = (...a: string[]) =>
  spawnSync('node', [path.resolve('bin/hearsay.js'), ...a], { encoding: 'utf8' });

const dir = mkdtempSync(path.join(tmpdir(), 'hearsay-corpus-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// a corpus long enough to kill mid-run: the invented articles, many times under new ids
const base = readFileSync('examples/corpus.jsonl', 'utf8').trim().split('\n');
const N = 60;
const corpus = path.join(dir, 'corpus.jsonl');
writeFileSync(
  corpus,
  `${Array.from({ length: N }, (_, i) => {
    const r = JSON.parse(base[i % base.length]!);
    return JSON.stringify({ ...r, id: `${r.id}-${i}`, url: `${r.url}?copy=${i}` });
  }).join('\n')}\n`,
);

async function open(url: string): Promise<Store> {
  const s = await openStore(url);
  if (!s.ok) throw s.error;
  return s.value;
}

async function count(url: string): Promise<number> {
  const s = await openStore(url, { readOnly: true });
  if (!s.ok) return 0;
  try {
    return (await s.value.stats()).articles;
  } finally {
    await s.value.close();
  }
}

const exited = (c: ChildProcess) =>
  new Promise<{ code: number | null; signal: string | null; stderr: string }>((resolve) => {
    let stderr = '';
    c.stderr?.on('data', (d) => {
      stderr += String(d);
    });
    c.on('exit', (code, signal) => resolve({ code, signal, stderr }));
  });

// one clean run, on SQLite: both engines, and both ways of building rows, must store exactly its rows
let clean: Record<string, string[]> | null = null;

for (const engine of engines()) {
  describe(`ingest on ${engine.name}`, () => {
    const signals: NodeJS.Signals[] = engine.name === 'sqlite' ? ['SIGKILL', 'SIGTERM'] : ['SIGKILL'];

    for (const signal of signals) {
      test(`killed with ${signal} mid-run and run again, it stores exactly what a clean run stores`, async () => {
        if (!clean) {
          const url = path.join(dir, 'clean.db');
          // the clean run on two worker threads (rows built there); the killed runs build them on the main thread
          const r = built('ingest', corpus, '--db', url, '--jobs', '2', '--no-progress');
          assert.equal(r.status, 0, r.stderr);
          assert.match(r.stderr, new RegExp(`^hearsay: ${N} added, 0 replaced, 0 already stored`, 'm'));
          const s = await open(url);
          clean = await dump(s);
          await s.close();
        }
        const url = await engine.fresh();
        const child = spawn(
          'node',
          args('ingest', corpus, '--db', url, '--jobs', '1', '--batch-size', '3', '--no-progress'),
          {
            stdio: ['ignore', 'ignore', 'pipe'],
          },
        );
        const done = exited(child);
        let stored = 0;
        for (let i = 0; i < 1200 && stored < 6; i++) {
          await new Promise((r) => setTimeout(r, 50));
          stored = await count(url);
        }
        child.kill(signal);
        const end = await done;
        const atKill = await count(url);
        assert.ok(atKill > 0 && atKill < N, `killed after ${atKill} of ${N} articles`);
        if (signal === 'SIGKILL') assert.equal(end.signal, 'SIGKILL');
        else {
          assert.equal(end.code, 130, end.stderr);
          assert.match(end.stderr, /SIGTERM: storing what is analysed, then stopping/);
        }
        const again = hearsay('ingest', corpus, '--db', url, '--jobs', '1', '--no-progress');
        assert.equal(again.status, 0, again.stderr);
        const m = /^hearsay: (\d+) added, 0 replaced, (\d+) already stored/m.exec(again.stderr);
        assert.ok(m, again.stderr);
        assert.equal(Number(m[1]) + Number(m[2]), N);
        assert.equal(Number(m[2]), atKill);
        const s = await open(url);
        try {
          assert.deepEqual(await dump(s), clean);
        } finally {
          await s.close();
        }
      });
    }
  });
}

test('reanalyze runs again the articles of another schema version, and --all every one', () => {
  const f = path.join(dir, 'reanalyze.db');
  assert.equal(hearsay('ingest', 'examples/corpus.jsonl', '--db', f, '--jobs', '1').status, 0);
  const db = new Database(f);
  db.prepare("UPDATE articles SET schema_version = '0.9.0' WHERE id = ?").run('tmz-2026-02-27-okafor');
  db.close();
  const r = hearsay('reanalyze', '--db', f, '--jobs', '1', '--no-progress');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /^hearsay: 0 added, 1 replaced, 0 already stored, in /m);
  const again = hearsay('reanalyze', '--db', f, '--jobs', '1');
  assert.match(
    again.stderr,
    /^hearsay: every article in .* is already read by this engine \(schema 2\.0\.0, engine [0-9a-f]{12}\)$/m,
  );
  const all = hearsay('reanalyze', '--all', '--db', f, '--jobs', '1', '--no-progress');
  assert.match(all.stderr, /^hearsay: 0 added, 9 replaced, 0 already stored, in /m);
});

test('an article read by another engine (a refit model, same schema) is read again by reanalyze and by ingest', () => {
  const f = path.join(dir, 'engine.db');
  assert.equal(hearsay('ingest', 'examples/corpus.jsonl', '--db', f, '--jobs', '1').status, 0);
  const db = new Database(f);
  const engine = db.prepare('SELECT DISTINCT engine FROM articles').all() as { engine: string }[];
  assert.equal(engine.length, 1);
  assert.match(engine[0]!.engine, /^[0-9a-f]{12}$/);
  // as a store written before fingerprints (migration 5's default) and one written by an older engine
  db.prepare("UPDATE articles SET engine = '' WHERE id = ?").run('tmz-2026-02-27-okafor');
  db.prepare("UPDATE articles SET engine = '000000000000' WHERE id = ?").run('people-2026-03-06-vance');
  db.close();
  const r = hearsay('reanalyze', '--db', f, '--jobs', '1', '--no-progress');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /^hearsay: 0 added, 2 replaced, 0 already stored, in /m);
  const db2 = new Database(f);
  assert.deepEqual(db2.prepare('SELECT DISTINCT engine FROM articles').all(), engine);
  db2.prepare("UPDATE articles SET engine = '000000000000' WHERE id = ?").run('people-2026-03-06-vance');
  db2.close();
  // ingest of the same file: only the article an older engine read is analysed again
  const i = hearsay('ingest', 'examples/corpus.jsonl', '--db', f, '--jobs', '1', '--no-progress');
  assert.match(i.stderr, /^hearsay: 0 added, 1 replaced, 8 already stored, in /m);
});

test('ingest --preset news stores the news reading; reanalyze keeps each preset, --preset changes it', () => {
  const f = path.join(dir, 'preset.db');
  const one = path.join(dir, 'one.jsonl');
  const lines = readFileSync('examples/corpus.jsonl', 'utf8').trim().split('\n');
  writeFileSync(one, `${lines.slice(0, 3).join('\n')}\n`);
  const ids = lines.slice(0, 3).map((l) => String(JSON.parse(l).id));
  assert.equal(hearsay('ingest', 'examples/corpus.jsonl', '--db', f, '--jobs', '1').status, 0);
  const n = hearsay('ingest', one, '--db', f, '--jobs', '1', '--preset', 'news', '--no-progress');
  assert.equal(n.status, 0, n.stderr);
  // the same content read with another preset is not "already stored"
  assert.match(n.stderr, /^hearsay: 0 added, 3 replaced, 0 already stored, in /m);
  const presets = () => {
    const db = new Database(f, { readonly: true });
    try {
      return Object.fromEntries(
        (
          db.prepare('SELECT id, preset FROM articles ORDER BY id').all() as { id: string; preset: string }[]
        ).map((r) => [r.id, r.preset]),
      );
    } finally {
      db.close();
    }
  };
  const p = presets();
  assert.deepEqual(
    Object.keys(p)
      .filter((id) => p[id] === 'news')
      .sort(),
    [...ids].sort(),
  );
  assert.equal(Object.values(p).filter((x) => x === 'standard').length, 6);
  // the news reading again is current; the standard one is not
  assert.match(
    hearsay('ingest', one, '--db', f, '--jobs', '1', '--preset', 'news', '--no-progress').stderr,
    /^hearsay: 0 added, 0 replaced, 3 already stored, in /m,
  );
  // an older engine read everything: reanalyze reads each article again with its own preset
  const db = new Database(f);
  db.prepare("UPDATE articles SET engine = 'old'").run();
  db.close();
  const r = hearsay('reanalyze', '--db', f, '--jobs', '1', '--no-progress');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(
    [...r.stderr.matchAll(/^hearsay: 0 added, (\d+) replaced, 0 already stored, in /gm)]
      .map((m) => Number(m[1]))
      .sort()
      .join(' '),
    '3 6',
  );
  assert.deepEqual(presets(), p);
  // --preset standard: only the articles another preset read are read again, all now standard
  const s = hearsay('reanalyze', '--db', f, '--jobs', '1', '--preset', 'standard', '--no-progress');
  assert.match(s.stderr, /^hearsay: 0 added, 3 replaced, 0 already stored, in /m);
  assert.deepEqual(new Set(Object.values(presets())), new Set(['standard']));
  // spine computes no score or claims: the store refuses it as a reading
  const bad = hearsay('ingest', one, '--db', f, '--preset', 'spine');
  assert.notEqual(bad.status, 0);
  assert.match(
    bad.stderr,
    /--preset.*spine.*not one of the allowed choices|Allowed choices are standard, news/,
  );
});

test('ingest of a feed URL stores its items, and on a rerun fetches none of them again', async () => {
  const fetched: string[] = [];
  const page = (title: string, body: string) =>
    `<html><head><title>${title}</title><meta property="og:site_name" content="Us Weekly"><meta property="article:published_time" content="2026-05-01"></head><body><article><h1>${title}</h1>${body}</article></body></html>`;
  const server = createServer((req, res) => {
    fetched.push(req.url ?? '');
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    if (req.url === '/feed.xml') {
      res.setHeader('content-type', 'application/rss+xml');
      res.end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Us</title><item><guid>us-1</guid><title>One</title><link>${base}/a1</link></item><item><guid>us-2</guid><title>Two</title><link>${base}/a2</link></item></channel></rss>`,
      );
    } else {
      res.setHeader('content-type', 'text/html');
      const p =
        '<p>Marisol Vance and Teddy Okafor were seen at a gallery opening in Santa Monica on Friday evening.</p>';
      res.end(
        page(
          `Story ${req.url}`,
          `${p}<p>"We are very happy together and we love this city," Vance told reporters outside.</p>${p}`,
        ),
      );
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
  const f = path.join(dir, 'feed.db');
  const run = async () => {
    const c = spawn('node', args('ingest', url, '--db', f, '--jobs', '1', '--no-progress'), {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    return exited(c);
  };
  try {
    const first = await run();
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, /^hearsay: 2 added, 0 replaced, 0 already stored/m);
    assert.deepEqual(fetched.sort(), ['/a1', '/a2', '/feed.xml']);
    fetched.length = 0;
    const second = await run();
    assert.equal(second.code, 0, second.stderr);
    assert.deepEqual(fetched, ['/feed.xml']);
    const s = await open(f);
    try {
      const a = await s.article('us-1');
      assert.equal(a?.article.outletName, 'Us Weekly');
      assert.equal(a?.article.date, '2026-05-01');
    } finally {
      await s.close();
    }
  } finally {
    server.close();
  }
});

describe('bad databases', () => {
  test('a file that is not a database: HS_DB_CORRUPT, one line, exit 6, file untouched', () => {
    const f = path.join(dir, 'notes.db');
    writeFileSync(f, 'these are my notes, not a database\n'.repeat(200));
    const before = readFileSync(f);
    const r = hearsay('ingest', 'examples/corpus.jsonl', '--db', f);
    assert.equal(r.status, 6);
    assert.equal(
      r.stderr,
      `hearsay: HS_DB_CORRUPT ${f} is not a SQLite database (or is damaged): give another --db path\n`,
    );
    assert.deepEqual(readFileSync(f), before);
  });

  const fails = async (url: string, code: string, readOnly = false): Promise<string> => {
    const r = await openStore(url, { readOnly });
    assert.equal(r.ok, false);
    if (r.ok) return '';
    assert.equal(r.error.code, code);
    assert.equal(r.error.exitCode, 6);
    assert.equal(r.error.message.includes('\n'), false);
    return r.error.message;
  };

  test("another program's SQLite database: HS_DB_FOREIGN, untouched", async () => {
    const f = path.join(dir, 'other.db');
    const db = new Database(f);
    db.exec("CREATE TABLE people (name TEXT); INSERT INTO people VALUES ('x')");
    db.close();
    const before = readFileSync(f);
    assert.equal(
      await fails(f, 'HS_DB_FOREIGN'),
      `${f} is a database of another program: give a new or a hearsay --db path`,
    );
    assert.deepEqual(readFileSync(f), before);
  });

  test('a database of a newer schema: HS_DB_NEWER, untouched', async () => {
    const f = path.join(dir, 'newer.db');
    const s = await open(f);
    await s.close();
    const db = new Database(f);
    db.exec("INSERT INTO hearsay_migrations VALUES (999, 'later')");
    db.close();
    const before = readFileSync(f);
    assert.match(
      await fails(f, 'HS_DB_NEWER'),
      new RegExp(`has schema 999; this hearsay knows schemas up to ${LATEST}: upgrade hearsay`),
    );
    assert.deepEqual(readFileSync(f), before);
  });

  test('a read-only file: HS_DB_READONLY for writing; reading still works', async () => {
    const f = path.join(dir, 'ro.db');
    const s = await open(f);
    await s.close();
    chmodSync(f, 0o444);
    const before = readFileSync(f);
    assert.equal(await fails(f, 'HS_DB_READONLY'), `${f} is read-only: give a writable --db path`);
    assert.deepEqual(readFileSync(f), before);
    const ro = await openStore(f, { readOnly: true });
    assert.ok(ro.ok);
    if (ro.ok) {
      assert.deepEqual(await ro.value.outlets(), []);
      await ro.value.close();
    }
    assert.deepEqual(readFileSync(f), before);
  });

  test('reading a database that does not exist: HS_DB_NOT_FOUND, no file made', async () => {
    const f = path.join(dir, 'missing.db');
    assert.equal(
      await fails(f, 'HS_DB_NOT_FOUND', true),
      `no database at ${f}: run hearsay ingest first or give --db`,
    );
    assert.equal(existsSync(f), false);
  });

  test('an unreachable PostgreSQL: HS_DB_UNREACHABLE, password hidden', async () => {
    const msg = await fails('postgres://me:secret@127.0.0.1:1/nothing', 'HS_DB_UNREACHABLE');
    assert.match(msg, /^cannot reach the database postgres:\/\/me:\*\*\*@127\.0\.0\.1:1\/nothing/);
    assert.doesNotMatch(msg, /secret/);
  });
});
