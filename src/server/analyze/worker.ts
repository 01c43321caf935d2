/**
 * An analysis worker thread of the server's pool (./pool.ts): analyses one job at a time and answers
 * with the report rendered as UTF-8 bytes (transferred, so the main thread neither copies nor
 * serialises it), the report object, or the registry error.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { HearsayError } from '../../errors.ts';
import { buildKb, bundledKb } from '../../kb/load.ts';
import { analyzeLocal } from './local.ts';
import type { JobMessage, JobResult, PoolWorkerData } from './pool.ts';
import { renderAs, utf8Bytes } from './respond.ts';
import { warmUp } from './warm.ts';

const data = workerData as PoolWorkerData;
const kb = data.kbRecords ? buildKb(data.kbRecords) : bundledKb();
const port = parentPort!;

const answer = (m: JobMessage): { result: JobResult; transfer: ArrayBuffer[] } => {
  const r = analyzeLocal(m.local, kb);
  if (!r.ok) return { result: { id: m.id, code: r.error.code, detail: r.error.detail }, transfer: [] };
  if (m.want === 'report') return { result: { id: m.id, report: r.value }, transfer: [] };
  // the bytes have their own buffer (Buffer.from may share a pooled one), so it can move; one pass over
  // the text, where TextEncoder took 93 µs for the 46 KB bench report
  const bytes = utf8Bytes(renderAs(r.value, m.want));
  return { result: { id: m.id, bytes }, transfer: [bytes.buffer as ArrayBuffer] };
};

port.on('message', (m: JobMessage) => {
  try {
    const { result, transfer } = answer(m);
    port.postMessage(result, transfer);
  } catch (e) {
    // an exception escaping the engine is a bug: the request gets HS_SERVER_ERROR, the worker goes on
    const result: JobResult =
      e instanceof HearsayError
        ? { id: m.id, code: e.code, detail: e.detail }
        : { id: m.id, crash: e instanceof Error ? e.message : String(e) };
    port.postMessage(result);
  }
});
// loaded (and warmed, when the pool asked): the pool's `warm` waits for this
warmUp(kb, data.warmRuns);
port.postMessage('ready');
