/**
 * Throughput of the queue: `hearsay batch` on one thread against 1 and 2 `hearsay worker` processes
 * (one analysis thread each, the "one worker per core" layout) taking the same corpus from Redis and
 * writing it to PostgreSQL. Starts a Redis and a PostgreSQL of its own on free loopback ports.
 *
 *   npm run bench:workers                 GossipCop dev (../shared/data/gossipcop-dev.jsonl)
 *   npm run bench:workers -- --limit 1000 --job-size 200 --json
 *
 * Without the GossipCop file it uses the invented corpus of the queue tests, and says so. Needs
 * dist/ (`npm run build`), redis-server and PostgreSQL 15 (/usr/lib/postgresql/15/bin). Figures are
 * wall-clock times on a shared machine: the load average is printed with them.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { runEnqueue } from '../src/queue/enqueue.ts';
import { queueStatus } from '../src/queue/status.ts';
import { inventCorpus } from '../test/queue/invent.ts';
import { OwnPostgres, OwnRedis } from '../test/queue/services.ts';
import { type CorpusArticle, readJsonlCorpus, toJsonl } from './lib/corpus.ts';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const bin = path.join(root, 'bin', 'hearsay.js');
const { values: args } = parseArgs({
  options: {
    limit: { type: 'string', default: '2000' },
    'job-size': { type: 'string', default: '200' },
    json: { type: 'boolean', default: false },
  },
});
const limit = Number(args.limit);
const jobSize = Number(args['job-size']);
if (!existsSync(path.join(root, 'dist', 'cli', 'main.js'))) {
  console.error('bench:workers: dist/ is not built: run npm run build');
  process.exit(2);
}

const notes: string[] = [];
const gossipPath = path.resolve(root, '..', 'shared', 'data', 'gossipcop-dev.jsonl');
let corpusName = path.relative(root, gossipPath);
let corpus: CorpusArticle[] | null = readJsonlCorpus(gossipPath);
if (!corpus) {
  corpusName = 'invented corpus (test/queue/invent.ts)';
  notes.push(`${gossipPath} not found: used the invented corpus of the queue tests`);
  corpus = inventCorpus(limit).map((r) => ({ id: r.id, text: r.text, title: r.title }));
}
corpus = corpus.slice(0, limit);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'hearsay-bench-workers-'));
const file = path.join(tmp, 'corpus.jsonl');
writeFileSync(file, toJsonl(corpus));
const n = corpus.length;

const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const loadAtStart = load();

/** Runs a CLI command to completion; resolves with its wall time in seconds. */
function timed(argv: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [bin, ...argv], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.on('close', (code) =>
      code === 0 ? resolve((performance.now() - t0) / 1000) : reject(new Error(`${argv[0]}: ${err.trim()}`)),
    );
  });
}

/** Starts `workers` worker processes, waits until they are ready, enqueues, and times the drain. */
async function queueRun(
  redis: string,
  db: string,
  workers: number,
): Promise<{ seconds: number; enqueueSeconds: number; rssMb: (number | null)[] }> {
  const queue = `bench-${workers}`;
  const procs = Array.from({ length: workers }, () =>
    spawn(process.execPath, [bin, 'worker', '--redis', redis, '--db', db, '--queue', queue, '-c', '1'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    }),
  );
  await Promise.all(
    procs.map(
      (p) =>
        new Promise<void>((resolve, reject) => {
          let log = '';
          p.stderr.on('data', (d) => {
            log += d;
            if (log.includes('taking jobs')) resolve();
          });
          p.on('exit', () => reject(new Error(`worker exited: ${log}`)));
        }),
    ),
  );
  const t0 = performance.now();
  await runEnqueue([file], { redis, queue, jobSize });
  const enqueueSeconds = (performance.now() - t0) / 1000;
  for (;;) {
    const s = await queueStatus(redis, queue);
    if (s.articles.stored + s.articles.unchanged >= n && s.jobs.active + s.jobs.waiting === 0) break;
    if (s.jobs.failed > 0) throw new Error(`failed jobs: ${JSON.stringify(s.failures)}`);
    await sleep(50);
  }
  const seconds = (performance.now() - t0) / 1000;
  const rssMb = procs.map((p) => {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p.pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  });
  await Promise.all(procs.map((p) => new Promise((r) => (p.kill('SIGTERM'), p.on('exit', r)))));
  return { seconds, enqueueSeconds, rssMb };
}

