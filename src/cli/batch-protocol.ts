/**
 * The protocol between `hearsay batch` (or `hearsay ingest`) and its worker threads. The main thread
 * sends chunks of raw JSON Lines text, many records each, and gets back one string of report lines per
 * chunk: no JSON is parsed or built on the main thread, and one message carries dozens of records, so
 * the hand-off costs little next to the analysis. A worker module calls `serveRecords` with its
 * per-record handler. The older one-record message (`{seq, line, lineNo}`, answered by
 * `{seq, ...outcome, extra}`) is still answered, for the queue's analysis pool (src/queue/pool.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ErrorCode } from '../errors.ts';
import type { RecordOutcome } from './record.ts';

/** A chunk of input: whole lines of JSON Lines text, joined by `\n`. */
export interface ChunkMessage {
  readonly id: number;
  /** The lines, as a string or as UTF-8 bytes (`hearsay batch` without a sink sends bytes). */
  readonly text: string | Uint8Array;
  /** The line number of the chunk's first line (line i is `first + i`), unless `lineNos` is given. */
  readonly first: number;
  /** The line number of each line of `text`, when the lines are not consecutive (a sink skipped some). */
  readonly lineNos?: readonly number[];
  /** Stop at the first bad record: without --skip-bad nothing after it is written anyway. */
  readonly stop: boolean;
  /**
   * Answer with the report lines as UTF-8 bytes, handed over (transferred, not copied) to the main
   * thread, which writes them as they are: it then neither receives a copy of the text nor encodes it.
   * Without it `out` is a string (a sink wants each report as a string).
   */
  readonly bytes?: boolean;
}

/**
 * A buffer of an answer's bytes, handed back (transferred) by the main thread once it has written them,
 * for the worker to write a later answer into. The main thread allocates little, so it collects its
 * garbage seldom, and the answers it had written piled up unfreed between its collections (up to 35 MB
 * with two workers over a long batch, `scripts/lib/memtrace.mjs`); handed back, they are reused.
 */
export interface RecycleMessage {
  readonly recycle: ArrayBuffer;
}

/** Buffers handed back that a worker keeps for its next answers; more are dropped (its own GC frees them). */
export const SPARE_BUFFERS = 4;
const spares: ArrayBuffer[] = [];

/** A record of a chunk that gave no report. */
export interface ChunkFailure {
  readonly lineNo: number;
  readonly code: ErrorCode;
  readonly error: string;
  /**
   * Where in the chunk's `out` its report would have been: the output before it is `out.slice(0, at)`
   * (in bytes when `out` is bytes).
   */
  readonly at: number;
}

/** The answer to a chunk: the report lines of its good records, in order, and its bad ones. */
export interface ChunkResult {
  readonly id: number;
  /**
   * One report (JSON, no raw newline in it) per line, each line ending in `\n`: UTF-8 bytes when the
   * chunk asked for them (`ChunkMessage.bytes`), else a string.
   */
  readonly out: string | Uint8Array;
  /** How many reports `out` holds. */
  readonly n: number;
  readonly fails: readonly ChunkFailure[];
  /** The handler's `extra` for each report of `out`, when it gave any (the store's rows, for ingest). */
  readonly extras?: readonly unknown[];
}

/** What a worker module does with one record: its outcome, plus anything the main thread's sink wants. */
export type RecordHandler = (line: string, lineNo: number) => RecordOutcome & { readonly extra?: unknown };

/**
 * Slots of the progress array a worker shares with the main thread: the chunk and the line of it being
 * analysed, so when a record kills its worker the main thread knows which one, without a message per
 * record. `DONE` in the line slot means the chunk is finished.
 */
export const PROGRESS_CHUNK = 0;
/** See PROGRESS_CHUNK. */
export const PROGRESS_LINE = 1;
/** The line slot's value once a chunk's records are all analysed. */
export const PROGRESS_DONE = -2;

/** A fresh progress array for one worker (shared memory; both slots -1: nothing started). */
export function newProgress(): Int32Array {
  const p = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
  p.fill(-1);
  return p;
}

/** The line number of line `i` of a chunk. */
export const lineNoOf = (c: Pick<ChunkMessage, 'first' | 'lineNos'>, i: number): number =>
  c.lineNos ? c.lineNos[i]! : c.first + i;

/** A line without the `\r` of a CRLF ending, or null when it is blank (blank lines are skipped). */
export function recordLine(raw: string): string | null {
  const line = raw.charCodeAt(raw.length - 1) === 13 ? raw.slice(0, -1) : raw;
  return line.trim() === '' ? null : line;
}

