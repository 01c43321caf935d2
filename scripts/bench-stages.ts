/**
 * Time per stage of a preset, in any built tree of hearsay (this one or an older checkout), so two
 * trees can be compared stage by stage in the same minutes:
 *
 *   npm run bench:stages                                  this tree's dist/, the spine preset
 *   npm run bench:stages -- --tree ../old --passes 8      another checkout (its dist/ built)
 *   npm run bench:stages -- --tree ../old --tree .        two trees in one run, passes interleaved
 *   npm run bench:stages -- --cpu --preset standard       CPU time of this process, not the wall clock
 *   options: --tree DIR (default .; repeat it to compare)  --passes N (default 8; the first 2 are
 *   warm-up)  --preset NAME  --cpu (each clock reads `process.cpuUsage`: on a machine shared with
 *   other work the wall clock counts the time other processes held the core, CPU time does not)
 *
 * Each stage's `run` is wrapped with a clock and the tree's own processor runs the preset over the
 * GossipCop dev texts (../shared/data/gossipcop-dev.jsonl); the figure per stage is its best pass after
 * the warm-up, in µs per article. Several trees run in one process, one pass of each in turn, so the
 * load of a shared machine falls on them alike (each tree's modules are its own: nothing is shared). It reads only a tree's public modules (processor, presets, kb,
 * article), which older trees have too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseScriptArgs } from './lib/args.ts';
import { pathToFileURL } from 'node:url';

const { values: args } = parseScriptArgs({
  options: {
    tree: { type: 'string', multiple: true, default: ['.'] },
    passes: { type: 'string', default: '8' },
    preset: { type: 'string', default: 'spine' },
    cpu: { type: 'boolean', default: false },
  },
});
const CORPUS = '../shared/data/gossipcop-dev.jsonl';
if (!existsSync(CORPUS)) {
  process.stderr.write(`bench:stages: ${CORPUS} is not here (run beside ../shared)\n`);
  process.exit(1);
}

/** The clock, in ms: the wall clock, or with --cpu this process's CPU time (user + system). */
const clock: () => number = args.cpu
  ? () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    }
  : () => performance.now();

interface AnyStage {
  readonly name: string;
  run(doc: unknown, options?: unknown): unknown;
}

/** One tree ready to time: its processor over clocked stages, its articles, and its best figures. */
interface Timed {
  readonly dist: string;
  readonly run: () => number;
  readonly spent: Map<string, number>;
  readonly best: Map<string, number>;
  bestTotal: number;
  readonly articles: number;
}

async function prepare(tree: string): Promise<Timed> {
  const dist = resolve(tree, 'dist');
  if (!existsSync(dist)) {
    process.stderr.write(`bench:stages: ${dist} is missing (npm run build in that tree)\n`);
    process.exit(1);
  }
  const load = (m: string) => import(pathToFileURL(`${dist}/${m}`).href);
  const { createProcessor } = await load('pipeline/processor.js');
  const presets = await load('pipeline/presets.js');
  const { bundledKb } = await load('kb/load.js');
  const { parseArticle } = await load('article.js');
  const stages = presets[args.preset!] as readonly AnyStage[] | undefined;
  if (!stages) {
    process.stderr.write(`bench:stages: no preset ${args.preset} in ${dist}\n`);
    process.exit(1);
  }
  const spent = new Map<string, number>(stages.map((s) => [s.name, 0]));
  // a stage seen through a clock: the same object but for `run`
  const clocked = stages.map((s) => {
    const w = Object.create(s) as AnyStage;
    for (const k of Object.keys(s))
      if (k !== 'run') Object.defineProperty(w, k, { value: (s as never)[k], enumerable: true });
    Object.defineProperty(w, 'run', {
      value: (doc: unknown, o: unknown) => {
        const t = clock();
        const r = s.run(doc, o);
        spent.set(s.name, spent.get(s.name)! + clock() - t);
        return r;
      },
    });
    return w;
  });
  const kb = bundledKb();
  const processor = createProcessor(clocked);
  const articles = readFileSync(CORPUS, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => parseArticle({ text: (JSON.parse(l) as { text: string }).text }))
    .filter((a) => a.ok)
    .map((a) => a.value);
  const run = (): number => {
    for (const k of spent.keys()) spent.set(k, 0);
    const t0 = clock();
    for (const a of articles) processor.run(a, kb);
    return clock() - t0;
  };
  return {
    dist,
    run,
    spent,
    best: new Map(),
    bestTotal: Number.POSITIVE_INFINITY,
    articles: articles.length,
  };
}

const trees = await Promise.all(args.tree!.map(prepare));
const passes = Math.max(3, Number(args.passes));
// Pass by pass, every tree in turn, the order reversed every other pass (the tree that runs second
// also meets the garbage of the first): on a shared machine a burst of load then falls on all the
// trees alike instead of on whichever tree happened to run during it.
for (let pass = 0; pass < passes; pass++) {
  for (const tree of pass % 2 === 0 ? trees : [...trees].reverse()) {
    const total = tree.run();
    if (pass < 2) continue;
    tree.bestTotal = Math.min(tree.bestTotal, total);
    for (const [k, v] of tree.spent)
      tree.best.set(k, Math.min(tree.best.get(k) ?? Number.POSITIVE_INFINITY, v));
  }
}
for (const tree of trees) {
  const us = (ms: number): string => ((ms * 1000) / tree.articles).toFixed(0);
  process.stdout.write(
    `${tree.dist} ${args.preset}: ${us(tree.bestTotal)} µs ${args.cpu ? 'CPU' : 'wall'} per article (best of ${passes - 2} passes) | ${[
      ...tree.best,
    ]
      .map(([k, v]) => `${k} ${us(v)}`)
      .join(', ')}\n`,
  );
}
