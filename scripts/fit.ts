/**
 * Fits the score's weights on the GossipCop dev set and reports how well they do.
 *
 *   npm run fit                 cross-validate and print; writes nothing
 *   npm run fit -- --write      ... and save data/score/weights.json
 *   options: --folds 5  --seed 1  --l2 30  --limit N (first N articles, for a quick look)
 *            --seeds 1,2,3,4,5 (also cross-validate the signals on these fold deals and print each mean,
 *            so a change is judged over several deals, not one)
 *
 * Each article goes through the standard pipeline less its score stage (so a stale weights file cannot
 * get in the way); the explainable signals feed a logistic regression, and a TF-IDF bag-of-words model
 * on the raw text is cross-validated on the same folds as a yardstick.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseScriptArgs } from './lib/args.ts';
import { z } from 'zod';
import { parseArticle } from '../src/article.ts';
import { bundledKb, createProcessor, standard } from '../src/index.ts';
import type { ScoreInput } from '../src/score/feature-kit.ts';
import { stratifiedKFold } from '../src/score/cv.ts';
import { FEATURES, featureVector } from '../src/score/features.ts';
import { fitLogistic, type LogisticModel, predictLogit, sigmoid } from '../src/score/logistic.ts';
import { accuracy, auc, macroF1, meanSd, threshold } from '../src/score/metrics.ts';
import { band, scoreReport } from '../src/score/model.ts';
import { fitTfidfClassifier } from '../src/score/tfidf.ts';
import { parseWeights, type Weights } from '../src/score/weights.ts';

const started = performance.now();
const seconds = (): string => ((performance.now() - started) / 1000).toFixed(1);

const { values: args } = parseScriptArgs({
  options: {
    write: { type: 'boolean', default: false },
    folds: { type: 'string', default: '5' },
    seed: { type: 'string', default: '1' },
    l2: { type: 'string', default: '30' },
    limit: { type: 'string' },
    seeds: { type: 'string' },
  },
});
const folds = Number(args.folds);
const seed = Number(args.seed);
const l2 = Number(args.l2);

const dataPath = path.resolve('..', 'shared', 'data', 'gossipcop-dev.jsonl');
if (!existsSync(dataPath)) {
  console.log(`fit: the training data is not present (${dataPath}); nothing fitted, nothing written.`);
  process.exit(0);
}

const Row = z.object({
  id: z.string().nullish(),
  title: z.string().nullish(),
  text: z.string(),
  label: z.enum(['fake', 'real']),
});
const raw = readFileSync(dataPath, 'utf8');
let rows = raw
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line, i) => {
    const parsed = Row.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${dataPath}:${i + 1}: ${parsed.error.message}`);
    return parsed.data;
  });
if (args.limit !== undefined) {
  // The file is sorted by label, so a quick look takes evenly spaced articles, not the first N.
  const n = Math.min(rows.length, Math.max(1, Number(args.limit)));
  const all = rows;
  rows = Array.from({ length: n }, (_, i) => all[Math.floor((i * all.length) / n)]!);
}

// Analyse every article once, without the score stage: the fit reads the engine's findings, and the
// weights it is about to replace may name signals that no longer exist.
const unscored = createProcessor(standard.filter((stage) => stage.name !== 'score'));
const kb = bundledKb();
const analyze = (text: string, meta: { id: string | null; title: string | null }): ScoreInput => {
  const article = parseArticle({ ...meta, text });
  if (!article.ok) throw article.error;
  // every section but the score: the processor gives all the others
  return unscored.run(article.value, kb) as ScoreInput;
};
// An article the engine chokes on is reported and left out.
const texts: string[] = [];
const labels: number[] = [];
const matrix: number[][] = [];
const reports: ScoreInput[] = [];
let failed = 0;
for (const row of rows) {
  try {
    const report = analyze(row.text, { id: row.id ?? null, title: row.title ?? null });
    matrix.push(featureVector(report));
    reports.push(report);
    texts.push((row.title ?? '') + '\n' + row.text);
    labels.push(row.label === 'real' ? 1 : 0);
  } catch (error) {
    failed++;
    if (failed <= 3) console.error(`fit: analyze failed on ${row.id ?? '?'}: ${(error as Error).message}`);
  }
}
// A signal with nothing to measure (an article without a headline) is NaN: it gets the column mean,
// which is what the score gives it too (it moves nothing).
for (let j = 0; j < FEATURES.length; j++) {
  const present = matrix.map((row) => row[j]!).filter(Number.isFinite);
  const mean = present.length > 0 ? present.reduce((a, b) => a + b, 0) / present.length : 0;
  for (const row of matrix) if (!Number.isFinite(row[j]!)) row[j] = mean;
}
const positives = labels.filter((y) => y === 1).length;
if (Math.min(positives, labels.length - positives) < folds) {
  console.error(
    `fit: need at least ${folds} articles of each label for ${folds}-fold CV; got ${positives} real.`,
  );
  process.exit(1);
}
console.log(
  `analysed ${labels.length} articles (${positives} real, ${labels.length - positives} fake` +
    `${failed > 0 ? `, ${failed} failed and left out` : ''}) in ${seconds()} s`,
);

// Cross-validation: both models see exactly the same folds.
type Metrics = { auc: number; accuracy: number; macroF1: number };
const evaluate = (probabilities: number[], truth: number[]): Metrics => {
  const predicted = threshold(probabilities);
  return {
    auc: auc(probabilities, truth),
    accuracy: accuracy(predicted, truth),
    macroF1: macroF1(predicted, truth),
  };
};
// Each weight is held to its signal's direction, so a contribution always points the way its reason says.
const signs = FEATURES.map((f) => f.direction);
const results: { signals: Metrics; tfidf: Metrics }[] = [];
const f3 = (x: number): string => x.toFixed(3);
const header = `${'fold'.padEnd(6)}${'n'.padStart(6)}   signals: AUC   acc    F1     tf-idf: AUC   acc    F1`;
console.log(`\n${folds}-fold stratified CV (seed ${seed}, l2 ${l2})\n${header}`);
stratifiedKFold(labels, folds, seed).forEach((fold, k) => {
  const pick = <T>(xs: readonly T[], idx: readonly number[]): T[] => idx.map((i) => xs[i]!);
  const truth = pick(labels, fold.test);
  const model = fitLogistic(pick(matrix, fold.train), pick(labels, fold.train), { l2, signs });
  const signals = evaluate(
    fold.test.map((i) => sigmoid(predictLogit(model, matrix[i]!))),
    truth,
  );
  const baseline = fitTfidfClassifier(pick(texts, fold.train), pick(labels, fold.train), { ngrams: 2, seed });
  const tfidf = evaluate(
    fold.test.map((i) => baseline.predict(texts[i]!)),
    truth,
  );
  results.push({ signals, tfidf });
  console.log(
    `${String(k + 1).padEnd(6)}${String(fold.test.length).padStart(6)}   ` +
      `${f3(signals.auc)}  ${f3(signals.accuracy)}  ${f3(signals.macroF1)}          ` +
      `${f3(tfidf.auc)}  ${f3(tfidf.accuracy)}  ${f3(tfidf.macroF1)}`,
  );
});
const summary = (which: 'signals' | 'tfidf', metric: keyof Metrics) =>
  meanSd(results.map((r) => r[which][metric]));
const pm = (s: { mean: number; sd: number }): string => `${f3(s.mean)}±${f3(s.sd)}`;
console.log(
  `${'mean±sd'.padEnd(12)}   ${pm(summary('signals', 'auc'))} ${pm(summary('signals', 'accuracy'))} ${pm(summary('signals', 'macroF1'))}` +
    `  ${pm(summary('tfidf', 'auc'))} ${pm(summary('tfidf', 'accuracy'))} ${pm(summary('tfidf', 'macroF1'))}`,
);

// The signals alone over more fold deals: a gain of a few thousandths can be one deal's luck.
if (args.seeds !== undefined) {
  const each = args.seeds.split(',').map((s) => {
    const aucs = stratifiedKFold(labels, folds, Number(s)).map((fold) => {
      const pick = <T>(xs: readonly T[], idx: readonly number[]): T[] => idx.map((i) => xs[i]!);
      const model = fitLogistic(pick(matrix, fold.train), pick(labels, fold.train), { l2, signs });
      return auc(
        fold.test.map((i) => predictLogit(model, matrix[i]!)),
        pick(labels, fold.test),
      );
    });
    return { seed: s.trim(), ...meanSd(aucs) };
  });
  console.log(
    `\nsignals AUC by seed: ${each.map((e) => `${e.seed}: ${f3(e.mean)}±${f3(e.sd)}`).join(', ')}` +
      `; mean of means ${f3(each.reduce((a, e) => a + e.mean, 0) / each.length)}`,
  );
}

// Final fit on everything; the scale puts the middle 95% of training articles between about 0.5 and 9.5.
const model: LogisticModel = fitLogistic(matrix, labels, { l2, signs });
const logits = matrix.map((x) => predictLogit(model, x)).sort((a, b) => a - b);
const quantile = (q: number): number =>
  logits[Math.min(logits.length - 1, Math.floor(q * logits.length))] ?? 0;
const spread = Math.max(Math.abs(quantile(0.025)), Math.abs(quantile(0.975)), 1e-6);
const scale = 4.5 / spread;
const round = (x: number): number => Number(x.toPrecision(8));
const fitted = {
  features: FEATURES.map((f, j) => ({
    id: f.id,
    mean: round(model.means[j]!),
    std: round(model.stds[j]!),
    weight: round(model.weights[j]!),
  })),
  bias: round(model.bias),
  scale: round(scale),
};
const digest = (s: string): string => createHash('sha256').update(s).digest('hex');
const cvOf = (metric: keyof Metrics) => ({
  signals: summary('signals', metric),
  tfidf: summary('tfidf', metric),
});
const weights: Weights = parseWeights({
  version: `signals-${digest(JSON.stringify(fitted)).slice(0, 12)}`,
  trainedOn: {
    dataset: path.basename(dataPath),
    articles: labels.length,
    positives,
    negatives: labels.length - positives,
    sha256: digest(raw),
  },
  target: 'real',
  ...fitted,
  l2,
  cv: { auc: cvOf('auc'), accuracy: cvOf('accuracy'), macroF1: cvOf('macroF1') },
});

console.log(
  `\nweights ${weights.version} (bias ${f3(weights.bias)}, ${f3(weights.scale)} points per log-odds unit)`,
);
console.log(
  `${'feature'.padEnd(24)}${'dir'.padStart(4)}${'mean'.padStart(9)}${'std'.padStart(9)}${'weight'.padStart(9)}${'pts/sd'.padStart(9)}`,
);
const direction = new Map(FEATURES.map((f) => [f.id, f.direction]));
for (const f of [...weights.features].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))) {
  const dir = direction.get(f.id) === 1 ? '+' : '−';
  console.log(
    `${f.id.padEnd(24)}${dir.padStart(4)}${f3(f.mean).padStart(9)}${f3(f.std).padStart(9)}${f3(f.weight).padStart(9)}` +
      `${f3(f.weight * weights.scale).padStart(9)}${f.weight === 0 ? '   held at 0: the data point the other way' : ''}`,
  );
}
const bands = new Map<string, { n: number; real: number }>();
for (let i = 0; i < reports.length; i++) {
  const b = band(scoreReport(reports[i]!, weights).value);
  const entry = bands.get(b) ?? { n: 0, real: 0 };
  entry.n++;
  entry.real += labels[i]!;
  bands.set(b, entry);
}
console.log('\nbands on the training data (in-sample):');
for (const b of ['well supported', 'partly supported', 'likely unreliable']) {
  const e = bands.get(b) ?? { n: 0, real: 0 };
  console.log(
    `  ${b.padEnd(18)} ${String(e.n).padStart(5)} articles, ${e.n > 0 ? Math.round((100 * e.real) / e.n) : 0}% real`,
  );
}

// The figures the README quotes, in one place.
const folded = (which: 'signals' | 'tfidf', metric: keyof Metrics): string =>
  `${pm(summary(which, metric)).replace('±', ' ± ')} (folds ${results.map((r) => f3(r[which][metric])).join(', ')})`;
console.log(
  `\nREADME figures: ${folds}-fold stratified CV, seed ${seed}, l2 ${l2}, ${labels.length} articles (${path.basename(dataPath)})`,
);
for (const [name, which] of [
  ['signals', 'signals'],
  ['TF-IDF ', 'tfidf'],
] as const) {
  console.log(`  ${name} AUC      ${folded(which, 'auc')}`);
  console.log(`  ${name} accuracy ${folded(which, 'accuracy')}`);
  console.log(`  ${name} macro-F1 ${folded(which, 'macroF1')}`);
}

const out = new URL('../data/score/weights.json', import.meta.url);
if (args.write) {
  writeFileSync(out, JSON.stringify(weights, null, 2) + '\n');
  console.log(`\nwrote ${path.relative(process.cwd(), fileURLToPath(out))}`);
} else {
  console.log('\ndry run: pass --write to save these weights');
}
console.log(`done in ${seconds()} s`);
