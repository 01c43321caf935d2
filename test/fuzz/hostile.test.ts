/**
 * Issue 16's list, item by item, through the command line (run from the sources) and the library:
 * crafted files, batch records that kill their worker, limits, pipes, signals, ids, locks, escapes.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { reportError } from '../../src/cli/errors.ts';
import { rawNumericId } from '../../src/cli/record.ts';
import { HearsayError } from '../../src/errors.ts';
import { analyze, analyzeArticle, bundledKb } from '../../src/index.ts';
import { lockOutput, prepareOutput } from '../../src/input/feed.ts';
import { boundDepth, extractArticle, MAX_HTML_DEPTH } from '../../src/input/html.ts';
import { Entity, Report, Span } from '../../src/report/schema.ts';
import { mdLink, mdText, visible } from '../../src/render/escape.ts';
import { renderMarkdown } from '../../src/render/markdown.ts';
import { renderText } from '../../src/render/text.ts';
import { capitalRun } from '../../src/stages/entities/names.ts';
import { ENTITY_DEFAULTS } from '../../src/stages/entities/options.ts';
import { marks6k, marks26k } from './shapes.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RUN = fileURLToPath(new URL('./run-cli.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'hearsay-hostile-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const jsonl = (...records: unknown[]): string => `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}
/** The CLI from the sources, in a child process. */
const hearsay = (args: readonly string[], input = ''): Run => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', RUN, ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', HEARSAY_DEBUG: '' },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};
const ids = (stdout: string): unknown[] =>
  stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { id: unknown }).id);

test('item 1: the crafted 6.4 KB and 26 KB files give a normal report, one claim per sentence', () => {
  for (const [text, sentences] of [
    [marks6k(), 200],
    [marks26k(), 1000],
  ] as const) {
    const r = analyze(text);
    assert.ok(Report.safeParse(r).success);
    assert.ok(r.claims.length <= sentences, `${r.claims.length} claims for ${sentences} sentences`);
    assert.ok(renderText(r, { color: false, width: 100 }).length > 0);
  }
});

test('item 1 and 9: in batch --skip-bad, a record that kills its worker fails alone and later records are written', () => {
  const input = file(
    'oom.jsonl',
    jsonl(
      { id: 'before', text: 'Kim said she is fine.' },
      { id: 'marks', text: marks26k() },
      { id: 'huge', text: 'Harry, 40, '.repeat(150_000) },
      { id: 'after', text: 'An insider says the couple split.' },
    ),
  );
  const r = hearsay(['batch', input, '--skip-bad', '--jobs', '1', '--max-heap-mb', '40']);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(ids(r.stdout), ['before', 'marks', 'after']);
  assert.match(
    r.stderr,
    /^hearsay: skipped 1 bad line\(s\):\n {2}HS_WORKER_FAILED a worker failed: line 3: /,
  );
});

test('item 9: a record past --max-chars is refused alone with HS_TOO_LARGE', () => {
  const input = file(
    'big.jsonl',
    jsonl({ id: 'a', text: 'x'.repeat(5000) }, { id: 'b', text: 'She is fine.' }),
  );
  const r = hearsay(['batch', input, '--skip-bad', '--max-chars', '1000', '--jobs', '2']);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(ids(r.stdout), ['b']);
  assert.match(r.stderr, /HS_TOO_LARGE line 1: a \(5000 characters\) is larger than the article size limit/);
  const one = hearsay(['analyze', '-', '--max-chars', '10'], 'An insider says the couple split.');
  assert.equal(one.status, 3);
  assert.equal(
    one.stderr,
    'hearsay: HS_TOO_LARGE the article (33 characters) is larger than the article size limit: raise --max-chars, or split it\n',
  );
});

