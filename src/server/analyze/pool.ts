/**
 * The server's analysis pool: worker threads that run the engine, so the main thread only parses HTTP
 * and writes answers, and one large article holds one worker, not every client. Requests beyond the
 * workers wait in a bounded queue; past it the answer is HS_SERVER_BUSY (503 with Retry-After) at once.
 * Each request has a time budget from its arrival: past it the client gets HS_TIME_BUDGET, a queued
 * request is dropped and a running one's worker is terminated (and replaced), so the core is freed.
 * Answers in a format come back from the worker as UTF-8 bytes, transferred, not copied or re-serialised.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type ErrorCode, HearsayError } from '../../errors.ts';
import type { Kb, KbRecord } from '../../kb/types.ts';
import { bundledKb } from '../../kb/load.ts';
import type { Report } from '../../report/schema.ts';
import { err, ok, type Result } from '../../result.ts';
import { SERVER_DEFAULTS } from '../defaults.ts';
import type { LocalInput } from './local.ts';

/** What a worker is asked for: the report object, or the report rendered in a format (as bytes). */
export type Want = 'report' | 'json' | 'html' | 'md' | 'text';

/** A job sent to a worker. */
export interface JobMessage {
  readonly id: number;
  readonly local: LocalInput;
  readonly want: Want;
}

/** A worker's answer to a job: bytes, a report, a registry error, or an exception's message. */
export type JobResult =
  | { readonly id: number; readonly bytes: Uint8Array }
  | { readonly id: number; readonly report: Report }
  | { readonly id: number; readonly code: ErrorCode; readonly detail: string }
  | { readonly id: number; readonly crash: string };

/** What a worker thread starts with: the knowledge base's records (null: the bundled one), and its warm-up runs. */
export interface PoolWorkerData {
  readonly kbRecords: readonly KbRecord[] | null;
  /** Analyses of the warm-up article (./warm.ts) before the worker says it is ready; 0 for none. */
  readonly warmRuns: number;
}

/** The pool's limits: every one a named option of `hearsay serve`. */
export interface PoolOptions {
  /** Worker threads (default: `os.availableParallelism()`, one per core). */
  readonly workers?: number;
  /** Requests that may wait for a worker, beyond those being analysed; past it: HS_SERVER_BUSY. */
  readonly queueLimit?: number;
  /** Milliseconds from a request's arrival to its answer; past it: HS_TIME_BUDGET. */
  readonly maxMs?: number;
  /** The Retry-After (seconds) of a full queue's answer. */
  readonly retryAfterS?: number;
  /** The knowledge base (the bundled one by default); a worker rebuilds it from its records. */
  readonly kb?: Kb;
  /**
   * Megabytes of each young-generation semi-space of a worker; none: V8's default (16 on 64-bit). Larger
   * ones cut a server's collection time a request, not its CPU a request (README, serve, round 16).
   */
  readonly semiSpaceMb?: number;
}

/** The pool's defaults (the server's, plus how long a client told "busy" should wait). */
export const POOL_DEFAULTS = {
  queueLimit: SERVER_DEFAULTS.queueLimit,
  maxMs: SERVER_DEFAULTS.maxMs,
  retryAfterS: 1,
} as const;

/**
 * A worker's heap limits for a semi-space size: Node's `maxYoungGenerationSizeMb` is V8's whole young
 * generation, two semi-spaces and a new large-object space of one semi-space each (Heap::
 * YoungGenerationSizeFromSemiSpaceSize), the same as `--max-semi-space-size=MB` gives a process.
 */
export const workerLimits = (semiSpaceMb: number): { maxYoungGenerationSizeMb: number } => ({
  maxYoungGenerationSizeMb: 3 * semiSpaceMb,
});

/** The default number of workers: one per core the process may use. */
export const defaultWorkers = (): number => availableParallelism();

/** A HS_SERVER_BUSY error that tells the client when to come back (the error handler sends the header). */
export const busy = (detail: string, retryAfterS: number): HearsayError =>
  Object.assign(new HearsayError('HS_SERVER_BUSY', detail), { retryAfter: String(retryAfterS) });

