/**
 * Mutation check of the named thresholds (issue 9 item 7: "moving any named threshold by a step fails
 * at least one test"). It enumerates every threshold programmatically: each field of each stage's
 * `options` schema in the standard preset (its default from `options.parse({})`), plus the named
 * option objects that stages use without exposing them (`EXTRA_GROUPS`). For each it rewrites the
 * default in the source one step up and one step down (a boolean is flipped), runs the tests that pin
 * thresholds, and prints which tests failed, or NOT PINNED. The source is restored after every run
 * (and on Ctrl-C); the script refuses to start on a tree with modified tracked files, so the restore
 * can never lose someone's edit.
 *
 *   npm run mutate:thresholds                       # every threshold, both directions
 *   npm run mutate:thresholds -- --only attribution # thresholds whose "stage.option" contains the word
 *   npm run mutate:thresholds -- --list             # the thresholds and where their defaults are written
 *   npm run mutate:thresholds -- --first            # each move stops at its first failing test
 *
 * `--first` is for a loaded machine: a move's run starts with the test files that name the option,
 * then those of its stage folder, and stops at the first failing test, so the table names one failing test per pinned
 * move (proof enough that it is pinned) instead of all of them; a move that is not pinned still
 * runs every file.
 *
 * A step is 1 for an integer; for a real it is documented in `REAL_STEPS` (an undocumented real
 * threshold stops the script rather than being skipped). Exit status 1 when any move is not pinned.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { z } from 'zod';
import { presetStages } from '../src/pipeline/presets.ts';
import { CUE_LIMITS } from '../src/stages/attribution/cues.ts';
import { POLNEAR_OPTIONS, REPORTED_DEFAULTS, REPORTED_LIMITS } from '../src/stages/attribution/reported.ts';
import { CITATION_LIMITS } from '../src/stages/attribution/sources.ts';
import { SPEAKER_LIMITS } from '../src/stages/attribution/speaker.ts';
import { SCAN_LIMITS } from '../src/score/token-match.ts';

/**
 * Steps of the real-valued thresholds: the resolution at which each is read. Scores are shown in
 * tenths, so a band edge moves by 0.1; probabilities move by 0.05, the finest difference a fixture
 * can sit between without depending on the fitted weights' last digits.
 */
const REAL_STEPS: Readonly<Record<string, number>> = {
  'claims.clauseConfidence': 0.05,
  'score.wellSupportedFrom': 0.1,
  'score.partlySupportedFrom': 0.1,
  'reported.minCueProbability': 0.05,
  'reported.minOtherCueProbability': 0.05,
  'polnear.minClauseProbability': 0.05,
};

/**
 * Named options a stage uses without exposing them in its schema: the constant holding them and its
 * file. `reported` is the reported-speech finder the attribution stage calls (attribution/reported.ts).
 */
const EXTRA_GROUPS: readonly { group: string; file: string; constant: string; values: object }[] = [
  {
    group: 'reported',
    file: 'src/stages/attribution/reported.ts',
    constant: 'REPORTED_DEFAULTS',
    values: REPORTED_DEFAULTS,
  },
  {
    group: 'reported',
    file: 'src/stages/attribution/reported.ts',
    constant: 'REPORTED_LIMITS',
    values: REPORTED_LIMITS,
  },
  {
    // the evaluation preset's clause-model cut (PolNeAR's notion of attribution, `eval:quotes` wide
    // rows): only the value written in the preset itself; the rest are spread from REPORTED_DEFAULTS
    group: 'polnear',
    file: 'src/stages/attribution/reported.ts',
    constant: 'POLNEAR_OPTIONS',
    values: { minClauseProbability: POLNEAR_OPTIONS.minClauseProbability },
  },
  {
    group: 'score-scan',
    file: 'src/score/token-match.ts',
    constant: 'SCAN_LIMITS',
    values: SCAN_LIMITS,
  },
  {
    group: 'attribution-cues',
    file: 'src/stages/attribution/cues.ts',
    constant: 'CUE_LIMITS',
    values: CUE_LIMITS,
  },
  {
    group: 'attribution-speaker',
    file: 'src/stages/attribution/speaker.ts',
    constant: 'SPEAKER_LIMITS',
    values: SPEAKER_LIMITS,
  },
  {
    group: 'attribution-sources',
    file: 'src/stages/attribution/sources.ts',
    constant: 'CITATION_LIMITS',
    values: CITATION_LIMITS,
  },
];

