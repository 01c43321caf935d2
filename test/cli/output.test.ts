/**
 * `hearsay analyze` writes its whole report to a pipe however slowly it is read, and a failed write
 * (a full disk) is HS_WRITE_FAILED on one line, not an internal error.
 */
import assert from 'node:assert/strict';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { assertOneLineError, ensureBuilt, hearsay } from './helpers.ts';

let dir = '';
let big = '';
let small = '';
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'hearsay-cli-output-'));
  // an invented story long enough that its JSON report is many times a pipe's 64 KB
  const para = 'The actor, 52, told friends "I have never been happier", a source close to him said.';
  big = join(dir, 'big.txt');
  writeFileSync(big, Array.from({ length: 400 }, () => para).join('\n\n'));
  small = join(dir, 'small.txt');
  writeFileSync(small, 'The singer, 30, said "we are fine" on Tuesday.\n');
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('a report far larger than a pipe reaches a slow reader whole', async () => {
  const r = await hearsay(['analyze', big, '--format', 'json'], { slowReader: true });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.ok(r.stdout.length > 8 * 65536, `only ${r.stdout.length} bytes`);
  const report = JSON.parse(r.stdout) as { text: string; quotes: unknown[] };
  assert.equal(report.quotes.length, 400);
  assert.ok(r.stdout.endsWith('}\n'));
});

test('the text and HTML views reach a slow reader whole too', async () => {
  const text = await hearsay(['analyze', big], { slowReader: true });
  assert.equal(text.status, 0, text.stderr);
  // the view ends on the last signal's line (which signal is last depends on the fitted weights)
  assert.match(text.stdout, /\n {2}[a-z-]+ +[+−-]\d+\.\d {4}\S.*\n$/);
  const html = await hearsay(['analyze', big, '--format', 'html'], { slowReader: true });
  assert.equal(html.status, 0, html.stderr);
  assert.ok(html.stdout.endsWith('</html>\n'), html.stdout.slice(-80));
});

test('a full disk on stdout → HS_WRITE_FAILED, exit 5', async () => {
  const fd = openSync('/dev/full', 'w');
  try {
    const r = await hearsay(['analyze', small, '--format', 'json'], { stdoutFd: fd });
    assert.equal(
      assertOneLineError(r, 'HS_WRITE_FAILED', 5),
      'hearsay: HS_WRITE_FAILED could not write standard output: no space left on the device',
    );
  } finally {
    closeSync(fd);
  }
});

test('a reader that stops early (| head) ends analyze and batch quietly, status 0', async () => {
  ensureBuilt();
  const a = await hearsay(['analyze', big, '--format', 'json'], { closeAfter: 1024, built: true });
  assert.deepEqual([a.status, a.signal, a.stderr], [0, null, '']);
  const lines = Array.from({ length: 200 }, (_, i) =>
    JSON.stringify({ id: `n${i}`, text: 'The actor, 52, told friends "I have never been happier".' }),
  );
  const b = await hearsay(['batch', '-', '--no-progress', '--jobs', '1'], {
    input: `${lines.join('\n')}\n`,
    closeAfter: 1024,
    built: true,
  });
  assert.deepEqual([b.status, b.signal, b.stderr], [0, null, '']);
});
