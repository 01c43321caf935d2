/**
 * The command line, run as a user runs it: `node bin/hearsay.js …` in a child process. Every failure
 * is exactly one line on stderr, `hearsay: <CODE> …`, with a non-zero exit and never a stack trace.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { analyze } from '../../src/index.ts';
import { fixture, fixturePath } from './helpers.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'hearsay.js');

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI with the given arguments (and standard input), never through a shell. */
function hearsay(args: readonly string[], input?: string): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    input: input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', HEARSAY_DEBUG: '' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Asserts a failure: non-zero exit, and stderr exactly one line starting with `hearsay: CODE`. */
function assertOneLineError(run: Run, code: string, exit?: number): string {
  assert.notEqual(run.status, 0, 'expected a non-zero exit');
  if (exit !== undefined) assert.equal(run.status, exit);
  assert.ok(run.stderr.endsWith('\n'), `stderr does not end in a newline: ${JSON.stringify(run.stderr)}`);
  const lines = run.stderr.slice(0, -1).split('\n');
  assert.equal(lines.length, 1, `stderr has ${lines.length} lines:\n${run.stderr}`);
  assert.ok(lines[0]!.startsWith(`hearsay: ${code} `), `stderr: ${run.stderr}`);
  assert.ok(!run.stderr.includes('    at '), 'stack trace on stderr');
  return lines[0]!;
}

/** The newest modification time of any file under a folder. */
function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

let tmp = '';
const allStderr: string[] = [];
const run = (args: readonly string[], input?: string): Run => {
  const r = hearsay(args, input);
  allStderr.push(r.stderr);
  return r;
};

before(() => {
  // build once when dist/ is missing or older than any source file
  const main = join(ROOT, 'dist', 'cli', 'main.js');
  let built = 0;
  try {
    built = statSync(main).mtimeMs;
  } catch {
    built = 0;
  }
  if (built < newest(join(ROOT, 'src')))
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
  tmp = mkdtempSync(join(tmpdir(), 'hearsay-cli-'));
});

after(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('hearsay analyze', () => {
  test('--format json prints the same report the library gives', () => {
    const r = run(['analyze', fixturePath('insiders.txt'), '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    const report = JSON.parse(r.stdout);
    assert.equal(report.text, fixture('insiders.txt'));
    assert.deepEqual(report, JSON.parse(JSON.stringify(analyze(fixture('insiders.txt')))));
  });

  test('--format json reads the date marker and front matter', () => {
    const a = JSON.parse(run(['analyze', fixturePath('pop-split.txt'), '--format', 'json']).stdout);
    assert.equal(a.meta.date, '2024-05-14');
    const b = JSON.parse(run(['analyze', fixturePath('royal-rift.txt'), '-f', 'json']).stdout);
    assert.equal(b.meta.title, 'Palace Frost: Sisters Snub Each Other at Gala');
    assert.equal(b.meta.outlet, 'Glimmer Weekly');
  });

  test('--date overrides the text’s date', () => {
    const r = run(['analyze', fixturePath('pop-split.txt'), '--format', 'json', '--date', '2024-06-01']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).meta.date, '2024-06-01');
  });

  test('--format md prints Markdown with the title and the quotations', () => {
    const r = run(['analyze', fixturePath('royal-rift.txt'), '--format', 'md']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.split('\n')[0], '# Palace Frost: Sisters Snub Each Other at Gala');
    assert.match(r.stdout, /^## Quotations$/m);
    assert.match(r.stdout, /a Royal Insider \(anonymous; direct; cue “reveals”\)/);
  });

  test('--format text prints plain text with no colour when not on a terminal', () => {
    const r = run(['analyze', fixturePath('insiders.txt'), '--format', 'text']);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(!r.stdout.includes('\u001b['), 'ANSI escapes in piped output');
    assert.match(r.stdout, /^Quotations$/m);
    assert.match(r.stdout, /^\[7\] Benny Okafor \(named-person; direct; cue “added”\)$/m);
  });

  test('text is the default format', () => {
    const a = run(['analyze', fixturePath('insiders.txt')]);
    const b = run(['analyze', fixturePath('insiders.txt'), '--format', 'text']);
    assert.equal(a.status, 0);
    assert.equal(a.stdout, b.stdout);
  });

  test('- reads the article from standard input', () => {
    const r = run(['analyze', '-', '--format', 'json'], fixture('insiders.txt'));
    assert.equal(r.status, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).text, fixture('insiders.txt'));
  });

  test('a missing file → HS_FILE_NOT_FOUND', () => {
    const r = run(['analyze', join(tmp, 'no-such-article.txt')]);
    const line = assertOneLineError(r, 'HS_FILE_NOT_FOUND', 2);
    assert.ok(line.includes('no-such-article.txt'));
    assert.equal(r.stdout, '');
  });

  test('an empty file → HS_EMPTY_INPUT', () => {
    const file = join(tmp, 'empty.txt');
    writeFileSync(file, '');
    assertOneLineError(run(['analyze', file]), 'HS_EMPTY_INPUT', 3);
  });

  test('a whitespace-only file → HS_EMPTY_INPUT', () => {
    const file = join(tmp, 'blank.txt');
    writeFileSync(file, '  \n\n\t\n');
    assertOneLineError(run(['analyze', file]), 'HS_EMPTY_INPUT', 3);
  });

  test('a binary file → HS_BINARY_INPUT', () => {
    const file = join(tmp, 'photo.bin');
    writeFileSync(
      file,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]),
    );
    const r = run(['analyze', file]);
    assertOneLineError(r, 'HS_BINARY_INPUT', 3);
    assert.equal(r.stdout, '');
  });

  test('an impossible date in the text → HS_BAD_DATE', () => {
    assertOneLineError(run(['analyze', fixturePath('error-bad-date.txt')]), 'HS_BAD_DATE', 3);
  });

  test('unclosed front matter → HS_BAD_FRONT_MATTER', () => {
    assertOneLineError(
      run(['analyze', fixturePath('error-unclosed-front-matter.txt')]),
      'HS_BAD_FRONT_MATTER',
      3,
    );
  });

  test('a directory → HS_FILE_UNREADABLE', () => {
    assertOneLineError(run(['analyze', tmp]), 'HS_FILE_UNREADABLE', 2);
  });

  test('an unknown option or format → HS_BAD_OPTION', () => {
    assertOneLineError(run(['analyze', fixturePath('insiders.txt'), '--bogus']), 'HS_BAD_OPTION', 2);
    assertOneLineError(run(['analyze', fixturePath('insiders.txt'), '--format', 'pdf']), 'HS_BAD_OPTION', 2);
  });
});

