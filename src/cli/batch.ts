/**
 * `hearsay batch`: JSON Lines in, one JSON report per line out, in input order. Records are spread
 * over worker threads; at most a few per worker are in flight, so memory stays flat for any corpus.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createInterface } from 'node:readline';
import { Worker } from 'node:worker_threads';
import cliProgress from 'cli-progress';
import { HearsayError } from '../errors.ts';
import { kbFromPaths } from './kb-option.ts';
import { analyzeRecord, type RecordOutcome } from './record.ts';
import { openInput } from './read.ts';

/** Options of `hearsay batch`. */
export interface BatchOptions {
  readonly jobs?: number;
  readonly skipBad: boolean;
  readonly kb: readonly string[];
  readonly progress?: boolean;
  /** Where reports go instead of standard output (`hearsay ingest`). */
  readonly sink?: BatchSink;
  /** The worker thread module (default ./worker.ts); it answers like worker.ts, plus an `extra` field for the sink. */
  readonly worker?: URL;
}

/** A consumer of the reports in input order, instead of standard output. */
export interface BatchSink {
  /** False for a line that needs no analysis (already stored): it is not sent to a worker. */
  want(line: string, lineNo: number): boolean | Promise<boolean>;
  /** Takes one report, as JSON, in input order, with the worker's `extra` (undefined without workers). */
  write(json: string, extra: unknown): void;
  /** Awaited after each line sent: lets the sink hold the reader back while it stores. */
  drain(): Promise<void>;
}

type Done = RecordOutcome & { seq: number };

/** Runs a batch; resolves with the number of reports written, or throws a `HearsayError`. */
export async function runBatch(file: string, opts: BatchOptions): Promise<number> {
  const input = openInput(file);
  const jobs = Math.max(1, Math.min(opts.jobs ?? availableParallelism(), 64));
  const kb = kbFromPaths(opts.kb);
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

  const workers: Worker[] = [];
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  const useWorkers = jobs > 1;
  const pending = new Map<number, Done>();
  const waiters: (() => void)[] = [];
  let next = 0;
  let written = 0;
  let bytes = 0;
  const bad: string[] = [];
  let failure: HearsayError | null = null;

  const settle = (d: Done): void => {
    pending.set(d.seq, d);
    // after a bad line nothing more is written: the output stops at the last good report before it
    while (!failure && pending.has(next)) {
      const r = pending.get(next)!;
      pending.delete(next);
      next++;
      if (r.ok) {
        if (opts.sink) opts.sink.write(r.json, (r as { extra?: unknown }).extra);
        else process.stdout.write(`${r.json}\n`);
        written++;
      } else if (opts.skipBad) bad.push(`${r.code} ${r.error}`);
      else failure ??= new HearsayError(r.code, r.error);
    }
    waiters.shift()?.();
  };
  if (useWorkers) {
    for (let w = 0; w < jobs; w++) {
      const worker = new Worker(opts.worker ?? new URL(`./worker${ext}`, import.meta.url), {
        workerData: { kb: opts.kb },
        execArgv: ext === '.ts' ? ['--import', 'tsx'] : [],
      });
      worker.on('message', settle);
      worker.on('error', (e) => {
        failure ??= new HearsayError('HS_WORKER_FAILED', e.message);
        for (const f of waiters.splice(0)) f();
      });
      workers.push(worker);
    }
  }

  let seq = 0;
  let lineNo = 0;
  let already = 0; // lines the sink already has (not analysed)
  const limit = jobs * 8;
  try {
    const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
    for await (const line of lines) {
      lineNo++;
      bytes += Buffer.byteLength(line) + 1;
      if (failure) break;
      if (line.trim() === '') continue;
      if (opts.sink && !(await opts.sink.want(line, lineNo))) {
        already++;
        continue;
      }
      const s = seq++;
      if (useWorkers) {
        workers[s % jobs]!.postMessage({ seq: s, line, lineNo });
        while (s - next >= limit && !failure) await new Promise<void>((r) => waiters.push(r));
      } else settle({ seq: s, ...analyzeRecord(line, lineNo, kb) });
      await opts.sink?.drain();
      bar?.update(Math.min(bytes, total || 1), { reports: written });
    }
    while (next < seq && !failure) await new Promise<void>((r) => waiters.push(r));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
    bar?.stop();
  }
  if (failure) throw failure;
  if (seq === 0 && already === 0)
    throw new HearsayError('HS_EMPTY_INPUT', file === '-' ? 'standard input' : file);
  if (bad.length > 0) {
    process.stderr.write(
      `hearsay: skipped ${bad.length} bad line(s):\n${bad.map((b) => `  ${b}\n`).join('')}`,
    );
  }
  return written;
}
