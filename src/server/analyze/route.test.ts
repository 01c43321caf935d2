/**
 * `POST /v1/analyze` through Fastify's inject: every body shape and format gives the library's own
 * report, and every way of getting it wrong is a problem+json with the registry code.
 */
import assert from 'node:assert/strict';
import { createServer as createHttp, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import type { InjectOptions } from 'fastify';
import { analyze } from '../../index.ts';
import { renderHtml } from '../../render/html.ts';
import { renderMarkdown } from '../../render/markdown.ts';
import { ARTICLE } from '../../../test/fixtures/server/articles.ts';
import { createServer } from '../app.ts';

const PAGE = `<!doctype html><html><head><title>Page title</title></head><body><article>
<h1>Pop duo call time on their summer tour</h1>
<p>The pop duo Nova Reyes and Kit Marlow have cancelled the rest of their tour, fans learned on Sunday.</p>
<p>"They can barely stand to be in the same room," a source close to the pair told us on Sunday night.</p>
<p>"We are taking time to rest and we thank every fan," Reyes said in a statement on Sunday.</p>
</article></body></html>`;

let upstream: Server;
let base = '';
before(async () => {
  upstream = createHttp((req, res) => {
    if (req.url === '/article') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    else if (req.url === '/plain') res.writeHead(200, { 'content-type': 'text/plain' }).end(ARTICLE);
    else if (req.url === '/hop') res.writeHead(302, { location: '/article' }).end();
    else res.writeHead(404).end('no');
  });
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((r) => upstream.close(() => r())));

const json = (body: string) => JSON.parse(body) as Record<string, unknown>;

test('a JSON {text} body gives exactly the report the library gives', async (t) => {
  const app = await createServer();
  t.after(() => app.close());
  const res = await app.inject({ method: 'POST', url: '/v1/analyze', payload: { text: ARTICLE } });
  assert.equal(res.statusCode, 200);
  assert.match(res.headers['content-type'] as string, /^application\/json/);
  assert.deepEqual(res.json(), JSON.parse(JSON.stringify(analyze(ARTICLE))));
  const r = res.json();
  assert.equal(r.meta.outlet, 'Daily Glimmer');
  const anon = r.quotes.find((q: { speaker?: { kind: string } }) => q.speaker?.kind === 'anonymous');
  assert.equal(r.text.slice(anon.start, anon.end), 'They can barely stand to be in the same room,');
});

test('metadata in the body wins over the front matter; a text/plain body takes it from the query', async (t) => {
  const app = await createServer();
  t.after(() => app.close());
  const res = await app.inject({
    method: 'POST',
    url: '/v1/analyze',
    payload: { text: ARTICLE, outlet: 'Other Outlet', id: 'a-1' },
  });
  assert.equal(res.json().meta.outlet, 'Other Outlet');
  assert.equal(res.json().id, 'a-1');
  const plain = await app.inject({
    method: 'POST',
    url: '/v1/analyze?date=2025-06-03&title=Given',
    headers: { 'content-type': 'text/plain; charset=utf-8' },
    payload: ARTICLE,
  });
  assert.equal(plain.statusCode, 200);
  assert.equal(plain.json().meta.date, '2025-06-03');
  assert.equal(plain.json().meta.title, 'Given');
  assert.equal(plain.json().meta.outlet, 'Daily Glimmer');
});

test('formats: html is the CLI page under a CSP without script, md and text are the CLI renderings', async (t) => {
  const app = await createServer();
  t.after(() => app.close());
  const report = analyze(ARTICLE);
  const html = await app.inject({
    method: 'POST',
    url: '/v1/analyze?format=html',
    payload: { text: ARTICLE },
  });
  assert.equal(html.statusCode, 200);
  assert.match(html.headers['content-type'] as string, /^text\/html/);
  assert.equal(html.body, renderHtml(report));
  const csp = html.headers['content-security-policy'] as string;
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /style-src 'sha256-[A-Za-z0-9+/=]+'/);
  assert.doesNotMatch(csp, /script-src|unsafe-inline/);
  const md = await app.inject({ method: 'POST', url: '/v1/analyze?format=md', payload: { text: ARTICLE } });
  assert.equal(md.body, renderMarkdown(report));
  assert.match(md.headers['content-type'] as string, /^text\/markdown/);
  const text = await app.inject({
    method: 'POST',
    url: '/v1/analyze?format=text',
    payload: { text: ARTICLE },
  });
  assert.match(text.body, /Pop duo call time/);
});

test('an HTML body is extracted as the CLI does', async (t) => {
  const app = await createServer();
  t.after(() => app.close());
  const res = await app.inject({
    method: 'POST',
    url: '/v1/analyze',
    headers: { 'content-type': 'text/html' },
    payload: PAGE,
  });
  assert.equal(res.statusCode, 200);
  const r = res.json();
  assert.match(r.text, /^The pop duo Nova Reyes and Kit Marlow have cancelled/);
  assert.equal(r.meta.title, 'Page title');
  assert.equal(r.quotes.length, 2);
  const viaJson = await app.inject({ method: 'POST', url: '/v1/analyze', payload: { html: PAGE } });
  assert.deepEqual(viaJson.json().quotes, r.quotes);
});

// an invented page whose caption carries no "(Credit: …)" that would mark it as a caption in plain text
const CAPTIONED = `<!doctype html><html><head><title>Duo on tour</title></head><body><article>
<h1>Pop duo call time on their summer tour</h1>
<p>The pop duo Nova Reyes and Kit Marlow have cancelled the rest of their tour, fans learned on Sunday.</p>
<figure><img src="x.jpg"><figcaption>The duo smiles for cameras on the red carpet</figcaption></figure>
<p>"We are taking time to rest and we thank every fan," Reyes said in a statement on Sunday.</p>
</article></body></html>`;

test("an HTML body keeps the page's figure captions, as `hearsay analyze page.html` does", async (t) => {
  const app = await createServer();
  t.after(() => app.close());
  const res = await app.inject({
    method: 'POST',
    url: '/v1/analyze',
    headers: { 'content-type': 'text/html' },
    payload: CAPTIONED,
  });
  assert.equal(res.statusCode, 200);
  const r = res.json() as { text: string; captions: { start: number; end: number }[] };
  assert.deepEqual(
    r.captions.map((c) => r.text.slice(c.start, c.end)),
    ['The duo smiles for cameras on the red carpet'],
  );
});

test('{url}: a loopback page is refused by default (403 HS_URL_FORBIDDEN) and fetched with --allow-private-urls', async (t) => {
  const closed = await createServer();
  t.after(() => closed.close());
  const refused = await closed.inject({
    method: 'POST',
    url: '/v1/analyze',
    payload: { url: `${base}/article` },
  });
  assert.equal(refused.statusCode, 403);
  assert.match(refused.headers['content-type'] as string, /^application\/problem\+json/);
  assert.equal(json(refused.body).code, 'HS_URL_FORBIDDEN');
  const named = await closed.inject({
    method: 'POST',
    url: '/v1/analyze',
    payload: { url: base.replace('127.0.0.1', 'localhost') },
  });
  assert.equal(json(named.body).code, 'HS_URL_FORBIDDEN', 'refused after resolving localhost');

  const open = await createServer({ allowPrivateUrls: true });
  t.after(() => open.close());
  const res = await open.inject({ method: 'POST', url: '/v1/analyze', payload: { url: `${base}/hop` } });
  assert.equal(res.statusCode, 200);
  assert.equal(res.json().meta.url, `${base}/article`, 'the final URL after the redirect');
  assert.equal(res.json().quotes.length, 2);
  const plain = await open.inject({ method: 'POST', url: '/v1/analyze', payload: { url: `${base}/plain` } });
  assert.equal(plain.json().meta.outlet, 'Daily Glimmer');
  const missing = await open.inject({ method: 'POST', url: '/v1/analyze', payload: { url: `${base}/gone` } });
  assert.equal(missing.statusCode, 502);
  assert.equal(json(missing.body).code, 'HS_FETCH_STATUS');
  const ftp = await open.inject({
    method: 'POST',
    url: '/v1/analyze',
    payload: { url: 'ftp://example.org/x' },
  });
  assert.equal(ftp.statusCode, 400);
  assert.equal(json(ftp.body).code, 'HS_FETCH_PROTOCOL');
});

test('a too-large fetched page and a slow one fail with the fetch limits', async (t) => {
  const app = await createServer({ allowPrivateUrls: true, fetch: { maxBytes: 100, timeoutMs: 5000 } });
  t.after(() => app.close());
  const res = await app.inject({ method: 'POST', url: '/v1/analyze', payload: { url: `${base}/article` } });
  assert.equal(res.statusCode, 502);
  assert.equal(json(res.body).code, 'HS_FETCH_TOO_LARGE');
});

test('bad requests are problem+json with the registry code', async (t) => {
  const app = await createServer({ bodyLimit: 10_000 });
  t.after(() => app.close());
  const cases: Array<[InjectOptions, number, string]> = [
    [{ method: 'POST', url: '/v1/analyze', payload: { text: 'x', html: '<p>' } }, 400, 'HS_BAD_REQUEST'],
    [{ method: 'POST', url: '/v1/analyze', payload: { title: 'no article' } }, 400, 'HS_BAD_REQUEST'],
    [{ method: 'POST', url: '/v1/analyze?format=pdf', payload: { text: 'x' } }, 400, 'HS_BAD_REQUEST'],
    [
      {
        method: 'POST',
        url: '/v1/analyze',
        headers: { 'content-type': 'application/json' },
        payload: '{"text":',
      },
      400,
      'HS_BAD_REQUEST',
    ],
    [
      { method: 'POST', url: '/v1/analyze', headers: { 'content-type': 'application/pdf' }, payload: '%PDF' },
      415,
      'HS_UNSUPPORTED_MEDIA',
    ],
    [{ method: 'POST', url: '/v1/analyze', payload: { text: 'x'.repeat(20_000) } }, 413, 'HS_BODY_TOO_LARGE'],
    [{ method: 'POST', url: '/v1/analyze', payload: { text: '   \n' } }, 422, 'HS_EMPTY_INPUT'],
    [{ method: 'POST', url: '/v1/analyze', payload: { text: 'a\u0000b' } }, 422, 'HS_BINARY_INPUT'],
    [{ method: 'POST', url: '/v1/analyze', payload: { text: 'x', date: '2025-02-30' } }, 422, 'HS_BAD_DATE'],
    [
      { method: 'POST', url: '/v1/analyze', payload: { text: '---\ntitle: x\n' } },
      422,
      'HS_BAD_FRONT_MATTER',
    ],
    [
      { method: 'POST', url: '/v1/analyze', payload: { html: '<html><body></body></html>' } },
      422,
      'HS_NOT_AN_ARTICLE',
    ],
    [{ method: 'GET', url: '/v1/analyze' }, 404, 'HS_NOT_FOUND'],
  ];
  for (const [req, status, code] of cases) {
    const res = await app.inject(req);
    const label = `${req.method} ${req.url} ${JSON.stringify(req.payload)?.slice(0, 40)}`;
    assert.equal(res.statusCode, status, label);
    assert.match(res.headers['content-type'] as string, /^application\/problem\+json/, label);
    const p = json(res.body);
    assert.equal(p.code, code, label);
    assert.equal(p.status, status, label);
    assert.equal(p.type, `/docs#${code}`, label);
    assert.equal(typeof p.detail, 'string', label);
    assert.doesNotMatch(res.body, /at .*\.ts:\d+/, 'no stack trace');
  }
});

test('preset=news (body or query) reads reported speech in the news sense, as the CLI --preset does', async (t) => {
  const app = await createServer();
  t.after(() => app.close());
  const NEWS =
    'Senators met on Tuesday.\n\nSenator Dana Whitlow believes the tax plan will fail in the spring.\n';
  const spans = (r: { text: string; quotes: { start: number; end: number }[] }) =>
    r.quotes.map((q) => r.text.slice(q.start, q.end));
  const body = await app.inject({
    method: 'POST',
    url: '/v1/analyze',
    payload: { text: NEWS, preset: 'news' },
  });
  assert.equal(body.statusCode, 200);
  assert.deepEqual(spans(body.json()), ['the tax plan will fail in the spring']);
  assert.deepEqual(body.json(), JSON.parse(JSON.stringify(analyze(NEWS, { preset: 'news' }))));
  const query = await app.inject({
    method: 'POST',
    url: '/v1/analyze?preset=news',
    headers: { 'content-type': 'text/plain; charset=utf-8' },
    payload: NEWS,
  });
  assert.deepEqual(spans(query.json()), ['the tax plan will fail in the spring']);
  const standard = await app.inject({ method: 'POST', url: '/v1/analyze', payload: { text: NEWS } });
  assert.deepEqual(spans(standard.json()), []);
  const bad = await app.inject({ method: 'POST', url: '/v1/analyze?preset=spine', payload: { text: NEWS } });
  assert.equal(bad.statusCode, 400);
  assert.equal(bad.json().code, 'HS_BAD_REQUEST');
});
