/**
 * Evaluates quotation extraction on PolNeAR (attribution relations in political news).
 *
 *   npm run eval:quotes                       dev split, table on stdout
 *   npm run eval:quotes -- --split train --limit 100 --json
 *   options: --split dev|train  --limit N (first N texts)  --json  --errors N (print N examples of
 *            each error kind)  --annotators first|all (texts with several annotators: keep the file
 *            of the annotator id sorting first, the default, or score every annotator's file)
 *            --data DIR (the PolNeAR folder holding dev/ and train/; default ../shared/data/polnear)
 *            --errors-subset all|quoted|unquoted (error examples of gold with / without a quotation
 *            mark only, and of predictions likewise)
 *            --errors-of standard|news|wide (whose errors --errors shows: the standard report, the
 *            default, the news preset's or the wide finder's)
 *            --wide JSON (options of the wide finder's run over its defaults, e.g.
 *            '{"beliefs":false,"minCueProbability":0.3}')
 *            --news JSON (options over POLNEAR_OPTIONS for this run's news rows, e.g.
 *            '{"minClauseProbability":0.5}': a sweep of the thresholds, on dev only to choose them)
 *
 * Each text goes through `analyze(text)` (no date). Gold = the Content span of every attribution
 * (with its Source and Cue). Spans on both sides are first trimmed of edge spaces, quotation marks and
 * punctuation. Scoring, at thresholds 0.3 and 0.8:
 *   recall    a gold content counts as found when its best predicted quote (largest |g ∩ p| / |g|)
 *             covers at least the threshold of it;
 *   precision a predicted quote counts as right when its best gold content (largest |g ∩ p| / |p|)
 *             covers at least the threshold of it (the symmetric definition);
 * Also rows with belief/intention gold left out, rows for the "wide" finder (PolNeAR's broader notion
 * of attribution: statementsOnly off, beliefs on), and the tabloid gold's figures (../shared/gold,
 * scored with the metric code of ../shared/tools/eval-tabloid.mjs) when ../shared is there.
 *   speaker   among gold found at 0.3 that have a Source: the share whose best quote's
 *             speaker.mention overlaps that Source; cue likewise with the gold Cue.
 * Rows: all; gold restricted to contents with / without a double quotation mark (recall over all
 * predictions; precision over predictions with / without a mark at or just outside their edges); and
 * by predicted kind (precision of that kind's predictions; recall = share of all gold found by them).
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseScriptArgs } from './lib/args.ts';
import { existsSync, readFileSync } from 'node:fs';
import { parseArticle } from '../src/article.ts';
import { analyze, bundledKb, type Report, standard } from '../src/index.ts';
import { hashWord } from '../src/core/hash.ts';
import { BELIEF_VERBS } from '../src/lexicon/reporting.ts';
import {
  POLNEAR_OPTIONS,
  type REPORTED_DEFAULTS,
  type ReportedOptions,
} from '../src/stages/attribution/reported.ts';
import { presetOptions, presetStages } from '../src/pipeline/presets.ts';
import { createProcessor } from '../src/pipeline/processor.ts';
import type { Doc } from '../src/pipeline/doc.ts';
import { runStages } from '../src/pipeline/processor.ts';
import { type AttributionOptions, attribute, attributionStage } from '../src/stages/attribution/stage.ts';
import { findReported } from '../src/stages/attribution/indirect.ts';
import type { Range } from './lib/brat.ts';
import { type GoldAttribution, type PolnearDoc, readPolnear, splitDir } from './lib/polnear.ts';
import { normalizeRanges, overlapMany, QUOTE_MARK, totalLength, trimRange } from './lib/spans.ts';

const started = performance.now();
const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));

const { values: args } = parseScriptArgs({
  options: {
    split: { type: 'string', default: 'dev' },
    limit: { type: 'string' },
    json: { type: 'boolean', default: false },
    errors: { type: 'string', default: '0' },
    annotators: { type: 'string', default: 'first' },
    data: { type: 'string' },
    'errors-subset': { type: 'string', default: 'all' },
    wide: { type: 'string' },
    news: { type: 'string' },
    'errors-of': { type: 'string', default: 'standard' },
  },
});
// the news rows' options for this run (`--news`): a copy of POLNEAR_OPTIONS moved, which the news
// preset's attribution stage is handed below (the exported options stay as they are)
const NEWS_OPTIONS: ReportedOptions = {
  ...POLNEAR_OPTIONS,
  ...(args.news ? (JSON.parse(args.news) as Partial<ReportedOptions>) : {}),
};
const newsProcessor = args.news
  ? createProcessor(
      presetStages('news').map((s) =>
        s === attributionStage
          ? { ...attributionStage, run: (doc: Doc, o: AttributionOptions) => attribute(doc, o, NEWS_OPTIONS) }
          : s,
      ),
      { options: presetOptions('news') },
    )
  : null;
/** What `hearsay analyze --preset news` reports, with the moved options when `--news` gives some. */
function analyzeNews(text: string, title?: string): Report {
  if (!newsProcessor) return analyze(text, { ...(title ? { title } : {}), preset: 'news' });
  const article = parseArticle({ text, ...(title ? { title } : {}) });
  if (!article.ok) throw article.error;
  return newsProcessor.run(article.value, bundledKb(), Number.POSITIVE_INFINITY);
}
const dataRoot = args.data ? path.resolve(args.data) : path.resolve(root, '..', 'shared', 'data', 'polnear');
const fail = (msg: string): never => {
  console.error(`eval-quotes: ${msg}`);
  process.exit(2);
};
if (args.split !== 'dev' && args.split !== 'train') fail(`--split must be dev or train, not "${args.split}"`);
if (args.annotators !== 'first' && args.annotators !== 'all') fail('--annotators must be first or all');
const annotators: 'first' | 'all' = args.annotators === 'all' ? 'all' : 'first';
const limit = args.limit === undefined ? undefined : Number(args.limit);
if (limit !== undefined && !(Number.isInteger(limit) && limit > 0))
  fail('--limit must be a positive integer');