/** Test files besides every *thresholds.test.ts under src/ and test/ that pin thresholds. */
const EXTRA_TESTS: readonly string[] = ['src/score/signals-voice.test.ts'];

/** Where stage option schemas may be declared. */
const SOURCE_DIRS: readonly string[] = ['src/stages', 'src/score', 'src/segment', 'src/pipeline'];

type Value = number | boolean;

interface Threshold {
  /** Stage name, or the extra group's name. */
  readonly group: string;
  readonly option: string;
  readonly value: Value;
  readonly step: number | 'flip';
  /** The source file and the UTF-16 range of the default's expression in it. */
  readonly file: string;
  readonly start: number;
  readonly end: number;
}

interface Outcome {
  readonly threshold: Threshold;
  readonly movedTo: Value;
  /** Names of the failing tests ("suite > test"); empty when the move is not pinned. */
  readonly failed: readonly string[];
}

const git = (...args: string[]): string => spawnSync('git', args, { encoding: 'utf8' }).stdout.trim();

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return walk(p);
    return e.name.endsWith('.ts') ? [p] : [];
  });
}

const parsed = new Map<string, ts.SourceFile>();
function sourceOf(file: string): ts.SourceFile {
  let sf = parsed.get(file);
  if (!sf) {
    sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    parsed.set(file, sf);
  }
  return sf;
}

const propName = (p: ts.PropertyAssignment): string =>
  ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) ? p.name.text : '';

/**
 * The default's expression in a schema field: the argument of the chain's `.default(…)`, or the first
 * argument of a helper that builds the field (`count(4, 'about')` in checks/options.ts).
 */
function defaultArg(init: ts.Expression): ts.Expression | null {
  let e: ts.Expression = init;
  while (ts.isCallExpression(e)) {
    const callee = e.expression;
    if (ts.isPropertyAccessExpression(callee)) {
      if (callee.name.text === 'default') return e.arguments[0] ?? null;
      e = callee.expression;
    } else if (ts.isIdentifier(callee) && callee.text !== 'z') {
      return e.arguments[0] ?? null;
    } else return null;
  }
  return null;
}

/** Every `name: …default(X)` field of a `z.object({ … })` literal in the source dirs. */
function schemaDefaults(name: string): { file: string; node: ts.Expression }[] {
  const found: { file: string; node: ts.Expression }[] = [];
  for (const file of SOURCE_DIRS.flatMap(walk).filter((f) => !f.endsWith('.test.ts'))) {
    const visit = (n: ts.Node): void => {
      if (
        ts.isPropertyAssignment(n) &&
        propName(n) === name &&
        ts.isObjectLiteralExpression(n.parent) &&
        ts.isCallExpression(n.parent.parent) &&
        n.parent.parent.expression.getText() === 'z.object'
      ) {
        const arg = defaultArg(n.initializer);
        if (arg) found.push({ file, node: arg });
      }
      ts.forEachChild(n, visit);
    };
    visit(sourceOf(file));
  }
  return found;
}

/** The initializer of `name` in the object literal assigned to `constant` in `file`. */
function constantField(file: string, constant: string, name: string): ts.Expression {
  let out: ts.Expression | null = null;
  const visit = (n: ts.Node): void => {
    if (
      ts.isVariableDeclaration(n) &&
      ts.isIdentifier(n.name) &&
      n.name.text === constant &&
      n.initializer &&
      ts.isObjectLiteralExpression(n.initializer)
    ) {
      for (const p of n.initializer.properties)
        if (ts.isPropertyAssignment(p) && propName(p) === name) out = p.initializer;
    }
    ts.forEachChild(n, visit);
  };
  visit(sourceOf(file));
  if (!out) throw new Error(`${file}: no ${constant}.${name}`);
  return out;
}

function stepOf(key: string, value: unknown, accepts: (x: number) => boolean): number | 'flip' {
  if (typeof value === 'boolean') return 'flip';
  if (typeof value !== 'number') throw new Error(`${key}: a ${typeof value} threshold has no mutation`);
  const real = REAL_STEPS[key];
  if (real !== undefined) return real;
  if (!Number.isInteger(value) || accepts(value + 0.5))
    throw new Error(`${key} is real-valued: document its step in REAL_STEPS`);
  return 1;
}

