/**
 * Throughput of the queue: `hearsay batch` on one thread against 1 and 2 `hearsay worker` processes
 * (one analysis thread each, the "one worker per core" layout) taking the same corpus from Redis and
 * writing it to PostgreSQL. Starts a Redis and a PostgreSQL of its own on free loopback ports.
 *
 *   npm run bench:workers                 GossipCop dev (../shared/data/gossipcop-dev.jsonl)
 *   npm run bench:workers -- --limit 1000 --job-size 200 --rounds 3 --json
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
import { parseScriptArgs } from './lib/args.ts';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { runEnqueue } from '../src/queue/enqueue.ts';
import { keys } from '../src/queue/jobs.ts';
import { JIT_INTERRUPT_BUDGET } from '../src/core/jit.ts';
import { queueStatus } from '../src/queue/status.ts';
import { inventCorpus } from '../test/queue/invent.ts';
import { OwnPostgres, OwnRedis } from '../test/queue/services.ts';
import { type CorpusArticle, readJsonlCorpus, toJsonl } from './lib/corpus.ts';
import { procCpu, treeCpu } from './lib/proc.ts';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const bin = path.join(root, 'bin', 'hearsay.js');
const { values: args } = parseScriptArgs({
  options: {
    limit: { type: 'string', default: '2000' },
    // jobs of 100: 2,000 articles make 20 jobs, so the last job of one worker leaves the other idle
    // for at most a twentieth of the run (with a handful of jobs, 2 workers could not look faster)
    'job-size': { type: 'string', default: '100' },
    rounds: { type: 'string', default: '3' },
    // the steady state is timed from the moment this many articles are done: until then each new
    // process is compiling the engine (V8's optimising compiler, on helper threads), a cost paid
    // once per process that is most of the CPU of a short run and doubles with two processes
    warm: { type: 'string' },
    json: { type: 'boolean', default: false },
    // also time batch --jobs 1 with the V8 interrupt budget the worker sets for itself (tuneJit), so
    // the overhead of queue + store can be read against a batch tuned alike
    'tuned-batch': { type: 'boolean', default: false },
  },
});
const limit = Number(args.limit);
/** Articles done before the steady-state clock starts (default a quarter of the run). */
const warm = args.warm === undefined ? Math.floor(limit / 4) : Number(args.warm);
const jobSize = Number(args['job-size']);
/** Rounds of batch, 1 worker and 2 workers, one after the other; figures are their medians. */
const rounds = Math.max(1, Number(args.rounds));
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

/** Wall and CPU seconds from the `warm`-th output line (a report) to the end, and the lines after it. */
interface Steady {
  readonly wall: number;
  readonly cpu: number;
  readonly articles: number;
}

/**
 * Runs a CLI command to completion; resolves with its wall time and CPU time in seconds, and with
 * `steady` when `warmLines` is given: the same from its `warmLines`-th line of output to the end.
 */
function timed(
  argv: string[],
  warmLines?: number,
  nodeFlags: readonly string[] = [],
): Promise<{ wall: number; cpu: number; steady?: Steady }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    // a shell runs it and then reports its waited-for child's CPU time (cutime + cstime, in ticks)
    const quoted = [process.execPath, ...nodeFlags, bin, ...argv]
      .map((a) => `'${a.replace(/'/g, "'\\''")}'`)
      .join(' ');
    const out = warmLines === undefined ? '>/dev/null' : '';
    const child = spawn('sh', ['-c', `${quoted} ${out} && cut -d' ' -f16,17 /proc/$$/stat >&2`], {
      stdio: ['ignore', warmLines === undefined ? 'ignore' : 'pipe', 'pipe'],
    });
    let lines = 0;
    let mark: { t: number; cpu: number; lines: number } | null = null;
    child.stdout?.on('data', (d: Buffer) => {
      for (let i = d.indexOf(10); i >= 0; i = d.indexOf(10, i + 1)) lines++;
      if (mark || lines < warmLines!) return;
      // the node process is the shell's one child
      const kids = readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(' ');
      mark = { t: performance.now(), cpu: procCpu(Number(kids[0])), lines };
    });
    let err = '';
    child.stderr!.on('data', (d) => {
      err += d;
    });
    child.on('close', (code) => {
      const ticks = /(\d+) (\d+)\s*$/.exec(err);
      if (code !== 0 || !ticks) return reject(new Error(`${argv[0]}: ${err.trim()}`));
      const total = (Number(ticks[1]) + Number(ticks[2])) / 100;
      const t1 = performance.now();
      const m = mark as { t: number; cpu: number; lines: number } | null;
      resolve({
        wall: (t1 - t0) / 1000,
        cpu: total,
        ...(m ? { steady: { wall: (t1 - m.t) / 1000, cpu: total - m.cpu, articles: lines - m.lines } } : {}),
      });
    });
  });
}