/** An exception escaping the engine is a bug, but one record's bug must not end the worker or the batch. */
function guarded(handle: RecordHandler, line: string, lineNo: number): ReturnType<RecordHandler> {
  try {
    return handle(line, lineNo);
  } catch (e) {
    const why = (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
    return { ok: false, code: 'HS_WORKER_FAILED', error: `line ${lineNo}: ${why.slice(0, 200)}` };
  }
}

/**
 * Report lines as UTF-8 in one buffer of its own, grown by doubling, so it can be transferred whole:
 * each JSON string is encoded once, straight into it (no string of the whole chunk is built, copied
 * to the main thread and encoded there).
 */
class Utf8Lines {
  private buf: Buffer;
  /** Bytes written so far. */
  length = 0;
  constructor(capacity: number) {
    const i = spares.findIndex((b) => b.byteLength >= capacity);
    this.buf = i >= 0 ? Buffer.from(spares.splice(i, 1)[0]!) : Buffer.allocUnsafeSlow(capacity);
  }
  /** Appends `json` and a line end. */
  push(json: string): void {
    // a UTF-16 code unit takes at most 3 bytes of UTF-8 (a surrogate pair, 2 units, takes 4)
    const need = this.length + json.length * 3 + 1;
    if (need > this.buf.length) {
      const bigger = Buffer.allocUnsafeSlow(Math.max(need, this.buf.length * 2));
      this.buf.copy(bigger, 0, 0, this.length);
      this.buf = bigger;
    }
    this.length += this.buf.write(json, this.length, 'utf8');
    this.buf[this.length++] = 10;
  }
  /** The bytes written, a view over the whole buffer (transfer `view.buffer`). */
  bytes(): Uint8Array {
    return new Uint8Array(this.buf.buffer, this.buf.byteOffset, this.length);
  }
}

// the first buffer of a chunk's answer: as large as the last answer, plus a margin, so it rarely grows
let lastBytes = 64 * 1024;

/** Analyses a chunk's records in order, marking each in `progress` before it starts. */
export function runChunk(msg: ChunkMessage, handle: RecordHandler, progress: Int32Array): ChunkResult {
  const text =
    typeof msg.text === 'string'
      ? msg.text
      : Buffer.from(msg.text.buffer, msg.text.byteOffset, msg.text.byteLength).toString('utf8');
  const lines = text.split('\n');
  Atomics.store(progress, PROGRESS_CHUNK, msg.id);
  let out = '';
  const utf8 = msg.bytes ? new Utf8Lines(lastBytes + (lastBytes >> 2)) : null;
  let n = 0;
  const fails: ChunkFailure[] = [];
  let extras: unknown[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = recordLine(lines[i]!);
    if (line === null) continue;
    Atomics.store(progress, PROGRESS_LINE, i);
    const lineNo = lineNoOf(msg, i);
    const r = guarded(handle, line, lineNo);
    if (!r.ok) {
      fails.push({ lineNo, code: r.code, error: r.error, at: utf8 ? utf8.length : out.length });
      if (msg.stop) break;
      continue;
    }
    if (utf8) utf8.push(r.json);
    else out += `${r.json}\n`;
    // extras are kept only once a handler gives one (ingest's rows); batch has none
    if (r.extra !== undefined && !extras) extras = new Array(n);
    extras?.push(r.extra);
    n++;
  }
  Atomics.store(progress, PROGRESS_LINE, PROGRESS_DONE);
  if (utf8) lastBytes = Math.max(4096, utf8.length);
  const answer = utf8 ? utf8.bytes() : out;
  return extras ? { id: msg.id, out: answer, n, fails, extras } : { id: msg.id, out: answer, n, fails };
}

/**
 * Answers the main thread's messages with `handle`, in a worker thread: chunks (`ChunkMessage` →
 * `ChunkResult`), or single records (`{seq, line, lineNo}` → `{seq, ...outcome, extra?}`); keeps the
 * buffers handed back (`RecycleMessage`) for its next answers.
 */
export function serveRecords(handle: RecordHandler): void {
  const port = parentPort;
  if (!port) return;
  const shared = (workerData as { progress?: Int32Array } | undefined)?.progress;
  const progress = shared ?? new Int32Array(2);
  port.on('message', (msg: ChunkMessage | RecycleMessage | { seq: number; line: string; lineNo: number }) => {
    if ('recycle' in msg) {
      if (spares.length < SPARE_BUFFERS) spares.push(msg.recycle);
    } else if ('line' in msg) port.postMessage({ seq: msg.seq, ...guarded(handle, msg.line, msg.lineNo) });
    else {
      const r = runChunk(msg, handle, progress);
      // bytes are handed over, not copied: the worker never touches them again
      port.postMessage(r, typeof r.out === 'string' ? [] : [r.out.buffer as ArrayBuffer]);
    }
  });
}