/** Every named threshold, with where its default is written. */
export function thresholds(): Threshold[] {
  const out: Threshold[] = [];
  for (const stage of presetStages('standard')) {
    const schema = stage.options;
    const shape = schema instanceof z.ZodObject ? (schema.shape as Record<string, z.ZodType>) : {};
    for (const [option, value] of Object.entries(schema.parse({}) as Record<string, unknown>)) {
      const key = `${stage.name}.${option}`;
      // a string option names a choice (attribution's `reported`: which finder's options), not a
      // threshold: it has no step to move
      if (typeof value === 'string') continue;
      const at = schemaDefaults(option);
      if (at.length !== 1)
        throw new Error(`${key}: ${at.length} schema defaults of that name (${at.map((a) => a.file)})`);
      const { file, node } = at[0]!;
      const field = shape[option];
      const accepts = (x: number): boolean => field?.safeParse(x).success ?? false;
      const step = stepOf(key, value, accepts);
      out.push({ group: stage.name, option, value: value as Value, step, file, ...range(file, node) });
    }
  }
  for (const g of EXTRA_GROUPS) {
    for (const [option, value] of Object.entries(g.values)) {
      const key = `${g.group}.${option}`;
      const node = constantField(g.file, g.constant, option);
      // a plain constant has no schema: an integer value is read as an integer threshold
      const step = stepOf(key, value, () => false);
      out.push({ group: g.group, option, value: value as Value, step, file: g.file, ...range(g.file, node) });
    }
  }
  return out;
}

function range(file: string, node: ts.Expression): { start: number; end: number } {
  return { start: node.getStart(sourceOf(file)), end: node.getEnd() };
}

/** The moves of a threshold: one step each way, or the flip of a boolean. */
function moves(t: Threshold): Value[] {
  if (t.step === 'flip') return [!t.value];
  const v = t.value as number;
  // rounded so 0.4 - 0.05 prints as 0.35, not 0.35000000000000003
  const at = (x: number): number => Number(x.toFixed(6));
  return [at(v + t.step), at(v - t.step)];
}

/** The test files run for every move. */
export function testFiles(): string[] {
  // X.thresholds.test.ts beside a stage file, or thresholds.test.ts inside a stage's folder
  const pinned = ['src', 'test'].flatMap(walk).filter((f) => /(^|[/.])thresholds\.test\.ts$/.test(f));
  return [...new Set([...pinned, ...EXTRA_TESTS])].sort();
}

/** The stage folder of a threshold's group: "attribution-cues", "reported" and "polnear" live in attribution/. */
const folderOf = (group: string): string =>
  group === 'reported' || group === 'polnear' ? 'attribution' : group.split('-')[0]!;

/**
 * `files` in the order likeliest to fail first for a move of `t`: those that name the option, then
 * those of its stage folder, then the rest.
 */
export function likeliestFirst(files: readonly string[], t: Pick<Threshold, 'group' | 'option'>): string[] {
  const rank = (f: string): number =>
    (readFileSync(f, 'utf8').includes(t.option) ? 0 : 2) + (f.includes(`/${folderOf(t.group)}/`) ? 0 : 1);
  return [...files].sort((x, y) => rank(x) - rank(y));
}

/** The test run in progress, so a signal can stop it before the source is restored. */
let running: ChildProcess | null = null;

/**
 * Runs `node --test` over `files` and collects its TAP output (asynchronously: signals stay live);
 * with `first`, stops the run at the first failing test.
 */
function tap(
  files: readonly string[],
  first = false,
): Promise<{ stdout: string; stderr: string; status: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=tap', ...files],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    running = child;
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      // a leaf's "not ok" line comes before its suite's: the failing test is already named
      if (first && /^ *not ok /m.test(d)) child.kill('SIGTERM');
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.on('close', (status) => {
      running = null;
      resolve({ stdout, stderr, status });
    });
  });
}

