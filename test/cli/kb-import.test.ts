/**
 * `hearsay kb import` on a file with no human in it (a knowledge base given by mistake, any JSON Lines
 * of objects) fails with HS_BAD_KB and leaves the existing output as it was, instead of replacing a good
 * knowledge base with an empty one.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { assertOneLineError, hearsay, ROOT } from './helpers.ts';

const MINI = join(ROOT, 'test/fixtures/wikidata/mini.json');
let dir = '';
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'hearsay-cli-kb-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('a knowledge base given as the dump → HS_BAD_KB, exit 3, the old knowledge base kept', async () => {
  const kb = join(dir, 'kb.jsonl');
  const made = await hearsay(['kb', 'import', MINI, '-o', kb]);
  assert.equal(made.status, 0, made.stderr);
  const before = readFileSync(kb, 'utf8');
  assert.equal(before.trim().split('\n').length, 6);
  // the user swaps the arguments' roles: the KB itself as the dump, written over a copy of itself
  const copy = join(dir, 'copy.jsonl');
  copyFileSync(kb, copy);
  const r = await hearsay(['kb', 'import', kb, '-o', copy], { cwd: dir });
  assert.equal(
    assertOneLineError(r, 'HS_BAD_KB', 3),
    `hearsay: HS_BAD_KB knowledge base ${kb}: no human (Q5) among its 6 entities: is it a Wikidata dump? ${copy} is left as it was`,
  );
  assert.equal(readFileSync(copy, 'utf8'), before);
});

test('entities but no human → HS_BAD_KB and no output file at all', async () => {
  const dump = join(dir, 'places.json');
  writeFileSync(
    dump,
    '[\n{"type":"item","id":"Q90","claims":{"P31":[{"mainsnak":{"datavalue":{"value":{"id":"Q515"}}}}]}},\n]\n',
  );
  const out = join(dir, 'places.jsonl');
  const r = await hearsay(['kb', 'import', dump, '-o', out]);
  assert.equal(
    assertOneLineError(r, 'HS_BAD_KB', 3),
    `hearsay: HS_BAD_KB knowledge base ${dump}: no human (Q5) among its 1 entities: is it a Wikidata dump? ${out} is left as it was`,
  );
  assert.throws(() => readFileSync(out), /ENOENT/);
});
