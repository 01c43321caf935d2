/**
 * What writing a report as JSON costs, and whether a writer specialised to the report schema beats
 * V8's JSON.stringify (issue 15). Batch does not keep the string: it writes it as UTF-8 into its output
 * buffer (batch-protocol.ts), and that write flattens a string built by concatenation, so each writer is
 * timed both alone and with that write.
 *
 *   node --import tsx scripts/bench-serialise.ts [--limit 600] [--passes 20]
 *
 * Writers: `native` (JSON.stringify, what record.ts uses) and, when node_modules has it (a transitive
 * dependency of fastify, not one of ours), `fjs` (fast-json-stringify compiled from the report's JSON
 * Schema). Each is checked byte for byte against JSON.stringify first. Passes alternate the writers
 * (order reversed every other pass) and are timed in CPU time, so the load of a shared machine falls on
 * all alike; the first 2 passes are warm-up. Figures: µs per report, min / first quartile / median.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseScriptArgs } from './lib/args.ts';
import { analyzeRecord } from '../src/cli/record.ts';
import { bundledKb } from '../src/kb/load.ts';
import { reportJsonSchema } from '../src/report/json-schema.ts';
import type { Report } from '../src/report/schema.ts';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const { values: args } = parseScriptArgs({
  options: { limit: { type: 'string', default: '600' }, passes: { type: 'string', default: '20' } },
});
const corpus = path.resolve(root, '..', 'shared', 'data', 'gossipcop-dev.jsonl');
const lines = readFileSync(corpus, 'utf8').split('\n').filter(Boolean).slice(0, Number(args.limit));
const kb = bundledKb();
const reports: Report[] = [];
for (const [i, l] of lines.entries())
  analyzeRecord(l, i + 1, kb, {}, undefined, (r) => {
    reports.push(r);
  });

type Writer = (r: Report) => string;
const writers = new Map<string, Writer>([['native', (r) => JSON.stringify(r)]]);
try {
  const { default: fjs } = (await import('fast-json-stringify' as string)) as {
    default: (schema: unknown) => Writer;
  };
  writers.set('fjs', fjs(reportJsonSchema()));
} catch {
  process.stderr.write(
    'bench:serialise: fast-json-stringify is not in node_modules, timing JSON.stringify only\n',
  );
}
for (const [name, w] of writers) {
  const differ = reports.filter((r) => w(r) !== JSON.stringify(r)).length;
  process.stdout.write(`${name}: ${differ} of ${reports.length} reports differ from JSON.stringify\n`);
}

const out = Buffer.alloc(1 << 23);
const cpu = (): number => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
const passes = Math.max(3, Number(args.passes));
for (const write of [false, true]) {
  const spent = new Map<string, number[]>([...writers.keys()].map((k) => [k, []]));
  const names = [...writers.keys()];
  for (let p = 0; p < passes; p++) {
    for (const name of p % 2 === 0 ? names : [...names].reverse()) {
      const w = writers.get(name)!;
      const t0 = cpu();
      for (const r of reports) {
        const s = w(r);
        if (write) out.write(s, 0, 'utf8');
      }
      if (p >= 2) spent.get(name)!.push((cpu() - t0) / reports.length);
    }
  }
  for (const [name, xs] of spent) {
    xs.sort((a, b) => a - b);
    const at = (q: number): string => xs[Math.floor(q * (xs.length - 1))]!.toFixed(1);
    process.stdout.write(
      `${name}${write ? ' + UTF-8 write' : ''}: ${at(0)} / ${at(0.25)} / ${at(0.5)} µs per report (min / q1 / median of ${xs.length} passes)\n`,
    );
  }
}
