/**
 * What `hearsay analyze` reads: a named pipe (`analyze <(…)`, /dev/stdin on a shell pipe) is read like stdin,
 * and bad front matter says what is wrong with it (it said "not closed" of a closed block too).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { assertOneLineError, hearsay } from './helpers.ts';

let dir = '';
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'hearsay-cli-input-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

const STORY = 'The actor, 44, told friends "we are very happy" at the launch, a source said.\n';

/** Runs `analyze FIFO ...args` while writing `content` into the named pipe, as `analyze <(…)` does. */
async function throughFifo(content: string, ...args: string[]) {
  const fifo = join(dir, `pipe-${Math.random().toString(36).slice(2)}`);
  execFileSync('mkfifo', [fifo]);
  const run = hearsay(['analyze', fifo, ...args]).then((r) => {
    // a CLI that never opened the pipe would leave the writer below waiting: open it to let go
    closeSync(openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK));
    return r;
  });
  // opening the pipe for writing waits for the CLI to open it for reading
  await writeFile(fifo, content);
  return { fifo, run: await run };
}

test('a named pipe is read like stdin', async () => {
  const { run: r } = await throughFifo(STORY, '--format', 'json');
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout) as { text: string; meta: { date: string | null } };
  assert.equal(report.text, STORY);
  assert.equal(report.meta.date, null);
});

test('an empty named pipe → HS_EMPTY_INPUT naming it, exit 3', async () => {
  const { fifo, run: r } = await throughFifo('');
  assert.equal(
    assertOneLineError(r, 'HS_EMPTY_INPUT', 3),
    `hearsay: HS_EMPTY_INPUT ${fifo} is empty: give an article with some text`,
  );
});

test('a closed front matter with a line that is not "key: value" → HS_BAD_FRONT_MATTER saying so', async () => {
  const file = join(dir, 'bad-line.txt');
  writeFileSync(file, `---\ntitle Star weds in secret\n---\n${STORY}`);
  const r = await hearsay(['analyze', file]);
  assert.equal(r.stdout, '');
  assert.equal(
    assertOneLineError(r, 'HS_BAD_FRONT_MATTER', 3),
    'hearsay: HS_BAD_FRONT_MATTER bad front matter: line "title Star weds in secret" is not "key: value"',
  );
});

test('a front matter never closed → HS_BAD_FRONT_MATTER asking for the closing line', async () => {
  const file = join(dir, 'unclosed.txt');
  writeFileSync(file, '---\ntitle: Star weds in secret\ndate: 2024-03-02\n');
  const r = await hearsay(['analyze', file]);
  assert.equal(
    assertOneLineError(r, 'HS_BAD_FRONT_MATTER', 3),
    'hearsay: HS_BAD_FRONT_MATTER bad front matter: add a closing "---" line after the metadata',
  );
});
