/**
 * An ingest worker thread: analyses a record like the batch worker, and also turns the report into
 * the store's rows, so the main thread only writes them (the work is spread over all cores).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { kbFromPaths } from '../cli/kb-option.ts';
import { analyzeRecord } from '../cli/record.ts';
import type { Report } from '../report/schema.ts';
import { rowsOf } from './rows.ts';

const kb = kbFromPaths(workerData.kb as string[]);
parentPort?.on('message', (msg: { seq: number; line: string; lineNo: number }) => {
  const out = analyzeRecord(msg.line, msg.lineNo, kb);
  const extra = out.ok ? rowsOf(JSON.parse(out.json) as Report, undefined, new Date(), out.json) : undefined;
  parentPort?.postMessage({ seq: msg.seq, ...out, extra });
});
