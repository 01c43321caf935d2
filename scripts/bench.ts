/**
 * Measures how fast hearsay reads articles and where the time goes: in process on one thread (per stage,
 * latency, peak RSS), and through `hearsay batch --jobs 1..N` against a floor, in the same run.
 *
 *   npm run bench                   GossipCop dev (../shared/data/gossipcop-dev.jsonl), table on stdout
 *   npm run bench -- --limit 500 --json
 *   npm run bench -- --rss-check    only the memory check: batch peak RSS at 10,000 and 100,000 articles
 *   options: --limit N (analyze N articles in process, cycling through the corpus; default: the whole
 *            corpus, in whole passes until at least 2,000 articles)  --warmup N (default 200)
 *            --batch-passes N (the batch runs read the corpus N times over, default 4: GossipCop dev ×4)
 *            --max-jobs N (batch runs --jobs 1..N, default cores + 1)  --repeat N (rounds of batch runs,
 *            interleaved floor, --jobs 1, 2, … so A/B share the same minute; default 1)
 *            --cpu-prof (write CPU profiles: the in-process run and every batch child, into --cpu-prof-dir,
 *            default ./bench-profiles; a summary of self time is printed)  --rss-sizes A,B (with --rss-check)
 *            --no-batch (skip the child runs)  --json  --corpus FILE (another JSON Lines corpus)
 *
 * The floor (scripts/lib/floor.mjs) reads the same JSON Lines, parses each record, splits its text into
 * words and writes one line per record: what any batch tool pays. Children run with node's own start-up
 * and report their CPU time and peak RSS (scripts/lib/rusage.mjs). Without the GossipCop file it falls
 * back to examples/*.txt repeated to 2,000 articles, and says so. The batch runs need dist/
 * (`npm run build`); they are skipped with a note when it is missing.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseScriptArgs } from './lib/args.ts';
import { parseArticle } from '../src/article.ts';
import { analyze, bundledKb, createProcessor } from '../src/index.ts';
import { spine, standard } from '../src/pipeline/presets.ts';
import { newDoc, toReport } from '../src/pipeline/processor.ts';
import { type CorpusArticle, cycleTo, readJsonlCorpus, readTextDir, toJsonl } from './lib/corpus.ts';
import { type CpuProfile, profiled, selfTime } from './lib/profile.ts';
import { mean, quantile } from './lib/stats.ts';

const loadAtStart = os.loadavg()[0]!;
const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const MIN_ARTICLES = 2000;
const cores = os.availableParallelism();

const { values: args } = parseScriptArgs({
  options: {
    limit: { type: 'string' },
    warmup: { type: 'string', default: '200' },
    'batch-passes': { type: 'string', default: '4' },
    'max-jobs': { type: 'string', default: String(cores + 1) },
    repeat: { type: 'string', default: '1' },
    'cpu-prof': { type: 'boolean', default: false },
    'cpu-prof-dir': { type: 'string', default: 'bench-profiles' },
    'rss-check': { type: 'boolean', default: false },
    'rss-sizes': { type: 'string', default: '10000,100000' },
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
const whole = (name: string, v: string | undefined, min: number): number => {
  const n = Number(v);
  if (!(Number.isInteger(n) && n >= min)) fail(`--${name} must be a whole number of ${min} or more`);
  return n;
};
const limit = args.limit === undefined ? null : whole('limit', args.limit, 1);
const warmupN = whole('warmup', args.warmup, 0);
const batchPasses = whole('batch-passes', args['batch-passes'], 1);
const maxJobs = whole('max-jobs', args['max-jobs'], 1);
const repeat = whole('repeat', args.repeat, 1);
const rssSizes = (args['rss-sizes'] ?? '').split(',').map((s) => whole('rss-sizes', s, 1));
const profDir = args['cpu-prof'] ? path.resolve(args['cpu-prof-dir']!) : null;
if (profDir) mkdirSync(profDir, { recursive: true });
const f = (x: number, d = 1): string => x.toFixed(d);
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

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

// ---- Child processes (the floor and hearsay batch), with their CPU time and peak RSS
interface ChildRun {
  readonly what: string;
  readonly jobs: number | null;
  readonly round: number;
  readonly articles: number;
  readonly megabytes: number;
  readonly seconds: number;
  readonly articlesPerSecond: number | null;
  readonly mbPerSecond: number | null;
  /** User + system CPU time of the whole process (all its threads). */
  readonly cpuSeconds: number | null;
  readonly maxRssMb: number | null;
  readonly loadAverage: number;
  readonly exitCode: number | null;
  readonly error: string | null;
}

