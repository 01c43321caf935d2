/**
 * `hearsay batch`: JSON Lines in, one JSON report per line out, in input order. The main thread only
 * cuts the input into chunks of whole lines (about `CHUNK_CHARS` each, dozens of articles), hands them
 * to worker threads and writes each chunk's report lines, in order, with one write: it parses and
 * builds no JSON. At most `IN_FLIGHT` chunks per worker are sent and `WINDOW` chunks per worker wait
 * to be written, so memory stays flat for any corpus. A record that kills its worker (or runs past
 * twice its time budget) fails alone: each worker marks in shared memory which record it is on, so the
 * worker is replaced, the records of its chunks other than that one are sent again, and the output
 * keeps its order.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { limitInlining, tuneJitFor } from '../core/jit.ts';
import { type ErrorCode, HearsayError, SKIP_BAD_HINT } from '../errors.ts';
import type { PresetName } from '../pipeline/presets.ts';
import { visibleLine } from '../render/escape.ts';
import {
  type ChunkMessage,
  type ChunkResult,
  lineNoOf,
  newProgress,
  PROGRESS_CHUNK,
  PROGRESS_LINE,
  type RecycleMessage,
  recordLine,
} from './batch-protocol.ts';
import type { ReportField } from './fields.ts';
import type { RecordLimits } from './record.ts';
import { openInput } from './read.ts';

/** Options of `hearsay batch`. */
export interface BatchOptions {
  /** Worker threads (default `defaultJobs`: one per core, fewer for a small file). */
  readonly jobs?: number;
  readonly skipBad: boolean;
  readonly kb: readonly string[];
  readonly progress?: boolean;
  /** Per-record time budget (ms); a worker still busy at twice this plus a second is terminated. */
  readonly maxMs?: number;
  /** Per-record size limit in characters. */
  readonly maxChars?: number;
  /**
   * Heap cap per worker (MB, default `WORKER_OLD_SPACE_MB`): a record that needs more kills only its
   * worker, and fails alone.
   */
  readonly maxHeapMb?: number;
  /** The report's parts each line holds (`--fields`); all of them when not given. */
  readonly fields?: readonly ReportField[];
  /** The reading (`--preset`): standard when not given; news for political and hard news. */
  readonly preset?: PresetName;
  /**
   * Where report lines go, as UTF-8, one or many whole lines (each ending in `\n`) per call; stdout when
   * not given.
   */
  readonly write?: (lines: Uint8Array) => void;
  /** Where reports go instead of standard output (`hearsay ingest`). */
  readonly sink?: BatchSink;
  /** Input characters per chunk handed to a worker (default `CHUNK_CHARS`, `SINK_CHUNK_CHARS` with a sink). */
  readonly chunkChars?: number;
  /**
   * The worker thread module (default ./worker.ts): it calls `serveRecords` (./batch-protocol.ts) with
   * its handler, whose `extra` goes to the sink.
   */
  readonly worker?: URL;
  /** Named before each bad line's error ("b.jsonl, line 2: …") when a run reads several inputs. */
  readonly label?: string;
}

/** A consumer of the reports in input order, instead of standard output. */
export interface BatchSink {
  /** False for a line that needs no analysis (already stored): it is not sent to a worker. */
  want(line: string, lineNo: number): boolean | Promise<boolean>;
  /** Takes one report, as JSON, in input order, with the worker's `extra`. */
  write(json: string, extra: unknown): void;
  /** Awaited after each chunk sent: lets the sink hold the reader back while it stores. */
  drain(): Promise<void>;
}

/** Slack past the budget before a worker is terminated: the stage check usually stops it well before. */
export const HARD_KILL_FACTOR = 2;
const HARD_KILL_SLACK_MS = 1000;
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
/**
 * Characters of input per chunk (about 45 GossipCop articles; a longer line is a chunk of its own):
 * large enough that the hand-off is a small share of the work, small enough that two workers end together.
 */
export const CHUNK_CHARS = 64 * 1024;
/**
 * Characters per chunk with a sink (`hearsay ingest`): a few articles, so reports reach the store
 * steadily (a run stopped by a signal has stored what was analysed) and storing, not the hand-off, is
 * the cost.
 */
