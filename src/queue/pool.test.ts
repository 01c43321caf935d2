/**
 * The queue's analysis pool starting up, on real threads: a thread that cannot load the knowledge
 * base fails `ready()` (for every caller) with the registry's code instead of being respawned for
 * ever, and a good pool answers every `ready()` caller.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { after, test } from 'node:test';
import { HearsayError } from '../errors.ts';
import { AnalysisPool, retire } from './pool.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'hearsay-pool-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** `e` is the registry's `code`, with a one-line message naming `file`. */
const coded = (code: string, file: string) => (e: unknown) => {
  assert.ok(e instanceof HearsayError, `not a HearsayError: ${e}`);
  assert.equal(e.code, code);
  assert.ok(e.message.includes(file), e.message);
  assert.ok(!e.message.includes('\n'), e.message);
  return true;
};

test('a missing --kb file: both ready() callers reject with HS_BAD_KB, and run() answers the error', async () => {
  const missing = path.join(dir, 'no-such-kb.jsonl');
  const pool = new AnalysisPool(2, [missing]);
  try {
    const first = pool.ready();
    const second = pool.ready();
    await assert.rejects(first, coded('HS_BAD_KB', missing));
    await assert.rejects(second, coded('HS_BAD_KB', missing));
    // a caller after the failure gets it too, at once
    await assert.rejects(pool.ready(), coded('HS_BAD_KB', missing));
    const r = await pool.run('{"id":"a","text":"Ann said it."}', 1);
    assert.equal(r.ok, false);
    assert.ok(!r.ok && r.code === 'HS_WORKER_FAILED' && r.error.includes(missing), JSON.stringify(r));
  } finally {
    await pool.close();
  }
});

test('a retired thread that still emits its error does not throw it in the main thread', async () => {
  // the second of two threads with the same bad --kb fails after the first has stopped the pool: its
  // error event comes with the pool's listeners gone, and once escaped as an uncaught exception
  const worker = new Worker('setInterval(() => {}, 1000);', { eval: true });
  const stopped = retire(worker);
  assert.doesNotThrow(() => worker.emit('error', new Error('late')));
  await stopped;
});

test('a --kb file that is not a knowledge base rejects ready() with HS_BAD_KB', async () => {
  const bad = path.join(dir, 'not-a-kb.jsonl');
  writeFileSync(bad, 'this is not JSON\n');
  const pool = new AnalysisPool(1, [bad]);
  try {
    await assert.rejects(pool.ready(), coded('HS_BAD_KB', bad));
  } finally {
    await pool.close();
  }
});

test('a good pool resolves two ready() calls made before it has loaded, and one made after', async () => {
  const pool = new AnalysisPool(2, []);
  try {
    const outcomes = await Promise.allSettled([pool.ready(), pool.ready()]);
    assert.deepEqual(
      outcomes.map((o) => o.status),
      ['fulfilled', 'fulfilled'],
    );
    await pool.ready();
    const r = await pool.run(
      JSON.stringify({ id: 'p1', text: '"We will open the bridge," said Mara Quell.' }),
      1,
    );
    assert.equal(r.ok, true, JSON.stringify(r));
  } finally {
    await pool.close();
  }
});
