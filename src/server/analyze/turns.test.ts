/**
 * The main thread's turns (`--workers 0`): analyses in the order they came, one per turn of the event
 * loop, so other callbacks (the sockets' reads) run between two of them; the pool's limits (a full queue,
 * a time budget, shutdown). No assertion depends on a timing, only on the order of callbacks.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../index.ts';
import { bundledKb } from '../../kb/load.ts';
import { timeBudget } from './pool.ts';
import { createTurns } from './turns.ts';

const kb = bundledKb();
const text = (who: string) => `date 2025-01-02\n"We are fine," ${who} said on Monday in Paris.`;

test('analyses run in the order they came, one a turn, with the loop let through between two', async () => {
  const turns = createTurns({ kb });
  const order: string[] = [];
  const done = ['Mara Quill', 'Teo Varga', 'Lina Osei'].map((who, i) =>
    turns.render({ input: { text: text(who) } }, 'json').then((r) => {
      assert.ok(r.ok);
      assert.equal(Buffer.from(r.value).toString('utf8'), JSON.stringify(analyze(text(who))));
      order.push(`a${i + 1}`);
    }),
  );
  // nothing is analysed inside the caller's callback: the first analysis waits for the next turn
  assert.deepEqual(turns.state(), { workers: 0, running: 0, queued: 3 });
  setImmediate(() => order.push('other'));
  await Promise.all(done);
  assert.deepEqual(order, ['a1', 'other', 'a2', 'a3']);
  await turns.close();
});

test('the report object, and registry errors as the engine gives them', async () => {
  const turns = createTurns({ kb });
  const r = await turns.report({ input: { text: text('Mara Quill') } });
  assert.ok(r.ok);
  assert.deepEqual(r.value, analyze(text('Mara Quill')));
  const empty = await turns.render({ input: { text: '   ' } }, 'json');
  assert.ok(!empty.ok && empty.error.code === 'HS_EMPTY_INPUT');
  await turns.close();
});

test('past queueLimit waiting requests the answer is HS_SERVER_BUSY at once, with Retry-After', async () => {
  const turns = createTurns({ kb, queueLimit: 1 });
  // the first is about to run, the second waits: a third finds the queue full
  const first = turns.render({ input: { text: text('Mara Quill') } }, 'json');
  const second = turns.render({ input: { text: text('Teo Varga') } }, 'json');
  const third = await turns.render({ input: { text: text('Lina Osei') } }, 'json');
  assert.ok(!third.ok && third.error.code === 'HS_SERVER_BUSY');
  assert.equal((third.error as { retryAfter?: string }).retryAfter, '1');
  assert.ok((await first).ok);
  assert.ok((await second).ok);
  await turns.close();
});

test('a request still waiting when its budget runs out is answered HS_TIME_BUDGET; the running one finishes', async (t) => {
  // the budget's timers are mocked, so the clock moves only when the test says: the first request is
  // analysed on the next turn, then 100 ms pass while the second still waits
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const turns = createTurns({ kb, maxMs: 100 });
  const first = turns.render({ input: { text: text('Mara Quill') } }, 'json');
  const second = turns.render({ input: { text: text('Teo Varga') } }, 'json');
  await new Promise<void>((resolve) => setImmediate(resolve));
  assert.deepEqual(turns.state(), { workers: 0, running: 0, queued: 1 });
  t.mock.timers.tick(100);
  const s = await second;
  assert.ok(!s.ok);
  assert.deepEqual(s.error, timeBudget(), 'the same error as the worker pool answers');
  assert.ok((await first).ok, 'an analysis that has started is answered in full');
  assert.deepEqual(turns.state(), { workers: 0, running: 0, queued: 0 });
  await turns.close();
});

test('closing answers waiting requests HS_SERVER_BUSY, and every later one', async () => {
  const turns = createTurns({ kb });
  const waiting = turns.render({ input: { text: text('Mara Quill') } }, 'json');
  await turns.close();
  const w = await waiting;
  assert.ok(!w.ok && w.error.code === 'HS_SERVER_BUSY');
  const after = await turns.report({ input: { text: text('Teo Varga') } });
  assert.ok(!after.ok && after.error.code === 'HS_SERVER_BUSY');
});
