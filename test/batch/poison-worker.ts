/**
 * A batch worker for the tests of the batch plumbing, with no engine: each record `{"n": N, "do"?: …}`
 * is answered `{"n": N}`; `"do": "exit"` ends the thread (a record that kills its worker), `"do":
 * "hang"` never returns (a record past its time budget), `"do": "bad"` is a record error, `"do": "heap"`
 * answers with the worker's old-generation cap as well (`{"n": N, "heapMb": …}`).
 */
import { resourceLimits } from 'node:worker_threads';
import { serveRecords } from '../../src/cli/batch-protocol.ts';

serveRecords((line, lineNo) => {
  const r = JSON.parse(line) as { n: number; do?: string };
  if (r.do === 'exit') process.exit(1);
  if (r.do === 'hang') for (;;);
  if (r.do === 'bad') return { ok: false, code: 'HS_BAD_RECORD', error: `line ${lineNo}: bad` };
  if (r.do === 'heap')
    return { ok: true, json: JSON.stringify({ n: r.n, heapMb: resourceLimits.maxOldGenerationSizeMb }) };
  return { ok: true, json: JSON.stringify({ n: r.n, line: lineNo }), extra: r.n * 2 };
});
