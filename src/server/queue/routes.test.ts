/**
 * `GET /v1/queue`, `POST /v1/queue/retry` and the admin pages through inject, against a real Redis
 * (HEARSAY_TEST_REDIS) holding a queue made by the real enqueue and a real worker: the answer parses
 * with the strict zod shape the OpenAPI document is made from and carries the exact counts and the
 * failed article's reason; the admin token is needed for all of it; without --redis the server says it
 * has no queue, and with a Redis that does not answer it says so.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { BAD_ARTICLE, KNOWN_JOBS, knownQueue } from '../../../test/fixtures/server/queue.ts';
import { skipUnless, testRedis } from '../../../test/queue/services.ts';
import { createServer } from '../app.ts';
import { ADMIN_COOKIE } from '../admin/auth.ts';
import { QueueAnswer, RetryAnswer } from './schema.ts';
import { redisQueue } from './service.ts';

const TOKEN = 'admin-sekrit-7';
const bearer = { authorization: `Bearer ${TOKEN}` };
const code = (body: string): string => (JSON.parse(body) as { code: string }).code;

test('without --redis: /v1/queue is 404 HS_NO_QUEUE and the view says the server has no queue', async () => {
  const app = await createServer({ adminToken: TOKEN });
  const api = await app.inject({ method: 'GET', url: '/v1/queue', headers: bearer });
  assert.equal(api.statusCode, 404);
  assert.equal(code(api.body), 'HS_NO_QUEUE');
  const retry = await app.inject({ method: 'POST', url: '/v1/queue/retry', headers: bearer });
  assert.equal(code(retry.body), 'HS_NO_QUEUE');
  const page = await app.inject({ method: 'GET', url: '/admin/queue' });
  assert.equal(page.statusCode, 404);
  assert.match(page.body, /<p>This server has no queue\.<\/p>/);
  assert.match(page.body, /<code>HS_NO_QUEUE<\/code> this view needs a queue: start the server with --redis/);
  assert.equal((await app.inject({ method: 'GET', url: '/admin' })).headers.location, '/admin/queue');
  await app.close();
});

describe('the queue of a real Redis', { skip: skipUnless(false) }, () => {
  const redis = testRedis() ?? '';
  const q = knownQueue(redis, 'api');
  let app: FastifyInstance;
  let open: FastifyInstance;
  before(async () => {
    app = await createServer({ queue: redisQueue(redis, q.name), adminToken: TOKEN });
    open = await createServer({ queue: redisQueue(redis, q.name) });
    await q.enqueueKnown();
  });
  after(async () => {
    await app.close();
    await open.close();
    await q.dispose();
  });

  const status = async () => {
    const res = await app.inject({ method: 'GET', url: '/v1/queue', headers: bearer });
    assert.equal(res.statusCode, 200, res.body);
    return QueueAnswer.parse(res.json());
  };

  test('no token, a wrong one, or none configured: refused with a registry code', async () => {
    for (const headers of [{}, { authorization: 'Bearer nope' }, { authorization: TOKEN }]) {
      const res = await app.inject({ method: 'GET', url: '/v1/queue', headers });
      assert.equal(res.statusCode, 401);
      assert.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8');
      assert.equal(code(res.body), 'HS_ADMIN_UNAUTHORIZED');
    }
    const off = await open.inject({ method: 'GET', url: '/v1/queue', headers: bearer });
    assert.equal(off.statusCode, 403);
    assert.equal(code(off.body), 'HS_ADMIN_OFF');
    const page = await open.inject({ method: 'GET', url: '/admin/queue' });
    assert.equal(page.statusCode, 403);
    assert.match(page.body, /<code>HS_ADMIN_OFF<\/code>/);
    assert.doesNotMatch(page.body, /data-state/);
    const retry = await app.inject({ method: 'POST', url: '/v1/queue/retry' });
    assert.equal(code(retry.body), 'HS_ADMIN_UNAUTHORIZED');
  });

  test('the enqueued jobs wait; after a worker, the counts and the failed article with its reason', async () => {
    let s = await status();
    assert.deepEqual(s.jobs, {
      waiting: KNOWN_JOBS,
      active: 0,
      delayed: 0,
      completed: 0,
      failed: 0,
      paused: 0,
    });
    assert.deepEqual(s.failures, []);
    assert.deepEqual(s.workers, { connected: 0, recent: [] });
    assert.equal(s.queue, q.name);
    await q.workOff();
    s = await status();
    assert.deepEqual(s.jobs, {
      waiting: 0,
      active: 0,
      delayed: 0,
      completed: KNOWN_JOBS,
      failed: 1,
      paused: 0,
    });
    assert.deepEqual(s.articles, { stored: 5, unchanged: 0, jobs: KNOWN_JOBS });
    assert.deepEqual(
      s.failures.map((f) => [f.name, f.reason, f.attempts]),
      [
        [
          `article ${BAD_ARTICLE.id}`,
          `article ${BAD_ARTICLE.id}, ${q.file} line ${BAD_ARTICLE.line}: HS_BAD_DATE line ${BAD_ARTICLE.line}: "2024-02-30"`,
          1,
        ],
      ],
    );
    // the workers' recent jobs: the three jobs of two, six articles in all, one of them failed
    assert.equal(s.workers.recent.length, KNOWN_JOBS);
    assert.deepEqual(
      s.workers.recent.map((r) => r.articles).reduce((a, b) => a + b),
      6,
    );
    assert.equal(
      s.workers.recent.map((r) => r.failed).reduce((a, b) => a + b),
      1,
    );
    assert.ok(s.workers.recent.every((r) => r.finishedAt !== null && r.ms > 0));
  });

  test('the admin page: a sign-in form, a cookie, the counts; retry refuses other sites and moves the failed job back', async () => {
    const shut = await app.inject({ method: 'GET', url: '/admin/queue' });
    assert.equal(shut.statusCode, 401);
    assert.match(shut.body, /<form class="check" method="post" action="\/admin\/sign-in">/);
    assert.doesNotMatch(shut.body, /data-state/);
    assert.equal(shut.headers['cache-control'], 'no-store');
    const wrong = await app.inject({ method: 'POST', url: '/admin/sign-in', payload: { token: 'nope' } });
    assert.equal(wrong.statusCode, 401);
    assert.equal(wrong.headers['set-cookie'], undefined);
    assert.match(wrong.body, /<code>HS_ADMIN_UNAUTHORIZED<\/code>/);
    const ok = await app.inject({
      method: 'POST',
      url: '/admin/sign-in',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `token=${TOKEN}`,
    });
    assert.equal(ok.statusCode, 303);
    const set = String(ok.headers['set-cookie']);
    assert.match(
      set,
      new RegExp(`^${ADMIN_COOKIE}=\\d+\\.[\\w-]+; Path=/; Max-Age=28800; HttpOnly; SameSite=Strict$`),
    );
    assert.ok(!set.includes(TOKEN), 'the cookie never carries the token');
    const cookie = set.split(';')[0]!;
    const view = await app.inject({ method: 'GET', url: '/admin/queue', headers: { cookie } });
    assert.equal(view.statusCode, 200);
    for (const [state, n] of [
      ['waiting', 0],
      ['completed', KNOWN_JOBS],
      ['failed', 1],
    ] as const)
      assert.ok(view.body.includes(`<span data-state="${state}">${n}</span>`), state);
    assert.ok(view.body.includes(`<td>${BAD_ARTICLE.id}</td>`));
    const foreign = await app.inject({
      method: 'POST',
      url: '/admin/queue/retry',
      headers: { cookie, origin: 'http://elsewhere.example' },
    });
    assert.equal(foreign.statusCode, 401);
    const crossSite = await app.inject({
      method: 'POST',
      url: '/admin/queue/retry',
      headers: { cookie, origin: 'null', 'sec-fetch-site': 'cross-site' },
    });
    assert.equal(crossSite.statusCode, 401);
    assert.match(crossSite.body, /<code>HS_ADMIN_UNAUTHORIZED<\/code>/);
    assert.equal((await status()).jobs.failed, 1);
    const retry = await app.inject({ method: 'POST', url: '/admin/queue/retry', headers: { cookie } });
    assert.equal(retry.statusCode, 303);
    assert.equal(retry.headers.location, '/admin/queue?retried=1');
    const after = await status();
    assert.equal(after.jobs.failed, 0);
    assert.equal(after.jobs.waiting, 1);
    const api = await app.inject({ method: 'POST', url: '/v1/queue/retry', headers: bearer });
    assert.deepEqual(RetryAnswer.parse(api.json()), { retried: 0 });
  });
});

test('a Redis that does not answer: 503 HS_REDIS_UNREACHABLE', async () => {
  const app = await createServer({ queue: redisQueue('redis://127.0.0.1:1', 'none'), adminToken: TOKEN });
  const res = await app.inject({ method: 'GET', url: '/v1/queue', headers: bearer });
  assert.equal(res.statusCode, 503);
  assert.equal(code(res.body), 'HS_REDIS_UNREACHABLE');
  await app.close();
});
