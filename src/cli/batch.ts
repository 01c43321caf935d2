/**
 * `hearsay batch`: JSON Lines in, one JSON report per line out, in input order. Records are spread
 * over worker threads; at most a few per worker are in flight, so memory stays flat for any corpus.
 * A record that kills its worker (or runs past twice its time budget) fails alone: the worker is
 * replaced, the records queued behind it are sent again, and the output keeps its order.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createInterface } from 'node:readline';
import { Worker } from 'node:worker_threads';
import cliProgress from 'cli-progress';
import { type ErrorCode, HearsayError } from '../errors.ts';
import type { AnalysisLimits } from '../index.ts';
import { visibleLine } from '../render/escape.ts';
import { openInput } from './read.ts';
import type { RecordOutcome } from './record.ts';
import { kbFromPaths } from './kb-option.ts';

/** Options of `hearsay batch`. */
export interface BatchOptions {
  readonly jobs?: number;
  readonly skipBad: boolean;
  readonly kb: readonly string[];
  readonly progress?: boolean;
  /** Per-record time budget (ms); a worker still busy at twice this plus a second is terminated. */
  readonly maxMs?: number;
  /** Per-record size limit in characters. */
  readonly maxChars?: number;
  /** Heap cap per worker (MB): a record that needs more kills only its worker, and fails alone. */
  readonly maxHeapMb?: number;
  /** Where report lines go (stdout when not given; tests pass their own). */
  readonly write?: (line: string) => void;
  /** Where reports go instead of standard output (`hearsay ingest`). */
  readonly sink?: BatchSink;
  /** The worker thread module (default ./worker.ts); it answers like worker.ts, plus an `extra` field for the sink. */
  readonly worker?: URL;
}

/** A consumer of the reports in input order, instead of standard output. */
export interface BatchSink {
  /** False for a line that needs no analysis (already stored): it is not sent to a worker. */
  want(line: string, lineNo: number): boolean | Promise<boolean>;
  /** Takes one report, as JSON, in input order, with the worker's `extra`. */
  write(json: string, extra: unknown): void;
  /** Awaited after each line sent: lets the sink hold the reader back while it stores. */
  drain(): Promise<void>;
}

type Done = RecordOutcome & { seq: number };
interface Job {
  readonly seq: number;
  readonly line: string;
  readonly lineNo: number;
}

/** Slack past the budget before a worker is terminated: the stage check usually stops it well before. */
export const HARD_KILL_FACTOR = 2;
const HARD_KILL_SLACK_MS = 1000;
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/** One worker thread and the records sent to it, oldest (the one being analysed) first. */
interface Slot {
  worker: Worker;
  readonly queue: Job[];
  since: number;
  timedOut: boolean;
  lastError: string | null;
}

