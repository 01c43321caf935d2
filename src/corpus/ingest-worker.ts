/**
 * An ingest worker thread: analyses a record like the batch worker, and also turns the report into
 * the store's rows, so the main thread only writes them (the work is spread over all cores).
 */
import { workerData } from 'node:worker_threads';
import { serveRecords } from '../cli/batch-protocol.ts';
import { kbFromPaths } from '../cli/kb-option.ts';
import { analyzeRecord } from '../cli/record.ts';
import type { AnalysisLimits } from '../index.ts';
import type { Report } from '../report/schema.ts';
import { rowsOf } from './rows.ts';

const data = workerData as { kb: string[]; limits: AnalysisLimits };
const kb = kbFromPaths(data.kb);
// the batch protocol (chunks from `hearsay ingest`, single records from the queue's pool); an engine
// exception fails its record, not the worker
serveRecords((line, lineNo) => {
  const out = analyzeRecord(line, lineNo, kb, data.limits);
  return out.ok
    ? { ...out, extra: rowsOf(JSON.parse(out.json) as Report, undefined, new Date(), out.json) }
    : out;
});
