// Preloaded (`node --import …/rusage.mjs`) into the processes `npm run bench` times: on exit, the main
// thread writes the process's resource usage (CPU time of all its threads, peak RSS) as JSON to file
// descriptor 3, which the bench reads. Worker threads load it too (they inherit execArgv) and write nothing.
import { writeSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

if (isMainThread) {
  process.on('exit', () => {
    try {
      writeSync(3, JSON.stringify(process.resourceUsage()));
    } catch {
      // no descriptor 3: not run by the bench
    }
  });
}
