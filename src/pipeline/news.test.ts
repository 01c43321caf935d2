/**
 * The news preset's plumbing: `analyze(text, { preset: 'news' })` and `hearsay analyze --preset news`
 * report a belief said without quotation marks that the standard preset leaves out, with its exact
 * span, speaker and cue; the rest of the report is the standard's. Invented fixture.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { analyze, type Report } from '../index.ts';

const TEXT = `Senators met on Tuesday to weigh the budget before the recess.

Senator Dana Whitlow believes the tax plan will fail in the spring.

Aides said the vote would come next week.
`;

/** Each quotation as kind, exact words, speaker, cue and offsets. */
const quotes = (r: Report): unknown[] =>
  (r.quotes ?? []).map((q) => [
    q.kind,
    TEXT.slice(q.start, q.end),
    q.speaker.name,
    q.cue ? TEXT.slice(q.cue.start, q.cue.end) : null,
    q.start,
    q.end,
  ]);

const AIDES = ['indirect', 'the vote would come next week', 'Aides', 'said', 144, 173];
const BELIEF = [
  'indirect',
  'the tax plan will fail in the spring',
  'Senator Dana Whitlow',
  'believes',
  94,
  130,
];

test('analyze: the news preset finds the unmarked belief the standard preset leaves out', () => {
  assert.deepEqual(quotes(analyze(TEXT)), [AIDES]);
  const news = analyze(TEXT, { preset: 'news' });
  assert.deepEqual(quotes(news), [BELIEF, AIDES]);
  // the full pipeline: a score and checks, as the standard preset gives
  assert.equal(typeof news.score?.value, 'number');
});

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Runs the CLI (src/cli/main.ts) as a child process with `args`, `input` on stdin; its stdout. */
const hearsay = (args: readonly string[], input: string): string =>
  execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '-e',
      "import('./src/cli/main.ts').then((m) => m.main(['node', 'hearsay', ...process.argv.slice(1)]))",
      ...args,
    ],
    { cwd: ROOT, input, encoding: 'utf8' },
  );

test('hearsay analyze --preset news (the CLI as a child process) reports the same quotations', () => {
  const run = (...flags: string[]): Report =>
    JSON.parse(hearsay(['analyze', '-', '--format', 'json', ...flags], TEXT)) as Report;
  assert.deepEqual(quotes(run('--preset', 'news')), [BELIEF, AIDES]);
  assert.deepEqual(quotes(run()), [AIDES]);
});

test('hearsay batch --preset news reads every record in the news sense, --fields included', () => {
  const line = `${JSON.stringify({ id: 'a1', text: TEXT })}\n`;
  const run = (...flags: string[]): Report[] =>
    hearsay(['batch', '-', '--jobs', '1', '--no-progress', ...flags], line + line.replace('a1', 'a2'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Report);
  assert.deepEqual(run('--preset', 'news').map(quotes), [
    [BELIEF, AIDES],
    [BELIEF, AIDES],
  ]);
  // quotes alone would take the spine shortcut under the standard preset; the news reading still runs
  assert.deepEqual(run('--preset', 'news', '--fields', 'quotes').map(quotes), [
    [BELIEF, AIDES],
    [BELIEF, AIDES],
  ]);
  assert.deepEqual(run('--fields', 'quotes').map(quotes), [[AIDES], [AIDES]]);
});
