/** A batch worker thread: receives chunks of JSON Lines records, answers with report lines (or errors). */
import { workerData } from 'node:worker_threads';
import { serveRecords } from './batch-protocol.ts';
import { kbFromPaths } from './kb-option.ts';
import { analyzeRecord, type RecordLimits, type ReportField } from './record.ts';

const data = workerData as { kb: string[]; limits: RecordLimits; fields?: readonly ReportField[] };
const kb = kbFromPaths(data.kb);
serveRecords((line, lineNo) => analyzeRecord(line, lineNo, kb, data.limits, data.fields));
