import { writeFileSync } from 'node:fs';
import { analyzeRecord } from './src/cli/record.ts';
import { openStore, type CorpusRecord } from './src/corpus/index.ts';
import { bundledKb } from './src/kb/load.ts';
import { inventCorpus, toLines } from './test/queue/invent.ts';
import { dumpStore } from './test/queue/compare.ts';
const lines = toLines(inventCorpus(20)).trimEnd().split('\n');
writeFileSync('/tmp/workers-c20.jsonl', lines.join('\n') + '\n');
const mode = process.argv[2];
if (mode === 'clean') {
  const s = await openStore('postgres://postgres@127.0.0.1:55433/dclean');
  if (!s.ok) throw s.error;
  await s.value.putReports(
    lines.map((l, i) => {
      const o = analyzeRecord(l, i + 1, bundledKb());
      if (!o.ok) throw 1;
      return { report: JSON.parse(o.json), record: JSON.parse(l) as CorpusRecord };
    }),
  );
  await s.value.close();
} else {
  const a = await dumpStore('postgres://postgres@127.0.0.1:55433/dclean');
  const b = await dumpStore('postgres://postgres@127.0.0.1:55433/dwork');
  for (const t of Object.keys(a)) {
    const i = a[t]!.findIndex((r, k) => r !== b[t]![k]);
    if (i >= 0 || a[t]!.length !== b[t]!.length)
      console.log(
        t,
        a[t]!.length,
        b[t]!.length,
        '\n',
        a[t]![i]?.slice(0, 900),
        '\n',
        b[t]![i]?.slice(0, 900),
      );
  }
}