const RUSAGE = path.join(root, 'scripts', 'lib', 'rusage.mjs');
function runChild(
  what: string,
  jobs: number | null,
  round: number,
  argv: readonly string[],
  file: string,
  articles: number,
): Promise<ChildRun> {
  const megabytes = statSync(file).size / 1e6;
  const prof = profDir ? ['--cpu-prof', '--cpu-prof-dir', profDir] : [];
  return new Promise((resolve) => {
    const loadAverage = os.loadavg()[0]!;
    const start = performance.now();
    const child = spawn(process.execPath, [...prof, '--import', RUSAGE, ...argv], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let usage = '';
    child.stderr!.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (d: Buffer) => {
      usage += d.toString();
    });
    child.on('close', (code) => {
      const seconds = (performance.now() - start) / 1000;
      const ok = code === 0;
      let ru: { userCPUTime: number; systemCPUTime: number; maxRSS: number } | null = null;
      try {
        ru = JSON.parse(usage);
      } catch {
        ru = null;
      }
      resolve({
        what,
        jobs,
        round,
        articles,
        megabytes,
        seconds,
        articlesPerSecond: ok ? articles / seconds : null,
        mbPerSecond: ok ? megabytes / seconds : null,
        cpuSeconds: ru ? (ru.userCPUTime + ru.systemCPUTime) / 1e6 : null,
        maxRssMb: ru ? ru.maxRSS / 1024 : null,
        loadAverage,
        exitCode: code,
        error: ok ? null : stderr.trim().split('\n')[0] || `exit ${code}`,
      });
    });
  });
}

const HEARSAY = path.join(root, 'bin', 'hearsay.js');
const batchArgv = (file: string, jobs: number): string[] => [
  HEARSAY,
  'batch',
  file,
  '--jobs',
  String(jobs),
  '--no-progress',
];

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

/** Whether dist/ can run the batch children; notes why not, or that it is older than src/. */
function distReady(): boolean {
  if (!existsSync(path.join(root, 'dist', 'cli', 'main.js'))) {
    notes.push('hearsay batch runs skipped: dist/ is not built (npm run build)');
    return false;
  }
  const distTime = statSync(path.join(root, 'dist', 'cli', 'main.js')).mtimeMs;
  if (newestMtime(path.join(root, 'src')) > distTime)
    notes.push('dist/ is older than src/: the batch runs measure the last build (npm run build to refresh)');
  return true;
}

const cpus = os.cpus();
const envOf = () => ({
  node: process.version,
  cpu: cpus[0]?.model ?? 'unknown',
  cores,
  platform: `${os.platform()} ${os.arch()}`,
  /** 1-minute load average when the bench started and when it ended: other work skews the figures. */
  loadAverage: { start: loadAtStart, end: os.loadavg()[0]! },
});
const envLine = (env: ReturnType<typeof envOf>): string =>
  `Node ${env.node}, ${env.cpu}, ${env.cores} cores, ${env.platform}; load average ${f(env.loadAverage.start, 2)} at start, ${f(env.loadAverage.end, 2)} at end`;

