/**
 * `hearsay ingest` over several inputs names the input of each bad line, and takes the per-article
 * limits (`--max-chars`, `--max-ms`) that `batch` takes. Runs the real CLI, as a user does.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { assertOneLineError, hearsay } from './helpers.ts';

let dir = '';
const line = (id: string, text: string): string => `${JSON.stringify({ id, text, outlet: 'Daily Bugle' })}\n`;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'hearsay-cli-ingest-inputs-'));
  writeFileSync(
    join(dir, 'one.jsonl'),
    `${line('o1', 'The actor, 41, said "we are fine" on Friday.')}{"id": "o2"\n`,
  );
  writeFileSync(join(dir, 'two.jsonl'), `${line('t1', 'A friend of the pair said they are happy.')}[3]\n`);
  writeFileSync(join(dir, 'long.jsonl'), line('l1', 'The band toured Spain in May. '.repeat(10)));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('with several inputs each skipped line names its file', async () => {
  const [one, two] = [join(dir, 'one.jsonl'), join(dir, 'two.jsonl')];
  const r = await hearsay(['ingest', '--db', join(dir, 'a.db'), '--skip-bad', '--no-progress', one, two]);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(r.stderr.trimEnd().split('\n'), [
    'hearsay: skipped 1 bad line(s):',
    `  HS_BAD_JSON_LINE ${one}, line 2: not valid JSON`,
    'hearsay: skipped 1 bad line(s):',
    `  HS_BAD_RECORD ${two}, line 2: the line is an array, not a record: write one JSON object per line (want {id, text, title?, date?, outlet?, url?})`,
    `hearsay: 2 added, 0 replaced, 0 already stored, in ${join(dir, 'a.db')}`,
  ]);
});

test('without --skip-bad the one-line error names the file too; one input needs no name', async () => {
  const [one, two] = [join(dir, 'one.jsonl'), join(dir, 'two.jsonl')];
  const several = await hearsay(['ingest', '--db', join(dir, 'b.db'), '--no-progress', two, one]);
  assert.equal(
    assertOneLineError(several, 'HS_BAD_RECORD', 3),
    `hearsay: HS_BAD_RECORD ${two}, line 2: the line is an array, not a record: write one JSON object per line (want {id, text, title?, date?, outlet?, url?}) (use --skip-bad to go on past bad lines)`,
  );
  const single = await hearsay(['ingest', '--db', join(dir, 'c.db'), '--no-progress', one]);
  assert.equal(
    assertOneLineError(single, 'HS_BAD_JSON_LINE', 3),
    'hearsay: HS_BAD_JSON_LINE line 2: not valid JSON (use --skip-bad to go on past bad lines)',
  );
});

test('ingest takes --max-chars: a longer article is refused with HS_TOO_LARGE', async () => {
  const long = join(dir, 'long.jsonl');
  const r = await hearsay(['ingest', '--db', join(dir, 'd.db'), '--no-progress', '--max-chars', '299', long]);
  assert.equal(
    assertOneLineError(r, 'HS_TOO_LARGE', 3),
    'hearsay: HS_TOO_LARGE line 1: l1 (300 characters) is larger than the article size limit: raise --max-chars, or split it',
  );
  const fits = await hearsay([
    'ingest',
    '--db',
    join(dir, 'd.db'),
    '--no-progress',
    '--max-chars',
    '300',
    long,
  ]);
  assert.equal(fits.status, 0, fits.stderr);
  assert.match(fits.stderr, /^hearsay: 1 added, 0 replaced, 0 already stored, in /);
});
