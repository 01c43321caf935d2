/**
 * Profiles one `hearsay worker` draining a corpus (a development aid for issue 14): starts a Redis and
 * a PostgreSQL of its own, enqueues, runs one worker (-c 1) under `--cpu-prof` (a profile per thread),
 * and prints the CPU of each thread of the worker and of PostgreSQL.
 *
 *   node --import tsx scripts/prof-worker.ts --limit 2000 --out /tmp/prof
 */
import { spawn } from 'node:child_process';
import { mkdirSync, openSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseScriptArgs } from './lib/args.ts';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { runEnqueue } from '../src/queue/enqueue.ts';
import { keys } from '../src/queue/jobs.ts';
import { OwnPostgres, OwnRedis } from '../test/queue/services.ts';
import { readJsonlCorpus, toJsonl } from './lib/corpus.ts';
import { fileCpu, treeCpu } from './lib/proc.ts';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const { values: args } = parseScriptArgs({
  options: {
    limit: { type: 'string', default: '2000' },
    'job-size': { type: 'string', default: '100' },
    out: { type: 'string' },
    node: { type: 'string', default: '' },
    /** Where the worker's standard output goes (V8 traces: --node=--trace-gc). */
    stdout: { type: 'string' },
  },
});
const corpus = readJsonlCorpus(path.resolve(root, '..', 'shared', 'data', 'gossipcop-dev.jsonl'))!.slice(
  0,
  Number(args.limit),
);
const n = corpus.length;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'hearsay-prof-'));
const file = path.join(tmp, 'c.jsonl');
writeFileSync(file, toJsonl(corpus));
const threads = (pid: number): Map<string, number> => {
  const m = new Map<string, number>();
  for (const t of readdirSync(`/proc/${pid}/task`)) {
    const name = readFileSync(`/proc/${pid}/task/${t}/comm`, 'utf8').trim();
    m.set(`${name}#${t}`, fileCpu(`/proc/${pid}/task/${t}/stat`));
  }
  return m;
};
const [redis, pg] = await Promise.all([OwnRedis.start(), OwnPostgres.start(['prof'])]);
try {
  const prof = args.out ? ['--cpu-prof', `--cpu-prof-dir=${args.out}`] : [];
  if (args.out) mkdirSync(args.out, { recursive: true });
  const extra = args.node ? args.node.split(' ') : [];
  const w = spawn(
    process.execPath,
    [
      ...extra,
      ...prof,
      path.join(root, 'bin', 'hearsay.js'),
      'worker',
      '--redis',
      redis.url,
      '--db',
      pg.url('prof'),
      '--queue',
      'p',
      '-c',
      '1',
    ],
    { stdio: ['ignore', args.stdout ? openSync(args.stdout, 'w') : 'ignore', 'pipe'] },
  );
  let log = '';
  await new Promise<void>((resolve, reject) => {
    w.stderr!.on('data', (d) => {
      log += d;
      if (log.includes('taking jobs')) resolve();
    });
    w.on('exit', () => reject(new Error(log)));
  });
  const before = threads(w.pid!);
  const pg0 = treeCpu(pg.pid);
  const t0 = performance.now();
  await runEnqueue([file], { redis: redis.url, queue: 'p', jobSize: Number(args['job-size']) });
  const c = new Redis(redis.url);
  for (;;) {
    const t = await c.hmget(keys('p').totals, 'stored', 'unchanged');
    if (Number(t[0] ?? 0) + Number(t[1] ?? 0) >= n) break;
    await sleep(100);
  }
  c.disconnect();
  const wall = (performance.now() - t0) / 1000;
  const after = threads(w.pid!);
  const pgUsed = treeCpu(pg.pid) - pg0;
  let total = 0;
  const rows: string[] = [];
  for (const [k, v] of after) {
    const d = v - (before.get(k) ?? 0);
    total += d;
    if (d > 0.05) rows.push(`  ${k}: ${d.toFixed(2)} s (${((d * 1000) / n).toFixed(3)} ms/article)`);
  }
  console.log(
    `${n} articles in ${wall.toFixed(2)} s (load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')})`,
  );
  console.log(rows.join('\n'));
  console.log(
    `worker total ${total.toFixed(2)} s (${((total * 1000) / n).toFixed(3)} ms/article); PostgreSQL ${pgUsed.toFixed(2)} s (${((pgUsed * 1000) / n).toFixed(3)} ms/article)`,
  );
  await new Promise((r) => {
    w.on('exit', r);
    w.kill('SIGTERM');
  });
  console.log(
    log
      .split('\n')
      .filter((l) => /job \d+ 100 articles/.test(l))
      .slice(-3)
      .join('\n'),
  );
} finally {
  await Promise.allSettled([redis.stop(), pg.stop()]);
  rmSync(tmp, { recursive: true, force: true });
}