/** The answer to a request past its time budget, whether it was waiting or running (pool and turns alike). */
export const timeBudget = (): HearsayError => new HearsayError('HS_TIME_BUDGET', 'the article');

interface Job {
  readonly id: number;
  readonly message: JobMessage;
  readonly settle: (r: Result<Uint8Array | Report, HearsayError>) => void;
  timer: NodeJS.Timeout;
  slot: Slot | null;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  /** The worker stopped while idle (it crashed): a fresh one is spawned when the slot is next used. */
  dead: boolean;
  /** Resolves once the worker has loaded the engine and the knowledge base. */
  ready: Promise<void>;
  /** The worker has loaded (or stopped before it could). */
  isReady: boolean;
}

/** What the pool is doing, for probes and tests. */
export interface PoolState {
  readonly workers: number;
  readonly running: number;
  readonly queued: number;
}

/** The analysis pool of one server. */
export interface AnalysisPool {
  /** The report of an input, as an object (the web app and ingest use its fields). */
  report(local: LocalInput): Promise<Result<Report, HearsayError>>;
  /** The report of an input rendered in a format, as the UTF-8 bytes to send. */
  render(local: LocalInput, format: Exclude<Want, 'report'>): Promise<Result<Uint8Array, HearsayError>>;
  /** Workers alive, jobs running, jobs waiting. */
  state(): PoolState;
  /**
   * Starts every worker now (`hearsay serve` does, so the first clients do not wait); resolves once all
   * have loaded and each has analysed the warm-up article `runs` times (default 0), as do workers
   * spawned later to replace one.
   */
  warm(runs?: number): Promise<void>;
  /** Refuses new work, answers waiting jobs HS_SERVER_BUSY, lets running ones finish, stops the workers. */
  close(): Promise<void>;
}

const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
const WORKER_URL = new URL(`./worker${ext}`, import.meta.url);
// From the sources (tests, tsx) the worker registers tsx itself: `--import tsx` in a worker's execArgv
// does not reach its module loader on Node 20.
const FROM_SOURCE = `import(${JSON.stringify(ext === '.ts' ? import.meta.resolve('tsx/esm/api') : '')}).then((t) => { t.register(); return import(${JSON.stringify(WORKER_URL.href)}); })`;

