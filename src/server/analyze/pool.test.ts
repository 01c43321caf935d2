/**
 * The analysis pool, for real (worker threads running the engine, requests through Fastify's inject):
 * the same bytes as the main thread gives; a small article answered while a large one is still being
 * analysed; a full queue answered 503 HS_SERVER_BUSY with Retry-After; a request past its budget
 * answered 503 HS_TIME_BUDGET with its worker replaced; a clean shutdown. No assertion depends on a
 * timing: only on which answer comes first when one job is thousands of times larger than the other.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { largeArticle } from '../../../test/web/large-article.ts';
import { analyze } from '../../index.ts';
import { buildKb, bundledRecords } from '../../kb/load.ts';
import type { KbPerson } from '../../kb/types.ts';
import { createServer } from '../app.ts';
import { createPool, workerLimits } from './pool.ts';

const SMALL =
  'date 2025-01-02\n"We are fine," a friend of the couple said on Monday. Mara Quill, 31, was seen in Paris.';
const json = { 'content-type': 'application/json' };
/** A budget no test's analysis reaches, even on a machine loaded many times over (the budget is not their subject). */
const LONG = 600_000;
const post = (text: string, format = '') => ({
  method: 'POST' as const,
  url: `/v1/analyze${format ? `?format=${format}` : ''}`,
  headers: json,
  payload: JSON.stringify({ text }),
});

test('answers from the pool are byte for byte the main thread’s, in every format', async (t) => {
  const pooled = await createServer({ workers: 1 });
  const inline = await createServer({ workers: 0 });
  t.after(() => Promise.all([pooled.close(), inline.close()]));
  const html = `<html><head><title>Pair in Lisbon</title></head><body><article><p>${SMALL}</p><p>"It is over," a source said.</p></article></body></html>`;
  for (const format of ['', 'html', 'md', 'text']) {
    for (const req of [
      post(SMALL, format),
      {
        method: 'POST' as const,
        url: `/v1/analyze?format=${format || 'json'}`,
        headers: { 'content-type': 'text/html' },
        payload: html,
      },
    ]) {
      const [a, b] = await Promise.all([pooled.inject(req), inline.inject(req)]);
      assert.equal(a.statusCode, 200, a.body);
      assert.equal(a.headers['content-type'], b.headers['content-type']);
      assert.equal(a.headers['content-length'], b.headers['content-length']);
      assert.equal(a.body, b.body, `format ${format || 'json'}`);
    }
  }
  const r = await pooled.inject(post(SMALL));
  assert.equal(r.body, JSON.stringify(analyze(SMALL)));
  // registry errors cross the thread unchanged
  const empty = await pooled.inject(post('   '));
  assert.equal(empty.statusCode, 422);
  assert.equal(empty.json().code, 'HS_EMPTY_INPUT');
  assert.deepEqual(empty.json(), (await inline.inject(post('   '))).json());
});

test('a worker analyses with the server’s own knowledge base, rebuilt from its records', async (t) => {
  // an invented person whose age the small article gets wrong: the report changes only with this record
  const quill: KbPerson = {
    kind: 'person',
    id: 'inv-quill',
    name: 'Mara Quill',
    aliases: [],
    titles: [],
    gender: 'female',
    born: '1990-05-01',
    died: null,
    spouses: [],
    parents: [],
    children: [],
    siblings: [],
    occupations: ['singer'],
  };
  const kb = buildKb(bundledRecords(), [quill]);
  const pooled = await createServer({ workers: 1, kb });
  const inline = await createServer({ workers: 0, kb });
  t.after(() => Promise.all([pooled.close(), inline.close()]));
  const [a, b] = await Promise.all([pooled.inject(post(SMALL)), inline.inject(post(SMALL))]);
  assert.equal(a.body, b.body);
  assert.equal(a.body, JSON.stringify(analyze(SMALL, { kb })));
  assert.notEqual(a.body, JSON.stringify(analyze(SMALL)), 'the invented record changes the report');
});

test('a small article sent while a large one is being analysed is answered first', async (t) => {
  const pool = createPool({ workers: 2, maxMs: LONG });
  const app = await createServer({ pool });
  // closed even when an assertion fails, so no worker keeps the test process alive
  t.after(() => app.close());
  await pool.warm();
  const order: string[] = [];
  const large = app.inject(post(largeArticle(300_000))).then((r) => {
    order.push('large');
    return r;
  });
  const small = app.inject(post(SMALL)).then((r) => {
    order.push('small');
    return r;
  });
  const [l, s] = await Promise.all([large, small]);
  assert.deepEqual(order, ['small', 'large']);
  assert.equal(s.statusCode, 200);
  assert.equal(l.statusCode, 200);
  assert.ok(l.json().quotes.length > 100);
});