// ---- --rss-check: peak RSS of hearsay batch at two corpus sizes, and nothing else
if (args['rss-check']) {
  if (!distReady()) fail('--rss-check needs dist/ (npm run build)');
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'hearsay-bench-rss-'));
  const runs: ChildRun[] = [];
  try {
    for (const n of rssSizes) {
      const file = path.join(tmp, `corpus-${n}.jsonl`);
      writeFileSync(file, toJsonl(cycleTo(corpus, n)));
      runs.push(await runChild(`batch ${n}`, cores, 0, batchArgv(file, cores), file, n));
      rmSync(file, { force: true });
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const first = runs[0]?.maxRssMb ?? Number.NaN;
  const last = runs[runs.length - 1]?.maxRssMb ?? Number.NaN;
  const growth = last / first - 1;
  const env = envOf();
  if (args.json)
    console.log(JSON.stringify({ corpus: corpusName, env, rssCheck: { runs, growth }, notes }, null, 2));
  else {
    const out = [envLine(env), `Corpus: ${corpusName}, cycled`, ...notes.map((n) => `Note: ${n}`), ''];
    out.push(`hearsay batch --jobs ${cores}, peak RSS of the process (all threads) by corpus size:`);
    for (const r of runs)
      out.push(
        r.error
          ? `  ${r.articles} articles: failed (${r.error})`
          : `  ${r.articles} articles: peak RSS ${f(r.maxRssMb ?? Number.NaN, 0)} MB   ${f(r.seconds, 1)} s   ${f(r.articlesPerSecond ?? 0)} articles/s   load ${f(r.loadAverage, 2)}`,
      );
    out.push(
      `  growth ${pct(growth)} from ${rssSizes[0]} to ${rssSizes[rssSizes.length - 1]} articles (aim: within 10%)`,
    );
    console.log(out.join('\n'));
  }
  process.exit(0);
}

const passes = limit === null ? Math.max(1, Math.ceil(MIN_ARTICLES / corpus.length)) : 0;
const timed = limit === null ? cycleTo(corpus, passes * corpus.length) : cycleTo(corpus, limit);
/** One pass over the articles the batch runs read: the corpus, or the first --limit articles. */
const batchPass = limit === null ? corpus : timed.slice(0, Math.min(limit, corpus.length));

const run = (a: CorpusArticle): number => analyze(a.text, a.title ? { title: a.title } : {}).quotes.length;

// ---- Warm-up, then the timed run (single thread, in process)
const warm = cycleTo(corpus, warmupN);
const warmStart = performance.now();
for (const a of warm) run(a);
const warmMs = performance.now() - warmStart;

const latencies: number[] = new Array(timed.length);
let bytes = 0;
let quotes = 0;
const timedRun = (): number => {
  const t0 = performance.now();
  for (let i = 0; i < timed.length; i++) {
    const a = timed[i]!;
    const s = performance.now();
    quotes += run(a);
    latencies[i] = performance.now() - s;
    bytes += Buffer.byteLength(a.text, 'utf8');
  }
  return performance.now() - t0;
};
let inProcessProfile: CpuProfile | null = null;
let totalMs: number;
if (profDir) {
  const p = await profiled(timedRun);
  totalMs = p.value;
  inProcessProfile = p.profile;
  const file = path.join(profDir, `in-process-${Date.now()}.cpuprofile`);
  writeFileSync(file, JSON.stringify(p.profile));
  notes.push(`CPU profile of the in-process run (timings include the profiler): ${file}`);
} else totalMs = timedRun();
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

// ---- Where the time goes: the processor's loop run by hand with a clock per stage, plus what batch
// adds around it (parsing the record, building the report, serialising it)
const kb = bundledKb();
const full = createProcessor(standard);
const lines = timed.map((a) => JSON.stringify({ id: a.id, title: a.title, text: a.text }));
const stageMs = new Map<string, number>([['parse record', 0]]);
for (const s of full.stages) stageMs.set(s.name, 0);
stageMs.set('build report', 0);
stageMs.set('serialise (JSON)', 0);
const add = (k: string, ms: number): void => {
  stageMs.set(k, stageMs.get(k)! + ms);
};
for (const line of lines) {
  let t = performance.now();
  const rec = JSON.parse(line) as { id: string; title: string | null; text: string };
  const article = parseArticle({ id: rec.id, text: rec.text, title: rec.title });
  let now = performance.now();
  add('parse record', now - t);
  if (!article.ok) continue;
  const doc = newDoc(article.value, kb);
  const fields = doc as unknown as Record<string, unknown>;
  for (const stage of full.stages) {
    t = now;
    const added = stage.run(doc, full.options.get(stage.name)!) as Record<string, unknown>;
    for (const key in added) fields[key] = added[key];
    now = performance.now();
    add(stage.name, now - t);
  }
  t = now;
  const report = toReport(doc, full.gives);
  now = performance.now();
  add('build report', now - t);
  JSON.stringify(report);
  add('serialise (JSON)', performance.now() - now);
}
const stageTotal = [...stageMs.values()].reduce((a, b) => a + b, 0);
const stages = [...stageMs].map(([stage, ms]) => ({
  stage,
  msPerArticle: ms / lines.length,
  share: ms / stageTotal,
}));

// ---- The spine alone (quotations, speakers, sources), which the speed aim of the spine issue is about
/** Passes over the corpus of the spine-only run. */
const SPINE_PASSES = 3;
const spineRun = createProcessor(spine);
const articles = timed.map((a) => parseArticle({ text: a.text }));
let words = 0;
for (const a of timed) words += a.text.split(/\s+/).length;
for (const a of articles.slice(0, warmupN)) if (a.ok) spineRun.run(a.value, kb);
// three passes, the median reported with the range: one pass of this virtual machine swings by a
// quarter from one minute to the next, and a single sample made A/B comparisons of the spine a coin toss
const spinePasses: number[] = [];
for (let pass = 0; pass < SPINE_PASSES; pass++) {
  const s0 = performance.now();
  for (const a of articles) if (a.ok) spineRun.run(a.value, kb);
  spinePasses.push((performance.now() - s0) / 1000);
}
const spineSeconds = quantile(
  [...spinePasses].sort((a, b) => a - b),
  0.5,
);
const spineOnly = {
  articlesPerSecond: timed.length / spineSeconds,
  /** Articles/s of the slowest and the fastest pass. */
  articlesPerSecondRange: [timed.length / Math.max(...spinePasses), timed.length / Math.min(...spinePasses)],
  /** Normalised to the 600-word articles the aim is stated in. */
  sixHundredWordArticlesPerSecond: words / 600 / spineSeconds,
  fullPipelineSixHundredWordArticlesPerSecond: words / 600 / inProcess.seconds,
  meanWords: words / timed.length,
};

// ---- The floor and hearsay batch --jobs 1..N, interleaved per round
const children: ChildRun[] = [];
const batchArticles = batchPass.length * batchPasses;
if (args['no-batch']) notes.push('hearsay batch runs skipped (--no-batch)');
else if (distReady()) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'hearsay-bench-'));
  const file = path.join(tmp, 'corpus.jsonl');
  writeFileSync(file, toJsonl(cycleTo(batchPass, batchArticles)));
  try {
    for (let round = 0; round < repeat; round++) {
      children.push(
        await runChild(
          'floor',
          null,
          round,
          [path.join(root, 'scripts', 'lib', 'floor.mjs'), file],
          file,
          batchArticles,
        ),
      );
      for (let jobs = 1; jobs <= maxJobs; jobs++)
        children.push(await runChild('batch', jobs, round, batchArgv(file, jobs), file, batchArticles));
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
const floorOf = (round: number): ChildRun | undefined =>
  children.find((c) => c.what === 'floor' && c.round === round && !c.error);
const jobs1Of = (round: number): ChildRun | undefined =>
  children.find((c) => c.jobs === 1 && c.round === round && !c.error);
const batch = children
  .filter((c) => c.what === 'batch')
  .map((c) => {
    const floor = floorOf(c.round);
    const one = jobs1Of(c.round);
    return {
      ...c,
      articlesPerSecondPerCore: c.articlesPerSecond === null ? null : c.articlesPerSecond / (c.jobs ?? 1),
      /** Wall time over the floor's, same round. */
      timesTheFloor: floor && !c.error ? c.seconds / floor.seconds : null,
      /** Throughput over --jobs 1's, same round. */
      speedUp: one && !c.error ? one.seconds / c.seconds : null,
      /** CPU time per article over the in-process analysis's wall time per article (>1: what batch adds). */
      cpuOverInProcess:
        c.cpuSeconds === null ? null : c.cpuSeconds / c.articles / (inProcess.seconds / inProcess.articles),
    };
  });
// the fastest --jobs, by median wall time over the rounds
const medianSeconds = (jobs: number): number => {
  const xs = batch
    .filter((b) => b.jobs === jobs && !b.error)
    .map((b) => b.seconds)
    .sort((a, b) => a - b);
  return xs.length ? quantile(xs, 0.5) : Number.POSITIVE_INFINITY;
};
const jobsTried = [...new Set(batch.map((b) => b.jobs!))];
const fastestJobs = jobsTried.length
  ? jobsTried.reduce((a, b) => (medianSeconds(b) < medianSeconds(a) ? b : a))
  : null;

let profileSummary: ReturnType<typeof selfTime> | null = null;
if (inProcessProfile) profileSummary = selfTime(inProcessProfile, root);
if (profDir && children.length > 0)
  notes.push(`CPU profiles of the children (main thread and each worker): ${profDir}`);

const env = envOf();
if (args.json) {
  console.log(
    JSON.stringify(
      {
        corpus: corpusName,
        corpusArticles: corpus.length,
        env,
        inProcess,
        stages,
        spineOnly,
        floor: children.filter((c) => c.what === 'floor'),
        batch,
        fastestJobs,
        profile: profileSummary,
        notes,
      },
      null,
      2,
    ),
  );
} else {
  const out: string[] = [];
  out.push(envLine(env));
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
    `where the time goes, per article (the record path of batch, in process, ${lines.length} articles):`,
  );
  for (const s of stages)
    out.push(
      `  ${s.stage.padEnd(18)} ${f(s.msPerArticle * 1000, 0).padStart(6)} µs  ${pct(s.share).padStart(6)}`,
    );
  out.push(`  ${'total'.padEnd(18)} ${f((stageTotal / lines.length) * 1000, 0).padStart(6)} µs`);
  out.push('');
  out.push(
    `spine preset only (segment … sources), in process: ${f(spineOnly.articlesPerSecond)} articles/s per core = ${f(spineOnly.sixHundredWordArticlesPerSecond)} articles of 600 words/s (median of ${SPINE_PASSES} passes; range ${f(spineOnly.articlesPerSecondRange[0]!)}–${f(spineOnly.articlesPerSecondRange[1]!)})`,
  );
  if (children.length > 0) {
    out.push('');
    out.push(
      `child processes on ${batchArticles} articles (${batchPass.length} × ${batchPasses}, ${f(children[0]!.megabytes, 1)} MB), wall time incl. start-up, output to /dev/null; ${repeat} round(s), interleaved:`,
    );
    const mb = (x: number | null, d = 0): string => (x === null ? '?' : f(x, d));
    for (const c of children) {
      const b = c.what === 'batch' ? batch.find((x) => x.round === c.round && x.jobs === c.jobs) : undefined;
      const name = c.what === 'floor' ? 'floor' : `batch --jobs ${c.jobs}`;
      if (c.error) {
        out.push(`  [${c.round + 1}] ${name}: failed (${c.error})`);
        continue;
      }
      const extra = b
        ? `   ${b.timesTheFloor === null ? '' : `${f(b.timesTheFloor, 1)}× the floor`}   ${b.speedUp === null ? '' : `${f(b.speedUp, 2)}× --jobs 1`}`
        : '';
      out.push(
        `  [${c.round + 1}] ${name.padEnd(14)} ${f(c.seconds, 2).padStart(6)} s  ${f(c.articlesPerSecond!).padStart(7)} art/s  ${f(c.mbPerSecond!, 2).padStart(5)} MB/s  cpu ${mb(c.cpuSeconds, 1)} s  max RSS ${mb(c.maxRssMb)} MB  load ${f(c.loadAverage, 2)}${extra}`,
      );
    }
    if (fastestJobs !== null)
      out.push(
        `  fastest: --jobs ${fastestJobs} (median over rounds); batch's default is one worker per core (${cores} here)`,
      );
    const one = batch.find((b) => b.jobs === 1 && b.cpuOverInProcess !== null);
    if (one)
      out.push(
        `  batch --jobs 1 spends ${f(one.cpuOverInProcess!, 2)}× the in-process analysis time per article (CPU, all threads, incl. start-up)`,
      );
  }
  if (profileSummary) {
    out.push('');
    out.push('in-process CPU profile, self time by file (top 15):');
    for (const x of profileSummary.files) out.push(`  ${pct(x.share).padStart(6)}  ${x.name}`);
    out.push('by function (top 15):');
    for (const x of profileSummary.functions) out.push(`  ${pct(x.share).padStart(6)}  ${x.name}`);
  }
  console.log(out.join('\n'));
}
