/**
 * The corpus store's benchmark (not a test): ingest throughput against `hearsay batch`, memory while
 * ingesting, then a large store built from copies of the real reports, and how fast the questions
 * answer on it.
 *
 *   npm run bench:db                                   SQLite, 400 articles, a 20,000-article store
 *   npm run bench:db -- --store 1000000                the full million (minutes; run by hand)
 *   npm run bench:db -- --db postgres://…/db --store 1000000   the same on PostgreSQL (an empty database)
 *   options: --articles N (ingest corpus size)  --store N (large store size; 0 skips it)
 *            --corpus FILE (default ../shared/data/gossipcop-dev.jsonl, else examples/corpus.jsonl)
 *            --skip-ingest (build the large store only)  --jobs N
 *
 * Copies of a report keep its rows, under a new id, outlet (200 of them) and date (36 months), and
 * are written with bulk inserts; the outlet aggregates are then rebuilt from the articles. The copy
 * keeps the base report's packed JSON (same size as its own would be).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseScriptArgs } from './lib/args.ts';
import { isPostgresUrl, openStore } from '../src/corpus/index.ts';
import { ARTICLE_COLUMNS, CHILD_COLUMNS, type ChildTable } from '../src/corpus/rows.ts';
import { postgresSql, type Sql, type SqlValue, sqliteSql } from '../src/corpus/sql.ts';
import { rebuildAggregates } from '../src/corpus/store.ts';
import type { FullReport } from '../src/report/schema.ts';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const bin = path.join(root, 'bin', 'hearsay.js');
const { values: args } = parseScriptArgs({
  options: {
    articles: { type: 'string', default: '400' },
    store: { type: 'string', default: '20000' },
    db: { type: 'string' },
    corpus: { type: 'string' },
    jobs: { type: 'string' },
    'skip-ingest': { type: 'boolean', default: false },
  },
});
const nArticles = Number(args.articles);
const nStore = Number(args.store);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'hearsay-bench-db-'));
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const say = (s: string) => process.stdout.write(`${s}\n`);

if (!existsSync(path.join(root, 'dist', 'cli', 'main.js'))) {
  console.error('bench:db: dist/ is missing: run npm run build first');
  process.exit(2);
}

const shared = path.resolve(root, '..', 'shared', 'data', 'gossipcop-dev.jsonl');
const corpusFile = args.corpus ?? (existsSync(shared) ? shared : path.join(root, 'examples', 'corpus.jsonl'));
if (!args.corpus && !existsSync(shared)) say('bench:db: ../shared not present: using examples/corpus.jsonl');
const lines = readFileSync(corpusFile, 'utf8').trim().split('\n');
const corpus = path.join(tmp, 'corpus.jsonl');
writeFileSync(
  corpus,
  `${Array.from({ length: nArticles }, (_, i) => {
    const r = JSON.parse(lines[i % lines.length]!);
    return JSON.stringify(i < lines.length ? r : { ...r, id: `${r.id}~${i}` });
  }).join('\n')}\n`,
);
const jobs = args.jobs ? ['--jobs', args.jobs] : [];

/** Runs the CLI; resolves with wall seconds and the peak resident memory sampled every 100 ms. */
function timed(argv: string[], stdout: string): Promise<{ s: number; peakMb: number; samples: number[] }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const out = stdout === 'ignore' ? 'ignore' : 'pipe';
    const child = spawn('node', [bin, ...argv], { stdio: ['ignore', out, 'pipe'] });
    let err = '';
    child.stderr?.on('data', (d) => {
      err += String(d);
    });
    const samples: number[] = [];
    const timer = setInterval(() => {
      try {
        const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) samples.push(Number(m[1]) / 1024);
      } catch {}
    }, 100);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) reject(new Error(`${argv.join(' ')} exited ${code}: ${err}`));
      else resolve({ s: (performance.now() - t0) / 1000, peakMb: Math.max(0, ...samples), samples });
    });
  });
}

const quartiles = (xs: number[]) =>
  [0.25, 0.5, 0.75, 1]
    .map((q) => xs[Math.max(0, Math.ceil(q * xs.length) - 1)]?.toFixed(0) ?? '-')
    .join(' / ');

