/** A batch worker thread: receives JSON Lines records, answers with report lines (or an error line). */
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeRecord } from './record.ts';
import { kbFromPaths } from './kb-option.ts';

const kb = kbFromPaths(workerData.kb as string[]);
parentPort?.on('message', (msg: { seq: number; line: string; lineNo: number }) => {
  parentPort?.postMessage({ seq: msg.seq, ...analyzeRecord(msg.line, msg.lineNo, kb) });
});