test('a full queue is answered 503 HS_SERVER_BUSY with Retry-After at once; the others are served', async (t) => {
  const pool = createPool({ workers: 1, queueLimit: 1, maxMs: LONG });
  const app = await createServer({ pool });
  // closed even when an assertion fails, so no worker keeps the test process alive
  t.after(() => app.close());
  const big = { input: { text: largeArticle(200_000) } };
  const running = pool.render(big, 'json');
  const queued = pool.render({ input: { text: SMALL } }, 'json');
  assert.deepEqual(pool.state(), { workers: 1, running: 1, queued: 1 });
  const r = await app.inject(post(SMALL));
  assert.equal(r.statusCode, 503);
  assert.equal(r.headers['retry-after'], '1');
  assert.match(String(r.headers['content-type']), /^application\/problem\+json/);
  assert.equal(r.json().code, 'HS_SERVER_BUSY');
  assert.equal(
    r.json().detail,
    'the server is busy (1 analyses waiting): retry after the Retry-After seconds',
  );
  // the two admitted are answered in full
  const [a, b] = await Promise.all([running, queued]);
  assert.ok(a.ok && b.ok);
  assert.equal(Buffer.from(b.value).toString(), JSON.stringify(analyze(SMALL)));
});

test('a request past its time budget is answered 503 HS_TIME_BUDGET; its worker is replaced', async (t) => {
  const pool = createPool({ workers: 1, maxMs: 50 });
  const app = await createServer({ pool });
  // closed even when an assertion fails, so no worker keeps the test process alive
  t.after(() => app.close());
  await pool.warm();
  const r = await app.inject(post(largeArticle(300_000)));
  assert.equal(r.statusCode, 503);
  assert.equal(r.json().code, 'HS_TIME_BUDGET');
  assert.equal(r.headers['retry-after'], undefined);
  // the analysis was stopped with its worker: a fresh one holds the slot, nothing is running
  assert.deepEqual(pool.state(), { workers: 1, running: 0, queued: 0 });
});

test('close lets the running analysis finish, turns the waiting away, and stops every worker', async (t) => {
  const pool = createPool({ workers: 1, maxMs: LONG });
  const app = await createServer({ pool });
  // closed even when an assertion fails, so no worker keeps the test process alive
  t.after(() => app.close());
  const running = pool.render({ input: { text: largeArticle(100_000) } }, 'json');
  const waiting = pool.render({ input: { text: SMALL } }, 'json');
  const closed = app.close();
  const w = await waiting;
  assert.ok(!w.ok && w.error.code === 'HS_SERVER_BUSY');
  const r = await running;
  assert.ok(r.ok, 'the running analysis is answered in full');
  await closed;
  assert.deepEqual(pool.state(), { workers: 0, running: 0, queued: 0 });
  const after = await pool.render({ input: { text: SMALL } }, 'json');
  assert.ok(!after.ok && after.error.code === 'HS_SERVER_BUSY');
});

test('semiSpaceMb gives a pool worker the young generation --max-semi-space-size=MB gives a process', async () => {
  assert.deepEqual(workerLimits(64), { maxYoungGenerationSizeMb: 192 });
  // what V8 makes of it: a thread allocating with survivors grows its new space past 16 MB semi-spaces
  // (V8's default, at most 2 × 16 MB) up to the two semi-spaces asked for
  const newSpaceMb = (limits?: { maxYoungGenerationSizeMb: number }) =>
    new Promise<number>((resolve, reject) => {
      const w = new Worker(
        `const v8 = require('node:v8'); let keep = [];
         for (let i = 0; i < 6e6; i++) { keep.push({ i }); if (keep.length > 200000) keep = []; }
         const s = v8.getHeapSpaceStatistics().find((x) => x.space_name === 'new_space');
         require('node:worker_threads').parentPort.postMessage(s.space_size / 2 ** 20);`,
        { eval: true, ...(limits ? { resourceLimits: limits } : {}) },
      );
      w.once('message', (mb: number) => void w.terminate().then(() => resolve(mb)));
      w.once('error', reject);
    });
  assert.ok((await newSpaceMb()) <= 2 * 16 + 1);
  assert.ok((await newSpaceMb(workerLimits(64))) > 2 * 16 + 1);
});
