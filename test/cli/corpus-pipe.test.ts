/**
 * `hearsay export` and the corpus tables reach a pipe whole, however slowly it is read. They write with
 * fs.writeSync on fd 1; `main` used to touch process.stdout first, which makes a pipe non-blocking,
 * so every write past the pipe's 64 KB failed with EAGAIN (HS_DB_FAILED, or an internal error).
 * Run through bin/hearsay.js: under tsx the stream is opened anyway. A reader that stops early
 * (`| head`) ends the run quietly with status 0, and a full disk is HS_WRITE_FAILED, not the database's
 * fault (HS_DB_FAILED) nor an internal error: src/cli/stdout.ts, the same for `analyze`.
 */
import assert from 'node:assert/strict';
import { closeSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { openStore } from '../../src/corpus/index.ts';
import { analyze } from '../../src/index.ts';
import { assertOneLineError, ensureBuilt, hearsay } from './helpers.ts';

// more than a socket's buffer too (the test's child writes to a socket pair, ~200 KB of buffer)
const ARTICLES = 50;
const QUOTES = 60;
let dir = '';
let db = '';
before(async () => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'hearsay-cli-corpus-'));
  db = join(dir, 'store.db');
  const opened = await openStore(db);
  assert.ok(opened.ok);
  const store = opened.value;
  // invented articles, each with many long direct quotations, so the export is many times 64 KB
  for (let i = 0; i < ARTICLES; i++) {
    const text = Array.from(
      { length: QUOTES },
      (_, j) =>
        `"We have been planning stop ${j} of tour ${i} for a very long time, we have rehearsed every night since the winter, and we cannot wait to see everyone in every single city we visit," the singer said.`,
    ).join('\n\n');
    const report = analyze(text, { id: `story-${i}`, date: '2025-03-03', outlet: 'Invented Weekly' });
    await store.putReport(report);
  }
  await store.close();
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('export --table quotes to a slow pipe gives every row, status 0', async () => {
  const r = await hearsay(['export', '--db', db, '--table', 'quotes'], { slowReader: true, built: true });
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
  const rows = r.stdout.trimEnd().split('\n');
  assert.equal(rows.length, ARTICLES * QUOTES);
  assert.ok(r.stdout.length > 4 * 65536, `only ${r.stdout.length} bytes`);
  const last = JSON.parse(rows.at(-1)!) as { article_id: string; speaker: string };
  assert.equal(last.speaker, 'the singer');
});

test('quotes as a table to a slow pipe gives every quotation, status 0', async () => {
  const r = await hearsay(['quotes', '--db', db, '--limit', '100000', '--format', 'csv'], {
    slowReader: true,
    built: true,
  });
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
  // a header, then one line per quotation
  assert.equal(r.stdout.trimEnd().split('\n').length, ARTICLES * QUOTES + 1);
  assert.ok(r.stdout.length > 4 * 65536, `only ${r.stdout.length} bytes`);
});

for (const [name, args, first] of [
  ['export (JSON Lines)', ['export', '--table', 'quotes'], '{"article_id":"story-0","n":0,'],
  ['export (CSV)', ['export', '--table', 'quotes', '--format', 'csv'], 'article_id,n,quote_id,'],
  ['quotes', ['quotes', '--limit', '100000', '--format', 'csv'], 'article,speaker,kind,quotation\n'],
] as const)
  test(`${name} to a reader that stops after 1 KB (| head) ends quietly, status 0`, async () => {
    const r = await hearsay([...args, '--db', db], { closeAfter: 1024, built: true });
    assert.equal(r.stderr, '');
    assert.equal(r.status, 0);
    assert.equal(r.signal, null);
    assert.ok(r.stdout.startsWith(first), r.stdout.slice(0, 80));
  });

const FULL = 'hearsay: HS_WRITE_FAILED could not write standard output: no space left on the device';
for (const args of [
  ['outlets'],
  ['outlets', '--format', 'json'],
  ['sources', '--format', 'csv'],
  ['person', 'the singer'],
  ['quotes'],
  ['stories'],
  ['export'],
  ['export', '--table', 'claims', '--format', 'csv'],
])
  test(`${args.join(' ')} > /dev/full → HS_WRITE_FAILED with its reason, exit 5`, async () => {
    const fd = openSync('/dev/full', 'w');
    try {
      const r = await hearsay([...args, '--db', db], { stdoutFd: fd, built: true });
      assert.equal(assertOneLineError(r, 'HS_WRITE_FAILED', 5), FULL);
    } finally {
      closeSync(fd);
    }
  });