test('item 2: the time budget fails an article with HS_TIME_BUDGET (library, analyze, batch)', () => {
  const text = 'Harry said “I am fine,” an insider claims. '.repeat(2000);
  const r = analyzeArticle({ id: 'slow', text }, bundledKb(), { maxMs: 0 });
  assert.ok(!r.ok);
  assert.equal(r.error.code, 'HS_TIME_BUDGET');
  assert.match(r.error.message, /^slow \(stopped after segment\): the analysis ran past the time budget/);
  const cli = hearsay(['analyze', file('slow.txt', text), '--max-ms', '1']);
  assert.equal(cli.status, 3);
  assert.match(
    cli.stderr,
    /^hearsay: HS_TIME_BUDGET the article \(stopped after \w+\): the analysis ran past/,
  );
  const batch = hearsay([
    'batch',
    file('slow.jsonl', jsonl({ id: 's', text })),
    '--skip-bad',
    '--max-ms',
    '1',
  ]);
  // nothing was written: --skip-bad says so with a non-zero exit (item 11)
  assert.equal(batch.status, 3);
  assert.match(batch.stderr, /HS_TIME_BUDGET line 1: /);
  assert.match(
    batch.stderr,
    /hearsay: HS_NOTHING_WRITTEN no report was written: every record of .* was bad\n$/,
  );
});

