/**
 * Precision of each candidate cue word of the reported-speech finder, on the TRAIN splits only: PolNeAR
 * train (a clause is right when ≥ 30% of it lies in a gold content) and the tabloid train gold (right
 * when it matches a gold quotation by ../shared/tools/eval-tabloid.mjs's rule). Run with
 * statementsOnly off, it shows which cues beyond STATEMENT_CUES find reported speech as a reader of
 * celebrity news counts it: the evidence for that list (src/lexicon/reporting.ts).
 *
 *   node --import tsx scripts/cue-precision.ts [--limit N] [--min N]
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseScriptArgs } from './lib/args.ts';
import { parseArticle } from '../src/article.ts';
import { bundledKb, standard } from '../src/index.ts';
import type { Doc } from '../src/pipeline/doc.ts';
import { runStages } from '../src/pipeline/processor.ts';
import { REPORTED_DEFAULTS } from '../src/stages/attribution/reported.ts';
import { attributionStage } from '../src/stages/attribution/stage.ts';
import { findReported } from '../src/stages/attribution/indirect.ts';
import { readPolnear, splitDir } from './lib/polnear.ts';
import { normalizeRanges, overlapMany, trimRange } from './lib/spans.ts';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const shared = path.resolve(root, '..', 'shared');
const { values: args } = parseScriptArgs({
  options: { limit: { type: 'string' }, min: { type: 'string', default: '3' } },
});
const dir = splitDir(path.join(shared, 'data', 'polnear'), 'train');
if (!dir) {
  console.log(`PolNeAR train not found under ${shared}: nothing to measure`);
  process.exit(0);
}
const WIDE = { ...REPORTED_DEFAULTS, statementsOnly: false, beliefs: false };
const before = standard.slice(0, standard.indexOf(attributionStage as (typeof standard)[number]));
const docOf = (text: string): Doc => {
  const a = parseArticle({ text });
  if (!a.ok) throw new Error(a.error.message);
  return runStages(before, a.value, bundledKb());
};
type Tally = { pn: number; pnOk: number; tab: number; tabOk: number };
const tally = new Map<string, Tally>();
const at = (w: string): Tally => {
  const t = tally.get(w) ?? { pn: 0, pnOk: 0, tab: 0, tabOk: 0 };
  tally.set(w, t);
  return t;
};
const limit = args.limit ? Number(args.limit) : undefined;
for (const d of readPolnear(dir, limit ? { limit } : {})) {
  const doc = docOf(d.text);
  const golds = d.attributions.map((g) => normalizeRanges(g.content.map((r) => trimRange(d.text, r))));
  for (const r of findReported(doc, doc.quoted, WIDE)) {
    const p = trimRange(d.text, r.content);
    const len = p.end - p.start;
    if (len <= 0) continue;
    const ok = golds.some((g) => overlapMany(g, [p]) / len >= 0.3);
    const t = at(d.text.slice(r.cue.start, r.cue.end).toLowerCase());
    t.pn++;
    if (ok) t.pnOk++;
  }
}
const goldFile = path.join(shared, 'gold', 'tabloid-train.quotes.jsonl');
if (existsSync(goldFile)) {
  const read = (f: string) =>
    readFileSync(f, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
  const texts = new Map(read(path.join(shared, 'data', 'gossipcop-dev.jsonl')).map((r) => [r.id, r]));
  const norm = (s: string) =>
    s
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/[\u201C\u201D]/g, '"')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
  for (const g of read(goldFile)) {
    const rec = texts.get(g.id);
    if (!rec) continue;
    const doc = docOf(rec.text);
    for (const r of findReported(doc, doc.quoted, WIDE)) {
      const s = rec.text.slice(r.content.start, r.content.end);
      const ok = (g.quotes as { startsWith: string; endsWith?: string }[]).some(
        (q) =>
          norm(s).includes(norm(q.startsWith).slice(0, 40)) ||
          norm(`${q.startsWith} ${q.endsWith ?? ''}`).includes(norm(s).slice(0, 30)),
      );
      const t = at(rec.text.slice(r.cue.start, r.cue.end).toLowerCase());
      t.tab++;
      if (ok) t.tabOk++;
    }
  }
}
const min = Number(args.min);
const rows = [...tally]
  .filter(([, t]) => t.pn + t.tab >= min)
  .sort((x, y) => y[1].pn + y[1].tab - x[1].pn - x[1].tab);
for (const [w, t] of rows)
  console.log(
    `${w.padEnd(16)} polnear ${t.pnOk}/${t.pn} (${((100 * t.pnOk) / Math.max(1, t.pn)).toFixed(0)}%)  tabloid ${t.tabOk}/${t.tab}`,
  );