describe('hearsay batch', () => {
  const records = [
    { id: 'pop', text: fixture('pop-split.txt') },
    { id: 7, text: fixture('insiders.txt'), outlet: 'Glimmer Weekly' },
    { id: 'royal', text: fixture('royal-rift.txt') },
    { id: 'short', text: '“It is over,” a pal says.', date: '2024-01-02', title: 'Over' },
    { text: 'No id here, an insider says.' },
  ];
  const jsonl = (recs: readonly unknown[]): string => recs.map((x) => JSON.stringify(x)).join('\n') + '\n';
  const write = (name: string, body: string): string => {
    const file = join(tmp, name);
    writeFileSync(file, body);
    return file;
  };
  const parse = (out: string): { id: string | null; text: string; meta: { date: string | null } }[] =>
    out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));

  test('one report per line, in input order, with the ids', () => {
    const r = run(['batch', write('corpus.jsonl', jsonl(records)), '--jobs', '1']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    const out = parse(r.stdout);
    assert.deepEqual(
      out.map((x) => x.id),
      ['pop', '7', 'royal', 'short', null],
    );
    assert.deepEqual(
      out.map((x) => x.text),
      records.map((x) => x.text),
    );
    assert.equal(out[3]!.meta.date, '2024-01-02');
  });

  test('--jobs 2 gives byte-for-byte the same output as --jobs 1', () => {
    const many = Array.from({ length: 24 }, (_, i) => ({ ...records[i % records.length]!, id: `r${i}` }));
    const file = write('many.jsonl', jsonl(many));
    const one = run(['batch', file, '--jobs', '1']);
    const two = run(['batch', file, '--jobs', '2']);
    assert.equal(one.status, 0, one.stderr);
    assert.equal(two.status, 0, two.stderr);
    assert.equal(two.stdout, one.stdout);
    assert.deepEqual(
      parse(two.stdout).map((x) => x.id),
      many.map((x) => x.id),
    );
  });

  test('blank lines are skipped', () => {
    const r = run([
      'batch',
      write('blanks.jsonl', `\n${JSON.stringify(records[3])}\n\n\n${JSON.stringify(records[0])}\n`),
    ]);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(
      parse(r.stdout).map((x) => x.id),
      ['short', 'pop'],
    );
  });

  const withBad = (): string =>
    write(
      'bad.jsonl',
      [
        JSON.stringify(records[0]),
        JSON.stringify(records[3]),
        '{"id": "broken", "text": ',
        JSON.stringify(records[2]),
      ].join('\n') + '\n',
    );

  for (const jobs of ['1', '2']) {
    test(`a malformed line stops the batch with one line naming it (--jobs ${jobs})`, () => {
      const r = run(['batch', withBad(), '--jobs', jobs]);
      const line = assertOneLineError(r, 'HS_BAD_JSON_LINE', 3);
      assert.match(line, /\bline 3\b/);
      // nothing after the bad line is written
      assert.ok(!r.stdout.includes('"id":"royal"'));
    });
  }

  test('--skip-bad goes on and lists the bad lines on stderr', () => {
    const file = write(
      'skip.jsonl',
      [
        JSON.stringify(records[0]),
        '{not json',
        JSON.stringify({ id: 'no-text', title: 'x' }),
        JSON.stringify({ id: 'bad-date', text: 'A pal says hi.', date: '2024-02-30' }),
        JSON.stringify(records[3]),
      ].join('\n') + '\n',
    );
    const r = run(['batch', file, '--skip-bad', '--jobs', '2']);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(
      parse(r.stdout).map((x) => x.id),
      ['pop', 'short'],
    );
    const lines = r.stderr.trimEnd().split('\n');
    assert.equal(lines[0], 'hearsay: skipped 3 bad line(s):');
    assert.equal(lines.length, 4);
    assert.match(lines[1]!, /^ {2}HS_BAD_JSON_LINE line 2\b/);
    assert.match(lines[2]!, /^ {2}HS_BAD_RECORD line 3: field "text"/);
    assert.match(lines[3]!, /^ {2}HS_BAD_DATE line 4: "2024-02-30": not a date; write dates as YYYY-MM-DD$/); // issue 16: its own code
    // the run already skips bad lines: the list does not advise --skip-bad
    assert.equal(lines[1], '  HS_BAD_JSON_LINE line 2: not valid JSON');
    assert.ok(!lines[2]!.includes('--skip-bad'), lines[2]);
    assert.ok(!r.stderr.includes('    at '));
  });

  test('a record that is not an object → HS_BAD_RECORD naming the line', () => {
    const r = run(['batch', write('scalar.jsonl', `${JSON.stringify(records[3])}\n42\n`)]);
    const line = assertOneLineError(r, 'HS_BAD_RECORD', 3);
    assert.match(line, /\bline 2\b/);
  });

  test('- reads JSON Lines from standard input', () => {
    const file = write('stdin.jsonl', jsonl(records));
    const fromFile = run(['batch', file, '--jobs', '1']);
    const fromStdin = run(['batch', '-', '--jobs', '1'], jsonl(records));
    assert.equal(fromStdin.status, 0, fromStdin.stderr);
    assert.equal(fromStdin.stdout, fromFile.stdout);
    assert.deepEqual(
      parse(fromStdin.stdout).map((x) => x.id),
      ['pop', '7', 'royal', 'short', null],
    );
  });

  test('empty standard input → HS_EMPTY_INPUT', () => {
    assertOneLineError(run(['batch', '-'], ''), 'HS_EMPTY_INPUT', 3);
  });

  test('a missing corpus → HS_FILE_NOT_FOUND', () => {
    assertOneLineError(run(['batch', join(tmp, 'missing.jsonl')]), 'HS_FILE_NOT_FOUND', 2);
  });

  test('an empty corpus file → HS_EMPTY_INPUT', () => {
    assertOneLineError(run(['batch', write('empty.jsonl', '')]), 'HS_EMPTY_INPUT', 3);
  });

  test('--jobs 0 → HS_BAD_OPTION', () => {
    assertOneLineError(
      run(['batch', write('one.jsonl', jsonl([records[3]])), '--jobs', '0']),
      'HS_BAD_OPTION',
      2,
    );
  });
});

describe('no stack traces, ever', () => {
  test('no stderr of any run above holds a stack frame', () => {
    assert.ok(allStderr.length >= 20, `only ${allStderr.length} runs recorded`);
    const traced = allStderr.filter((s) => s.includes('    at '));
    assert.deepEqual(traced, []);
  });
});