const nErrors = Number(args.errors);
if (!(Number.isInteger(nErrors) && nErrors >= 0)) fail('--errors must be a non-negative integer');
const errorsSubset = args['errors-subset'];
if (errorsSubset !== 'all' && errorsSubset !== 'quoted' && errorsSubset !== 'unquoted')
  fail('--errors-subset must be all, quoted or unquoted');
const errorsOf = args['errors-of'];
if (errorsOf !== 'standard' && errorsOf !== 'news' && errorsOf !== 'wide')
  fail('--errors-of must be standard, news or wide');
/** Whether an error example of gold / a prediction marked `quoted` is in the asked subset. */
const inSubset = (quoted: boolean): boolean =>
  errorsSubset === 'all' || (errorsSubset === 'quoted') === quoted;

const dir = splitDir(dataRoot, args.split);
if (!dir) {
  const where = path.join(dataRoot, args.split);
  if (args.json) console.log(JSON.stringify({ error: 'not-found', path: where }));
  else console.log(`PolNeAR not found at ${where}: nothing to evaluate`);
  process.exit(0);
}

const THRESHOLDS = [0.3, 0.8] as const;
const KINDS = ['direct', 'indirect', 'mixed'] as const;
type Kind = (typeof KINDS)[number];

interface Gold {
  readonly doc: number;
  readonly attr: GoldAttribution;
  readonly spans: readonly Range[]; // trimmed content
  readonly len: number;
  readonly quoted: boolean;
  /** The cue is a verb of belief or intention ("thinks", "plans"): not speech by QUOTES-GUIDE.md. */
  readonly belief: boolean;
}
interface Pred {
  readonly doc: number;
  readonly index: number;
  readonly span: Range; // trimmed
  readonly raw: Range;
  readonly len: number;
  readonly kind: Kind;
  readonly quoted: boolean;
  readonly mention: Range | null;
  /** Every mention of the predicted source in the report (report.sources[sourceId].mentions). */
  readonly sourceMentions: readonly Range[];
  readonly cue: Range | null;
  readonly speaker: string;
}

