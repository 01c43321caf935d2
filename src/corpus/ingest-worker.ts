/**
 * An ingest worker thread: analyses a record like the batch worker, and also turns the report into
 * the store's rows, so the main thread only writes them (the work is spread over all cores).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { kbFromPaths } from '../cli/kb-option.ts';
import { analyzeRecord, type RecordOutcome } from '../cli/record.ts';
import type { AnalysisLimits } from '../index.ts';
import type { Report } from '../report/schema.ts';
import { rowsOf } from './rows.ts';

const data = workerData as { kb: string[]; limits: AnalysisLimits };
const kb = kbFromPaths(data.kb);
/** Like the batch worker: one record's engine failure fails that record, not the worker. */
const guarded = (line: string, lineNo: number): RecordOutcome => {
  try {
    return analyzeRecord(line, lineNo, kb, data.limits);
  } catch (e) {
    const why = (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
    return { ok: false, code: 'HS_WORKER_FAILED', error: `line ${lineNo}: ${why.slice(0, 200)}` };
  }
};
parentPort?.on('message', (msg: { seq: number; line: string; lineNo: number }) => {
  const out = guarded(msg.line, msg.lineNo);
  const extra = out.ok ? rowsOf(JSON.parse(out.json) as Report, undefined, new Date(), out.json) : undefined;
  parentPort?.postMessage({ seq: msg.seq, ...out, extra });
});
