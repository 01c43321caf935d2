/**
 * Train-side study of the news preset's finder (PolNeAR train only, never dev): which gold
 * attributions without a quotation mark the finder misses, and whether any candidate clause came near
 * them at all.
 *
 *   node --import tsx scripts/news-misses.ts [--limit 300] [--offset 0] [--show 40] [--news JSON]
 *     [--show-candidates N]
 *
 * --limit N texts from the --offset-th on; --show N examples; --news JSON options over POLNEAR_OPTIONS
 * (e.g. '{"minWords":1}'), as in scripts/eval-quotes.ts.
 *
 * For each gold Content without a double quotation mark: "kept" when a clause the news options keep
 * covers ≥ 30% of it, "candidate" when only a clause of the wide candidate options (every clause, no
 * clause model) does, "none" otherwise. Prints the counts, the commonest gold cue words of the "none"
 * class, and examples. Also the precision of each finder's (`by`) kept clauses, and for the "candidate"
 * class why none was kept: the best covering clause the news run scored, by its clause-model
 * probability, or "not scored" (blocked by a kept clause, or a cue below the news floors);
 * --show-candidates N prints N of those the clause model gave at least 0.35.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseScriptArgs } from './lib/args.ts';
import { parseArticle } from '../src/article.ts';
import { bundledKb } from '../src/index.ts';
import { standard } from '../src/pipeline/presets.ts';
import { runStages } from '../src/pipeline/processor.ts';
import { findReported } from '../src/stages/attribution/indirect.ts';
import { observeClauses, POLNEAR_OPTIONS, type ReportedOptions } from '../src/stages/attribution/reported.ts';
import { attributionStage } from '../src/stages/attribution/stage.ts';
import { tokenAtOrAfter } from '../src/core/spans.ts';
import { clauseLogit, clauseModel } from '../src/stages/attribution/clause.ts';
import {
  cueModel,
  cueValues,
  hashFeatures,
  logit,
  sentenceQuoted,
  TEMPLATES,
} from '../src/stages/attribution/model.ts';
import type { Range } from './lib/brat.ts';
import { wideCandidates } from './lib/candidates.ts';
import { readPolnear, splitDir } from './lib/polnear.ts';
import { normalizeRanges, overlapMany, QUOTE_MARK, totalLength, trimRange } from './lib/spans.ts';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const { values: args } = parseScriptArgs({
  options: {
    limit: { type: 'string', default: '300' },
    show: { type: 'string', default: '40' },
    // examples of gold a scored clause covered that the clause model turned down (p >= 0.35)
    'show-candidates': { type: 'string', default: '0' },
    offset: { type: 'string', default: '0' },
    // options over POLNEAR_OPTIONS, as JSON (e.g. '{"minWords":1}'), as in scripts/eval-quotes.ts
    news: { type: 'string', default: '{}' },
  },
});
const dir = splitDir(path.resolve(root, '..', 'shared', 'data', 'polnear'), 'train');
if (!dir) throw new Error('no PolNeAR train');
const docs = readPolnear(dir, { annotators: 'first', limit: Number(args.limit) + Number(args.offset) }).slice(
  Number(args.offset),
);
const stages = standard.slice(0, standard.indexOf(attributionStage as (typeof standard)[number]));
const kb = bundledKb();
const NEWS: ReportedOptions = { ...POLNEAR_OPTIONS, ...(JSON.parse(args.news!) as Partial<ReportedOptions>) };
const WIDE = wideCandidates(NEWS);
const counts = { kept: 0, candidate: 0, none: 0 };
const cueWords = new Map<string, number>();
const examples: string[] = [];
const lengths = new Map<string, number>();
const whyCount = new Map<string, number>();
const whyCue = new Map<string, number>();
const v1 = new Uint32Array(TEMPLATES.length);
const v2 = new Uint32Array(TEMPLATES.length);
const fs = new Uint32Array(TEMPLATES.length);
const candWhy = new Map<string, number>();
const candShown: string[] = [];
const byKept = new Map<string, { n: number; right: number }>();
for (const pd of docs) {
  const art = parseArticle({ text: pd.text });
  if (!art.ok) continue;
  const doc = runStages(stages, art.value, kb);
  const text = pd.text;
  const golds = pd.attributions.map((at) => normalizeRanges(at.content.map((r) => trimRange(text, r))));
  const cands: Range[] = [];
  observeClauses((_d, c) => cands.push(trimRange(text, c.content)));
  findReported(doc, doc.quoted, WIDE);
  observeClauses(null);
  // every clause the news run scores, with its clause-model probability (kept or not)
  const scored: { r: Range; p: number; cue: Range; src: Range | null; by: string }[] = [];
  observeClauses((_d, c, f) =>
    scored.push({
      r: trimRange(text, c.content),
      p: 1 / (1 + Math.exp(-clauseLogit(clauseModel(), f))),
      cue: c.cue,
      src: c.speaker?.span ?? c.source,
      by: c.by,
    }),
  );
  const kept = findReported(doc, doc.quoted, NEWS);
  observeClauses(null);
  const keptR = kept.map((k) => trimRange(text, k.content));
  const direct = doc.quoted.map((q) => trimRange(text, q));
  kept.forEach((k, i) => {
    const r = keptR[i]!;
    const len = r.end - r.start;
    const right = golds.some((g) => len > 0 && overlapMany(g, [r]) / len >= 0.3);
    const e = byKept.get(k.by) ?? { n: 0, right: 0 };
    e.n++;
    if (right) e.right++;
    byKept.set(k.by, e);
  });
  const covers = (g: Range[], rs: Range[]): boolean => {
    const n = totalLength(g);
    return n > 0 && rs.some((r) => overlapMany(g, [r]) / n >= 0.3);
  };
  pd.attributions.forEach((at, gi) => {
    const g = golds[gi]!;
    if (g.length === 0) return;
    const s = text.slice(g[0]!.start, g[g.length - 1]!.end);
    if (QUOTE_MARK.test(at.content.map((r) => text.slice(r.start, r.end)).join(' '))) return;
    const cls = covers(g, keptR) || covers(g, direct) ? 'kept' : covers(g, cands) ? 'candidate' : 'none';
    counts[cls]++;
    const nw = s.split(/\s+/).length;
    const wk = `${cls} ${nw <= 3 ? nw : '4+'}`;
    lengths.set(wk, (lengths.get(wk) ?? 0) + 1);
    if (cls === 'candidate') {
      // why the candidate was not kept: scored in the news run and rejected (by its clause-model
      // probability), or never scored there (blocked by a kept clause, or a cue below the news floors)
      const n = totalLength(g);
      let best: (typeof scored)[number] | null = null;
      for (const c of scored) if (overlapMany(g, [c.r]) / n >= 0.3 && (!best || c.p > best.p)) best = c;
      const k = best ? `scored p ${(Math.floor(best.p * 20) / 20).toFixed(2)}` : 'not scored';
      candWhy.set(k, (candWhy.get(k) ?? 0) + 1);
      if (best && best.p >= 0.35 && candShown.length < Number(args['show-candidates'])) {
        const sl = (r: Range | null): string => (r ? text.slice(r.start, r.end) : '-');
        const src = at.source ? at.source.map((r) => text.slice(r.start, r.end)).join(' ') : '-';
        candShown.push(
          `  [${best.by} p=${best.p.toFixed(2)}] gold src «${src}» | cand cue «${sl(best.cue)}» src «${sl(best.src)}» content «${sl(best.r).slice(0, 140)}»`,
        );
      }
    }
    if (cls !== 'none') return;
    const cue = at.cue ? at.cue.map((r) => text.slice(r.start, r.end)).join(' ') : '-';
    // why no candidate: the cue's best candidate token and its cue-model probability
    let why = 'no cue';
    if (at.cue) {
      const t = doc.tokens;
      const m = cueModel();
      let best = -1;
      for (let i = tokenAtOrAfter(t, at.cue[0]!.start); i < t.count && t.start[i]! < at.cue[0]!.end; i++) {
        if (!m.candidates.has(t.hash[i]!)) continue;
        let a = i;
        while (a > 0 && t.sentence[a - 1] === t.sentence[i]) a--;
        let b = i;
        while (b + 1 < t.count && t.sentence[b + 1] === t.sentence[i]) b++;
        cueValues(doc, i, a, b, sentenceQuoted(doc, a, b), v1, v2);
        hashFeatures(v1, v2, fs);
        best = Math.max(best, 1 / (1 + Math.exp(-logit(m.cue, fs))));
      }
      why =
        best < 0
          ? 'not a candidate word'
          : best < 0.2
            ? 'cue p < 0.2'
            : best < 0.3
              ? 'cue p 0.2-0.3'
              : 'cue p >= 0.3';
    }
    whyCount.set(why, (whyCount.get(why) ?? 0) + 1);
    const wk2 = `${why}: ${cue.toLowerCase()}`;
    whyCue.set(wk2, (whyCue.get(wk2) ?? 0) + 1);
    const key = cue.toLowerCase().replace(/\s+/g, ' ');
    cueWords.set(key, (cueWords.get(key) ?? 0) + 1);
    if (examples.length < Number(args.show)) {
      const src = at.source ? at.source.map((r) => text.slice(r.start, r.end)).join(' ') : '-';
      const lo = Math.min(g[0]!.start, at.cue?.[0]?.start ?? g[0]!.start, at.source?.[0]?.start ?? 1e9);
      const hi = Math.max(g[g.length - 1]!.end, at.cue?.[0]?.end ?? 0);
      examples.push(
        `  [${why}] cue «${cue}» src «${src}» content «${s.slice(0, 120)}»\n     ctx «${text.slice(Math.max(0, lo - 40), Math.min(hi + 20, lo + 300)).replace(/\s+/g, ' ')}»`,
      );
    }
  });
}
const total = counts.kept + counts.candidate + counts.none;
console.log(`${docs.length} texts, ${total} gold without a mark:`, counts);
console.log(
  'gold by class and words:',
  [...lengths]
    .sort()
    .map(([k, n]) => `${k}: ${n}`)
    .join(', '),
);
console.log('kept clauses by finder (right at 0.3):');
for (const [k, e] of byKept)
  console.log(`  ${k}: ${e.right}/${e.n} = ${((100 * e.right) / e.n).toFixed(1)}%`);
console.log(
  'candidate not kept, why:',
  [...candWhy]
    .sort()
    .map(([k, n]) => `${k}: ${n}`)
    .join(', '),
);
console.log(candShown.join('\n'));
console.log('no candidate, why:', Object.fromEntries(whyCount));
console.log(
  [...whyCue]
    .sort((x, y) => y[1] - x[1])
    .slice(0, 60)
    .map(([k, n]) => `${k} ${n}`)
    .join('; '),
);
console.log('commonest cues of gold with no candidate:');
console.log(
  [...cueWords]
    .sort((x, y) => y[1] - x[1])
    .slice(0, 80)
    .map(([k, n]) => `${k} ${n}`)
    .join(', '),
);
console.log(examples.join('\n'));
