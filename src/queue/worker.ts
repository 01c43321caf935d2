/**
 * `hearsay worker`: takes jobs from the queue, analyses their articles on worker threads and writes the
 * reports to the store. Delivery is at least once (a job whose worker died runs again once its lock
 * expires) and the store's writes are idempotent, so the store ends up with each article exactly once.
 * An article that fails is split off into a job of its own, so the rest of its job is stored and only
 * that article retries and, if it keeps failing, lands in the failed set with its id and reason.
 */
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { type Job, UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { limitInlining, tuneJit } from '../core/jit.ts';
import { HearsayError } from '../errors.ts';
import type { FeedItem } from '../input/feed.ts';
import type { FetchOptions } from '../input/fetch.ts';
import { fetchPage } from '../input/fetch.ts';
import { pageArticle } from '../input/html.ts';
import { connectWorker, redactUrl } from './connection.ts';
import { enqueueNewItems, fetchFeed } from './enqueue.ts';
import {
  describeJob,
  type JobData,
  keys,
  openQueue,
  PREFIX,
  presetField,
  type QueuedRecord,
} from './jobs.ts';
import type { CorpusRecord } from '../corpus/index.ts';
import { AnalysisPool, ARTICLE_TIMEOUT_MS, type PoolOutcome } from './pool.ts';
import { openReportStore, type ReportStore } from './store.ts';

/** Options of `hearsay worker`. */
export interface WorkerOptions {
  readonly redis: string;
  readonly db: string;
  readonly queue: string;
  /** Analysis threads (articles analysed at once); default: one per core. */
  readonly concurrency?: number;
  readonly kb: readonly string[];
  /** How long a job's lock lasts: a killed worker's jobs return to the queue after about this long. */
  readonly lockMs?: number;
  readonly articleTimeoutMs?: number;
  readonly fetch?: FetchOptions;
  /** Where the one-line-per-job log goes; stderr when not given. */
  readonly log?: (line: string) => void;
}

/** The lock duration when `--lock` is not given (BullMQ's default). */
export const DEFAULT_LOCK_MS = 30_000;

/** Page fetches a pages job makes at once. */
const FETCHES_AT_ONCE = 4;

/** Codes that say the article itself is wrong: retrying cannot help, so its job fails at once. */
const HOPELESS = new Set(['HS_BAD_JSON_LINE', 'HS_BAD_RECORD', 'HS_BAD_DATE', 'HS_NOT_AN_ARTICLE']);

/** The longest pause of the queue while the store is down. */
const MAX_DB_PAUSE_MS = 30_000;

/** Whether a store error means the database is unavailable for now (not that the write is wrong). */
function isStoreDown(e: unknown): boolean {
  if (!(e instanceof HearsayError)) return false;
  if (e.code === 'HS_DB_UNREACHABLE') return true;
  return (
    e.code === 'HS_DB_FAILED' &&
    /shutting down|starting up|terminat|ECONNRESET|ECONNREFUSED|EPIPE|Connection/i.test(e.message)
  );
}

/** What a job did, kept by BullMQ as the job's return value. */
export interface JobResult {
  readonly articles: number;
  readonly stored: number;
  readonly unchanged: number;
  readonly failed: number;
  readonly ms: number;
}

/** One article of a job, ready for the analysis pool (or failed before it: a page that would not load). */
interface Unit {
  readonly label: string;
  readonly lineNo: number;
  readonly line: string | null;
  /** The record as the store keys it; null when the line is not a JSON object with a text. */
  readonly record: CorpusRecord | null;
  readonly early?: PoolOutcome;
}

/** The record of a JSON line, for the store's key and the failed set's name; null if it is not one. */
function parseRecord(line: string): CorpusRecord | null {
  try {
    const v = JSON.parse(line) as unknown;
    if (typeof v !== 'object' || v === null || typeof (v as { text?: unknown }).text !== 'string')
      return null;
    return v as CorpusRecord;
  } catch {
    return null;
  }
}

/** A failed article's name in the failed set: `article ID` when its record has an id, else where it is. */
const unitName = (u: Unit): string => (u.record?.id == null ? u.label : `article ${u.record.id}`);

/** A feed item's page as a JSON Lines record, the way `hearsay feed` reads it. */
async function pageUnit(item: FeedItem, index: number, fetch?: FetchOptions): Promise<Unit> {
  const label = `item ${item.id}`;
  let html: string;
  let url: string;
  if (item.link) {
    const page = await fetchPage(item.link, fetch);
    if (!page.ok) return { label, lineNo: index + 1, line: null, record: null, early: failure(page.error) };
    html = page.value.body;
    url = page.value.url;
  } else if (item.content) {
    html = item.content;
    url = item.id;
  } else {
    return {
      label,
      lineNo: index + 1,
      line: null,
      record: null,
      early: { ok: false, code: 'HS_BAD_RECORD', error: 'no link and no content' },
    };
  }
  // the one path from a page to a record (src/input/html.ts): its figure captions go with it
  const a = pageArticle(html, url, item);
  if (!a.ok) return { label, lineNo: index + 1, line: null, record: null, early: failure(a.error) };
  const record: CorpusRecord = a.value;
  return { label, lineNo: index + 1, line: JSON.stringify(record), record };
}

const failure = (e: { code: string; message: string }): PoolOutcome => ({
  ok: false,
  code: HOPELESS.has(e.code) ? 'HS_BAD_RECORD' : 'HS_WORKER_FAILED',
  error: `${e.code} ${e.message}`,
});

async function mapLimit<T, R>(
  xs: readonly T[],
  limit: number,
  f: (x: T, i: number) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array(xs.length);
  let next = 0;
  const run = async (): Promise<void> => {
    while (next < xs.length) {
      const i = next++;
      out[i] = await f(xs[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, xs.length) }, run));
  return out;
}

/** The analysis threads a worker runs for its `concurrency` option: one per core by default, 1 to 64. */
export const analysisThreads = (concurrency: number | undefined): number =>
  Math.max(1, Math.min(concurrency ?? availableParallelism(), 64));

/** A running worker process: its BullMQ worker, threads and store. */
export class QueueWorker {
  private stopping: Promise<void> | null = null;
  /** How long the queue pauses while the store is down; doubles while it stays down. */
  private dbPause = 0;

  private constructor(
    private readonly opts: WorkerOptions,
    private readonly connection: Redis,
    private readonly store: ReportStore,
    private readonly pool: AnalysisPool,
    private readonly queue: ReturnType<typeof openQueue>,
    private readonly worker: Worker<JobData, JobResult>,
    private readonly log: (line: string) => void,
  ) {}

  /** Connects to Redis and the store, starts the threads and begins taking jobs. */
  static async start(opts: WorkerOptions): Promise<QueueWorker> {
    const log = opts.log ?? ((line: string) => process.stderr.write(`${line}\n`));
    const errors = throttled(log);
    const connection = await connectWorker(opts.redis, (e) => errors(`Redis: ${e.message}; reconnecting`));
    let store: ReportStore;
    try {
      store = await openReportStore(opts.db);
    } catch (e) {
      connection.disconnect();
      throw e;
    }
    const threads = analysisThreads(opts.concurrency);
    const pool = new AnalysisPool(threads, opts.kb, opts.articleTimeoutMs ?? ARTICLE_TIMEOUT_MS);
    // jobs are taken (and their locks start) only once the threads can analyse them; a thread that
    // cannot load (a bad --kb) ends the start-up with its coded error, and nothing is left running
    try {
      await pool.ready();
    } catch (e) {
      await pool.close();
      await store.close();
      connection.disconnect();
      throw e;
    }
    const queue = openQueue(opts.queue, connection);
    queue.on('error', (e) => errors(`Redis: ${e.message}; reconnecting`));
    const lockMs = opts.lockMs ?? DEFAULT_LOCK_MS;
    let self: QueueWorker | null = null;
    const worker = new Worker<JobData, JobResult>(opts.queue, (job) => self!.process(job), {
      connection,
      prefix: PREFIX,
      // one job more than threads: its articles wait in the pool while another job is being stored
      concurrency: threads + 1,
      lockDuration: lockMs,
      stalledInterval: lockMs,
      // Redis or the store restarting can stall a job more than once; it must not fail for that
      maxStalledCount: 5,
      autorun: false,
    });
    self = new QueueWorker(opts, connection, store, pool, queue, worker, log);
    worker.on('error', (e) => errors(`error: ${e.message}`));
    worker.on('stalled', (jobId) =>
      log(`hearsay worker: job ${jobId} stalled (its worker stopped renewing the lock): back on the queue`),
    );
    worker.on('failed', (job, e) => {
      if (!job) return;
      const final = job.attemptsMade >= (job.opts.attempts ?? 1) || e instanceof UnrecoverableError;
      log(
        `hearsay worker: job ${job.id} (${describeJob(job.data)}) failed, attempt ${job.attemptsMade}: ${e.message}` +
          (final ? ' (now in the failed set)' : ' (will retry)'),
      );
    });
    log(
      `hearsay worker: taking jobs from queue ${opts.queue} on ${redactUrl(opts.redis)}, ${threads} thread(s), store ${redactUrl(opts.db)}`,
    );
    void worker.run().catch((e: Error) => errors(`worker stopped: ${e.message}`));
    return self;
  }

  private async process(job: Job<JobData, JobResult>): Promise<JobResult> {
    const t0 = performance.now();
    const d = job.data;
    if (d.kind === 'feed') {
      const items = await fetchFeed(d.url, this.opts.fetch);
      const r = await enqueueNewItems(this.queue, this.connection, d.url, items, d.jobSize, d.preset);
      const ms = Math.round(performance.now() - t0);
      this.log(
        `hearsay worker: job ${job.id} feed ${d.url}: ${items.length} items, ${r.added} new in ${r.jobs} job(s), ${r.seen} seen before; ${ms} ms`,
      );
      return { articles: 0, stored: 0, unchanged: 0, failed: 0, ms };
    }
    const units: Unit[] =
      d.kind === 'records'
        ? d.records.map((r) => ({
            label: `${d.source} line ${r.lineNo}`,
            lineNo: r.lineNo,
            line: r.line,
            record: parseRecord(r.line),
          }))
        : await mapLimit(d.items, FETCHES_AT_ONCE, (it, i) => pageUnit(it, i, this.opts.fetch));
    // a job run again (its worker died after writing) skips what is stored already, unanalysed
    const withRecord = units.filter((u) => u.record !== null && !u.early);
    const preset = d.preset ?? 'standard';
    const flags = await this.whileStoreUp(job, () =>
      this.store.current(
        withRecord.map((u) => u.record!),
        preset,
      ),
    );
    const stored = new Set(withRecord.filter((_, i) => flags[i]));
    const outcomes = await Promise.all(
      units.map((u) =>
        stored.has(u)
          ? null
          : (u.early ?? (u.line === null ? null : this.pool.run(u.line, u.lineNo, preset))),
      ),
    );
    const t1 = performance.now();
    const good: unknown[] = [];
    const bad: { unit: Unit; index: number; outcome: Exclude<PoolOutcome, { ok: true }> }[] = [];
    outcomes.forEach((o, index) => {
      if (o?.ok) good.push(o.extra);
      else if (o) bad.push({ unit: units[index]!, index, outcome: o });
    });
    const wrote = await this.whileStoreUp(job, () => this.store.put(good));
    const put = { stored: wrote.stored, unchanged: wrote.unchanged + stored.size };
    const t2 = performance.now();
    if (bad.length > 0 && units.length === 1) {
      const { unit, outcome } = bad[0]!;
      const where = unit.record?.id == null ? unit.label : `article ${unit.record.id}, ${unit.label}`;
      const msg = `${where}: ${outcome.code === 'HS_WORKER_FAILED' ? '' : `${outcome.code} `}${outcome.error}`;
      throw outcome.code === 'HS_WORKER_FAILED' ? new Error(msg) : new UnrecoverableError(msg);
    }
    // each failed article goes on alone; the ids make a rerun of this job add nothing new
    for (const { unit, index } of bad) {
      const name = unitName(unit);
      const jobId = `${job.id}-${index}`;
      if (d.kind === 'records') {
        const rec: QueuedRecord = d.records[index]!;
        const data = { kind: 'records', source: d.source, records: [rec], ...presetField(d.preset) } as const;
        await this.queue.add(name, data, { jobId });
      } else if (d.kind === 'pages') {
        const data = {
          kind: 'pages',
          feed: d.feed,
          items: [d.items[index]!],
          ...presetField(d.preset),
        } as const;
        await this.queue.add(name, data, { jobId });
      }
    }
    const ms = Math.round(t2 - t0);
    const result: JobResult = {
      articles: units.length,
      stored: put.stored,
      unchanged: put.unchanged,
      failed: bad.length,
      ms,
    };
    await this.count(result, Math.round(t1 - t0), Math.round(t2 - t1));
    this.log(
      `hearsay worker: job ${job.id} ${units.length} articles: ${put.stored} stored, ${put.unchanged} unchanged, ` +
        `${bad.length} failed${bad.length ? ' (retried alone)' : ''}; analysis ${Math.round(t1 - t0)} ms, store ${Math.round(t2 - t1)} ms, ${ms} ms`,
    );
    return result;
  }

  /**
   * Runs a store call. When the store is down (a PostgreSQL restart), the job goes back to the queue
   * without using up an attempt, and the queue pauses (BullMQ's manual rate limit, seen by every
   * worker) for 1 s, then 2 s, 4 s … up to 30 s while it stays down: an outage of any length costs
   * no job its retries.
   */
  private async whileStoreUp<T>(job: Job<JobData, JobResult>, f: () => Promise<T>): Promise<T> {
    try {
      const v = await f();
      this.dbPause = 0;
      return v;
    } catch (e) {
      if (!isStoreDown(e)) throw e;
      this.dbPause = Math.min(Math.max(this.dbPause * 2, 1000), MAX_DB_PAUSE_MS);
      this.log(
        `hearsay worker: job ${job.id} back to the queue, the store is down (${(e as Error).message}); pausing ${this.dbPause / 1000} s`,
      );
      await this.worker.rateLimit(this.dbPause);
      throw Worker.RateLimitError();
    }
  }

  /** Adds a job's counts to the queue's totals and to its minute, for `queue status`. */
  private async count(r: JobResult, analysisMs: number, storeMs: number): Promise<void> {
    const k = keys(this.opts.queue);
    const minute = k.minute(Math.floor(Date.now() / 60_000));
    await this.connection
      .multi()
      .incrby(minute, r.stored + r.unchanged)
      .expire(minute, 7200)
      .hincrby(k.totals, 'jobs', 1)
      .hincrby(k.totals, 'stored', r.stored)
      .hincrby(k.totals, 'unchanged', r.unchanged)
      .hincrby(k.totals, 'analysisMs', analysisMs)
      .hincrby(k.totals, 'storeMs', storeMs)
      .exec();
  }

  /**
   * Stops taking jobs, lets the active ones finish (their results are written), then closes
   * everything. Safe to call more than once.
   */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      await this.worker.close();
      await this.pool.close();
      await this.queue.close();
      await this.store.close();
      this.connection.disconnect();
    })();
    return this.stopping;
  }
}