async function ingestThroughput(): Promise<void> {
  say(
    `## ingest vs batch: ${nArticles} articles from ${path.basename(corpusFile)}, ${os.availableParallelism()} cores`,
  );
  say(`load average at start: ${load()}`);
  const b = await timed(['batch', corpus, '--no-progress', ...jobs], 'ignore');
  const db = path.join(tmp, 'ingest.db');
  const i = await timed(['ingest', corpus, '--db', db, '--no-progress', ...jobs], 'ignore');
  const again = await timed(['ingest', corpus, '--db', db, '--no-progress', ...jobs], 'ignore');
  say(
    `batch : ${b.s.toFixed(1)} s, ${(nArticles / b.s).toFixed(1)} articles/s, peak RSS ${b.peakMb.toFixed(0)} MB`,
  );
  say(
    `ingest: ${i.s.toFixed(1)} s, ${(nArticles / i.s).toFixed(1)} articles/s, peak RSS ${i.peakMb.toFixed(0)} MB`,
  );
  say(`ingest / batch throughput: ${((b.s / i.s) * 100).toFixed(0)}%`);
  say(`ingest RSS at 25/50/75/100% of the run: ${quartiles(i.samples)} MB`);
  say(`ingest again (all already stored): ${again.s.toFixed(1)} s`);
  say(`SQLite file: ${(statSync(db).size / nArticles / 1024).toFixed(1)} KiB per article`);
  say(`load average at end: ${load()}`);
}

async function reportsOf(): Promise<FullReport[]> {
  const out = path.join(tmp, 'reports.jsonl');
  const base = Math.min(lines.length, nArticles);
  writeFileSync(path.join(tmp, 'base.jsonl'), `${lines.slice(0, base).join('\n')}\n`);
  const r = spawnSync('sh', [
    '-c',
    `node "${bin}" batch "${path.join(tmp, 'base.jsonl')}" --no-progress > "${out}"`,
  ]);
  if (r.status !== 0) throw new Error(String(r.stderr));
  return readFileSync(out, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as FullReport);
}

