// Preloaded (`node --import …/memtrace.mjs`, worker threads inherit it) to see where a process's memory
// goes: with HEARSAY_MEMTRACE=PREFIX set, every thread writes a sample every HEARSAY_MEMTRACE_MS (default
// 500) to PREFIX.<threadId>.jsonl: `process.memoryUsage()` (rss is the process's, the rest this
// isolate's) and the used/committed bytes of each V8 heap space. Without the variable it does nothing.
import { appendFileSync } from 'node:fs';
import { getHeapSpaceStatistics } from 'node:v8';
import { isMainThread, parentPort, threadId } from 'node:worker_threads';

const prefix = process.env.HEARSAY_MEMTRACE;
if (prefix) {
  const file = `${prefix}.${threadId}.jsonl`;
  const t0 = performance.now();
  const sample = () => {
    const m = process.memoryUsage();
    const spaces = {};
    for (const s of getHeapSpaceStatistics())
      spaces[s.space_name.replace(/_space$/, '')] = [s.space_used_size, s.physical_space_size];
    appendFileSync(file, `${JSON.stringify({ t: Math.round(performance.now() - t0), ...m, spaces })}\n`);
  };
  const every = Number(process.env.HEARSAY_MEMTRACE_MS) || 500;
  setInterval(sample, every).unref();
  // a worker whose next message is always waiting never runs its timers: sample as it answers instead
  if (!isMainThread && parentPort) {
    const post = parentPort.postMessage.bind(parentPort);
    let last = 0;
    parentPort.postMessage = (...a) => {
      const now = performance.now();
      if (now - last >= every) {
        last = now;
        sample();
      }
      return post(...a);
    };
  }
  process.on('exit', sample);
}
