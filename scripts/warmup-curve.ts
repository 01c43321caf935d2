/**
 * The warm-up of one isolate (a development aid for issues 14 and 15): analyses a corpus on the main
 * thread, as a batch worker does, and prints the thread's CPU per block of articles together with the
 * CPU of V8's helper threads (TurboFan compiling, concurrent marking), so the cost of the first seconds
 * can be read against the steady state. V8 flags go on node's command line.
 *
 *   node --import tsx scripts/warmup-curve.ts --limit 4000 --block 250 [--rounds 2]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeRecord } from '../src/cli/record.ts';
import { kbFromPaths } from '../src/cli/kb-option.ts';
import { parseScriptArgs } from './lib/args.ts';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const { values: args } = parseScriptArgs({
  options: {
    limit: { type: 'string', default: '4000' },
    block: { type: 'string', default: '250' },
    file: { type: 'string' },
  },
});
const file = args.file ?? path.resolve(root, '..', 'shared', 'data', 'gossipcop-dev.jsonl');
const all = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.length > 0);
const limit = Number(args.limit);
const lines = Array.from({ length: limit }, (_, i) => all[i % all.length]!);
const block = Number(args.block);
const tick = 100;
/** CPU seconds of this process's threads: [this thread, every other thread]. */
function cpu(): [number, number] {
  let own = 0;
  let other = 0;
  for (const t of readdirSync('/proc/self/task')) {
    const s = readFileSync(`/proc/self/task/${t}/stat`, 'utf8');
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    const c = (Number(f[11]) + Number(f[12])) / tick;
    if (Number(t) === process.pid) own += c;
    else other += c;
  }
  return [own, other];
}
const kb = kbFromPaths([]);
let [o0, h0] = cpu();
const start = o0 + h0;
const rows: string[] = [];
for (let i = 0; i < lines.length; i += block) {
  for (let j = i; j < Math.min(i + block, lines.length); j++) analyzeRecord(lines[j]!, j + 1, kb);
  const [o, h] = cpu();
  rows.push(
    `${String(i + block).padStart(6)}  thread ${(((o - o0) * 1000) / block).toFixed(2)} ms  helpers ${(((h - h0) * 1000) / block).toFixed(2)} ms`,
  );
  o0 = o;
  h0 = h;
}
const [o, h] = cpu();
console.log(rows.join('\n'));
console.log(`total CPU ${(o + h - start).toFixed(2)} s (thread ${o.toFixed(2)}, helpers ${h.toFixed(2)})`);