/** Runs a batch; resolves with the number of reports written, or throws a `HearsayError`. */
export async function runBatch(file: string, opts: BatchOptions): Promise<number> {
  const input = openInput(file);
  const jobs = Math.max(1, Math.min(opts.jobs ?? availableParallelism(), 64));
  kbFromPaths(opts.kb); // a bad --kb fails here, once, before any worker starts
  const limits: AnalysisLimits = {
    ...(opts.maxMs ? { maxMs: opts.maxMs } : {}),
    ...(opts.maxChars ? { maxChars: opts.maxChars } : {}),
  };
  const write = opts.write ?? ((s: string) => process.stdout.write(s));
  const total = file === '-' ? 0 : statSync(file).size;
  const bar =
    opts.progress && process.stderr.isTTY
      ? new cliProgress.SingleBar(
          {
            stream: process.stderr,
            format: 'batch |{bar}| {percentage}% {value}/{total} bytes | {reports} reports',
          },
          cliProgress.Presets.shades_classic,
        )
      : null;
  bar?.start(total || 1, 0, { reports: 0 });

  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  const pending = new Map<number, Done>();
  const waiters: (() => void)[] = [];
  const wake = (): void => {
    for (const f of waiters.splice(0)) f();
  };
  let next = 0;
  let written = 0;
  let bytes = 0;
  const bad: string[] = [];
  let failure: HearsayError | null = null;
  let stopped: NodeJS.Signals | null = null;
  let ending = false;

  const settle = (d: Done): void => {
    pending.set(d.seq, d);
    // after a bad line nothing more is written: the output stops at the last good report before it
    while (!failure && !stopped && pending.has(next)) {
      const r = pending.get(next)!;
      pending.delete(next);
      next++;
      if (r.ok) {
        if (opts.sink) opts.sink.write(r.json, (r as { extra?: unknown }).extra);
        else write(`${r.json}\n`);
        written++;
      } else if (opts.skipBad)
        bad.push(visibleLine(`${r.code} ${new HearsayError(r.code, r.error).message}`));
      else failure ??= new HearsayError(r.code, r.error);
    }
    wake();
  };

  const hardMs = opts.maxMs ? opts.maxMs * HARD_KILL_FACTOR + HARD_KILL_SLACK_MS : 0;
  const slots: Slot[] = [];
  const workerUrl = opts.worker ?? new URL(`./worker${ext}`, import.meta.url);
  // From the sources (tests, tsx) the worker registers tsx itself: `--import tsx` in a worker's
  // execArgv does not reach its module loader on Node 20.
  const fromSource = `import(${JSON.stringify(ext === '.ts' ? import.meta.resolve('tsx/esm/api') : '')}).then((t) => { t.register(); return import(${JSON.stringify(workerUrl.href)}); })`;
  const spawn = (slot?: Slot): Slot => {
    const data = {
      workerData: { kb: opts.kb, limits },
      ...(opts.maxHeapMb ? { resourceLimits: { maxOldGenerationSizeMb: opts.maxHeapMb } } : {}),
    };
    const worker =
      ext === '.ts' ? new Worker(fromSource, { ...data, eval: true }) : new Worker(workerUrl, data);
    const s: Slot = slot ?? { worker, queue: [], since: 0, timedOut: false, lastError: null };
    s.worker = worker;
    s.since = performance.now();
    s.timedOut = false;
    s.lastError = null;
    worker.on('message', (d: Done) => {
      s.queue.shift();
      s.since = performance.now();
      settle(d);
    });
    worker.on('error', (e) => {
      s.lastError = e.message.split('\n')[0] ?? 'error';
    });
    worker.on('exit', () => {
      if (ending || s.worker !== worker) return;
      // the record being analysed took the worker down: it alone fails, the rest go to a new worker
      const head = s.queue.shift();
      const rest = s.queue.splice(0);
      const code: ErrorCode = s.timedOut ? 'HS_TIME_BUDGET' : 'HS_WORKER_FAILED';
      const why = s.timedOut
        ? `still running at ${hardMs} ms, so its worker was stopped`
        : (s.lastError ?? 'the worker stopped');
      spawn(s);
      for (const j of rest) post(s, j);
      if (head) settle({ seq: head.seq, ok: false, code, error: `line ${head.lineNo}: ${why}` });
    });
    return s;
  };
  const post = (s: Slot, job: Job): void => {
    if (s.queue.length === 0) s.since = performance.now();
    s.queue.push(job);
    s.worker.postMessage(job);
  };
  for (let w = 0; w < jobs; w++) slots.push(spawn());

  const watchdog = hardMs
    ? setInterval(
        () => {
          const now = performance.now();
          for (const s of slots) {
            if (s.queue.length > 0 && !s.timedOut && now - s.since > hardMs) {
              s.timedOut = true;
              void s.worker.terminate();
            }
          }
        },
        Math.min(250, hardMs),
      )
    : null;

  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  // A signal stops reading; every line already written is whole because writes are synchronous.
  const onSignal = (sig: NodeJS.Signals): void => {
    stopped = sig;
    lines.close();
    wake();
  };
  for (const sig of SIGNALS) process.on(sig, onSignal);

  let seq = 0;
  let lineNo = 0;
  let already = 0; // lines the sink already has (not analysed)
  const limit = jobs * 8;
  try {
    for await (const line of lines) {
      lineNo++;
      bytes += Buffer.byteLength(line) + 1;
      if (failure || stopped) break;
      if (line.trim() === '') continue;
      if (opts.sink && !(await opts.sink.want(line, lineNo))) {
        already++;
        continue;
      }
      const s = seq++;
      // the least busy worker, so one slow record does not hold up the records behind it
      let slot = slots[0]!;
      for (const c of slots) if (c.queue.length < slot.queue.length) slot = c;
      post(slot, { seq: s, line, lineNo });
      while (s - next >= limit && !failure && !stopped) await new Promise<void>((r) => waiters.push(r));
      await opts.sink?.drain();
      bar?.update(Math.min(bytes, total || 1), { reports: written });
    }
    while (next < seq && !failure && !stopped) await new Promise<void>((r) => waiters.push(r));
  } finally {
    ending = true;
    if (watchdog) clearInterval(watchdog);
    for (const sig of SIGNALS) process.off(sig, onSignal);
    await Promise.all(slots.map((s) => s.worker.terminate()));
    bar?.stop();
  }
  if (stopped) {
    process.stderr.write(`hearsay: stopped by ${stopped} after ${written} report(s)\n`);
    process.exitCode = stopped === 'SIGINT' ? 130 : 143;
    return written;
  }
  if (failure) throw failure;
  if (seq === 0 && already === 0)
    throw new HearsayError('HS_EMPTY_INPUT', file === '-' ? 'standard input' : file);
  if (bad.length > 0) {
    process.stderr.write(
      `hearsay: skipped ${bad.length} bad line(s):\n${bad.map((b) => `  ${b}\n`).join('')}`,
    );
  }
  if (written === 0 && already === 0)
    throw new HearsayError('HS_NOTHING_WRITTEN', file === '-' ? 'standard input' : file);
  return written;
}
