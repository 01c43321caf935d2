/**
 * `hearsay batch` on a binary file says so (HS_BINARY_INPUT, as analyze does) instead of calling its
 * first line bad JSON; a good JSON Lines file with a bad line still says HS_BAD_JSON_LINE.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { hearsay } from './helpers.ts';

let dir = '';
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'hearsay-cli-batch-binary-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('a binary file given to batch is HS_BINARY_INPUT on one line, exit 3, and writes nothing', async () => {
  const file = join(dir, 'blob.dat');
  writeFileSync(file, Buffer.from([0x7b, 0x00, 0x01, 0xff, 0xfe, 0x0a]));
  const r = await hearsay(['batch', file]);
  assert.equal(r.status, 3);
  assert.equal(r.stdout, '');
  assert.equal(
    r.stderr,
    'hearsay: HS_BINARY_INPUT line 1 looks binary, not text: give a UTF-8 text, HTML or JSON Lines file\n',
  );
});

test('a text line that is not JSON is still HS_BAD_JSON_LINE', async () => {
  const file = join(dir, 'bad.jsonl');
  writeFileSync(file, '{"id": "a", "text": "The singer, 30, said "hello" to fans."\n');
  const r = await hearsay(['batch', file]);
  assert.equal(r.status, 3);
  assert.equal(
    r.stderr,
    'hearsay: HS_BAD_JSON_LINE line 1: not valid JSON (use --skip-bad to go on past bad lines)\n',
  );
});
