/**
 * The queue's write path alone (a development aid for issue 14): the rows of N articles, built once
 * the way the analysis threads build them and cached, written to a fresh PostgreSQL database in jobs
 * of `--job-size` through the worker's store (`openReportStore`), with the client's and the server's
 * CPU per article. Starts a PostgreSQL of its own.
 *
 *   node --import tsx scripts/bench-store-write.ts --limit 2000 --rounds 3
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseScriptArgs } from './lib/args.ts';
import { deserialize, serialize } from 'node:v8';
import { kbFromPaths } from '../src/cli/kb-option.ts';
import { analyzeRecord } from '../src/cli/record.ts';
import { packRows, readingOf, rowsOf } from '../src/corpus/rows.ts';
import { openReportStore } from '../src/queue/store.ts';
import type { Report } from '../src/report/schema.ts';
import { OwnPostgres } from '../test/queue/services.ts';
import { readJsonlCorpus, toJsonl } from './lib/corpus.ts';
import { treeCpu } from './lib/proc.ts';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const { values: args } = parseScriptArgs({
  options: {
    limit: { type: 'string', default: '2000' },
    'job-size': { type: 'string', default: '100' },
    rounds: { type: 'string', default: '3' },
    cache: { type: 'string', default: path.join(os.tmpdir(), 'hearsay-store-write-rows.bin') },
  },
});
const limit = Number(args.limit);
const jobSize = Number(args['job-size']);

function buildRows(): Uint8Array[] {
  const kb = kbFromPaths([]);
  const corpus = readJsonlCorpus(path.resolve(root, '..', 'shared', 'data', 'gossipcop-dev.jsonl'))!;
  const lines = toJsonl(corpus.slice(0, limit)).trim().split('\n');
  const out: Uint8Array[] = [];
  lines.forEach((line, i) => {
    let report: Report | null = null;
    const o = analyzeRecord(line, i + 1, kb, {}, undefined, (r) => {
      report = r;
    });
    if (o.ok && report) out.push(packRows(rowsOf(report, undefined, new Date(), o.json, readingOf())));
  });
  return out;
}
let rows: Uint8Array[];
if (existsSync(args.cache!) && (deserialize(readFileSync(args.cache!)) as Uint8Array[]).length >= limit)
  rows = (deserialize(readFileSync(args.cache!)) as Uint8Array[]).slice(0, limit);
else {
  rows = buildRows();
  writeFileSync(args.cache!, serialize(rows));
}
const rounds = Number(args.rounds);
const pg = await OwnPostgres.start(Array.from({ length: rounds }, (_, i) => `w${i}`));
try {
  for (let r = 0; r < rounds; r++) {
    const store = await openReportStore(pg.url(`w${r}`));
    const c0 = process.cpuUsage();
    const p0 = treeCpu(pg.pid);
    const t0 = performance.now();
    let stored = 0;
    for (let i = 0; i < rows.length; i += jobSize)
      stored += (await store.put(rows.slice(i, i + jobSize))).stored;
    const wall = performance.now() - t0;
    const c = process.cpuUsage(c0);
    const p = treeCpu(pg.pid) - p0;
    await store.close();
    const n = rows.length;
    console.log(
      `round ${r + 1}: ${stored}/${n} stored in ${(wall / 1000).toFixed(2)} s; CPU per article: client ${((c.user + c.system) / 1000 / n).toFixed(3)} ms, ` +
        `PostgreSQL ${((p * 1000) / n).toFixed(3)} ms (load ${os.loadavg()[0]!.toFixed(2)})`,
    );
  }
} finally {
  await pg.stop();
}
