/**
 * Measures how fast `analyze` reads articles, in process on one thread, and through `hearsay batch`.
 *
 *   npm run bench                   GossipCop dev (../shared/data/gossipcop-dev.jsonl), table on stdout
 *   npm run bench -- --limit 500 --json
 *   options: --limit N (analyze N articles in the timed run, cycling through the corpus; default: the
 *            whole corpus, in whole passes until at least 2,000 articles)  --warmup N (default 200)
 *            --no-batch (skip the CLI runs)  --json  --corpus FILE (another JSON Lines corpus)
 *
 * Without the GossipCop file it falls back to examples/*.txt repeated to 2,000 articles, and says so.
 * The CLI runs (`node bin/hearsay.js batch FILE --jobs 1|2 --no-progress > /dev/null`) need dist/
 * (`npm run build`); they are skipped with a note when it is missing.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseArticle } from '../src/article.ts';
import { analyze, bundledKb, createProcessor } from '../src/index.ts';
import { spine } from '../src/pipeline/presets.ts';
import { type CorpusArticle, cycleTo, readJsonlCorpus, readTextDir, toJsonl } from './lib/corpus.ts';
import { mean, quantile } from './lib/stats.ts';

const loadAtStart = os.loadavg()[0]!;
const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const MIN_ARTICLES = 2000;

const { values: args } = parseArgs({
  options: {
    limit: { type: 'string' },
    warmup: { type: 'string', default: '200' },
    'no-batch': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    corpus: { type: 'string' },
  },
});
const corpusPath = args.corpus
  ? path.resolve(args.corpus)
  : path.resolve(root, '..', 'shared', 'data', 'gossipcop-dev.jsonl');
const fail = (msg: string): never => {
  console.error(`bench: ${msg}`);
  process.exit(2);
};
const limit = args.limit === undefined ? null : Number(args.limit);
if (limit !== null && !(Number.isInteger(limit) && limit > 0)) fail('--limit must be a positive integer');
const warmupN = Number(args.warmup);
if (!(Number.isInteger(warmupN) && warmupN >= 0)) fail('--warmup must be a non-negative integer');
const runBatch = !args['no-batch'];

// ---- Corpus
const notes: string[] = [];
let corpusName: string;
let corpus: CorpusArticle[];
const gossip = readJsonlCorpus(corpusPath);
if (gossip && gossip.length > 0) {
  corpusName = path.relative(root, corpusPath);
  corpus = gossip;
} else {
  const examples = readTextDir(path.join(root, 'examples'));
  if (examples.length === 0) fail(`no corpus: ${corpusPath} is missing and examples/ has no .txt file`);
  corpusName = `examples/*.txt (${examples.length} file${examples.length === 1 ? '' : 's'}) repeated`;
  notes.push(`${corpusPath} not found: fell back to examples/*.txt repeated to ${MIN_ARTICLES} articles`);
  corpus = cycleTo(examples, MIN_ARTICLES);
}
const passes = limit === null ? Math.max(1, Math.ceil(MIN_ARTICLES / corpus.length)) : 0;
const timed = limit === null ? cycleTo(corpus, passes * corpus.length) : cycleTo(corpus, limit);
/** One pass over the articles the batch runs read: the corpus, or the first --limit articles. */
const batchSet = limit === null ? corpus : timed.slice(0, Math.min(limit, corpus.length));

const run = (a: CorpusArticle): number => analyze(a.text, a.title ? { title: a.title } : {}).quotes.length;

// ---- Warm-up, then the timed run (single thread, in process)
const warm = cycleTo(corpus, warmupN);
const warmStart = performance.now();
for (const a of warm) run(a);
const warmMs = performance.now() - warmStart;

const latencies: number[] = new Array(timed.length);
let bytes = 0;
let quotes = 0;
const t0 = performance.now();
for (let i = 0; i < timed.length; i++) {
  const a = timed[i]!;
  const s = performance.now();
  quotes += run(a);
  latencies[i] = performance.now() - s;
  bytes += Buffer.byteLength(a.text, 'utf8');
}
const totalMs = performance.now() - t0;
const sorted = [...latencies].sort((a, b) => a - b);
const peakRssMb = process.resourceUsage().maxRSS / 1024;

const inProcess = {
  articles: timed.length,
  passes: limit === null ? passes : timed.length / corpus.length,
  warmup: warm.length,
  warmupSeconds: warmMs / 1000,
  seconds: totalMs / 1000,
  articlesPerSecond: timed.length / (totalMs / 1000),
  mbPerSecond: bytes / 1e6 / (totalMs / 1000),
  megabytes: bytes / 1e6,
  quotesFound: quotes,
  latencyMs: {
    mean: mean(latencies),
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    p99: quantile(sorted, 0.99),
    max: sorted[sorted.length - 1] ?? Number.NaN,
  },
  peakRssMb,
};

// ---- The spine alone (quotations, speakers, sources), which the speed aim of the spine issue is about
const spineRun = createProcessor(spine);
const kb = bundledKb();
const articles = timed.map((a) => parseArticle({ text: a.text }));
let words = 0;
for (const a of timed) words += a.text.split(/\s+/).length;
for (const a of articles.slice(0, warmupN)) if (a.ok) spineRun.run(a.value, kb);
const s0 = performance.now();
for (const a of articles) if (a.ok) spineRun.run(a.value, kb);
const spineSeconds = (performance.now() - s0) / 1000;
const spineOnly = {
  articlesPerSecond: timed.length / spineSeconds,
  /** Normalised to the 600-word articles the aim is stated in. */
  sixHundredWordArticlesPerSecond: words / 600 / spineSeconds,
  fullPipelineSixHundredWordArticlesPerSecond: words / 600 / inProcess.seconds,
  meanWords: words / timed.length,
};

