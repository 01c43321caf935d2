/**
 * A pool of analysis threads for the worker process, running the thread code of `hearsay ingest`
 * (src/corpus/ingest-worker.ts: a JSON Lines record in, the store's rows for it, or a coded error,
 * out). Each thread has one record in flight, so when a thread dies (an article that crashes the engine) or hangs past the
 * timeout, the pool knows which article did it, fails that article alone and starts a new thread.
 */
import { Worker } from 'node:worker_threads';
import type { RecordOutcome } from '../cli/record.ts';
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
  private onStarted: (() => void) | null = null;
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
    const slot: Slot = { worker, task: null, timer: null };
    worker.on('message', (msg: ({ seq: number } & PoolOutcome) | { ready: true }) => {
      if ('ready' in msg) {
        this.started++;
        if (this.started >= this.slots.length) this.onStarted?.();
        return;
      }
      const { seq: _seq, ...outcome } = msg;
      this.finish(slot, outcome as PoolOutcome);
    });
    worker.on('error', (e) => this.replace(slot, `the engine crashed: ${e.message.split('\n')[0]}`));
    worker.on('exit', () => this.replace(slot, 'the analysis thread exited'));
    return slot;
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
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    this.slots[i] = this.spawn();
    task?.done({ ok: false, code: 'HS_WORKER_FAILED', error: why });
    this.pump();
  }

  private pump(): void {
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
   * analyse one.
   */
  ready(): Promise<void> {
    if (this.started >= this.slots.length) return Promise.resolve();
    return new Promise((resolve) => {
      this.onStarted = resolve;
    });
  }

  /** Analyses one JSON Lines record with `preset` (standard when not given); never rejects. */
  run(line: string, lineNo: number, preset: JobPreset = 'standard'): Promise<PoolOutcome> {
    return new Promise((done) => {
      this.queue.push({ line, lineNo, preset, done });
      this.pump();
    });
  }

  /** Stops every thread; records still queued are answered with an error. */
  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.queue.splice(0)) t.done({ ok: false, code: 'HS_WORKER_FAILED', error: 'stopping' });
    await Promise.all(
      this.slots.map((s) => {
        if (s.timer) clearTimeout(s.timer);
        s.worker.removeAllListeners();
        return s.worker.terminate();
      }),
    );
  }
}
