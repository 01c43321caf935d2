/**
 * The corpus pages through inject on a real SQLite store: each page answers, figures link to their
 * articles, bad filters and unknown items give the error page with the registry code, and stored
 * article data is escaped.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { HOSTILE } from '../../test/fixtures/server/articles.ts';
import { exampleStore } from '../../test/fixtures/server/corpus.ts';
import { analyzeArticle } from '../index.ts';
import { createServer } from '../server/app.ts';

let app: FastifyInstance;
let dispose: () => Promise<void>;
before(async () => {
  const s = await exampleStore();
  dispose = s.dispose;
  const hostile = analyzeArticle({ id: 'hostile-1', text: HOSTILE });
  assert.ok(hostile.ok);
  await s.store.putReport(hostile.value, { id: 'hostile-1', text: HOSTILE });
  app = await createServer({ corpus: s.store });
});
after(async () => {
  await app.close();
  await dispose();
});

const page = async (url: string, status = 200) => {
  const res = await app.inject({ method: 'GET', url });
  assert.equal(res.statusCode, status, url);
  assert.match(res.headers['content-type'] as string, /^text\/html/, url);
  assert.doesNotMatch(res.body, /<script/i, url);
  return res.body;
};

test('the navigation offers the corpus pages when a store is open', async () => {
  const body = await page('/');
  for (const href of ['/outlets', '/quotes', '/stories']) assert.ok(body.includes(`href="${href}"`), href);
});

test('outlets: three charts whose bars link to the articles, and the data table', async () => {
  const body = await page('/outlets');
  for (const id of ['chart-anon', 'chart-weak', 'chart-score', 'chart-time', 'outlets-table', 'months-table'])
    assert.ok(body.includes(`id="${id}"`), id);
  // 12 of the 78 quoted words are the director's, named at her cue ("…," director Harriet Moss said)
  assert.match(body, /<a href="\/articles\?outlet=usweekly" aria-label="Us Weekly: 85% \(n = 78\)">/);
  assert.match(
    body,
    /<a href="\/articles\?outlet=usweekly&amp;since=2026-04-01&amp;until=2026-04-30">2026-04<\/a>/,
  );
  const march = await page('/outlets?since=2026-03&until=2026-03');
  assert.doesNotMatch(march, /2026-04/);
  const bad = await page('/outlets?since=yesterday', 400);
  assert.match(bad, /<code>HS_BAD_REQUEST<\/code>/);
});

test('an outlet, the article list with filters and cursor, a person, quotations, a trail, stories', async () => {
  assert.match(await page('/outlets/Us%20Weekly'), /<h1>Us Weekly<\/h1>/);
  assert.match(await page('/outlets/nowhere', 404), /<code>HS_NOT_FOUND<\/code>/);
  const list = await page('/articles?outlet=TMZ');
  assert.match(list, /href="\/articles\/tmz-2026-02-27-okafor"/);
  const first = await page('/articles?sourceKind=anonymous&minScore=0');
  assert.doesNotMatch(first, /rel="next"/);
  const paged = await app.inject({ method: 'GET', url: '/v1/articles?limit=3' });
  assert.ok(paged.json().next);
  assert.match(await page('/people/Marisol%20Vance'), /id="person-table"/);
  assert.match(await page('/people/Nobody%20Here', 404), /HS_NOT_FOUND/);
  const redirect = await app.inject({ method: 'GET', url: '/people?name=Teddy%20Okafor' });
  assert.equal(redirect.headers.location, '/people/Teddy%20Okafor');
  const quotes = await page('/quotes');
  const trail = /href="(\/quotes\/[^"]+)">Follow its trail/.exec(quotes)?.[1];
  assert.ok(trail);
  const t = await page(trail.replace(/&amp;/g, '&'));
  assert.match(t, /first printed here/);
  assert.match(t, /does not credit Us Weekly/);
  assert.match(await page('/quotes/none:q1', 404), /HS_NOT_FOUND/);
  assert.match(await page('/stories'), /People · 2026-03-06/);
});

test('a stored hostile article is escaped on its page and in the lists', async () => {
  const body = await page('/articles/hostile-1');
  assert.doesNotMatch(body, /<(script|img)\b|<[^>]*\son\w+=|href="javascript:/i);
  const list = await page('/articles');
  assert.doesNotMatch(list, /<(script|img)\b|<[^>]*\son\w+=|href="javascript:/i);
  assert.match(list, /&lt;script&gt;alert\(&quot;title&quot;\)&lt;\/script&gt;/);
});
