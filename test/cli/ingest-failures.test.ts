/**
 * A failed `hearsay ingest` writes nothing: every input is checked before the store is opened, and a
 * store the run created but could put no article in is removed (with its -wal and -shm files). An
 * existing store is left byte for byte as it was. A URL of another scheme than http(s) is
 * HS_FETCH_PROTOCOL, not a missing file. Runs bin/hearsay.js, as a user does.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  closeSync,
  constants,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { assertOneLineError, ensureBuilt, hearsay } from './helpers.ts';

let dir = '';
const GOOD = `${JSON.stringify({ id: 'g1', text: 'The singer, 30, said "we are fine" on Tuesday.', outlet: 'TMZ' })}\n`;
before(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'hearsay-cli-ingest-fail-'));
  writeFileSync(join(dir, 'good.jsonl'), GOOD);
  writeFileSync(join(dir, 'bad.jsonl'), '{"id": "b1", "text": \n');
  writeFileSync(join(dir, 'empty.jsonl'), '');
  mkdirSync(join(dir, 'folder'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

const files = (): string[] => readdirSync(dir).sort();
const BEFORE = ['bad.jsonl', 'empty.jsonl', 'folder', 'good.jsonl'];

for (const [what, args, code, exit, line] of [
  [
    'a missing file',
    ['missing.jsonl'],
    'HS_FILE_NOT_FOUND',
    2,
    'hearsay: HS_FILE_NOT_FOUND file not found: missing.jsonl',
  ],
  [
    'a missing file after a good one',
    ['good.jsonl', 'missing.jsonl'],
    'HS_FILE_NOT_FOUND',
    2,
    'hearsay: HS_FILE_NOT_FOUND file not found: missing.jsonl',
  ],
  [
    'a folder',
    ['folder'],
    'HS_FILE_UNREADABLE',
    2,
    'hearsay: HS_FILE_UNREADABLE cannot read folder: check that it is a file you may read',
  ],
  [
    'an empty file',
    ['empty.jsonl'],
    'HS_EMPTY_INPUT',
    3,
    'hearsay: HS_EMPTY_INPUT empty.jsonl is empty: give an article with some text',
  ],
  [
    'a bad first line',
    ['bad.jsonl'],
    'HS_BAD_JSON_LINE',
    3,
    'hearsay: HS_BAD_JSON_LINE line 1: not valid JSON (use --skip-bad to go on past bad lines)',
  ],
  [
    'an ftp:// URL',
    ['ftp://example.com/corpus.jsonl'],
    'HS_FETCH_PROTOCOL',
    2,
    'hearsay: HS_FETCH_PROTOCOL only http and https URLs can be fetched, not ftp://example.com/corpus.jsonl',
  ],
  [
    'a missing knowledge base',
    ['good.jsonl', '--kb', 'nokb.jsonl'],
    'HS_BAD_KB',
    3,
    'hearsay: HS_BAD_KB knowledge base nokb.jsonl: file not found',
  ],
] as const)
  test(`ingest of ${what} → ${code}, exit ${exit}, and no store file left`, async () => {
    const r = await hearsay(['ingest', ...args, '--db', 'new.db', '--no-progress'], {
      cwd: dir,
      built: true,
    });
    assert.equal(assertOneLineError(r, code, exit), line);
    assert.equal(r.stdout, '');
    assert.deepEqual(files(), BEFORE);
  });

test('a failed ingest into an existing store leaves it byte for byte as it was', async () => {
  const db = join(dir, 'kept.db');
  const first = await hearsay(['ingest', 'good.jsonl', '--db', db, '--no-progress'], {
    cwd: dir,
    built: true,
  });
  assert.equal(first.status, 0, first.stderr);
  const bytes = readFileSync(db);
  for (const args of [
    ['bad.jsonl'],
    ['ftp://x/y'],
    ['missing.jsonl'],
    ['good.jsonl', '--kb', 'nokb.jsonl'],
  ]) {
    const r = await hearsay(['ingest', ...args, '--db', db, '--no-progress'], { cwd: dir, built: true });
    assert.notEqual(r.status, 0);
    assert.ok(readFileSync(db).equals(bytes), `${args.join(' ')} changed the store`);
  }
  assert.deepEqual(files(), [...BEFORE, 'kept.db'].sort());
  rmSync(db);
});

/** Runs the CLI on a named pipe while writing `content` into it, as `<(zcat …)` does. */
async function throughFifo(fifo: string, content: string, args: readonly string[]) {
  const run = hearsay(args, { cwd: dir, built: true }).then((r) => {
    // a CLI that never opened the pipe would leave the writer below waiting: open it to let go
    closeSync(openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK));
    return r;
  });
  await writeFile(fifo, content);
  return run;
}

test('ingest and batch read a named pipe (<(zcat corpus.jsonl.gz)) like standard input', async () => {
  const fifo = join(dir, 'pipe');
  execFileSync('mkfifo', [fifo]);
  try {
    const r = await throughFifo(fifo, GOOD, ['batch', fifo, '--no-progress', '--fields', 'quotes']);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { id: string; quotes: { kind: string }[] };
    assert.deepEqual([out.id, out.quotes.map((q) => q.kind)], ['g1', ['mixed']]);
    const i = await throughFifo(fifo, GOOD, ['ingest', fifo, '--db', 'piped.db', '--no-progress']);
    assert.equal(i.stderr, 'hearsay: 1 added, 0 replaced, 0 already stored, in piped.db\n');
    assert.equal(i.status, 0);
  } finally {
    rmSync(fifo, { force: true });
    rmSync(join(dir, 'piped.db'), { force: true });
  }
});

test('enqueue says what is wrong with its inputs before it reaches Redis, and enqueues nothing', async () => {
  // nothing listens on port 9 (discard): reaching Redis would fail with HS_REDIS_UNREACHABLE instead
  const redis = ['--redis', 'redis://127.0.0.1:9'];
  const ftp = await hearsay(['enqueue', 'good.jsonl', 'ftp://example.com/a.jsonl', ...redis], {
    cwd: dir,
    built: true,
  });
  assert.equal(
    assertOneLineError(ftp, 'HS_FETCH_PROTOCOL', 2),
    'hearsay: HS_FETCH_PROTOCOL only http and https URLs can be fetched, not ftp://example.com/a.jsonl',
  );
  const missing = await hearsay(['enqueue', 'good.jsonl', 'missing.jsonl', ...redis], {
    cwd: dir,
    built: true,
  });
  assert.equal(
    assertOneLineError(missing, 'HS_FILE_NOT_FOUND', 2),
    'hearsay: HS_FILE_NOT_FOUND file not found: missing.jsonl',
  );
});
