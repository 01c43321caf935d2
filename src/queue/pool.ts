/**
 * A pool of analysis threads for the worker process, running the thread code of `hearsay ingest`
 * (src/corpus/ingest-worker.ts: a JSON Lines record in, the store's rows for it, or a coded error,
 * out). Each thread has one record in flight, so when a thread dies (an article that crashes the engine) or hangs past the
 * timeout, the pool knows which article did it, fails that article alone and starts a new thread.
 */
import { Worker } from 'node:worker_threads';
import type { RecordOutcome } from '../cli/record.ts';
import { ERRORS, type ErrorCode, HearsayError } from '../errors.ts';
import type { JobPreset } from './jobs.ts';

/**
 * A record's outcome in the pool: the store's rows for it (the report itself travels inside them,
 * as its JSON in UTF-8), the thread's one-line error, or a crash or timeout of the thread.
 */
export type PoolOutcome =
  | { readonly ok: true; readonly extra: unknown }
  | Exclude<RecordOutcome, { ok: true }>
  | { readonly ok: false; readonly code: 'HS_WORKER_FAILED'; readonly error: string };

interface Task {
  readonly line: string;
  readonly lineNo: number;
  readonly preset: JobPreset;
  readonly done: (o: PoolOutcome) => void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
  timer: NodeJS.Timeout | null;
  /** Whether the thread has loaded the engine and the knowledge base. */
  loaded: boolean;
}

/**
 * The coded error of a thread that died before it could analyse anything. An error thrown in a thread
 * reaches the pool as a clone that keeps its own fields, so a `HearsayError` (HS_BAD_KB for a bad
 * `--kb`) keeps its code and detail; anything else is HS_WORKER_FAILED.
 */