async function bigStore(): Promise<void> {
  const url = args.db ?? path.join(tmp, 'big.db');
  say(
    `\n## a ${nStore.toLocaleString('en')}-article store on ${isPostgresUrl(url) ? 'PostgreSQL' : 'SQLite'}`,
  );
  say(`load average at start: ${load()}`);
  const opened = await openStore(url);
  if (!opened.ok) throw opened.error;
  // the real reports go in through the store, as ingest writes them
  const reports = await reportsOf();
  await opened.value.putReports(reports.map((report) => ({ report })));
  await opened.value.close();
  const sql: Sql = isPostgresUrl(url) ? await postgresSql(url) : sqliteSql(url);
  if (sql.engine === 'sqlite') {
    await sql.exec('PRAGMA journal_mode = WAL');
    await sql.exec('PRAGMA synchronous = OFF');
    await sql.exec('PRAGMA cache_size = -1000000');
  }
  const baseIds = (await sql.all<{ id: string }>('SELECT id FROM articles ORDER BY id')).map((r) => r.id);
  const t0 = performance.now();
  // the copies: which base article each one repeats, under which id, outlet (200) and date (36 months)
  await sql.exec(
    'CREATE TABLE bench_copies (new_id TEXT PRIMARY KEY, base_id TEXT NOT NULL, url TEXT NOT NULL, outlet TEXT NOT NULL, outlet_name TEXT NOT NULL, date TEXT NOT NULL, month TEXT NOT NULL)',
  );
  const copies = nStore - baseIds.length;
  for (let start = 0; start < copies; start += 20000) {
    const rows: SqlValue[][] = [];
    for (let i = start; i < Math.min(copies, start + 20000); i++) {
      // ids in key order: the B-trees append instead of splitting pages at random
      const id = `copy-${String(i).padStart(8, '0')}`;
      const o = i % 200;
      const month = `${2022 + Math.floor((i % 36) / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
      rows.push([
        id,
        // a hash, so each outlet-month gets a spread of base articles (and of scores)
        baseIds[(Math.imul(i + 1, 2654435761) >>> 0) % baseIds.length]!,
        `https://outlet${o}.example/${id}`,
        `outlet${o}.example`,
        `Outlet ${o}`,
        `${month}-${String((i % 28) + 1).padStart(2, '0')}`,
        month,
      ]);
    }
    await sql.tx((q) =>
      q.insertMany(
        'bench_copies',
        ['new_id', 'base_id', 'url', 'outlet', 'outlet_name', 'date', 'month'],
        rows,
      ),
    );
  }
  say(`copy plan: ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  // then every table copies its base rows in the database itself, a slice of copies per transaction
  const swap: Record<string, string> = {
    id: 'm.new_id',
    url: 'm.url',
    outlet: 'm.outlet',
    outlet_name: 'm.outlet_name',
    date: 'm.date',
    month: 'm.month',
  };
  const tables: [string, readonly string[], string][] = [
    ['articles', ARTICLE_COLUMNS, 'id'],
    ['reports', ['article_id', 'report'], 'article_id'],
    ...(Object.keys(CHILD_COLUMNS) as ChildTable[]).map(
      (t) => [t, CHILD_COLUMNS[t], 'article_id'] as [string, readonly string[], string],
    ),
  ];
  const SLICE = 50000;
  for (let start = 0; start < copies; start += SLICE) {
    const lo = `copy-${String(start).padStart(8, '0')}`;
    const hi = `copy-${String(start + SLICE).padStart(8, '0')}`;
    await sql.tx(async (q) => {
      for (const [t, cols, key] of tables) {
        const sel = cols.map((c) =>
          // an article's own columns, and the trail's copies of them, take the copy's values
          c === key ? 'm.new_id' : (t === 'articles' || t === 'quote_trail') && swap[c] ? swap[c] : `b.${c}`,
        );
        await q.run(
          `INSERT INTO ${t} (${cols.join(', ')}) SELECT ${sel.join(', ')} FROM bench_copies m JOIN ${t} b ON b.${key} = m.base_id WHERE m.new_id >= ? AND m.new_id < ?`,
          [lo, hi],
        );
      }
    });
    const done = Math.min(copies, start + SLICE) + baseIds.length;
    const el = (performance.now() - t0) / 1000;
    say(`  … ${done.toLocaleString('en')} stored, ${(done / el).toFixed(0)} articles/s`);
  }
  await sql.exec('DROP TABLE bench_copies');
  const loadS = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  await rebuildAggregates(sql);
  await sql.exec('ANALYZE');
  say(
    `bulk load: ${loadS.toFixed(0)} s (${(nStore / loadS).toFixed(0)} articles/s); aggregates and ANALYZE: ${((performance.now() - t1) / 1000).toFixed(1)} s`,
  );
  let bytes: number;
  if (sql.engine === 'sqlite') {
    await sql.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    bytes = statSync(url).size;
  } else
    bytes = Number((await sql.get<{ n: number }>('SELECT pg_database_size(current_database()) AS n'))!.n);
  await sql.close();
  say(
    `database size: ${(bytes / 2 ** 30).toFixed(2)} GiB, ${(bytes / nStore / 1024).toFixed(1)} KiB per article`,
  );

  const store = await openStore(url, { readOnly: true });
  if (!store.ok) throw store.error;
  const s = store.value;
  const median = async (f: () => Promise<unknown>, n = 5) => {
    const ts: number[] = [];
    for (let k = 0; k < n; k++) {
      const a = performance.now();
      await f();
      ts.push(performance.now() - a);
    }
    return ts.sort((x, y) => x - y)[Math.floor(n / 2)]!;
  };
  const outletRows = (await s.outlets()).length;
  say(
    `outlets (in process): ${(await median(() => s.outlets())).toFixed(1)} ms for ${outletRows} outlet-months`,
  );
  const quote = reports.flatMap((r) =>
    r.quotes.filter((q) => q.kind === 'direct' && q.words >= 8).map((q) => r.text.slice(q.start, q.end)),
  )[0];
  if (quote) {
    const g = await s.quoteTrace({ quote });
    say(
      `quotes --trace for one quotation (in process): ${(await median(() => s.quoteTrace({ quote }))).toFixed(1)} ms, ${g[0]?.articles ?? 0} articles in the group`,
    );
  }
  await s.close();
  const cli = async (argv: string[]) => {
    const ts: number[] = [];
    for (let k = 0; k < 3; k++) ts.push((await timed(argv, 'ignore')).s);
    return ts.sort((x, y) => x - y)[1]!;
  };
  say(
    `hearsay outlets (CLI wall, node start included): ${(await cli(['outlets', '--db', url])).toFixed(2)} s`,
  );
  const startOnly = await cli(['--version']);
  say(`  (hearsay --version alone: ${startOnly.toFixed(2)} s)`);
  if (quote)
    say(
      `hearsay quotes --trace --quote … (CLI wall): ${(await cli(['quotes', '--trace', '--quote', quote, '--db', url])).toFixed(2)} s`,
    );
  say(`load average at end: ${load()}`);
}

try {
  if (!args['skip-ingest']) await ingestThroughput();
  if (nStore > 0) await bigStore();
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