/** Runs the tests; the failing leaf tests as "suite > test", and how many passed. */
async function runTests(
  files: readonly string[],
  first = false,
): Promise<{ failed: string[]; passed: number }> {
  const r = await tap(files, first);
  const stack: string[] = [];
  const failing: string[] = [];
  let passed = 0;
  for (const line of r.stdout.split('\n')) {
    const sub = /^( *)# Subtest: (.*)$/.exec(line);
    if (sub) {
      stack.length = sub[1]!.length / 4;
      stack.push(sub[2]!);
      continue;
    }
    const res = /^( *)(not ok|ok) \d+ - (.*?)(?: # .*)?$/.exec(line);
    if (!res) continue;
    const depth = res[1]!.length / 4;
    const path = [...stack.slice(0, depth), res[3]!].join(' > ');
    if (res[2] === 'ok') passed++;
    else failing.push(path);
  }
  // a suite fails with its tests: keep the leaves only
  const leaves = failing.filter((p) => !failing.some((q) => q !== p && q.startsWith(`${p} > `)));
  // a run stopped at its first failure may have cut a suite's line short: keep the first leaf only
  if (first && leaves.length > 1) leaves.length = 1;
  if (r.status !== 0 && leaves.length === 0)
    leaves.push(`(test run failed: ${r.stderr.trim().split('\n')[0]})`);
  return { failed: leaves, passed };
}

/** The value the stage sees after a rewrite, read in a fresh process (proof the rewrite took). */
function liveValue(t: Threshold): unknown {
  const extra = EXTRA_GROUPS.find((g) => g.group === t.group && g.file === t.file && t.option in g.values);
  const probe = extra
    ? `import('./${extra.file}').then((m) => console.log(JSON.stringify(m.${extra.constant}[${JSON.stringify(t.option)}])))`
    : `import('./src/pipeline/presets.ts').then((m) => console.log(JSON.stringify(m.presetStages('standard').find((s) => s.name === ${JSON.stringify(t.group)}).options.parse({})[${JSON.stringify(t.option)}])))`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', probe], { encoding: 'utf8' });
  return JSON.parse(r.stdout.trim() || 'null');
}

async function main(argv: readonly string[]): Promise<number> {
  const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
  const first = argv.includes('--first');
  const all = thresholds().filter((t) => !only || `${t.group}.${t.option}`.includes(only));
  const files = testFiles();
  if (argv.includes('--list')) {
    for (const t of all)
      console.log(
        `${t.group}.${t.option} = ${t.value} (step ${t.step}) ${t.file}:${t.start} ${JSON.stringify(readFileSync(t.file, 'utf8').slice(t.start, t.end))}`,
      );
    return 0;
  }
  if (git('status', '--porcelain', '--untracked-files=no') !== '') {
    console.error('mutate-thresholds: tracked files are modified; commit or stash them first');
    return 2;
  }
  const originals = new Map<string, string>();
  const restore = (): void => {
    for (const [file, text] of originals) writeFileSync(file, text);
  };
  const onSignal = (): void => {
    running?.kill('SIGTERM');
    restore();
    process.exit(130);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  console.log(`${all.length} thresholds; tests: ${files.join(' ')}`);
  const base = await runTests(files);
  if (base.failed.length) {
    console.error(`the tests fail before any move: ${base.failed.join('; ')}`);
    return 2;
  }
  const outcomes: Outcome[] = [];
  try {
    for (const t of all) {
      const text = originals.get(t.file) ?? readFileSync(t.file, 'utf8');
      originals.set(t.file, text);
      for (const movedTo of moves(t)) {
        writeFileSync(t.file, text.slice(0, t.start) + String(movedTo) + text.slice(t.end));
        let { failed } = first ? await runTests(likeliestFirst(files, t), true) : await runTests(files);
        if (failed.length === 0 && liveValue(t) !== movedTo) failed = ['(MUTATION NOT APPLIED)'];
        writeFileSync(t.file, text);
        outcomes.push({ threshold: t, movedTo, failed });
        const shown = failed.length ? failed.join('; ') : 'NOT PINNED';
        console.error(`  ${t.group}.${t.option} ${t.value} → ${movedTo}: ${shown}`);
      }
    }
  } finally {
    restore();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  printTable(outcomes, base.passed);
  return outcomes.some((o) => o.failed.length === 0) ? 1 : 0;
}

function printTable(outcomes: readonly Outcome[], tests: number): void {
  console.log('');
  console.log('| stage | option | default | moved to | failing tests |');
  console.log('|---|---|---|---|---|');
  for (const o of outcomes) {
    const t = o.threshold;
    const cell = o.failed.length
      ? o.failed.map((f) => f.replaceAll('|', '\\|')).join('<br>')
      : '**NOT PINNED**';
    console.log(`| ${t.group} | ${t.option} | ${t.value} | ${o.movedTo} | ${cell} |`);
  }
  const pinned = outcomes.filter((o) => o.failed.length > 0).length;
  const names = new Set(outcomes.map((o) => `${o.threshold.group}.${o.threshold.option}`)).size;
  console.log('');
  console.log(
    `${names} thresholds, ${outcomes.length} moves: ${pinned} pinned, ${outcomes.length - pinned} not pinned`,
  );
  console.log(`(${tests} tests in the pinning files, all passing before any move)`);
}

if (import.meta.url === `file://${process.argv[1]}`)
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