/** Starts `workers` worker processes, waits until they are ready, enqueues, and times the drain. */
async function queueRun(
  redis: OwnRedis,
  pg: OwnPostgres,
  db: string,
  workers: number,
  round: number,
): Promise<{
  seconds: number;
  enqueueSeconds: number;
  rssMb: (number | null)[];
  cpu: { workers: number; pg: number; redis: number };
  msPerArticle: { analysis: number | null; store: number | null };
  /** From the poll that first found `warm` articles done, to the end: CPU of workers + servers. */
  steady: Steady | null;
}> {
  const queue = `bench-${workers}-${round}`;
  const procs = Array.from({ length: workers }, () =>
    spawn(
      process.execPath,
      [bin, 'worker', '--redis', redis.url, '--db', pg.url(db), '--queue', queue, '-c', '1'],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    ),
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
  const cpu0 = {
    workers: procs.reduce((t, p) => t + procCpu(p.pid), 0),
    pg: treeCpu(pg.pid),
    redis: procCpu(redis.pid),
  };
  const t0 = performance.now();
  await runEnqueue([file], { redis: redis.url, queue, jobSize });
  const enqueueSeconds = (performance.now() - t0) / 1000;
  // the totals the workers add to after each job, read on one connection: a full `queue status`
  // (a new connection and several commands) every 100 ms would be Redis CPU of the bench's own
  const totals = new Redis(redis.url);
  const cpuNow = () => procs.reduce((t, p) => t + procCpu(p.pid), 0) + treeCpu(pg.pid) + procCpu(redis.pid);
  let mark: { t: number; cpu: number; done: number } | null = null;
  try {
    for (let polls = 1; ; polls++) {
      const t = await totals.hmget(keys(queue).totals, 'stored', 'unchanged');
      const done = Number(t[0] ?? 0) + Number(t[1] ?? 0);
      if (done >= n) break;
      if (!mark && done >= warm) mark = { t: performance.now(), cpu: cpuNow(), done };
      if (polls % 50 === 0) {
        const s = await queueStatus(redis.url, queue);
        if (s.jobs.failed > 0) throw new Error(`failed jobs: ${JSON.stringify(s.failures)}`);
      }
      await sleep(100);
    }
  } finally {
    totals.disconnect();
  }
  const t1 = performance.now();
  const seconds = (t1 - t0) / 1000;
  const steady = mark
    ? { wall: (t1 - mark.t) / 1000, cpu: cpuNow() - mark.cpu, articles: n - mark.done }
    : null;
  // wall milliseconds per article the workers spent in the store (its write lane) and in analysis
  const { msPerArticle } = await queueStatus(redis.url, queue);
  const used = {
    workers: procs.reduce((t, p) => t + procCpu(p.pid), 0) - cpu0.workers,
    pg: treeCpu(pg.pid) - cpu0.pg,
    redis: procCpu(redis.pid) - cpu0.redis,
  };
  const rssMb = procs.map((p) => {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p.pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  });
  await Promise.all(
    procs.map(
      (p) =>
        new Promise((r) => {
          p.on('exit', r);
          p.kill('SIGTERM');
        }),
    ),
  );
  return { seconds, enqueueSeconds, rssMb, cpu: used, msPerArticle, steady };
}

const dbs = Array.from({ length: rounds }, (_, r) => [`w1_${r}`, `w2_${r}`, `ingest_${r}`]).flat();
const [redis, pg] = await Promise.all([OwnRedis.start(), OwnPostgres.start(dbs)]);
/** The median of some numbers (the middle one of an odd count). */
const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
try {
  // warm the page cache and the build once, untimed
  await timed(['batch', file, '--jobs', '1', '--no-progress']);
  // the workers are timed from the moment they are ready; batch's start-up (node, the engine, the
  // knowledge base) is taken out the same way, measured on a one-article file
  const one1 = path.join(tmp, 'one.jsonl');
  writeFileSync(one1, toJsonl(corpus.slice(0, 1)));
  const s1 = await timed(['batch', one1, '--jobs', '1', '--no-progress']);
  const s2 = await timed(['batch', one1, '--jobs', '1', '--no-progress']);
  const startup = s1.wall < s2.wall ? s1 : s2;
  // the runs of one round follow each other within a minute or two, and rounds repeat them, so a
  // change in the machine's load shows as a spread between rounds rather than as a false ratio
  const perRound: {
    load: string;
    batch1: number;
    batch2: number;
    batchCpu: number;
    batchSteady: Steady | null;
    /** batch --jobs 1 with the worker's interrupt budget (--tuned-batch): CPU seconds, and its steady state. */
    tunedCpu: number | null;
    tunedSteady: Steady | null;
    ingest: number;
    ingestCpu: { process: number; pg: number };
    one: Awaited<ReturnType<typeof queueRun>>;
    two: Awaited<ReturnType<typeof queueRun>>;
  }[] = [];
  for (let r = 0; r < rounds; r++) {
    const b1 = await timed(['batch', file, '--jobs', '1', '--no-progress'], warm);
    const tuned = args['tuned-batch']
      ? await timed(['batch', file, '--jobs', '1', '--no-progress'], warm, [
          `--interrupt-budget=${JIT_INTERRUPT_BUDGET}`,
        ])
      : null;
    const one = await queueRun(redis, pg, `w1_${r}`, 1, r);
    const two = await queueRun(redis, pg, `w2_${r}`, 2, r);
    const b2 = await timed(['batch', file, '--jobs', '2', '--no-progress']);
    // the store alone: `hearsay ingest` on one thread into PostgreSQL, to tell the store's share of
    // the overhead from the queue's
    const pgBefore = treeCpu(pg.pid);
    const ing = await timed(['ingest', file, '--db', pg.url(`ingest_${r}`), '--jobs', '1', '--no-progress']);
    perRound.push({
      load: load(),
      batch1: b1.wall - startup.wall,
      batch2: b2.wall - startup.wall,
      batchCpu: b1.cpu - startup.cpu,
      batchSteady: b1.steady ?? null,
      tunedCpu: tuned ? tuned.cpu - startup.cpu : null,
      tunedSteady: tuned?.steady ?? null,
      ingest: ing.wall - startup.wall,
      ingestCpu: { process: ing.cpu - startup.cpu, pg: treeCpu(pg.pid) - pgBefore },
      one,
      two,
    });
    if (!args.json)
      console.error(
        `round ${r + 1}/${rounds}: batch ${(b1.wall - startup.wall).toFixed(2)} s, 1 worker ${one.seconds.toFixed(2)} s, ` +
          `2 workers ${two.seconds.toFixed(2)} s, CPU overhead of queue + store ` +
          `${(((one.cpu.workers + one.cpu.pg + one.cpu.redis) / (b1.cpu - startup.cpu) - 1) * 100).toFixed(0)}% (load ${load()})`,
      );
  }
  const med = (f: (x: (typeof perRound)[number]) => number) => median(perRound.map(f));
  const batch1 = med((x) => x.batch1);
  const batch2 = med((x) => x.batch2);
  const batchCpu = med((x) => x.batchCpu);
  const oneSeconds = med((x) => x.one.seconds);
  const twoSeconds = med((x) => x.two.seconds);
  const qCpu = (x: (typeof perRound)[number]) => x.one.cpu.workers + x.one.cpu.pg + x.one.cpu.redis;
  const cpuOne = {
    workers: med((x) => x.one.cpu.workers),
    pg: med((x) => x.one.cpu.pg),
    redis: med((x) => x.one.cpu.redis),
  };
  const ingestCpu = { process: med((x) => x.ingestCpu.process), pg: med((x) => x.ingestCpu.pg) };
  const last = perRound[perRound.length - 1]!;
  // per article after the warm-up: wall and CPU milliseconds, medians of the rounds that reached it
  const per = (x: Steady | null | undefined, k: 'wall' | 'cpu'): number | null =>
    x && x.articles > 0 ? (x[k] * 1000) / x.articles : null;
  const medOf = (xs: (number | null)[]): number | null => {
    const v = xs.filter((x): x is number => x !== null);
    return v.length ? median(v) : null;
  };
  const steady = {
    warmArticles: warm,
    batchWallMs: medOf(perRound.map((x) => per(x.batchSteady, 'wall'))),
    batchCpuMs: medOf(perRound.map((x) => per(x.batchSteady, 'cpu'))),
    worker1WallMs: medOf(perRound.map((x) => per(x.one.steady, 'wall'))),
    worker1CpuMs: medOf(perRound.map((x) => per(x.one.steady, 'cpu'))),
    workers2WallMs: medOf(perRound.map((x) => per(x.two.steady, 'wall'))),
    workers2CpuMs: medOf(perRound.map((x) => per(x.two.steady, 'cpu'))),
    speedup2over1: medOf(
      perRound.map((x) => {
        const a = per(x.one.steady, 'wall');
        const b = per(x.two.steady, 'wall');
        return a !== null && b !== null ? a / b : null;
      }),
    ),
    cpuOverheadVsBatch: medOf(
      perRound.map((x) => {
        const a = per(x.one.steady, 'cpu');
        const b = per(x.batchSteady, 'cpu');
        return a !== null && b !== null ? a / b - 1 : null;
      }),
    ),
  };
  const result = {
    corpus: corpusName,
    articles: n,
    jobSize,
    rounds,
    loadAverageAtStart: loadAtStart,
    loadAverageAtEnd: load(),
    cores: os.availableParallelism(),
    batchStartupSeconds: startup.wall,
    batch1: { seconds: batch1, articlesPerSecond: n / batch1, cpuSeconds: batchCpu },
    batch2: { seconds: batch2, articlesPerSecond: n / batch2 },
    ingest1: { seconds: med((x) => x.ingest), cpuSeconds: ingestCpu },
    workers1: { seconds: oneSeconds, articlesPerSecond: n / oneSeconds, cpu: cpuOne, rssMb: last.one.rssMb },
    workers2: { seconds: twoSeconds, articlesPerSecond: n / twoSeconds, rssMb: last.two.rssMb },
    storeMsPerArticle: {
      oneWorker: med((x) => x.one.msPerArticle.store ?? 0),
      twoWorkers: med((x) => x.two.msPerArticle.store ?? 0),
    },
    speedup2over1: med((x) => x.one.seconds / x.two.seconds),
    wallOverheadVsBatch: med((x) => x.one.seconds / x.batch1 - 1),
    cpuOverheadVsBatch: med((x) => qCpu(x) / x.batchCpu - 1),
    /** Against batch with the worker's interrupt budget (--tuned-batch): cold, and steady. */
    tunedBatch: args['tuned-batch']
      ? {
          cpuMsPerArticle: medOf(perRound.map((x) => (x.tunedCpu === null ? null : (x.tunedCpu * 1000) / n))),
          cpuOverhead: medOf(perRound.map((x) => (x.tunedCpu ? qCpu(x) / x.tunedCpu - 1 : null))),
          steadyCpuMs: medOf(perRound.map((x) => per(x.tunedSteady, 'cpu'))),
          steadyCpuOverhead: medOf(
            perRound.map((x) => {
              const a = per(x.one.steady, 'cpu');
              const b = per(x.tunedSteady, 'cpu');
              return a !== null && b !== null ? a / b - 1 : null;
            }),
          ),
        }
      : null,
    cpuMsPerArticle: {
      batch: (batchCpu * 1000) / n,
      worker: (cpuOne.workers * 1000) / n,
      postgres: (cpuOne.pg * 1000) / n,
      redis: (cpuOne.redis * 1000) / n,
      ingest: (ingestCpu.process * 1000) / n,
      ingestPostgres: (ingestCpu.pg * 1000) / n,
    },
    steady,
    perRound: perRound.map((x) => ({
      load: x.load,
      batch1: x.batch1,
      worker1: x.one.seconds,
      workers2: x.two.seconds,
      speedup: x.one.seconds / x.two.seconds,
      cpuOverhead: qCpu(x) / x.batchCpu - 1,
    })),
    notes,
  };
  if (args.json) console.log(JSON.stringify(result, null, 2));
  else {
    const f = (x: number) => x.toFixed(1);
    const c = result.cpuMsPerArticle;
    console.log(
      `bench:workers — ${n} articles of ${corpusName}, jobs of ${jobSize}, ${result.cores} cores, ` +
        `median of ${rounds} interleaved round(s)`,
    );
    console.log(`load average at start ${result.loadAverageAtStart}, at end ${result.loadAverageAtEnd}`);
    console.log(
      `(batch times exclude its start-up, ${startup.wall.toFixed(2)} s, as the worker times exclude theirs)`,
    );
    console.log('| run | wall s | articles/s |');
    console.log('|---|---:|---:|');
    console.log(`| hearsay batch --jobs 1 | ${batch1.toFixed(2)} | ${f(n / batch1)} |`);
    console.log(`| hearsay batch --jobs 2 | ${batch2.toFixed(2)} | ${f(n / batch2)} |`);
    console.log(`| 1 worker (-c 1), Redis + PostgreSQL | ${oneSeconds.toFixed(2)} | ${f(n / oneSeconds)} |`);
    console.log(`| 2 workers (-c 1 each) | ${twoSeconds.toFixed(2)} | ${f(n / twoSeconds)} |`);
    console.log(`2 workers / 1 worker (wall): ${result.speedup2over1.toFixed(2)}× (target ≥ 1.6×)`);
    console.log(
      `wall time per article: batch ${((batch1 * 1000) / n).toFixed(2)} ms, 1 worker ${((oneSeconds * 1000) / n).toFixed(2)} ms ` +
        `(${(result.wallOverheadVsBatch * 100).toFixed(0)}%)`,
    );
    console.log(
      `CPU per article: batch ${c.batch.toFixed(2)} ms; queue path ${(c.worker + c.postgres + c.redis).toFixed(2)} ms = ` +
        `worker ${c.worker.toFixed(2)} + PostgreSQL ${c.postgres.toFixed(2)} + Redis ${c.redis.toFixed(2)}: ` +
        `overhead of queue + store ${(result.cpuOverheadVsBatch * 100).toFixed(0)}% (target ≤ 25%)`,
    );
    console.log(
      `CPU per article of hearsay ingest --jobs 1 (the store without the queue): ${(c.ingest + c.ingestPostgres).toFixed(2)} ms = ` +
        `ingest ${c.ingest.toFixed(2)} + PostgreSQL ${c.ingestPostgres.toFixed(2)} ` +
        `(${(((c.ingest + c.ingestPostgres) / c.batch - 1) * 100).toFixed(0)}% over batch)`,
    );
    console.log(
      `store (wall, per article, as queue status shows it): 1 worker ${result.storeMsPerArticle.oneWorker.toFixed(2)} ms, ` +
        `2 workers ${result.storeMsPerArticle.twoWorkers.toFixed(2)} ms: the write lane's ceiling is about ` +
        `${f(1000 / result.storeMsPerArticle.twoWorkers)} articles/s`,
    );
    const ms = (x: number | null) => (x === null ? 'n/a' : x.toFixed(2));
    const pc = (x: number | null) => (x === null ? 'n/a' : `${(x * 100).toFixed(0)}%`);
    console.log(
      `steady state (after the first ${warm} articles of each run, when every process has compiled the engine), ms per article:`,
    );
    console.log(
      `  batch --jobs 1: wall ${ms(steady.batchWallMs)}, CPU ${ms(steady.batchCpuMs)}; ` +
        `1 worker: wall ${ms(steady.worker1WallMs)}, CPU ${ms(steady.worker1CpuMs)} (worker + PostgreSQL + Redis); ` +
        `2 workers: wall ${ms(steady.workers2WallMs)}, CPU ${ms(steady.workers2CpuMs)}`,
    );
    console.log(
      `  2 workers / 1 worker: ${steady.speedup2over1 === null ? 'n/a' : `${steady.speedup2over1.toFixed(2)}×`} (target ≥ 1.6×); ` +
        `CPU overhead of queue + store: ${pc(steady.cpuOverheadVsBatch)} (target ≤ 25%)`,
    );
    const tb = result.tunedBatch;
    if (tb)
      console.log(
        `against batch --jobs 1 with the worker's interrupt budget (${JIT_INTERRUPT_BUDGET}): CPU ${ms(tb.cpuMsPerArticle)} ms an article, ` +
          `overhead of queue + store ${pc(tb.cpuOverhead)} cold, ${pc(tb.steadyCpuOverhead)} steady (batch steady ${ms(tb.steadyCpuMs)} ms)`,
      );
    if (rounds > 1)
      for (const [i, x] of result.perRound.entries())
        console.log(
          `round ${i + 1}: batch ${x.batch1.toFixed(2)} s, 1 worker ${x.worker1.toFixed(2)} s, 2 workers ${x.workers2.toFixed(2)} s, ` +
            `${x.speedup.toFixed(2)}×, CPU overhead ${(x.cpuOverhead * 100).toFixed(0)}% (load ${x.load})`,
        );
    console.log(`worker memory (RSS at the end): ${[...last.one.rssMb, ...last.two.rssMb].join(', ')} MB`);
    console.log(
      `enqueue: ${last.one.enqueueSeconds.toFixed(2)} s for ${n} articles (inside the worker times)`,
    );
    for (const note of notes) console.log(`note: ${note}`);
  }
} finally {
  await Promise.allSettled([redis.stop(), pg.stop()]);
  rmSync(tmp, { recursive: true, force: true });
}