export const SINK_CHUNK_CHARS = 4 * 1024;
/** Chunks sent to one worker and not yet answered: one being analysed, one ready behind it. */
export const IN_FLIGHT = 2;
/** Chunks per worker read and not yet written; past it reading waits (the bound on memory). */
export const WINDOW = 4;
/**
 * Input bytes per extra worker. A worker is a V8 isolate of its own, and each pays the same fixed cost
 * before it runs at full speed: loading the engine, then compiling its hot functions (TurboFan, on
 * V8's background threads) while the first few hundred articles run unoptimised. Measured on the
 * 2-core machine, that is 4-6 s of CPU per worker under load (about 3,000 articles' worth of steady
 * analysis); with one worker it runs on the other core for free, with two it competes with the
 * second worker. So a second worker pays off only past several MB of input: GossipCop dev (3.6 MB)
 * takes 3.4 s with one worker and 5.4 s with two (idle), dev ×4 (14.4 MB) about the same with either.
 */
export const BYTES_PER_WORKER = 8 * 1024 * 1024;
/**
 * Each worker's old-generation cap (MB) when `--max-heap-mb` is not given: what keeps the peak RSS flat
 * with the corpus size. A worker's heap after a full GC holds 18–19 MB, but V8 lets the old generation
 * grow to the live size times a factor of up to 4 before it collects again, and that factor is capped
 * by the heap's maximum (V8's heap controller: 4 from a 2 GB maximum up, scaled down to 1.3 at 256 MB and
 * below). With the default maximum (about 4 GB on this machine) a worker's old and large-object spaces
 * went 18 → 50–75 MB between full GCs, and the first of them came only after about 10,000 articles (two
 * workers), so a run of 10,000 never saw the peak a longer run reaches (`scripts/lib/memtrace.mjs`).
 * At 256 MB the factor is 1.3: over 100,000 articles a worker's old and large-object spaces stayed at
 * 14–37 MB, from the first tenth of the run on, with no measurable CPU cost (a full GC at ~19 MB live
 * takes 10–60 ms). 256 MB is far above what one record needs: a record of the largest size `--max-chars` allows
 * (2,000,000 characters of GossipCop text) is analysed with a 128 MB cap, and fails at 64.
 */
export const WORKER_OLD_SPACE_MB = 256;

/** Whether this process has set `INLINING_BUDGET` (V8's flags are the process's, threads included). */
let inliningBudgetSet = false;

/**
 * Sets `INLINING_BUDGET` once per process, just before the first batch worker starts: the flag is
 * process-wide (a caller's own code gets it too), so a run that fails before it has workers (a bad
 * --kb, a missing file) leaves V8 as it was, and later batches in the same process do not set it again.
 */
function setInliningBudgetOnce(jobs: number): void {
  if (inliningBudgetSet) return;
  inliningBudgetSet = true;
  // read by TurboFan at each compilation, so it must be set before the workers compile the engine
  limitInlining();
  // with two workers or more, V8's recompiling on its helper threads takes a worker's core (core/jit.ts)
  tuneJitFor(jobs);
}

/**
 * The default `--jobs`: one worker per core (the main thread parses and builds no JSON, so it needs no core
 * of its own; `npm run bench` runs `--jobs 1..cores+1` and prints the fastest to check it), but no more
 * workers than `BYTES_PER_WORKER` of input each: below that a worker's warm-up costs more than it gives.
 * `size` is the input's size in bytes (0 for standard input: unknown, so one per core).
 */
export function defaultJobs(size: number, cores = availableParallelism()): number {
  if (size <= 0) return cores;
  return Math.max(1, Math.min(cores, Math.ceil(size / BYTES_PER_WORKER)));
}

/** A chunk of input, from read to written. */
interface Unit {
  id: number;
  /** Whole lines: UTF-8 bytes (a buffer of their own) without a sink, a string with one. */
  readonly text: string | Uint8Array;
  readonly first: number;
  readonly lineNos?: readonly number[];
  result: ChunkResult | null;
}

/** One worker thread and the chunks sent to it, oldest (the one being analysed) first. */
interface Slot {
  worker: Worker;
  progress: Int32Array;
  readonly queue: Unit[];
  /** The progress seen by the watchdog, and since when (a record running too long kills its worker). */
  seen: string | null;
  since: number;
  timedOut: boolean;
  lastError: string | null;
}

