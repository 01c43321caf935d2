/**
 * An ingest worker thread: analyses a record like the batch worker, and also turns the report into
 * the store's rows, so the main thread only writes them (the work is spread over all cores).
 * It answers chunks (`hearsay ingest`, the batch protocol of src/cli/batch-protocol.ts) and single
 * records (the queue's analysis pool, src/queue/pool.ts: `{seq, line, lineNo}` → `{seq, ok, extra}`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type ChunkMessage, runChunk } from '../cli/batch-protocol.ts';
import { kbFromPaths } from '../cli/kb-option.ts';
import { analyzeRecord, type RecordLimits, type RecordOutcome } from '../cli/record.ts';
import type { PresetName } from '../pipeline/presets.ts';
import type { Report } from '../report/schema.ts';
import {
  type ArticleRows,
  type CorpusRecord,
  type PackedWire,
  packRows,
  packWire,
  readingOf,
  recordOfReport,
  rowsOf,
} from './rows.ts';

const data = workerData as {
  kb: string[];
  limits?: RecordLimits;
  progress?: Int32Array;
  /** Tell the pool (src/queue/pool.ts) when the engine and knowledge base are loaded. */
  announce?: boolean;
};
const kb = kbFromPaths(data.kb);

/**
 * A record's report and rows, read with `preset` (the thread's own, from `ingest --preset`, when not
 * given): the report object itself is read, not its JSON parsed back.
 */
function handle(
  line: string,
  lineNo: number,
  preset: PresetName = data.limits?.preset ?? 'standard',
  pack: (rows: ArticleRows) => Uint8Array | PackedWire = packRows,
): RecordOutcome & { readonly extra?: Uint8Array | PackedWire } {
  let report: Report | null = null;
  let record: CorpusRecord | undefined;
  const limits: RecordLimits = { ...data.limits, preset };
  const out = analyzeRecord(line, lineNo, kb, limits, undefined, (r, captionHints) => {
    report = r;
    // a page's figure captions are kept with the stored record, so `reanalyze` reads them again
    if (captionHints?.length) record = { ...recordOfReport(r), captionHints };
  });
  return out.ok && report
    ? { ...out, extra: pack(rowsOf(report, record, new Date(), out.json, readingOf(preset))) }
    : out;
}

/** An exception escaping the engine or the rows fails its record, not the thread. */
function guarded(
  line: string,
  lineNo: number,
  preset?: PresetName,
  pack?: (rows: ArticleRows) => Uint8Array | PackedWire,
): ReturnType<typeof handle> {
  try {
    return handle(line, lineNo, preset, pack);
  } catch (e) {
    const why = (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
    return { ok: false, code: 'HS_WORKER_FAILED', error: `line ${lineNo}: ${why.slice(0, 200)}` };
  }
}

const progress = data.progress ?? new Int32Array(2);
parentPort?.on(
  'message',
  (msg: ChunkMessage | { seq: number; line: string; lineNo: number; preset?: PresetName }) => {
    if (!('line' in msg)) {
      parentPort!.postMessage(runChunk(msg, (line, lineNo) => guarded(line, lineNo), progress));
      return;
    }
    // the pool needs only the rows: they carry the report's JSON as bytes, so it is not sent twice,
    // and their own tables as COPY tuples, so the worker's main thread only puts a job's end to end
    const o = guarded(msg.line, msg.lineNo, msg.preset, packWire);
    if (!o.ok) {
      parentPort!.postMessage({ seq: msg.seq, ok: false, code: o.code, error: o.error });
      return;
    }
    // the packed rows' memory is handed over, not copied (a copy on each side otherwise): the tuples
    // are the COPY writer's own buffer (copyTupleSets), slack and all; the values are v8.serialize's
    // buffer, transferred when it is one of its own size, never a slice of Node's shared pool
    const extra = o.extra as PackedWire;
    const whole = extra.meta.byteOffset === 0 && extra.meta.byteLength === extra.meta.buffer.byteLength;
    const transfer = [extra.copy.buffer, ...(whole ? [extra.meta.buffer] : [])] as ArrayBuffer[];
    parentPort!.postMessage({ seq: msg.seq, ok: true, extra }, transfer);
  },
);
// the queue's pool waits for this before its worker takes jobs
if (data.announce) parentPort?.postMessage({ ready: true });