function startFailure(e: unknown): HearsayError {
  const { code, detail } = (e ?? {}) as { code?: unknown; detail?: unknown };
  if (typeof code === 'string' && Object.hasOwn(ERRORS, code) && typeof detail === 'string')
    return new HearsayError(code as ErrorCode, detail);
  const why = (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
  return new HearsayError('HS_WORKER_FAILED', `an analysis thread could not start: ${why}`);
}

/**
 * Stops a thread the pool no longer listens to. Its listeners go, but an `error` sink stays: a thread
 * that is already failing (the second of two threads with the same bad `--kb`) still emits its error
 * after `terminate()` is asked, and an `error` event without a listener is thrown in the main thread.
 */
export function retire(worker: Worker): Promise<number> {
  worker.removeAllListeners();
  worker.on('error', () => {});
  return worker.terminate();
}

/** How long one article may take before its thread is stopped and the article failed. */
export const ARTICLE_TIMEOUT_MS = 60_000;

/** Analysis threads taking records from one FIFO. */
export class AnalysisPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private closed = false;
  /** Threads that have loaded the engine and the knowledge base (replacements count too). */
  private started = 0;
  /** Whether every first thread has loaded (`ready()` resolved). */
  private isReady = false;
  /** Why a thread could not load: set once, and the pool then analyses nothing (see `failStart`). */
  private failure: HearsayError | null = null;
  /** Every `ready()` caller waiting for the threads: all of them settle together. */
  private waiters: { resolve: () => void; reject: (e: HearsayError) => void }[] = [];
  private readonly ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';

  /** Starts `size` threads, each loading the knowledge base from `kb` (plus the bundled one). */
  constructor(
    size: number,
    private readonly kb: readonly string[],
    private readonly timeoutMs = ARTICLE_TIMEOUT_MS,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const url = new URL(`../corpus/ingest-worker${this.ext}`, import.meta.url);
    // run from source (tests, tsx): Node 20 gives a thread no loader hooks, so register tsx's in it first
    const worker =
      this.ext === '.ts'
        ? new Worker(
            `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(url.href)}); })`,
            { eval: true, workerData: { kb: this.kb, announce: true } },
          )
        : new Worker(url, { workerData: { kb: this.kb, announce: true } });
    const slot: Slot = { worker, task: null, timer: null, loaded: false };
    worker.on('message', (msg: ({ seq: number } & PoolOutcome) | { ready: true }) => {
      if ('ready' in msg) {
        slot.loaded = true;
        this.started++;
        if (!this.isReady && this.started >= this.slots.length) {
          this.isReady = true;
          for (const w of this.waiters.splice(0)) w.resolve();
        }
        return;
      }
      const { seq: _seq, ...outcome } = msg;
      this.finish(slot, outcome as PoolOutcome);
    });
    // a thread that dies before it has loaded would die again when replaced (a bad knowledge-base
    // path, a broken build): respawning it would loop for ever, so the pool fails instead
    worker.on('error', (e) =>
      slot.loaded
        ? this.replace(slot, `the engine crashed: ${e.message.split('\n')[0]}`)
        : this.failStart(startFailure(e)),
    );
    worker.on('exit', (code) =>
      slot.loaded
        ? this.replace(slot, 'the analysis thread exited')
        : this.failStart(
            new HearsayError(
              'HS_WORKER_FAILED',
              `an analysis thread exited (code ${code}) before loading the engine`,
            ),
          ),
    );
    return slot;
  }

  /**
   * A thread could not load: `ready()` rejects (every caller, now and later) with `e`, records in
   * flight or queued fail with it, `run()` answers it from now on, and every thread is stopped.
   */
  private failStart(e: HearsayError): void {
    if (this.failure || this.closed) return;
    this.failure = e;
    for (const w of this.waiters.splice(0)) w.reject(e);
    const outcome: PoolOutcome = { ok: false, code: 'HS_WORKER_FAILED', error: e.message };
    const tasks = [...this.slots.map((s) => s.task), ...this.queue.splice(0)];
    for (const s of this.slots) {
      if (s.timer) clearTimeout(s.timer);
      s.task = null;
      s.timer = null;
      void retire(s.worker);
    }
    for (const t of tasks) t?.done(outcome);
  }

  private finish(slot: Slot, outcome: PoolOutcome): void {
    const task = slot.task;
    if (slot.timer) clearTimeout(slot.timer);
    slot.task = null;
    slot.timer = null;
    task?.done(outcome);
    this.pump();
  }

  /** A thread died or hung: its article fails, and a fresh thread takes its place. */
  private replace(slot: Slot, why: string): void {
    const i = this.slots.indexOf(slot);
    if (i < 0 || this.closed) return;
    const task = slot.task;
    if (slot.timer) clearTimeout(slot.timer);
    slot.task = null;
    void retire(slot.worker);
    this.slots[i] = this.spawn();
    task?.done({ ok: false, code: 'HS_WORKER_FAILED', error: why });
    this.pump();
  }

  private pump(): void {
    if (this.failure) return;
    for (const slot of this.slots) {
      if (slot.task || this.queue.length === 0) continue;
      const task = this.queue.shift()!;
      slot.task = task;
      slot.timer = setTimeout(
        () => this.replace(slot, `the article took longer than ${this.timeoutMs} ms`),
        this.timeoutMs,
      );
      slot.worker.postMessage({ seq: 0, line: task.line, lineNo: task.lineNo, preset: task.preset });
    }
  }

  /**
   * Resolves once every thread has loaded the engine and the knowledge base (a few hundred
   * milliseconds of CPU each): the worker takes no job, and starts no lock's clock, before it can
   * analyse one. Rejects with a coded error (HS_BAD_KB for a bad knowledge-base path, else
   * HS_WORKER_FAILED) when a thread cannot load; the threads are then stopped, not respawned.
   */
  ready(): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.isReady) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.waiters.push({ resolve, reject });
    });
  }

  /** Analyses one JSON Lines record with `preset` (standard when not given); never rejects. */
  run(line: string, lineNo: number, preset: JobPreset = 'standard'): Promise<PoolOutcome> {
    const failure = this.failure;
    if (failure) return Promise.resolve({ ok: false, code: 'HS_WORKER_FAILED', error: failure.message });
    return new Promise((done) => {
      this.queue.push({ line, lineNo, preset, done });
      this.pump();
    });
  }

  /** Stops every thread; records still queued are answered with an error. */
  async close(): Promise<void> {
    this.closed = true;
    for (const w of this.waiters.splice(0))
      w.reject(new HearsayError('HS_WORKER_FAILED', 'the pool was closed before its threads loaded'));
    for (const t of this.queue.splice(0)) t.done({ ok: false, code: 'HS_WORKER_FAILED', error: 'stopping' });
    await Promise.all(
      this.slots.map((s) => {
        if (s.timer) clearTimeout(s.timer);
        return retire(s.worker);
      }),
    );
  }
}
