/**
 * `hearsay queue status|retry|drain`, and `queueStatus` for anything else that shows the queue (the web
 * app's admin view): job counts by state, article totals, throughput over the last minutes, feed
 * schedules and the newest failures with their reasons.
 */
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { connectCommand, redactUrl } from './connection.ts';
import { DEFAULT_QUEUE, type JobData, keys, openQueue } from './jobs.ts';

/** A failed job: its id, name (`article ID` for a single article) and the reason it failed. */
export interface FailedJob {
  readonly id: string;
  readonly name: string;
  readonly reason: string;
  readonly attempts: number;
}

/** The state of a queue at one moment. */
export interface QueueStatus {
  readonly queue: string;
  readonly redis: string;
  /** Jobs by state. */
  readonly jobs: {
    readonly waiting: number;
    readonly active: number;
    readonly delayed: number;
    readonly completed: number;
    readonly failed: number;
    readonly paused: number;
  };
  /** Articles taken from the queue since it was created (or last drained with --reset). */
  readonly articles: { readonly stored: number; readonly unchanged: number; readonly jobs: number };
  /** Articles finished per minute, over the last whole minute and the last five. */
  readonly perMinute: { readonly last1: number; readonly last5: number };
  /** Milliseconds spent analysing and storing, per article, over all jobs. */
  readonly msPerArticle: { readonly analysis: number | null; readonly store: number | null };
  /** Feeds visited on a schedule. */
  readonly schedules: readonly {
    readonly id: string;
    readonly everyMs: number | null;
    readonly next: number | null;
  }[];
  /** The newest failures (at most ten). */
  readonly failures: readonly FailedJob[];
}

/** Failures listed by `queue status`. */
const FAILURES_SHOWN = 10;

async function statusOf(queue: Queue<JobData>, client: Redis, redisUrl: string): Promise<QueueStatus> {
  const k = keys(queue.name);
  const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed', 'paused');
  const totals = await client.hgetall(k.totals);
  const n = (f: string): number => Number(totals[f] ?? 0);
  const now = Math.floor(Date.now() / 60_000);
  // the current minute is still filling up: throughput counts whole minutes only
  const minutes = await client.mget(...[1, 2, 3, 4, 5].map((i) => k.minute(now - i)));
  const perMin = minutes.map((m) => Number(m ?? 0));
  const failed = await queue.getFailed(0, FAILURES_SHOWN - 1);
  const schedulers = await queue.getJobSchedulers(0, -1, true);
  const done = n('stored') + n('unchanged');
  return {
    queue: queue.name,
    redis: redactUrl(redisUrl),
    jobs: {
      waiting: c.waiting ?? 0,
      active: c.active ?? 0,
      delayed: c.delayed ?? 0,
      completed: c.completed ?? 0,
      failed: c.failed ?? 0,
      paused: c.paused ?? 0,
    },
    articles: { stored: n('stored'), unchanged: n('unchanged'), jobs: n('jobs') },
    perMinute: { last1: perMin[0]!, last5: Math.round(perMin.reduce((a, b) => a + b, 0) / 5) },
    msPerArticle: {
      analysis: done ? Math.round((n('analysisMs') / done) * 100) / 100 : null,
      store: done ? Math.round((n('storeMs') / done) * 100) / 100 : null,
    },
    schedules: schedulers.map((s) => ({ id: s.key, everyMs: s.every ?? null, next: s.next ?? null })),
    failures: failed.map((j) => ({
      id: String(j.id),
      name: j.name,
      reason: j.failedReason ?? '',
      attempts: j.attemptsMade,
    })),
  };
}

/** The state of queue `queue` on Redis at `redisUrl`; HS_REDIS_UNREACHABLE when Redis does not answer. */
export async function queueStatus(redisUrl: string, queue: string = DEFAULT_QUEUE): Promise<QueueStatus> {
  return withQueue(redisUrl, queue, (q, client) => statusOf(q, client, redisUrl));
}

/** Opens a queue for one command and closes it after. */
async function withQueue<T>(
  redisUrl: string,
  name: string,
  f: (q: Queue<JobData>, client: Redis) => Promise<T>,
): Promise<T> {
  const client = await connectCommand(redisUrl);
  const q = openQueue(name, client);
  try {
    return await f(q, client);
  } finally {
    await q.close();
    client.disconnect();
  }
}

/** Moves every failed job back to waiting; returns how many there were. */
export async function retryFailed(redisUrl: string, queue: string = DEFAULT_QUEUE): Promise<number> {
  return withQueue(redisUrl, queue, async (q) => {
    const failed = await q.getFailedCount();
    await q.retryJobs({ state: 'failed' });
    return failed;
  });
}

/**
 * Empties the queue: waiting and delayed jobs are removed, and with `all` the failed and completed
 * ones, the feed schedules, the seen feed items and the totals too. Active jobs finish. Returns the
 * number of jobs removed.
 */
export async function drainQueue(
  redisUrl: string,
  queue: string = DEFAULT_QUEUE,
  all = false,
): Promise<number> {
  return withQueue(redisUrl, queue, async (q, client) => {
    // schedules first, or the next visit of a feed would be queued again behind the drain
    if (all) for (const s of await q.getJobSchedulers(0, -1, true)) await q.removeJobScheduler(s.key);
    const c = await q.getJobCounts('waiting', 'delayed', 'paused', 'failed', 'completed');
    await q.drain(true);
    let removed = (c.waiting ?? 0) + (c.delayed ?? 0) + (c.paused ?? 0);
    if (all) {
      await q.clean(0, 0, 'failed');
      await q.clean(0, 0, 'completed');
      removed += (c.failed ?? 0) + (c.completed ?? 0);
      const k = keys(q.name);
      const del = [
        k.totals,
        ...(await scanKeys(client, k.seenPattern)),
        ...(await scanKeys(client, k.minutePattern)),
      ];
      await client.del(...del);
    }
    return removed;
  });
}

/** Keys matching a pattern, by SCAN (KEYS would block a busy Redis). */
async function scanKeys(client: Redis, pattern: string): Promise<string[]> {
  const out: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await client.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    out.push(...batch);
    cursor = next;
  } while (cursor !== '0');
  return out;
}

/** `queue status` as text, for a terminal. */
export function formatStatus(s: QueueStatus): string {
  const j = s.jobs;
  const lines = [
    `queue ${s.queue} on ${s.redis}`,
    `jobs: ${j.waiting} waiting, ${j.active} active, ${j.delayed} delayed, ${j.completed} completed, ${j.failed} failed`,
    `articles: ${s.articles.stored} stored, ${s.articles.unchanged} unchanged, in ${s.articles.jobs} jobs`,
    `throughput: ${s.perMinute.last1} articles in the last minute, ${s.perMinute.last5}/min over the last 5`,
  ];
  if (s.msPerArticle.analysis !== null)
    lines.push(
      `per article: analysis ${s.msPerArticle.analysis} ms, store ${s.msPerArticle.store} ms (wall time per job)`,
    );
  for (const sc of s.schedules)
    lines.push(
      `schedule ${sc.id}: every ${sc.everyMs === null ? '?' : `${sc.everyMs / 1000} s`}` +
        (sc.next ? `, next ${new Date(sc.next).toISOString()}` : ''),
    );
  if (s.failures.length > 0) {
    lines.push(`failed (newest ${s.failures.length}):`);
    for (const f of s.failures) lines.push(`  job ${f.id} ${f.name}: ${f.reason} (${f.attempts} attempts)`);
  }
  return lines.join('\n');
}