/** Starts nothing yet: workers are spawned as requests need them, so a server that never analyses pays none. */
export const createPool = (opts: PoolOptions = {}): AnalysisPool => {
  const size = Math.max(1, opts.workers ?? defaultWorkers());
  const queueLimit = opts.queueLimit ?? POOL_DEFAULTS.queueLimit;
  const maxMs = opts.maxMs ?? POOL_DEFAULTS.maxMs;
  const retryAfterS = opts.retryAfterS ?? POOL_DEFAULTS.retryAfterS;
  const kb = opts.kb ?? bundledKb();
  const kbRecords = kb === bundledKb() ? null : [...kb.records()];
  const limits = opts.semiSpaceMb === undefined ? {} : { resourceLimits: workerLimits(opts.semiSpaceMb) };
  let warmRuns = 0;
  const slots: Slot[] = [];
  const waiting: Job[] = [];
  let nextId = 0;
  let closed = false;
  let drained: (() => void) | null = null;

  const running = () => slots.reduce((n, s) => n + (s.job ? 1 : 0), 0);

  const spawn = (slot?: Slot): Slot => {
    const workerData: PoolWorkerData = { kbRecords, warmRuns };
    const worker =
      ext === '.ts'
        ? new Worker(FROM_SOURCE, { eval: true, workerData, ...limits })
        : new Worker(WORKER_URL, { workerData, ...limits });
    // an idle worker does not keep the process alive; a busy one does, until its answer
    worker.unref();
    let loaded = (): void => undefined;
    const ready = new Promise<void>((r) => (loaded = r));
    const s: Slot = slot ?? { worker, job: null, dead: false, ready, isReady: false };
    s.worker = worker;
    s.dead = false;
    s.ready = ready;
    s.isReady = false;
    void ready.then(() => {
      if (s.worker === worker) s.isReady = true;
    });
    worker.on('message', (r: JobResult | 'ready') => {
      if (r === 'ready') {
        loaded();
        return;
      }
      const job = s.job;
      if (s.worker !== worker || !job || job.id !== r.id) return;
      if ('bytes' in r) finish(s, ok(r.bytes));
      else if ('report' in r) finish(s, ok(r.report));
      else if ('code' in r) finish(s, err(new HearsayError(r.code, r.detail)));
      else finish(s, err(new HearsayError('HS_SERVER_ERROR', r.crash)));
    });
    const lost = (why: string) => {
      loaded();
      if (s.worker !== worker) return;
      if (s.job)
        finish(s, err(new HearsayError('HS_SERVER_ERROR', `an analysis worker stopped (${why})`)), true);
      // not respawned at once: a worker that cannot start would otherwise be respawned forever
      else s.dead = true;
    };
    worker.on('error', (e) => lost(e.message));
    worker.on('exit', (code) => lost(`exit ${code}`));
    return s;
  };

  // the job's answer; with `replace` its worker is gone (or going) and a fresh one takes the slot
  const finish = (s: Slot, r: Result<Uint8Array | Report, HearsayError>, replace = false): void => {
    const job = s.job!;
    s.job = null;
    clearTimeout(job.timer);
    job.settle(r);
    if (replace) {
      const old = s.worker;
      if (closed) {
        void old.terminate();
      } else {
        spawn(s);
        void old.terminate();
      }
    } else s.worker.unref();
    next(s);
  };

  const start = (s: Slot, job: Job): void => {
    if (s.dead) spawn(s);
    s.job = job;
    job.slot = s;
    // a worker still loading (the first, or one replaced) does not eat the budget: it starts when it has
    if (!s.isReady) {
      clearTimeout(job.timer);
      const worker = s.worker;
      void s.ready.then(() => {
        if (s.job === job && s.worker === worker) job.timer = arm(job);
      });
    }
    s.worker.ref();
    s.worker.postMessage(job.message);
  };

  const next = (s: Slot): void => {
    const job = waiting.shift();
    if (job && !closed) start(s, job);
    else if (closed && running() === 0) drained?.();
  };

  // past the budget the client is answered now; a running analysis is stopped with its worker
  const arm = (job: Job): NodeJS.Timeout =>
    setTimeout(() => {
      if (job.slot?.job === job) {
        finish(job.slot, err(timeBudget()), true);
        return;
      }
      const at = waiting.indexOf(job);
      if (at >= 0) waiting.splice(at, 1);
      job.settle(err(timeBudget()));
    }, maxMs).unref();

  const submit = (local: LocalInput, want: Want): Promise<Result<Uint8Array | Report, HearsayError>> => {
    if (closed) return Promise.resolve(err(busy('the server is shutting down', retryAfterS)));
    let idle = slots.find((s) => s.job === null);
    // a worker is added when all are busy, so a server answering one client at a time starts only one
    if (!idle && slots.length < size) {
      idle = spawn();
      slots.push(idle);
    }
    if (!idle && waiting.length >= queueLimit)
      return Promise.resolve(err(busy(`${waiting.length} analyses waiting`, retryAfterS)));
    return new Promise((settle) => {
      const id = nextId++;
      const job: Job = {
        id,
        message: { id, local, want },
        settle,
        slot: null,
        timer: undefined as unknown as NodeJS.Timeout,
      };
      job.timer = arm(job);
      if (idle) start(idle, job);
      else waiting.push(job);
    });
  };

  return {
    report: (local) => submit(local, 'report') as Promise<Result<Report, HearsayError>>,
    render: (local, format) => submit(local, format) as Promise<Result<Uint8Array, HearsayError>>,
    state: () => ({ workers: slots.length, running: running(), queued: waiting.length }),
    warm: async (runs = 0) => {
      warmRuns = runs;
      while (!closed && slots.length < size) slots.push(spawn());
      await Promise.all(slots.map((s) => s.ready));
    },
    close: async () => {
      if (closed) return;
      closed = true;
      for (const job of waiting.splice(0)) {
        clearTimeout(job.timer);
        job.settle(err(busy('the server is shutting down', retryAfterS)));
      }
      if (running() > 0) await new Promise<void>((r) => (drained = r));
      await Promise.all(slots.map((s) => s.worker.terminate()));
      slots.length = 0;
    },
  };
};
