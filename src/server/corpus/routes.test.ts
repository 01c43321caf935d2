/**
 * The corpus routes on a real SQLite store of the example corpus, through inject: every answer parses
 * with its strict zod shape (the one the OpenAPI document is made from), filters and cursors work, writes
 * need the token, and without a store every route is 404 HS_NO_STORE.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { exampleRecords, exampleStore } from '../../../test/fixtures/server/corpus.ts';
import { ARTICLE } from '../../../test/fixtures/server/articles.ts';
import { createServer } from '../app.ts';
import {
  ArticlePage,
  IngestAnswer,
  OutletAnswer,
  OutletsAnswer,
  PersonProfile,
  QuoteGroup,
  QuotesAnswer,
  SourcesAnswer,
  StoriesAnswer,
  StoredArticle,
} from './schema.ts';

let app: FastifyInstance;
let dispose: () => Promise<void>;
let store: Awaited<ReturnType<typeof exampleStore>>['store'];
before(async () => {
  const s = await exampleStore();
  dispose = s.dispose;
  store = s.store;
  app = await createServer({ corpus: s.store, token: 'sekrit-token' });
});
after(async () => {
  await app.close();
  await dispose();
});

const get = async <T extends z.ZodType>(url: string, shape: T): Promise<z.infer<T>> => {
  const res = await app.inject({ method: 'GET', url });
  assert.equal(res.statusCode, 200, `${url}: ${res.body.slice(0, 200)}`);
  return shape.parse(res.json());
};

const problemOf = async (url: string, status: number, code: string, method: 'GET' | 'POST' = 'GET') => {
  const res = await app.inject({ method, url });
  assert.equal(res.statusCode, status, url);
  assert.equal(res.json().code, code, url);
};

test('GET /v1/outlets: totals per outlet add up their months', async () => {
  const a = await get('/v1/outlets', OutletsAnswer);
  const total = a.outlets.reduce((s, o) => s + o.articles, 0);
  assert.equal(total, exampleRecords().length);
  const us = a.outlets.find((o) => o.outlet === 'usweekly')!;
  assert.equal(us.articles, 2);
  assert.equal(us.months, 2);
  assert.deepEqual(
    a.months.filter((m) => m.outlet === 'usweekly').map((m) => m.month),
    ['2026-03', '2026-04'],
  );
  const march = await get('/v1/outlets?since=2026-03&until=2026-03', OutletsAnswer);
  assert.equal(march.outlets.find((o) => o.outlet === 'usweekly')?.articles, 1);
  await problemOf('/v1/outlets?since=March', 400, 'HS_BAD_REQUEST');
  await problemOf('/v1/outlets?colour=red', 400, 'HS_BAD_REQUEST');
});

test('GET /v1/outlets/:outlet takes any name of the outlet; an unknown one is 404', async () => {
  const a = await get('/v1/outlets/www.usmagazine.com', OutletAnswer);
  assert.equal(a.outlet.name, 'Us Weekly');
  assert.equal(a.articles.items.length, 2);
  assert.ok(a.sources.every((s) => s.outlet === 'usweekly'));
  await problemOf('/v1/outlets/Nowhere%20Gazette', 404, 'HS_NOT_FOUND');
});

test('GET /v1/articles: newest first, cursor pages neither skip nor repeat, filters narrow', async () => {
  const all = await get('/v1/articles?limit=50', ArticlePage);
  assert.equal(all.items.length, exampleRecords().length);
  assert.equal(all.next, null);
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const page: z.infer<typeof ArticlePage> = await get(
      `/v1/articles?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      ArticlePage,
    );
    assert.ok(page.items.length <= 2);
    seen.push(...page.items.map((i) => i.id));
    cursor = page.next;
  } while (cursor);
  assert.deepEqual(
    seen,
    all.items.map((i) => i.id),
  );
  const dates = all.items.map((i) => i.date ?? '');
  assert.deepEqual(dates, [...dates].sort().reverse());

  const tmz = await get('/v1/articles?outlet=TMZ', ArticlePage);
  assert.deepEqual(
    tmz.items.map((i) => i.id),
    ['tmz-2026-02-27-okafor'],
  );
  const range = await get('/v1/articles?since=2026-04-01&until=2026-04-30', ArticlePage);
  assert.deepEqual(range.items.map((i) => i.id).sort(), ['pagesix-2026-04-02-vance', 'us-2026-04-05-vance']);
  // a range that splits the shipped corpus: from its median score up
  const scores = all.items.map((i) => i.score ?? 0).sort((a, b) => a - b);
  const mid = scores[Math.floor(scores.length / 2)]!;
  const scored = await get(`/v1/articles?minScore=${mid}&maxScore=10`, ArticlePage);
  assert.ok(scored.items.length > 0 && scored.items.length < all.items.length);
  assert.ok(scored.items.every((i) => i.score !== null && i.score >= mid));
  assert.deepEqual(
    scored.items.map((i) => i.id),
    all.items.filter((i) => i.score !== null && i.score >= mid).map((i) => i.id),
  );
  // a kind that some articles of the shipped corpus cite and others do not
  const anon = await get('/v1/articles?sourceKind=named-person&limit=50', ArticlePage);
  assert.ok(anon.items.length > 0 && anon.items.length < all.items.length);
  // the same filter, a page of one at a time, gives the same articles
  const oneByOne: string[] = [];
  let c: string | null = null;
  do {
    const p: z.infer<typeof ArticlePage> = await get(
      `/v1/articles?sourceKind=named-person&limit=1${c ? `&cursor=${encodeURIComponent(c)}` : ''}`,
      ArticlePage,
    );
    oneByOne.push(...p.items.map((i) => i.id));
    c = p.next;
  } while (c);
  assert.deepEqual(
    oneByOne,
    anon.items.map((i) => i.id),
  );
  const person = await get('/v1/articles?person=Teddy%20Okafor', ArticlePage);
  assert.ok(person.items.length >= 2);
  await problemOf('/v1/articles?cursor=not-a-cursor', 400, 'HS_BAD_REQUEST');
  await problemOf('/v1/articles?minScore=11', 400, 'HS_BAD_REQUEST');
  await problemOf('/v1/articles?sourceKind=gossip', 400, 'HS_BAD_REQUEST');
});

test('GET /v1/articles/:id gives the stored report; formats render it; a missing id is 404', async () => {
  const a = await get('/v1/articles/tmz-2026-02-27-okafor', StoredArticle);
  const report = a.report as { id: string; meta: { outlet: string } };
  assert.equal(report.id, 'tmz-2026-02-27-okafor');
  assert.equal(a.article.outletName, 'TMZ');
  const html = await app.inject({ method: 'GET', url: '/v1/articles/tmz-2026-02-27-okafor?format=html' });
  assert.match(html.headers['content-type'] as string, /^text\/html/);
  assert.match(html.body, /Teddy Okafor Signs Lease/);
  await problemOf('/v1/articles/no-such-article', 404, 'HS_NOT_FOUND');
});

test('GET /v1/sources, /v1/people/:name, /v1/stories', async () => {
  const s = await get('/v1/sources?limit=3', SourcesAnswer);
  assert.ok(s.items.some((x) => x.side === 'anonymous'));
  const p = await get('/v1/people/Marisol%20Vance', PersonProfile);
  assert.equal(p.names[0], 'Marisol Vance');
  assert.ok(p.articles >= 5);
  assert.equal(
    p.table.reduce((n, r) => n + r.claims, 0),
    p.claims,
  );
  await problemOf('/v1/people/Nobody%20At%20All', 404, 'HS_NOT_FOUND');
  const st = await get('/v1/stories', StoriesAnswer);
  assert.ok(st.items.some((g) => g.articles.some((a) => a.id === 'people-2026-03-06-vance')));
});

test('GET /v1/quotes and /v1/quotes/:id/trace: the recycled quotation, first outlet and credits', async () => {
  const q = await get('/v1/quotes', QuotesAnswer);
  const recycled = q.items.find((g) => g.text.startsWith('They have been arguing about the move to London'));
  assert.ok(recycled);
  assert.equal(recycled.firstOutlet, 'Us Weekly');
  const first = recycled.uses[0]!;
  const stored = (await get(`/v1/articles/${first.article.id}`, StoredArticle)).report as {
    quotes: { id: string }[];
  };
  const key = `${first.article.id}:${stored.quotes[first.n]!.id}`;
  const trail = await get(`/v1/quotes/${encodeURIComponent(key)}/trace`, QuoteGroup);
  assert.equal(trail.firstOutlet, 'Us Weekly');
  assert.deepEqual(
    trail.uses.map((u) => u.article.id),
    recycled.uses.map((u) => u.article.id),
  );
  assert.equal(trail.uses[0]!.creditsFirst, null);
  assert.equal(trail.credited, recycled.credited);
  await problemOf('/v1/quotes/us-2026-03-02-vance-okafor:q999/trace', 404, 'HS_NOT_FOUND');
  await problemOf('/v1/quotes/nocolon/trace', 404, 'HS_NOT_FOUND');
});

test('POST /v1/articles needs the bearer token, stores, and is idempotent', async () => {
  const body = { text: ARTICLE, id: 'glimmer-1' };
  const none = await app.inject({ method: 'POST', url: '/v1/articles', payload: body });
  assert.equal(none.statusCode, 401);
  assert.equal(none.json().code, 'HS_UNAUTHORIZED');
  const wrong = await app.inject({
    method: 'POST',
    url: '/v1/articles',
    payload: body,
    headers: { authorization: 'Bearer sekrit-tokeX' },
  });
  assert.equal(wrong.statusCode, 401);
  const auth = { authorization: 'Bearer sekrit-token' };
  const added = await app.inject({ method: 'POST', url: '/v1/articles', payload: body, headers: auth });
  assert.equal(added.statusCode, 201);
  assert.deepEqual(IngestAnswer.parse(added.json()), { results: [{ id: 'glimmer-1', outcome: 'added' }] });
  const again = await app.inject({ method: 'POST', url: '/v1/articles', payload: body, headers: auth });
  assert.equal(again.statusCode, 200);
  assert.deepEqual(again.json().results, [{ id: 'glimmer-1', outcome: 'skipped' }]);
  const stored = await get('/v1/articles/glimmer-1', StoredArticle);
  assert.equal(stored.article.outletName, 'Daily Glimmer');
  // a JSON body's preset reads the article and is kept with it: the same text read otherwise is replaced
  const news = { ...body, id: 'glimmer-news', preset: 'news' };
  const post = (payload: object) =>
    app.inject({ method: 'POST', url: '/v1/articles', payload, headers: auth });
  assert.deepEqual((await post(news)).json().results, [{ id: 'glimmer-news', outcome: 'added' }]);
  assert.equal((await store.versions(['glimmer-news'])).get('glimmer-news')?.preset, 'news');
  assert.deepEqual((await post(news)).json().results, [{ id: 'glimmer-news', outcome: 'skipped' }]);
  assert.deepEqual((await post({ ...body, id: 'glimmer-news' })).json().results, [
    { id: 'glimmer-news', outcome: 'replaced' },
  ]);
  assert.equal((await store.versions(['glimmer-news'])).get('glimmer-news')?.preset, 'standard');

  const lines = [
    JSON.stringify({ id: 'l-1', text: 'date 2026-05-01\n"We are fine," a friend said.', outlet: 'TMZ' }),
    JSON.stringify({ id: 'l-2', text: 'Nothing to see here, said nobody.', outlet: 'TMZ' }),
  ].join('\n');
  const jsonl = await app.inject({
    method: 'POST',
    url: '/v1/articles',
    payload: lines,
    headers: { ...auth, 'content-type': 'application/x-ndjson' },
  });
  assert.equal(jsonl.statusCode, 201);
  assert.deepEqual(
    jsonl.json().results.map((r: { id: string }) => r.id),
    ['l-1', 'l-2'],
  );
  const badLine = await app.inject({
    method: 'POST',
    url: '/v1/articles',
    payload: `${lines}\n{"id": 3,`,
    headers: { ...auth, 'content-type': 'application/x-ndjson' },
  });
  assert.equal(badLine.statusCode, 400);
  assert.equal(badLine.json().code, 'HS_BAD_JSON_LINE');
  assert.match(badLine.json().detail, /line 3/);
  const badRecord = await app.inject({
    method: 'POST',
    url: '/v1/articles',
    payload: '{"id": "x"}',
    headers: { ...auth, 'content-type': 'application/x-ndjson' },
  });
  assert.equal(badRecord.json().code, 'HS_BAD_RECORD');
  const badDate = await app.inject({
    method: 'POST',
    url: '/v1/articles',
    payload: { text: 'Words.', date: '2026-02-31' },
    headers: auth,
  });
  assert.equal(badDate.statusCode, 422);
  assert.equal(badDate.json().code, 'HS_BAD_DATE');
});

test('without a token the server is read-only; without a store every corpus route is 404 HS_NO_STORE', async () => {
  const s = await exampleStore();
  const ro = await createServer({ corpus: s.store });
  const res = await ro.inject({
    method: 'POST',
    url: '/v1/articles',
    payload: { text: ARTICLE },
    headers: { authorization: 'Bearer anything' },
  });
  assert.equal(res.statusCode, 403);
  assert.equal(res.json().code, 'HS_READ_ONLY');
  const ready = await ro.inject({ method: 'GET', url: '/readyz' });
  assert.deepEqual(ready.json(), { status: 'ready', store: 'sqlite' });
  await ro.close();
  await s.dispose();

  const bare = await createServer();
  for (const url of [
    '/v1/articles',
    '/v1/articles/x',
    '/v1/outlets',
    '/v1/outlets/x',
    '/v1/sources',
    '/v1/people/x',
    '/v1/quotes',
    '/v1/quotes/x:q1/trace',
    '/v1/stories',
  ]) {
    const r = await bare.inject({ method: 'GET', url });
    assert.equal(r.statusCode, 404, url);
    assert.equal(r.json().code, 'HS_NO_STORE', url);
  }
  const post = await bare.inject({ method: 'POST', url: '/v1/articles', payload: { text: 'x' } });
  assert.equal(post.json().code, 'HS_NO_STORE');
  await bare.close();
});