/** Runs a batch; resolves with the number of reports written, or throws a `HearsayError`. */
export async function runBatch(file: string, opts: BatchOptions): Promise<number> {
  const input = openInput(file);
  const total = file === '-' ? 0 : statSync(file).size;
  const jobs = Math.max(1, Math.min(opts.jobs ?? defaultJobs(total), 64));
  // a bad --kb fails here, once, before any worker starts (the bundled one needs no check)
  if (opts.kb.length > 0) (await import('./kb-option.ts')).kbFromPaths(opts.kb);
  const limits: RecordLimits = {
    ...(opts.maxMs ? { maxMs: opts.maxMs } : {}),
    ...(opts.maxChars ? { maxChars: opts.maxChars } : {}),
    ...(opts.preset && opts.preset !== 'standard' ? { preset: opts.preset } : {}),
  };
  // to stdout, each answer's bytes (a buffer of their own, from a worker) go back to a worker once
  // written (RecycleMessage): left to the main thread's rare collections, they piled up unfreed
  let nextRecycle = 0;
  const recycle = (b: Uint8Array): void => {
    const s = slots[nextRecycle++ % slots.length];
    const whole = b.buffer as ArrayBuffer;
    if (!s || ending || whole.byteLength === 0) return;
    const msg: RecycleMessage = { recycle: whole };
    s.worker.postMessage(msg, [whole]);
  };
  const write = opts.write ?? ((b: Uint8Array) => process.stdout.write(b));
  const bar = opts.progress && process.stderr.isTTY ? await progressBar(total) : null;

  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  const waiters: (() => void)[] = [];
  const wake = (): void => {
    for (const f of waiters.splice(0)) f();
  };
  const order: Unit[] = []; // read and not yet written, in input order
  const ready: Unit[] = []; // read and not yet sent to a worker
  const units = new Map<number, Unit>(); // sent, by id
  let nextId = 0;
  let records = 0;
  let written = 0;
  const bad: string[] = [];
  let failure: HearsayError | null = null;
  let stopped: NodeJS.Signals | null = null;
  let ending = false;

  // without a sink the workers answer in UTF-8 bytes, written as they come; a sink takes strings
  const emit = (out: string | Uint8Array, extras: readonly unknown[] | undefined): void => {
    if (out.length === 0) return;
    if (typeof out !== 'string') {
      if (opts.write) opts.write(out);
      else process.stdout.write(out, (e) => e || recycle(out));
      return;
    }
    if (!opts.sink) {
      write(Buffer.from(out));
      return;
    }
    const lines = out.split('\n');
    for (let i = 0; i < lines.length - 1; i++) opts.sink.write(lines[i]!, extras?.[i]);
  };
  const where = (error: string): string => (opts.label ? `${opts.label}, ${error}` : error);
  // writes the chunks at the head of the order that are answered; after a bad line (without
  // --skip-bad) nothing more is written: the output stops at the last good report before it
  const flush = (): void => {
    while (!failure && !stopped && order[0]?.result) {
      const u = order.shift()!;
      const r = u.result!;
      // its input bytes too: a worker has its own copy, and the main thread needs them no more
      if (typeof u.text !== 'string') recycle(u.text);
      records += r.n + r.fails.length;
      const first = r.fails[0];
      if (first && !opts.skipBad) {
        const head = r.out.slice(0, first.at);
        emit(head, r.extras);
        written += lineEnds(head);
        failure = new HearsayError(first.code, where(first.error));
        break;
      }
      emit(r.out, r.extras);
      written += r.n;
      // the list is printed only with --skip-bad, so its lines do not advise using it
      for (const f of r.fails)
        bad.push(
          visibleLine(
            `${f.code} ${new HearsayError(f.code, where(f.error)).message.replace(SKIP_BAD_HINT, '')}`,
          ),
        );
    }
    pump();
    wake();
  };

  // the record a worker is analysing, from the mark it leaves in shared memory: null when it is on none
  // of the chunks sent to it (still starting, or between chunks)
  const marker = (s: Slot): { chunk: number; line: number } | null => {
    const chunk = Atomics.load(s.progress, PROGRESS_CHUNK);
    const line = Atomics.load(s.progress, PROGRESS_LINE);
    if (line < 0 || !s.queue.some((u) => u.id === chunk)) return null;
    return { chunk, line };
  };
  const hardMs = opts.maxMs ? opts.maxMs * HARD_KILL_FACTOR + HARD_KILL_SLACK_MS : 0;
  const slots: Slot[] = [];
  const workerUrl = opts.worker ?? new URL(`./worker${ext}`, import.meta.url);
  // From the sources (tests, tsx) the worker registers tsx itself: `--import tsx` in a worker's
  // execArgv does not reach its module loader on Node 20.
  const fromSource = `import(${JSON.stringify(ext === '.ts' ? import.meta.resolve('tsx/esm/api') : '')}).then((t) => { t.register(); return import(${JSON.stringify(workerUrl.href)}); })`;
  const spawn = (slot?: Slot): Slot => {
    const progress = newProgress();
    const data = {
      workerData: { kb: opts.kb, limits, fields: opts.fields, progress },
      resourceLimits: { maxOldGenerationSizeMb: opts.maxHeapMb ?? WORKER_OLD_SPACE_MB },
    };
    const worker =
      ext === '.ts' ? new Worker(fromSource, { ...data, eval: true }) : new Worker(workerUrl, data);
    const s: Slot = slot ?? {
      worker,
      progress,
      queue: [],
      seen: null,
      since: 0,
      timedOut: false,
      lastError: null,
    };
    s.worker = worker;
    s.progress = progress;
    s.seen = null;
    s.timedOut = false;
    s.lastError = null;
    worker.on('message', (r: ChunkResult) => {
      const u = units.get(r.id);
      if (!u || s.worker !== worker) return;
      units.delete(r.id);
      s.queue.splice(s.queue.indexOf(u), 1);
      s.seen = null;
      u.result = r;
      flush();
    });
    worker.on('error', (e) => {
      s.lastError = e.message.split('\n')[0] ?? 'error';
    });
    worker.on('exit', () => {
      if (ending || s.worker !== worker) return;
      died(s);
    });
    return s;
  };

  // A record took its worker down: it alone fails; the other records of the worker's chunks are read
  // again (those before it in its chunk were analysed, but their answer died with the worker).
  const died = (s: Slot): void => {
    const code: ErrorCode = s.timedOut ? 'HS_TIME_BUDGET' : 'HS_WORKER_FAILED';
    const why = s.timedOut
      ? `still running at ${hardMs} ms, so its worker was stopped`
      : (s.lastError ?? 'the worker stopped');
    const marked = marker(s);
    const lost = s.queue.splice(0);
    spawn(s);
    // the culprit: the record the worker marked, or else the first record of the chunks after the one
    // it finished last (or of its oldest chunk)
    let k = marked ? lost.findIndex((u) => u.id === marked.chunk) : -1;
    let line = marked?.line ?? -1;
    if (k < 0 || line < 0) {
      const done = lost.findIndex((u) => u.id === Atomics.load(s.progress, PROGRESS_CHUNK));
      k = -1;
      for (let j = done + 1; j < lost.length && k < 0; j++) {
        line = textOf(lost[j]!)
          .split('\n')
          .findIndex((l) => recordLine(l) !== null);
        if (line >= 0) k = j;
      }
    }
    for (let j = 0; j < lost.length; j++) {
      const u = lost[j]!;
      units.delete(u.id);
      if (j !== k) {
        u.id = nextId++;
        ready.push(u);
        continue;
      }
      const lines = textOf(u).split('\n');
      const lineNo = lineNoOf(u, line);
      const failed: Unit = {
        id: nextId++,
        text: '',
        first: lineNo,
        result: { id: -1, out: '', n: 0, fails: [{ lineNo, code, error: `line ${lineNo}: ${why}`, at: 0 }] },
      };
      // the records before and after it, as chunks of their own (none when there is no record)
      const part = (from: number, to: number): Unit[] =>
        lines.slice(from, to).some((l) => recordLine(l) !== null)
          ? [
              {
                id: nextId++,
                text: lines.slice(from, to).join('\n'),
                first: lineNoOf(u, from),
                ...(u.lineNos ? { lineNos: u.lineNos.slice(from, to) } : {}),
                result: null,
              },
            ]
          : [];
      const before = part(0, line);
      const after = part(line + 1, lines.length);
      order.splice(order.indexOf(u), 1, ...before, failed, ...after);
      ready.push(...before, ...after);
    }
    // resent chunks go first, in input order, so the head of the output is not held up
    ready.sort((a, b) => order.indexOf(a) - order.indexOf(b));
    flush();
  };

  const pump = (): void => {
    while (ready.length > 0 && !failure && !stopped) {
      let slot: Slot | null = null;
      for (const c of slots)
        if (c.queue.length < IN_FLIGHT && (!slot || c.queue.length < slot.queue.length)) slot = c;
      if (!slot) return;
      const u = ready.shift()!;
      units.set(u.id, u);
      slot.queue.push(u);
      const msg: ChunkMessage = {
        id: u.id,
        text: u.text,
        first: u.first,
        ...(u.lineNos ? { lineNos: u.lineNos } : {}),
        stop: !opts.skipBad,
        bytes: !opts.sink,
      };
      slot.worker.postMessage(msg);
    }
  };
  setInliningBudgetOnce(jobs);
  for (let w = 0; w < jobs; w++) slots.push(spawn());

  const watchdog = hardMs
    ? setInterval(
        () => {
          const now = performance.now();
          for (const s of slots) {
            const m = s.timedOut ? null : marker(s);
            // a worker still starting (loading the engine) or between chunks is not timed
            if (!m) {
              s.seen = null;
              continue;
            }
            const key = `${m.chunk}:${m.line}`;
            if (key !== s.seen) {
              s.seen = key;
              s.since = now;
            } else if (now - s.since > hardMs) {
              s.timedOut = true;
              void s.worker.terminate();
            }
          }
        },
        Math.min(250, hardMs),
      )
    : null;

  // A signal stops reading; every line already written is whole because writes are synchronous.
  const onSignal = (sig: NodeJS.Signals): void => {
    stopped = sig;
    input.destroy();
    wake();
  };
  for (const sig of SIGNALS) process.on(sig, onSignal);

  const limit = jobs * WINDOW;
  let already = 0; // lines the sink already has (not analysed)
  const send = async (text: string | Uint8Array, first: number): Promise<void> => {
    let u: Unit;
    if (opts.sink && typeof text === 'string') {
      const lines = text.split('\n');
      const keep: string[] = [];
      const lineNos: number[] = [];
      for (let i = 0; i < lines.length; i++) {
        const line = recordLine(lines[i]!);
        if (line === null) continue;
        if (!(await opts.sink.want(line, first + i))) {
          already++;
          continue;
        }
        keep.push(line);
        lineNos.push(first + i);
      }
      if (keep.length === 0) return;
      u = { id: nextId++, text: keep.join('\n'), first, lineNos, result: null };
    } else u = { id: nextId++, text, first, result: null };
    order.push(u);
    ready.push(u);
    pump();
    while (order.length >= limit && !failure && !stopped) await new Promise<void>((r) => waiters.push(r));
    // where stdout is asynchronous (a pipe on macOS), a slow reader holds the reading back too
    if (!opts.write && !opts.sink && process.stdout.writableNeedDrain)
      await new Promise<void>((r) => process.stdout.once('drain', r));
    await opts.sink?.drain();
  };

  const take = async (text: string | Uint8Array, first: number, bytes: number): Promise<boolean> => {
    if (failure || stopped) return false;
    await send(text, first);
    bar?.update(Math.min(bytes, total || 1), { reports: written });
    return !failure && !stopped;
  };
  try {
    // a sink looks at each line (as a string); without one the main thread only cuts bytes at line ends
    if (opts.sink) await readChunks(input, take, opts.chunkChars ?? SINK_CHUNK_CHARS);
    else await readByteChunks(input, take, opts.chunkChars ?? CHUNK_CHARS);
    while (order.length > 0 && !failure && !stopped) await new Promise<void>((r) => waiters.push(r));
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
  if (records === 0 && already === 0)
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

/** A chunk's lines as a string (they are decoded on the main thread only when a worker died on them). */
const textOf = (u: Unit): string =>
  typeof u.text === 'string'
    ? u.text
    : Buffer.from(u.text.buffer, u.text.byteOffset, u.text.byteLength).toString('utf8');

/** The number of line ends in report lines, as a string or as UTF-8. */
function lineEnds(out: string | Uint8Array): number {
  let n = 0;
  if (typeof out === 'string') {
    for (let i = out.indexOf('\n'); i >= 0; i = out.indexOf('\n', i + 1)) n++;
  } else for (let i = out.indexOf(10); i >= 0; i = out.indexOf(10, i + 1)) n++;
  return n;
}

/**
 * Reads the input as text and calls `take` with chunks of whole lines (the last may lack its `\n`), the
 * number of the chunk's first line and the bytes read so far; `take` returning false stops the reading.
 * Awaiting `take` pauses the stream, so a slow consumer holds the reader back.
 */
export async function readChunks(
  input: Readable,
  take: (text: string, first: number, bytes: number) => Promise<boolean>,
  chunkChars = CHUNK_CHARS,
): Promise<void> {
  input.setEncoding('utf8');
  let carry = '';
  let first = 1;
  let bytes = 0;
  const cut = async (text: string): Promise<boolean> => {
    let lines = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
    const go = await take(text, first, bytes);
    first += lines;
    return go;
  };
  let scanned = 0; // how much of carry is known to hold no line end past chunkChars
  try {
    for await (const piece of input as AsyncIterable<string>) {
      bytes += Buffer.byteLength(piece);
      carry += piece;
      // cut at the first line end past chunkChars, as often as the text read allows; a long line is
      // searched once, not again with each piece
      while (carry.length >= chunkChars) {
        const nl = carry.indexOf('\n', Math.max(chunkChars - 1, scanned));
        if (nl < 0) {
          scanned = carry.length;
          break;
        }
        const text = carry.slice(0, nl + 1);
        carry = carry.slice(nl + 1);
        scanned = 0;
        if (!(await cut(text))) return;
      }
    }
  } catch (e) {
    // a destroyed input (a signal) ends the reading; anything else is a read failure
    if (!input.destroyed) throw e;
    return;
  }
  if (carry !== '') await cut(carry);
}

/**
 * `readChunks` for bytes: calls `take` with chunks of whole lines as UTF-8, each in a buffer of its own
 * (`chunkBytes` or a little more; a longer line is a chunk of its own), the number of the chunk's first
 * line and the bytes read so far. The main thread then holds no string of the input: chunks read as
 * strings (large ones, 64 K characters) survived its young-generation collections while the workers had
 * them, and V8 grows the young generation with what survives, so over 100,000 articles the main thread's
 * heap went 11 → 55 MB. A chunk never splits a character: it ends at a line end.
 */
export async function readByteChunks(
  input: Readable,
  take: (bytes: Uint8Array, first: number, read: number) => Promise<boolean>,
  chunkBytes = CHUNK_CHARS,
): Promise<void> {
  let carry: Buffer = Buffer.alloc(0);
  let first = 1;
  let read = 0;
  const cut = async (end: number): Promise<boolean> => {
    const own = Buffer.allocUnsafeSlow(end);
    carry.copy(own, 0, 0, end);
    carry = carry.subarray(end);
    let lines = 0;
    for (let i = own.indexOf(10); i >= 0; i = own.indexOf(10, i + 1)) lines++;
    const go = await take(own, first, read);
    first += lines;
    return go;
  };
  let scanned = 0; // how much of carry is known to hold no line end past chunkBytes
  try {
    for await (const piece of input as AsyncIterable<Buffer>) {
      read += piece.length;
      carry = carry.length === 0 ? piece : Buffer.concat([carry, piece]);
      while (carry.length >= chunkBytes) {
        const nl = carry.indexOf(10, Math.max(chunkBytes - 1, scanned));
        if (nl < 0) {
          scanned = carry.length;
          break;
        }
        scanned = 0;
        if (!(await cut(nl + 1))) return;
      }
    }
  } catch (e) {
    if (!input.destroyed) throw e;
    return;
  }
  if (carry.length > 0) await cut(carry.length);
}

/** The progress bar on stderr (cli-progress is loaded only when it is shown). */
async function progressBar(total: number): Promise<{
  update(value: number, payload: { reports: number }): void;
  stop(): void;
}> {
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: 'batch |{bar}| {percentage}% {value}/{total} bytes | {reports} reports',
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total || 1, 0, { reports: 0 });
  return bar;
}