const [redis, pg] = await Promise.all([OwnRedis.start(), OwnPostgres.start(['w1', 'w2'])]);
try {
  // warm the page cache and the build once, untimed
  await timed(['batch', file, '--jobs', '1', '--no-progress']);
  // the workers are timed from the moment they are ready; batch's start-up (node, the engine, the
  // knowledge base) is taken out the same way, measured on a one-article file
  const one1 = path.join(tmp, 'one.jsonl');
  writeFileSync(one1, toJsonl(corpus.slice(0, 1)));
  const startup = Math.min(
    await timed(['batch', one1, '--jobs', '1', '--no-progress']),
    await timed(['batch', one1, '--jobs', '1', '--no-progress']),
  );
  const batch1 = (await timed(['batch', file, '--jobs', '1', '--no-progress'])) - startup;
  const batch2 = (await timed(['batch', file, '--jobs', '2', '--no-progress'])) - startup;
  const one = await queueRun(redis.url, pg.url('w1'), 1);
  const two = await queueRun(redis.url, pg.url('w2'), 2);
  const result = {
    corpus: corpusName,
    articles: n,
    jobSize,
    loadAverageAtStart: loadAtStart,
    loadAverageAtEnd: load(),
    cores: os.availableParallelism(),
    batchStartupSeconds: startup,
    batch1: { seconds: batch1, articlesPerSecond: n / batch1 },
    batch2: { seconds: batch2, articlesPerSecond: n / batch2 },
    workers1: { ...one, articlesPerSecond: n / one.seconds },
    workers2: { ...two, articlesPerSecond: n / two.seconds },
    speedup2over1: one.seconds / two.seconds,
    overheadVsBatch: one.seconds / batch1 - 1,
    msPerArticle: { batch: (batch1 * 1000) / n, worker: (one.seconds * 1000) / n },
    notes,
  };
  if (args.json) console.log(JSON.stringify(result, null, 2));
  else {
    const f = (x: number) => x.toFixed(1);
    console.log(`bench:workers — ${n} articles of ${corpusName}, jobs of ${jobSize}, ${result.cores} cores`);
    console.log(`load average at start ${result.loadAverageAtStart}, at end ${result.loadAverageAtEnd}`);
    console.log('| run | seconds | articles/s |');
    console.log('|---|---:|---:|');
    console.log(
      `(batch times exclude its start-up, ${startup.toFixed(2)} s, as the worker times exclude theirs)`,
    );
    console.log(`| hearsay batch --jobs 1 | ${batch1.toFixed(2)} | ${f(n / batch1)} |`);
    console.log(`| hearsay batch --jobs 2 | ${batch2.toFixed(2)} | ${f(n / batch2)} |`);
    console.log(
      `| 1 worker (-c 1), Redis + PostgreSQL | ${one.seconds.toFixed(2)} | ${f(n / one.seconds)} |`,
    );
    console.log(`| 2 workers (-c 1 each) | ${two.seconds.toFixed(2)} | ${f(n / two.seconds)} |`);
    console.log(`2 workers / 1 worker: ${result.speedup2over1.toFixed(2)}× (target ≥ 1.6×)`);
    console.log(
      `per article: batch ${result.msPerArticle.batch.toFixed(2)} ms, 1 worker ${result.msPerArticle.worker.toFixed(2)} ms: ` +
        `overhead of queue + store ${(result.overheadVsBatch * 100).toFixed(0)}% (target ≤ 25%)`,
    );
    console.log(`worker memory (RSS at the end): ${[...one.rssMb, ...two.rssMb].join(', ')} MB`);
    console.log(`enqueue: ${one.enqueueSeconds.toFixed(2)} s for ${n} articles (inside the worker times)`);
    for (const note of notes) console.log(`note: ${note}`);
  }
} finally {
  await Promise.allSettled([redis.stop(), pg.stop()]);
  rmSync(tmp, { recursive: true, force: true });
}