test('item 4: ESC/OSC sequences, C1 and bidi controls are shown, not sent, in text and error output', () => {
  const text =
    '---\ntitle: Big \u001b]52;c;aGk=\u0007 news\n---\nHarry said \u001b[2J “I am fine.” \u202eesrever \u009b31m\n';
  const out = renderText(analyze(text), { color: false, width: 100 });
  assert.equal(/[\u001b\u0007\u009b\u202e]/.test(out), false);
  assert.match(out, /^Big ␛\]52;c;aGk=␇ news\n/);
  assert.match(out, /Harry said ␛\[2J/);
  assert.equal(visible('a\u001bb\u0085c\u2066d\te\nf'), 'a␛b\ufffdc\ufffdd\te\nf');
  const bad = file('\u001b[31mred.txt', 'x');
  rmSync(bad);
  let stderr = '';
  const write = process.stderr.write;
  process.stderr.write = ((s: string) => {
    stderr += s;
    return true;
  }) as typeof process.stderr.write;
  try {
    reportError(new HearsayError('HS_FILE_NOT_FOUND', bad));
  } finally {
    process.stderr.write = write;
  }
  assert.equal(stderr.includes('\u001b'), false);
  assert.match(stderr, /␛\[31mred\.txt\n$/);
});

test("item 5: Markdown escapes the article's HTML and links only http(s)", () => {
  const text =
    'Harry said “<img src=x onerror=alert(1)> see [this](javascript:alert(1)) & <b>that</b>.”\n\n# not a heading\n\n1. not a list';
  const md = renderMarkdown(analyze(text, { url: 'javascript:alert(1)' }));
  assert.equal(md.includes('<img'), false);
  assert.equal(md.includes('<b>'), false);
  assert.equal(/(?<!\\)\]\(/.test(md), false, 'no live link');
  assert.match(md, /&lt;img src=x onerror=alert\(1\)&gt;/);
  assert.match(md, /(\n|>)\\# not a heading\n/);
  assert.match(md, /(\n|>)1\\\. not a list/);
  assert.equal(mdText('# h\n- li\n2) x'), '\\# h\n\\- li\n2\\) x');
  assert.equal(mdLink('https://example.com/a?b=1'), '<https://example.com/a?b=1>');
  assert.equal(mdLink('https://example.com/a?b=<c>'), 'https://example.com/a?b=&lt;c&gt;');
  assert.equal(mdLink('javascript:alert(1)'), 'javascript\\:alert(1)');
  assert.equal(mdText('a|b *c* `d`'), 'a\\|b \\*c\\* \\`d\\`');
});

test('item 6: feed resume streams the output for its ids and drops a cut last line', async () => {
  const out = file('feed-out.jsonl', '');
  const lines = Array.from({ length: 2000 }, (_, i) =>
    JSON.stringify({ schemaVersion: '1.0.0', id: `item-${i}`, text: 'x' }),
  );
  writeFileSync(out, `${lines.join('\n')}\n{"schemaVersion":"1.0.0","id":"cut`);
  const logged: string[] = [];
  const r = await prepareOutput(out, (l) => logged.push(l));
  assert.ok(r.ok);
  assert.equal(r.value.size, 2000);
  assert.ok(r.value.has('item-1999'));
  assert.equal(readFileSync(out, 'utf8').endsWith('"text":"x"}\n'), true);
  assert.deepEqual(logged, [`hearsay: dropped a truncated last line from ${out}`]);
});

test('item 11: a lock refuses a second run on one output; a stale lock is taken over', () => {
  const out = join(dir, 'locked.jsonl');
  const first = lockOutput(out);
  assert.ok(first.ok);
  const second = lockOutput(out);
  assert.ok(!second.ok);
  assert.equal(second.error.code, 'HS_OUTPUT_LOCKED');
  first.value();
  assert.equal(existsSync(`${out}.lock`), false);
  writeFileSync(`${out}.lock`, '2147483646\n'); // a pid no process has
  const stale = lockOutput(out);
  assert.ok(stale.ok);
  assert.equal(readFileSync(`${out}.lock`, 'utf8'), `${process.pid}\n`);
  stale.value();
});

test('item 7: an interrupted kb import leaves no temporary file behind', async () => {
  const fifo = join(dir, 'dump.fifo');
  spawnSync('mkfifo', [fifo]);
  const out = join(dir, 'kb-out.jsonl');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', RUN, 'kb', 'import', fifo, '-o', out, '--no-progress'],
    { cwd: ROOT, stdio: 'ignore' },
  );
  // the writer keeps the FIFO open (fd 3, inherited by sleep), so the import waits for more of the dump
  const writer = spawn('sh', ['-c', 'exec 3>"$0"; printf "[\\n" >&3; exec sleep 30', fifo], {
    stdio: 'ignore',
  });
  try {
    // wait until the import has opened its temporary file, then interrupt it
    for (let i = 0; i < 1200 && !readdirSync(dir).some((f) => f.endsWith('.tmp')); i++)
      await new Promise((r) => setTimeout(r, 50));
    assert.ok(
      readdirSync(dir).some((f) => f.endsWith('.tmp')),
      'the import started',
    );
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    child.kill('SIGTERM');
    assert.equal(await exited, 143);
  } finally {
    writer.kill('SIGKILL');
    child.kill('SIGKILL');
  }
  assert.deepEqual(
    readdirSync(dir).filter((f) => f.endsWith('.tmp')),
    [],
  );
  assert.equal(existsSync(out), false);
});

test('item 8: batch into a closed pipe ends quietly with status 0', () => {
  const input = file(
    'pipe.jsonl',
    jsonl(...Array.from({ length: 40 }, (_, i) => ({ id: `p${i}`, text: 'Kim said she is fine.' }))),
  );
  const r = spawnSync(
    'bash',
    [
      '-c',
      `set -o pipefail; node --import tsx ${RUN} batch ${input} --jobs 1 | head -n 2; echo "status \${PIPESTATUS[0]}" >&2`,
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  assert.equal(r.stdout.split('\n').filter(Boolean).length, 2);
  assert.equal(r.stderr, 'status 0\n');
});

test('item 8: SIGTERM stops a batch between lines: every line written is whole', async () => {
  const input = file(
    'long.jsonl',
    jsonl(
      ...Array.from({ length: 400 }, (_, i) => ({
        id: `l${i}`,
        text: 'An insider says “they are fine,” she said. '.repeat(200),
      })),
    ),
  );
  const out = join(dir, 'long-out.jsonl');
  const child = spawn('sh', ['-c', `exec node --import tsx ${RUN} batch ${input} --jobs 2 > ${out}`], {
    cwd: ROOT,
  });
  for (let i = 0; i < 1200 && (!existsSync(out) || readFileSync(out, 'utf8').split('\n').length < 3); i++)
    await new Promise((r) => setTimeout(r, 50));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  child.kill('SIGTERM');
  assert.equal(await exited, 143);
  const written = readFileSync(out, 'utf8');
  assert.ok(written.endsWith('\n'));
  const got = ids(written);
  assert.ok(got.length >= 2 && got.length < 400, `${got.length} lines`);
  assert.deepEqual(
    got,
    got.map((_, i) => `l${i}`),
  );
});

test('item 11: BOM, ids kept as written, 2^53 refused, bad date coded HS_BAD_DATE', () => {
  const input = file(
    'ids.jsonl',
    `\uFEFF${JSON.stringify({ id: 'a', text: 'She is fine.' })}\n{"id": 12345678901234567891, "text": "She is fine."}\n{"id": 1.50, "text": "She is fine."}\n{"id": 42, "text": "She is fine."}\n${JSON.stringify({ id: 'd', text: 'She is fine.', date: '2023-02-29' })}\n`,
  );
  const r = hearsay(['batch', input, '--skip-bad']);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(ids(r.stdout), ['a', '1.50', '42']);
  assert.match(r.stderr, /HS_BAD_RECORD line 2: field "id": the number 12345678901234567891 is beyond 2\^53/);
  assert.match(r.stderr, /HS_BAD_DATE line 5: "2023-02-29": not a date; write dates as YYYY-MM-DD/);
  const strict = hearsay([
    'batch',
    file('date.jsonl', jsonl({ id: 'd', text: 'x is.', date: '2023-02-29' })),
  ]);
  assert.equal(strict.status, 3);
  assert.match(strict.stderr, /^hearsay: HS_BAD_DATE /);
  assert.equal(rawNumericId('{"text":"\\"id\\": 5","meta":{"id":7},"id" : -1.0e3}'), '-1.0e3');
  assert.equal(rawNumericId('{"id":"s"}'), null);
});

test('item 11: the schema checks spans (end ≥ start, within the text) and entity names', () => {
  assert.equal(Span.safeParse({ start: 1, end: 0 }).success, false);
  assert.equal(Span.safeParse({ start: 1, end: 1 }).success, true);
  const e = { id: 'e1', kind: 'person', name: '', mentions: [], kbId: null, gender: null };
  assert.equal(Entity.safeParse(e).success, false);
  const r = analyze('Harry said he is fine.');
  assert.ok(Report.safeParse(r).success);
  const outside = { ...r, paragraphs: [{ start: 0, end: r.text.length + 1 }] };
  const parsed = Report.safeParse(outside);
  assert.ok(!parsed.success);
  assert.match(parsed.error.issues[0]!.message, /^span 0–23 is not within the text$/);
});

test('item 2: deep HTML nesting is bounded before parsing; its text survives', () => {
  const deep = `<html><body>${'<div>'.repeat(2000)}<p>The singer said she was very happy with the new album and the tour.</p>${'</div>'.repeat(2000)}</body></html>`;
  const bounded = boundDepth(deep);
  // <html> and <body> take the first two levels
  assert.equal((bounded.match(/<div>/g) ?? []).length, MAX_HTML_DEPTH - 2);
  assert.equal((bounded.match(/<\/div>/g) ?? []).length, MAX_HTML_DEPTH - 2);
  const a = extractArticle(deep);
  assert.ok(a.ok);
  assert.equal(a.value.text, 'The singer said she was very happy with the new album and the tour.');
  assert.equal(boundDepth('<p>a<p>b<br><img src=x></p>'), '<p>a<p>b<br><img src=x></p>');
});

test('item 2: a run of capitalised words is read as at most maxNameTokens tokens', () => {
  const r = analyze('Harry '.repeat(100));
  assert.ok(r.entities.every((e) => e.name.split(' ').length <= ENTITY_DEFAULTS.maxNameTokens));
  assert.equal(typeof capitalRun, 'function');
});
