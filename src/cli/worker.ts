/** A batch worker thread: receives JSON Lines records, answers with report lines (or an error line). */
import { parentPort, workerData } from 'node:worker_threads';
import type { AnalysisLimits } from '../index.ts';
import { kbFromPaths } from './kb-option.ts';
import { analyzeRecord, type RecordOutcome } from './record.ts';

const data = workerData as { kb: string[]; limits: AnalysisLimits };
const kb = kbFromPaths(data.kb);

/** An exception escaping the engine is a bug, but one record's bug must not end the worker or the batch. */
const guarded = (line: string, lineNo: number): RecordOutcome => {
  try {
    return analyzeRecord(line, lineNo, kb, data.limits);
  } catch (e) {
    const why = (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
    return { ok: false, code: 'HS_WORKER_FAILED', error: `line ${lineNo}: ${why.slice(0, 200)}` };
  }
};

parentPort?.on('message', (msg: { seq: number; line: string; lineNo: number }) => {
  parentPort?.postMessage({ seq: msg.seq, ...guarded(msg.line, msg.lineNo) });
});