/** A log for errors that repeat (every reconnection attempt fails the same way): one line per 5 s each. */
function throttled(log: (line: string) => void): (msg: string) => void {
  const last = new Map<string, number>();
  return (msg) => {
    const now = Date.now();
    if ((last.get(msg) ?? 0) + 5000 > now) return;
    last.set(msg, now);
    log(`hearsay worker: ${msg}`);
  };
}

/** PostgreSQL codes and pg messages that mean the server went away (a restart), not a bug. */
const LOST_PG = new Set(['57P01', '57P02', '57P03', 'ECONNRESET', 'ECONNREFUSED', 'EPIPE']);
const isLostPgConnection = (e: unknown): boolean =>
  e instanceof Error &&
  /[\\/](pg|pg-pool|pg-protocol)[\\/]/.test(e.stack ?? '') &&
  (e.message === 'Connection terminated unexpectedly' || LOST_PG.has(String((e as { code?: unknown }).code)));

/**
 * A PostgreSQL restart makes pg emit an 'error' event on a client checked out of the corpus store's
 * pool, which has no listener for it there; unhandled, it would kill the worker. The query in flight
 * fails as well, so its job is retried with backoff: only that event is caught here, anything else
 * still ends the process as an internal error.
 */
function survivePostgresRestarts(log: (line: string) => void): void {
  process.on('uncaughtException', (e) => {
    if (isLostPgConnection(e)) {
      log(`hearsay worker: lost PostgreSQL (${e.message}); the job retries`);
      return;
    }
    process.stderr.write(`hearsay: internal error: ${e.stack ?? e.message}\n`);
    process.exit(1);
  });
}

/**
 * Runs a worker until SIGTERM or SIGINT: the first signal finishes the active jobs and exits; a second
 * exits at once (the jobs return to the queue when their locks expire, as after SIGKILL).
 */
export async function runWorker(opts: WorkerOptions): Promise<void> {
  const log = opts.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  survivePostgresRestarts(log);
  // before the analysis threads start, so their isolates have it from their first function. Always,
  // even for one analysis thread: beside it the worker's main thread writes to the store and
  // PostgreSQL runs, so V8's recompiling never has an idle core (core/jit.ts); and the inlining
  // budget `batch` sets, which makes each of those compilations cheaper
  limitInlining();
  tuneJit();
  const w = await QueueWorker.start(opts);
  await new Promise<void>((resolve) => {
    let signals = 0;
    const onSignal = (sig: NodeJS.Signals): void => {
      signals++;
      if (signals > 1) {
        log(
          `hearsay worker: ${sig} again: exiting now; active jobs return to the queue when their locks expire`,
        );
        process.exit(1);
      }
      log(`hearsay worker: ${sig}: finishing the active jobs, then exiting`);
      void w.stop().then(() => {
        log('hearsay worker: stopped');
        resolve();
      });
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  });
}
