/**
 * The "Check an article" pages through inject: the form, the annotated article (the CLI's HTML report in
 * the app's frame), a checked link as a shareable GET, errors shown in the form, and a hostile article
 * escaped everywhere.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../index.ts';
import { ARTICLE, HOSTILE } from '../../test/fixtures/server/articles.ts';
import { largeArticle } from '../../test/web/large-article.ts';
import { createServer } from '../server/app.ts';
import { createPool } from '../server/analyze/pool.ts';
import { reportBody } from './check.ts';

const form = (fields: Record<string, string>) => ({
  method: 'POST' as const,
  url: '/check',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  payload: new URLSearchParams(fields).toString(),
});

test('GET / is the check form, labelled, with no script', async () => {
  const app = await createServer();
  const res = await app.inject({ method: 'GET', url: '/' });
  assert.equal(res.statusCode, 200);
  assert.match(res.body, /<label for="text">Article text<\/label>/);
  assert.match(res.body, /<textarea id="text" name="text"/);
  assert.match(res.body, /<label for="url">Link to the article<\/label>/);
  assert.match(res.body, /<form class="check" method="post" action="\/check">/);
  assert.match(res.body, /<link rel="stylesheet" href="\/assets\/app.css">/);
  assert.doesNotMatch(res.body, /<script|<style/);
  await app.close();
});

test('POST /check shows the same findings as the CLI HTML report, anonymous quotation and speaker included', async () => {
  const app = await createServer();
  const res = await app.inject(form({ text: ARTICLE }));
  assert.equal(res.statusCode, 200);
  assert.ok(res.body.includes(reportBody(analyze(ARTICLE))), 'the report body, unchanged');
  assert.match(res.body, /<mark class="q k-anonymous" data-kind="anonymous"/);
  assert.match(res.body, /Quotation from a source close to the pair \(source kind: anonymous\)/);
  assert.match(res.body, /<title>Pop duo call time on their summer tour · hearsay<\/title>/);
  assert.equal((res.body.match(/class="skip"/g) ?? []).length, 1, 'one skip link');
  await app.close();
});

test('the form metadata is used; an empty form and a bad date come back as the form with the error', async () => {
  const app = await createServer();
  const res = await app.inject(
    form({ text: 'Plain words here.', title: 'Given title', outlet: 'Given Outlet' }),
  );
  assert.match(res.body, /<h1>Given title<\/h1>/);
  const empty = await app.inject(form({ text: '  ' }));
  assert.equal(empty.statusCode, 422);
  assert.match(empty.body, /role="alert"><p><code>HS_EMPTY_INPUT<\/code>/);
  const bad = await app.inject(form({ text: 'Some words.', date: '2025-13-01' }));
  assert.equal(bad.statusCode, 422);
  assert.match(bad.body, /<code>HS_BAD_DATE<\/code>/);
  assert.match(bad.body, />Some words\.<\/textarea>/, 'what was typed is kept');
  await app.close();
});

test('a link posted alone redirects to a shareable GET /check?url=…; refused addresses show the error', async () => {
  const app = await createServer();
  const res = await app.inject(form({ url: 'http://127.0.0.1:9/story', text: '' }));
  assert.equal(res.statusCode, 303);
  assert.equal(res.headers.location, '/check?url=http%3A%2F%2F127.0.0.1%3A9%2Fstory');
  const page = await app.inject({ method: 'GET', url: res.headers.location as string });
  assert.equal(page.statusCode, 403);
  assert.match(page.body, /<code>HS_URL_FORBIDDEN<\/code>/);
  assert.match(page.body, /value="http:\/\/127\.0\.0\.1:9\/story"/);
  const bare = await app.inject({ method: 'GET', url: '/check' });
  assert.equal(bare.statusCode, 303);
  await app.close();
});

// invented: beliefs and expectations without quotation marks, which only the news reading reports
const POLICY = `Council weighs shelter plan

The mayor thinks the city can open two new shelters before winter. Officials believe the plan will cost far more than promised.`;

test('the form offers the kind of article; news reads beliefs the standard reading leaves out, as the CLI does', async () => {
  const app = await createServer();
  const page = await app.inject({ method: 'GET', url: '/' });
  assert.match(page.body, /<label for="preset">Kind of article<\/label><select id="preset" name="preset">/);
  assert.match(page.body, /<option value="standard" selected>Celebrity and entertainment news/);
  assert.match(page.body, /<option value="news">Political and hard news/);
  const news = await app.inject(form({ text: POLICY, preset: 'news' }));
  assert.equal(news.statusCode, 200);
  assert.ok(news.body.includes(reportBody(analyze(POLICY, { preset: 'news' }))), 'the news report body');
  assert.match(
    news.body,
    /<mark class="q[^"]*"[^>]*><span class="sr">Quotation from Officials \(source kind: anonymous\): <\/span>the plan will cost far more than promised<\/mark>/,
  );
  const standard = await app.inject(form({ text: POLICY, preset: 'standard' }));
  assert.ok(standard.body.includes(reportBody(analyze(POLICY))), 'the standard report body');
  assert.doesNotMatch(standard.body, /<\/span>the plan will cost far more than promised<\/mark>/);
  // a preset the form does not offer reads as the standard one; a link keeps a news choice in its GET
  const odd = await app.inject(form({ text: POLICY, preset: 'spine' }));
  assert.ok(odd.body.includes(reportBody(analyze(POLICY))));
  const link = await app.inject(form({ url: 'http://127.0.0.1:9/story', text: '', preset: 'news' }));
  assert.equal(link.headers.location, '/check?url=http%3A%2F%2F127.0.0.1%3A9%2Fstory&preset=news');
  const back = await app.inject({ method: 'GET', url: link.headers.location as string });
  assert.match(back.body, /<option value="news" selected>/, 'the choice is kept in the form');
  await app.close();
});

test('a hostile article is escaped everywhere: no element, handler or javascript: link comes from it', async () => {
  const app = await createServer();
  const res = await app.inject(form({ text: HOSTILE }));
  assert.equal(res.statusCode, 200);
  assert.doesNotMatch(res.body, /<(script|img)\b|<[^>]*\son\w+=|href="javascript:/i);
  assert.match(res.body, /&lt;script&gt;alert\(4\)&lt;\/script&gt;/);
  const api = await app.inject({
    method: 'POST',
    url: '/v1/analyze?format=html',
    payload: { text: HOSTILE },
  });
  assert.doesNotMatch(api.body, /<(script|img)\b|<[^>]*\son\w+=|href="javascript:/i);
  await app.close();
});

test('a busy server: the check page is 503 with the API’s Retry-After; past the time budget, 503 with none, as the API', async (t) => {
  // one worker held by a large article and no room to wait: the next analysis is HS_SERVER_BUSY
  const pool = createPool({ workers: 1, queueLimit: 0, maxMs: 600_000 });
  const app = await createServer({ pool });
  t.after(() => app.close());
  const running = pool.render({ input: { text: largeArticle(200_000) } }, 'json');
  const page = await app.inject(form({ text: ARTICLE }));
  const api = await app.inject({ method: 'POST', url: '/v1/analyze', payload: { text: ARTICLE } });
  assert.equal(page.statusCode, 503);
  assert.equal(page.headers['retry-after'], '1');
  assert.equal(page.headers['retry-after'], api.headers['retry-after']);
  assert.match(page.body, /<code>HS_SERVER_BUSY<\/code>/);
  assert.match(String(page.headers['content-type']), /^text\/html/);
  assert.ok((await running).ok);

  const tight = createPool({ workers: 1, maxMs: 50 });
  const slow = await createServer({ pool: tight });
  t.after(() => slow.close());
  await tight.warm();
  const big = largeArticle(300_000);
  const late = await slow.inject(form({ text: big }));
  const lateApi = await slow.inject({ method: 'POST', url: '/v1/analyze', payload: { text: big } });
  assert.equal(late.statusCode, 503);
  assert.match(late.body, /<code>HS_TIME_BUDGET<\/code>/);
  assert.equal(lateApi.json().code, 'HS_TIME_BUDGET');
  assert.equal(late.headers['retry-after'], undefined);
  assert.equal(lateApi.headers['retry-after'], undefined);
});