const docs: PolnearDoc[] = readPolnear(dir, {
  annotators,
  ...(limit !== undefined ? { limit } : {}),
});
const golds: Gold[][] = [];
const predsDefault: Pred[][] = [];
const preds = predsDefault;
let analyzeMs = 0;
let textMismatch = 0;
const annProblems: string[] = [];
let spanMismatches = 0;
const reportCache = new Map<string, ReturnType<typeof analyze>>();
// PolNeAR's notion of attribution (`POLNEAR_OPTIONS`): every cue the model finds, beliefs and
// intentions too, each clause checked by the clause model. The attribution stage calls the finder with
// its defaults, so the wide run calls it here itself.
// `--wide '{"minCueProbability":0.3}'` moves its options, to look at what another setting would find
const WIDE = {
  ...NEWS_OPTIONS,
  ...(args.wide ? (JSON.parse(args.wide) as Partial<typeof REPORTED_DEFAULTS>) : {}),
};
const beforeAttribution = standard.slice(0, standard.indexOf(attributionStage as (typeof standard)[number]));
const predsWide: Pred[][] = [];
// What `hearsay analyze --preset news` reports (analyze(text, { preset: 'news' })); null when this
// tree's news preset cannot run (the reason is printed instead of its rows)
let predsNews: Pred[][] | null = [];
let newsError = '';
const isBelief = (text: string, cue: readonly Range[] | null): boolean =>
  !!cue &&
  cue.some((r) =>
    text
      .slice(r.start, r.end)
      .split(/[^\p{L}’']+/u)
      .some((w) => w && BELIEF_VERBS.has(hashWord(w))),
  );

docs.forEach((doc, d) => {
  spanMismatches += doc.mismatches;
  for (const p of doc.problems) annProblems.push(`${doc.name}_${doc.annotator}: ${p}`);
  let report = reportCache.get(doc.name);
  if (!report) {
    const t0 = performance.now();
    report = analyze(doc.text);
    analyzeMs += performance.now() - t0;
    reportCache.set(doc.name, report);
    if (report.text !== doc.text) textMismatch++;
  }
  const text = doc.text;
  golds.push(
    doc.attributions.map((attr) => {
      const spans = normalizeRanges(attr.content.map((r) => trimRange(text, r)));
      const raw = attr.content.map((r) => text.slice(r.start, r.end)).join(' ');
      return {
        doc: d,
        attr,
        spans,
        len: totalLength(spans),
        quoted: QUOTE_MARK.test(raw),
        belief: isBelief(text, attr.cue),
      };
    }),
  );
  preds.push(predsOf(d, text, report));
  if (predsNews) {
    try {
      predsNews.push(predsOf(d, text, analyzeNews(text)));
    } catch (e) {
      newsError = (e as Error).message;
      predsNews = null;
    }
  }
  const article = parseArticle({ text });
  if (!article.ok) fail(`${doc.name}: ${article.error.message}`);
  else predsWide.push(widePreds(d, text, report, runStages(beforeAttribution, article.value, bundledKb())));
});

/** The wide finder's predictions: the report's quotations over quotation marks, and every reported clause. */
function widePreds(d: number, text: string, report: Report, doc: Doc): Pred[] {
  const quoted = doc.quoted;
  const kept = predsOf(d, text, report).filter(
    (p) => p.kind === 'direct' || quoted.some((q) => q.start < p.raw.end && p.raw.start < q.end),
  );
  const found = findReported(doc, quoted, WIDE).map((r, i): Pred => {
    const span = trimRange(text, r.content);
    return {
      doc: d,
      index: kept.length + i,
      span,
      raw: r.content,
      len: span.end - span.start,
      kind: r.mixed ? 'mixed' : 'indirect',
      quoted: QUOTE_MARK.test(text.slice(Math.max(0, r.content.start - 2), r.content.end + 2)),
      mention: r.speaker.span,
      sourceMentions: [r.speaker.span],
      cue: r.cue,
      speaker: r.speaker.name,
    };
  });
  return [...kept, ...found];
}

function predsOf(d: number, text: string, report: Report): Pred[] {
  const sourceMentions = new Map((report.sources ?? []).map((s) => [s.id, s.mentions]));
  return (report.quotes ?? []).map((q, index) => {
    const raw = { start: q.start, end: q.end };
    const span = trimRange(text, raw);
    const around = text.slice(Math.max(0, q.start - 2), q.end + 2);
    return {
      doc: d,
      index,
      span,
      raw,
      len: span.end - span.start,
      kind: q.kind,
      quoted: QUOTE_MARK.test(around),
      mention: q.speaker.mention,
      sourceMentions: [
        ...(q.speaker.mention ? [q.speaker.mention] : []),
        ...((q.sourceId && sourceMentions.get(q.sourceId)) || []),
      ],
      cue: q.cue,
      speaker: q.speaker.name,
    };
  });
}

/** Best prediction for a gold (largest share of the gold covered), among `cands`; ties → earliest. */
function bestPred(g: Gold, cands: readonly Pred[]): { pred: Pred | null; ratio: number } {
  let best: Pred | null = null;
  let ratio = 0;
  if (g.len === 0) return { pred: null, ratio: 0 };
  for (const p of cands) {
    const r = overlapMany(g.spans, [p.span]) / g.len;
    if (r > ratio) {
      ratio = r;
      best = p;
    }
  }
  return { pred: best, ratio };
}

/** Best gold for a prediction (largest share of the prediction covered), among all gold of its text. */
function bestGold(p: Pred, cands: readonly Gold[]): { gold: Gold | null; ratio: number } {
  let best: Gold | null = null;
  let ratio = 0;
  if (p.len === 0) return { gold: null, ratio: 0 };
  for (const g of cands) {
    const r = overlapMany(g.spans, [p.span]) / p.len;
    if (r > ratio) {
      ratio = r;
      best = g;
    }
  }
  return { gold: best, ratio };
}

const touches = (a: Range | null, b: readonly Range[] | null): boolean =>
  a !== null && b !== null && overlapMany(b, [a]) > 0;

interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly matchedGold: number;
  readonly matchedPred: number;
}
interface Share {
  readonly correct: number;
  readonly n: number;
  readonly share: number;
}
interface Row {
  readonly name: string;
  readonly gold: number;
  readonly predicted: number;
  readonly at: Record<string, Prf>;
  readonly speaker: Share;
  readonly speakerEntity: Share;
  readonly cue: Share;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const share = (correct: number, n: number): Share => ({ correct, n, share: ratio(correct, n) });

function evaluate(
  name: string,
  goldOk: (g: Gold) => boolean,
  predOk: (p: Pred) => boolean,
  kindRow: boolean,
  preds: readonly Pred[][] = predsDefault,
): Row {
  let nGold = 0;
  let nPred = 0;
  const mg = THRESHOLDS.map(() => 0);
  const mp = THRESHOLDS.map(() => 0);
  let spk = 0;
  let spkEnt = 0;
  let spkN = 0;
  let cue = 0;
  let cueN = 0;
  docs.forEach((_, d) => {
    const gs = golds[d]!;
    const ps = preds[d]!.filter(predOk);
    for (const g of gs) {
      if (!goldOk(g)) continue;
      nGold++;
      // Gold-restricted rows look for each gold among all predictions; kind rows among that kind only.
      const { pred, ratio: r } = bestPred(g, kindRow ? ps : preds[d]!);
      THRESHOLDS.forEach((t, i) => {
        if (pred && r >= t) mg[i]!++;
      });
      if (pred && r >= THRESHOLDS[0]) {
        if (g.attr.source) {
          spkN++;
          if (touches(pred.mention, g.attr.source)) spk++;
          if (pred.sourceMentions.some((m) => touches(m, g.attr.source))) spkEnt++;
        }
        if (g.attr.cue) {
          cueN++;
          if (touches(pred.cue, g.attr.cue)) cue++;
        }
      }
    }
    for (const p of ps) {
      nPred++;
      const { gold, ratio: r } = bestGold(p, gs);
      THRESHOLDS.forEach((t, i) => {
        if (gold && r >= t) mp[i]!++;
      });
    }
  });
  const at: Record<string, Prf> = {};
  THRESHOLDS.forEach((t, i) => {
    const precision = ratio(mp[i]!, nPred);
    const recall = ratio(mg[i]!, nGold);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    at[String(t)] = { precision, recall, f1, matchedGold: mg[i]!, matchedPred: mp[i]! };
  });
  return {
    name,
    gold: nGold,
    predicted: nPred,
    at,
    speaker: share(spk, spkN),
    speakerEntity: share(spkEnt, spkN),
    cue: share(cue, cueN),
  };
}

const all = (): boolean => true;
/** The four rows of another reading's predictions: all, with a mark, without one, beliefs left out. */
function readingRows(prefix: string, allLabel: string, preds: readonly Pred[][]): Row[] {
  return [
    evaluate(allLabel, all, all, false, preds),
    evaluate(
      `${prefix}: with quotation mark`,
      (g) => g.quoted,
      (p) => p.quoted,
      false,
      preds,
    ),
    evaluate(
      `${prefix}: without quotation mark`,
      (g) => !g.quoted,
      (p) => !p.quoted,
      false,
      preds,
    ),
    evaluate(`${prefix}: all, beliefs left out`, (g) => !g.belief, all, false, preds),
  ];
}

const rows: Row[] = [
  evaluate('all', all, all, false),
  evaluate(
    'gold with quotation mark',
    (g) => g.quoted,
    (p) => p.quoted,
    false,
  ),
  evaluate(
    'gold without quotation mark',
    (g) => !g.quoted,
    (p) => !p.quoted,
    false,
  ),
  ...KINDS.map((k) => evaluate(`predicted ${k}`, all, (p) => p.kind === k, true)),
  evaluate('all, beliefs left out', (g) => !g.belief, all, false),
  evaluate(
    'without mark, beliefs left out',
    (g) => !g.quoted && !g.belief,
    (p) => !p.quoted,
    false,
  ),
  ...(predsNews ? readingRows('news', 'news (--preset news): all', predsNews) : []),
  ...readingRows('wide', 'wide: all', predsWide),
];

// ---- Error examples: spread over the corpus (every k-th), deterministic.
interface ErrorExample {
  readonly doc: string;
  readonly kind: 'missed' | 'spurious' | 'speaker';
  readonly text: string;
  readonly detail: string;
}
const clip = (s: string, n = 220): string => {
  const one = s.replace(/\s+/g, ' ');
  return one.length <= n ? one : `${one.slice(0, n - 1)}…`;
};
const slice = (d: number, rs: readonly Range[] | null): string =>
  rs ? rs.map((r) => docs[d]!.text.slice(r.start, r.end)).join(' … ') : '—';
function spread<T>(xs: readonly T[], n: number): T[] {
  if (xs.length <= n) return [...xs];
  const step = xs.length / n;
  return Array.from({ length: n }, (_, i) => xs[Math.floor(i * step)]!);
}
const missed: ErrorExample[] = [];
const spurious: ErrorExample[] = [];
const wrongSpeaker: ErrorExample[] = [];
// the run whose errors are shown (`--errors-of`): the standard report, the news preset or the wide finder
const errPreds: readonly Pred[][] =
  (errorsOf === 'news' ? predsNews : errorsOf === 'wide' ? predsWide : preds) ?? preds;
if (nErrors > 0) {
  docs.forEach((doc, d) => {
    for (const g of golds[d]!) {
      if (!inSubset(g.quoted)) continue;
      const { pred, ratio: r } = bestPred(g, errPreds[d]!);
      if (!pred || r < THRESHOLDS[0]) {
        missed.push({
          doc: doc.name,
          kind: 'missed',
          text: slice(d, g.attr.content),
          detail: `source: ${slice(d, g.attr.source)} | cue: ${slice(d, g.attr.cue)}${
            pred ? ` | best quote (${r.toFixed(2)}): ${clip(slice(d, [pred.raw]), 100)}` : ''
          }`,
        });
      } else if (g.attr.source && !touches(pred.mention, g.attr.source)) {
        wrongSpeaker.push({
          doc: doc.name,
          kind: 'speaker',
          text: slice(d, g.attr.content),
          detail: `gold source: ${slice(d, g.attr.source)} | predicted: ${pred.speaker} (mention: ${
            pred.mention ? slice(d, [pred.mention]) : 'none'
          }) [${pred.kind}]`,
        });
      }
    }
    for (const p of errPreds[d]!) {
      if (!inSubset(p.quoted)) continue;
      const { gold, ratio: r } = bestGold(p, golds[d]!);
      if (!gold || r < THRESHOLDS[0]) {
        spurious.push({
          doc: doc.name,
          kind: 'spurious',
          text: slice(d, [p.raw]),
          detail: `${p.kind}, speaker ${p.speaker}${gold ? ` | best gold (${r.toFixed(2)}): ${clip(slice(d, gold.attr.content), 100)}` : ''}`,
        });
      }
    }
  });
}
const examples = [...spread(missed, nErrors), ...spread(spurious, nErrors), ...spread(wrongSpeaker, nErrors)];

// ---- Tabloid gold (../shared/gold): the same reports measured by ../shared/tools/eval-tabloid.mjs's
// own metric code, on this split's celebrity articles, analysed here in process.
interface Tabloid {
  readonly articles: number;
  readonly goldQuotes: number;
  readonly recall: number;
  readonly precision: number;
  readonly speakerKind: number;
  readonly anonVsNamed: number;
  readonly scareTakenForQuotes: number;
}
const sharedRoot = path.resolve(root, '..', 'shared');
const tabloidGold = path.join(sharedRoot, 'gold', `tabloid-${args.split}.quotes.jsonl`);
const tabloidTool = path.join(sharedRoot, 'tools', 'eval-tabloid.mjs');
async function tabloid(preset: 'standard' | 'news' = 'standard'): Promise<Tabloid | null> {
  if (!existsSync(tabloidGold) || !existsSync(tabloidTool)) return null;
  const tool = (await import(pathToFileURL(tabloidTool).href)) as {
    evalQuotes: (gold: unknown[], byId: Map<string, Report>) => { out: Tabloid };
  };
  const readJsonl = (f: string): Record<string, unknown>[] =>
    readFileSync(f, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  const gold = readJsonl(tabloidGold);
  const texts = new Map(
    readJsonl(path.join(sharedRoot, 'data', 'gossipcop-dev.jsonl')).map((r) => [r.id, r]),
  );
  const byId = new Map<string, Report>();
  for (const g of gold) {
    const r = texts.get(g.id);
    if (!r) continue;
    const title = typeof r.title === 'string' ? r.title : undefined;
    byId.set(
      String(g.id),
      preset === 'news'
        ? analyzeNews(String(r.text), title)
        : analyze(String(r.text), { ...(title ? { title } : {}), preset }),
    );
  }
  return tool.evalQuotes(gold, byId).out;
}
const tab = await tabloid();
const tabNews = predsNews ? await tabloid('news') : null;

const texts = new Set(docs.map((d) => d.name)).size;
const nGold = golds.reduce((n, g) => n + g.length, 0);
const predictedQuotes = [...reportCache.values()].reduce((n, r) => n + (r.quotes ?? []).length, 0);
const seconds = (performance.now() - started) / 1000;
const precisionDefinition =
  'symmetric: a predicted quote is right when >= threshold of its (trimmed) length lies in its best gold content';

if (args.json) {
  console.log(
    JSON.stringify(
      {
        split: args.split,
        path: dir,
        annotators: args.annotators,
        texts,
        annotationFiles: docs.length,
        gold: nGold,
        goldWithSource: golds.flat().filter((g) => g.attr.source).length,
        goldQuoted: golds.flat().filter((g) => g.quoted).length,
        predicted: predictedQuotes,
        thresholds: THRESHOLDS,
        precisionDefinition,
        rows,
        tabloid: tab,
        tabloidNews: tabNews,
        ...(newsError ? { newsError } : {}),
        warnings: { textMismatch, spanMismatches, annProblems },
        ...(nErrors > 0 ? { errors: examples } : {}),
        seconds: Number(seconds.toFixed(2)),
        analyzeSeconds: Number((analyzeMs / 1000).toFixed(2)),
      },
      null,
      2,
    ),
  );
} else {
  const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
  const out: string[] = [];
  out.push(
    `PolNeAR ${args.split}: ${texts} texts, ${docs.length} annotation files (${args.annotators === 'first' ? 'first annotator per text' : 'every annotator'}), ${nGold} gold attributions (${golds.flat().filter((g) => g.quoted).length} with a quotation mark, ${golds.flat().filter((g) => g.attr.source).length} with a source), ${predictedQuotes} predicted quotes`,
  );
  out.push('');
  const sh = (x: Share): string => `${pct(x.share)} ${x.correct}/${x.n}`;
  const table: string[][] = [
    [
      'subset',
      'gold',
      'pred',
      'P@.3',
      'R@.3',
      'F1@.3',
      'P@.8',
      'R@.8',
      'F1@.8',
      'speaker@.3',
      'spk-entity@.3',
      'cue@.3',
    ],
    ...rows.map((r) => {
      const a = r.at['0.3']!;
      const b = r.at['0.8']!;
      return [
        r.name,
        String(r.gold),
        String(r.predicted),
        pct(a.precision),
        pct(a.recall),
        pct(a.f1),
        pct(b.precision),
        pct(b.recall),
        pct(b.f1),
        sh(r.speaker),
        sh(r.speakerEntity),
        sh(r.cue),
      ];
    }),
  ];
  const widths = table[0]!.map((_, c) => Math.max(...table.map((row) => row[c]!.length)));
  const line = (row: string[]): string =>
    row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  out.push(line(table[0]!));
  out.push('-'.repeat(line(table[0]!).length));
  for (const row of table.slice(1)) out.push(line(row));
  out.push('');
  out.push('Spans trimmed of edge spaces, quotation marks and punctuation before scoring.');
  out.push(`Recall: gold content whose best predicted quote covers >= threshold of it (|g∩p|/|g|).`);
  out.push(`Precision: ${precisionDefinition} (|g∩p|/|p|).`);
  out.push(
    'Quotation-mark rows: recall over all predictions; precision over predictions with / without a mark at or next to their edges.',
  );
  out.push(
    'Predicted-kind rows: precision of that kind; recall = share of all gold found by quotes of that kind.',
  );
  out.push(
    'speaker@.3: gold found at 0.3 with a Source whose best quote has speaker.mention overlapping it; cue@.3 likewise with the Cue.',
  );
  out.push(
    'beliefs left out: gold whose cue holds a belief or intention verb (src/lexicon/reporting.ts BELIEF_VERBS: "thinks", "plans") dropped, as QUOTES-GUIDE.md counts only speech.',
  );
  out.push(
    predsNews
      ? `news: what \`hearsay analyze --preset news\` reports (analyze(text, { preset: 'news' })): the full pipeline with reported speech in PolNeAR's sense (POLNEAR_OPTIONS: cues the cue model gives >= ${NEWS_OPTIONS.minCueProbability} with clauses the clause model gives >= ${NEWS_OPTIONS.minClauseProbability}, cues from ${NEWS_OPTIONS.wideCueProbability} with propositional clauses it gives >= ${NEWS_OPTIONS.wideClauseProbability}; beliefs too; place and time phrases before the cue left out of the words; "according to" up to ${NEWS_OPTIONS.accordingReach} words).`
      : `news: the news preset cannot run in this tree (${newsError}): no news rows.`,
  );
  out.push(
    "wide: the pipeline with the reported-speech finder in PolNeAR's sense (POLNEAR_OPTIONS) over the standard report's quotations with a mark: a measure of the models, near the news rows (these merge a reported clause and the quoted fragment it holds into one mixed quotation).",
  );
  out.push(
    'spk-entity@.3: lenient speaker: the Source overlaps speaker.mention or any mention of the predicted source (report.sources).',
  );
  if (textMismatch || spanMismatches || annProblems.length) {
    out.push(
      `Warnings: ${textMismatch} reports whose text differs from the input, ${spanMismatches} gold spans whose stored text differs from the document, ${annProblems.length} annotation problems${annProblems.length ? ` (first: ${annProblems[0]})` : ''}.`,
    );
  }
  if (nErrors > 0) {
    for (const kind of ['missed', 'spurious', 'speaker'] as const) {
      const title = {
        missed: 'Missed gold (no quote covers 30%)',
        spurious: 'Spurious quotes (under 30% inside a gold content)',
        speaker: 'Found, wrong or missing speaker mention',
      }[kind];
      const total = { missed: missed.length, spurious: spurious.length, speaker: wrongSpeaker.length }[kind];
      out.push('');
      out.push(`${title}: ${total} in all${total ? '; examples:' : ''}`);
      for (const e of examples.filter((x) => x.kind === kind)) {
        out.push(`  - [${e.doc}] «${clip(e.text)}»`);
        out.push(`      ${clip(e.detail, 300)}`);
      }
    }
  }
  out.push('');
  out.push(
    `Time: ${seconds.toFixed(1)} s in all, ${(analyzeMs / 1000).toFixed(1)} s in analyze (${(analyzeMs / Math.max(1, reportCache.size)) | 0 || '<1'} ms per text).`,
  );
  out.push('');
  const tabLine = (t: Tabloid): string =>
    `${t.articles} articles, ${t.goldQuotes} gold quotations; recall ${t.recall}, precision ${t.precision}, speakerKind ${t.speakerKind}, anonVsNamed ${t.anonVsNamed}, scare quotes taken for quotations ${t.scareTakenForQuotes}`;
  if (tabNews)
    out.push(
      `Tabloid ${args.split} with --preset news (the trade: political news's wider attribution on celebrity news): ${tabLine(tabNews)}`,
    );
  out.push(
    tab
      ? `Tabloid ${args.split} (${path.relative(root, tabloidGold)}, metric of ../shared/tools/eval-tabloid.mjs): ${tab.articles} articles, ${tab.goldQuotes} gold quotations; recall ${tab.recall}, precision ${tab.precision}, speakerKind ${tab.speakerKind}, anonVsNamed ${tab.anonVsNamed}, scare quotes taken for quotations ${tab.scareTakenForQuotes}`
      : `Tabloid gold not found at ${tabloidGold}: no tabloid figures`,
  );
  console.log(out.join('\n'));
}