// ---- The CLI: hearsay batch --jobs 1 and 2
interface BatchRun {
  readonly jobs: number;
  readonly articles: number;
  readonly seconds: number | null;
  readonly articlesPerSecond: number | null;
  readonly articlesPerSecondPerCore: number | null;
  readonly exitCode: number | null;
  readonly error: string | null;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts'))
      newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

function spawnBatch(file: string, jobs: number, articles: number): Promise<BatchRun> {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(
      process.execPath,
      [path.join(root, 'bin', 'hearsay.js'), 'batch', file, '--jobs', String(jobs), '--no-progress'],
      { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('close', (code) => {
      const seconds = (performance.now() - start) / 1000;
      const ok = code === 0;
      resolve({
        jobs,
        articles,
        seconds,
        articlesPerSecond: ok ? articles / seconds : null,
        articlesPerSecondPerCore: ok ? articles / seconds / jobs : null,
        exitCode: code,
        error: ok ? null : stderr.trim().split('\n')[0] || `exit ${code}`,
      });
    });
  });
}

const batches: BatchRun[] = [];
const built = existsSync(path.join(root, 'dist', 'cli', 'main.js'));
if (!runBatch) notes.push('hearsay batch runs skipped (--no-batch)');
else if (!built) notes.push('hearsay batch runs skipped: dist/ is not built (npm run build)');
else {
  const distTime = statSync(path.join(root, 'dist', 'cli', 'main.js')).mtimeMs;
  if (newestMtime(path.join(root, 'src')) > distTime) {
    notes.push('dist/ is older than src/: the batch runs measure the last build (npm run build to refresh)');
  }
  let tmp: string | null = null;
  let file = corpusPath;
  if (batchSet !== corpus || corpus !== gossip) {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'hearsay-bench-'));
    file = path.join(tmp, 'corpus.jsonl');
    writeFileSync(file, toJsonl(batchSet));
  }
  try {
    for (const jobs of [1, 2]) batches.push(await spawnBatch(file, jobs, batchSet.length));
  } finally {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}

const cpus = os.cpus();
const env = {
  node: process.version,
  cpu: cpus[0]?.model ?? 'unknown',
  cores: os.availableParallelism(),
  platform: `${os.platform()} ${os.arch()}`,
  /** 1-minute load average when the bench started and when it ended: other work skews the figures. */
  loadAverage: { start: loadAtStart, end: os.loadavg()[0]! },
};

if (args.json) {
  console.log(
    JSON.stringify(
      { corpus: corpusName, corpusArticles: corpus.length, env, inProcess, spineOnly, batch: batches, notes },
      null,
      2,
    ),
  );
} else {
  const f = (x: number, d = 1): string => x.toFixed(d);
  const out: string[] = [];
  out.push(
    `Node ${env.node}, ${env.cpu}, ${env.cores} cores, ${env.platform}; load average ${f(env.loadAverage.start, 2)} at start, ${f(env.loadAverage.end, 2)} at end`,
  );
  out.push(`Corpus: ${corpusName}, ${corpus.length} articles`);
  for (const n of notes) out.push(`Note: ${n}`);
  out.push('');
  out.push(
    `analyze, in process, one thread: ${inProcess.articles} articles (${f(inProcess.passes, 2)} passes, ${f(inProcess.megabytes, 2)} MB) after ${inProcess.warmup} warm-up articles`,
  );
  out.push(`  ${f(inProcess.articlesPerSecond)} articles/s per core   ${f(inProcess.mbPerSecond, 2)} MB/s`);
  out.push(
    `  latency ms: mean ${f(inProcess.latencyMs.mean, 2)}  p50 ${f(inProcess.latencyMs.p50, 2)}  p95 ${f(inProcess.latencyMs.p95, 2)}  p99 ${f(inProcess.latencyMs.p99, 2)}  max ${f(inProcess.latencyMs.max, 2)}`,
  );
  out.push(
    `  total ${f(inProcess.seconds, 2)} s, peak RSS ${f(peakRssMb, 0)} MB, ${inProcess.quotesFound} quotes found`,
  );
  out.push(
    `  = ${f(spineOnly.fullPipelineSixHundredWordArticlesPerSecond)} articles of 600 words/s (mean article: ${f(spineOnly.meanWords, 0)} words)`,
  );
  out.push('');
  out.push(
    `spine preset only (segment … sources), in process: ${f(spineOnly.articlesPerSecond)} articles/s per core = ${f(spineOnly.sixHundredWordArticlesPerSecond)} articles of 600 words/s`,
  );
  if (batches.length > 0) {
    out.push('');
    out.push(
      `hearsay batch (node bin/hearsay.js batch FILE --jobs N --no-progress > /dev/null), ${batchSet.length} articles, wall time incl. start-up:`,
    );
    for (const b of batches) {
      out.push(
        b.error
          ? `  --jobs ${b.jobs}: failed (${b.error})`
          : `  --jobs ${b.jobs}: ${f(b.seconds!, 2)} s   ${f(b.articlesPerSecond!)} articles/s   ${f(b.articlesPerSecondPerCore!)} articles/s per core`,
      );
    }
  }
  console.log(out.join('\n'));
}
