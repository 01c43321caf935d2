import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { type AnalyzeHtml, parseFeed, runFeed } from './feed.ts';
import { extractArticle } from './html.ts';

const page = (title: string, body: string): string =>
  `<!doctype html><html><head><title>${title}</title><meta property="og:site_name" content="Buzz Daily"></head>
  <body><nav>Home | Stars</nav><article><h1>${title}</h1><p>${body}</p>
  <p>An insider tells Buzz Daily the pair are "very happy" and planning a summer wedding in Italy.</p></article></body></html>`;

const rss = (base: string): string => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel><title>Buzz Daily</title><link>${base}/</link>
    <item><title>Star one engaged</title><link>${base}/a/1</link><guid isPermaLink="false">buzz-1</guid>
      <pubDate>Tue, 05 Mar 2024 10:00:00 +1100</pubDate></item>
    <item><title><![CDATA[Star two & the yacht]]></title><link>/a/2</link><guid>buzz-2</guid>
      <pubDate>Wed, 06 Mar 2024 09:00:00 GMT</pubDate><description>&lt;p&gt;Teaser&lt;/p&gt;</description></item>
    <item><title>Gone</title><link>${base}/a/missing</link><guid>buzz-3</guid></item>
    <item><title>Star four</title><link>${base}/a/4</link></item>
  </channel>
</rss>`;

const atom = (base: string): string => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Glam Wire</title><id>urn:glam</id><updated>2024-03-07T00:00:00Z</updated>
  <entry><id>tag:glam.example,2024:1</id><title type="html">Duo &amp;amp; drama</title>
    <link rel="self" href="${base}/self/1"/><link rel="alternate" href="${base}/a/1"/>
    <published>2024-03-07T21:15:00-08:00</published><content type="html">&lt;p&gt;Full text&lt;/p&gt;</content></entry>
  <entry><id>tag:glam.example,2024:2</id><title>Second</title><link href="${base}/a/2"/><updated>2024-03-08T00:00:00Z</updated></entry>
</feed>`;

let server: Server;
let base = '';
let dir = '';

before(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    const send = (status: number, type: string, body: string): void => {
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    };
    if (path === '/rss.xml') send(200, 'application/rss+xml', rss(base));
    else if (path === '/atom.xml') send(200, 'application/atom+xml', atom(base));
    else if (path === '/not-a-feed') send(200, 'text/html', page('Hello', 'Just a page.'));
    else if (/^\/a\/\d+$/.test(path))
      send(200, 'text/html', page(`Story ${path}`, `The body of story ${path} is here.`));
    else send(404, 'text/plain', 'no');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = mkdtempSync(join(tmpdir(), 'hearsay-feed-'));
});

after(() => {
  server.closeAllConnections();
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A stand-in for the engine: extraction plus a report-like object. */
const analyze: AnalyzeHtml = (html, url) => {
  const a = extractArticle(html, url);
  return a.ok ? { id: null, text: a.value.text, meta: a.value.meta } : a;
};

const lines = (file: string): Array<{ id: string; text: string; meta: { url: string } }> =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

test('parses RSS 2.0 items: guid or link as id, relative links, RFC 822 dates, CDATA and content', () => {
  const r = parseFeed(rss('https://buzz.example'), 'rss', 'https://buzz.example/rss.xml');
  assert.ok(r.ok);
  assert.deepEqual(r.value[0], {
    id: 'buzz-1',
    title: 'Star one engaged',
    link: 'https://buzz.example/a/1',
    date: '2024-03-05',
  });
  assert.deepEqual(r.value[1], {
    id: 'buzz-2',
    title: 'Star two & the yacht',
    link: 'https://buzz.example/a/2',
    date: '2024-03-06',
    content: '<p>Teaser</p>',
  });
  assert.equal(r.value[3]?.id, 'https://buzz.example/a/4');
});

test('parses Atom entries, preferring the alternate link and the publisher-local date', () => {
  const r = parseFeed(atom('https://glam.example'), 'atom');
  assert.ok(r.ok);
  assert.deepEqual(r.value, [
    {
      id: 'tag:glam.example,2024:1',
      title: 'Duo & drama',
      link: 'https://glam.example/a/1',
      date: '2024-03-07',
      content: '<p>Full text</p>',
    },
    { id: 'tag:glam.example,2024:2', title: 'Second', link: 'https://glam.example/a/2', date: '2024-03-08' },
  ]);
});

test('anything but RSS or Atom is HS_BAD_FEED', () => {
  for (const doc of [
    '<html><body>hi</body></html>',
    'just text',
    '{"json": true}',
    '<rss><nochannel/></rss>',
  ]) {
    const r = parseFeed(doc, 'x');
    assert.ok(!r.ok, doc);
    assert.equal(r.error.code, 'HS_BAD_FEED');
  }
});

test('an RSS run writes one line per item, logs failures on one line each, and resumes without duplicates', async () => {
  const out = join(dir, 'rss', 'out.jsonl');
  const logged: string[] = [];
  const first = await runFeed(`${base}/rss.xml`, out, analyze, { log: (l) => logged.push(l) });
  assert.ok(first.ok, first.ok ? '' : first.error.message);
  assert.deepEqual(first.value, { items: 4, added: 3, skipped: 0, failed: 1 });
  assert.equal(logged.length, 1);
  assert.match(logged[0]!, /^hearsay: skipped buzz-3: HS_FETCH_STATUS .*404/);
  const written = lines(out);
  assert.deepEqual(
    written.map((l) => l.id),
    ['buzz-1', 'buzz-2', `${base}/a/4`],
  );
  assert.equal(written[1]?.meta.url, `${base}/a/2`);
  assert.match(written[0]!.text, /The body of story \/a\/1 is here\./);

  const second = await runFeed(`${base}/rss.xml`, out, analyze, { log: () => undefined });
  assert.ok(second.ok);
  assert.deepEqual(second.value, { items: 4, added: 0, skipped: 3, failed: 1 });
  assert.equal(lines(out).length, 3);
});

test('a truncated last line is dropped and its item analysed again', async () => {
  const out = join(dir, 'atom.jsonl');
  const first = await runFeed(`${base}/atom.xml`, out, analyze, { log: () => undefined });
  assert.ok(first.ok);
  assert.equal(first.value.added, 2);
  const full = readFileSync(out, 'utf8');
  const lastStart = full.lastIndexOf('\n', full.length - 2) + 1;
  writeFileSync(out, full.slice(0, lastStart + 25));
  const logged: string[] = [];
  const again = await runFeed(`${base}/atom.xml`, out, analyze, { log: (l) => logged.push(l) });
  assert.ok(again.ok);
  assert.deepEqual(again.value, { items: 2, added: 1, skipped: 1, failed: 0 });
  assert.match(logged[0]!, /truncated last line/);
  assert.equal(readFileSync(out, 'utf8'), full);
});

test('reads a feed from a file, and reports missing files and non-feeds as errors', async () => {
  const feedFile = join(dir, 'feed.xml');
  writeFileSync(feedFile, atom(base));
  const out = join(dir, 'from-file.jsonl');
  appendFileSync(out, '');
  const r = await runFeed(feedFile, out, analyze, { log: () => undefined, limit: 1 });
  assert.ok(r.ok);
  assert.equal(r.value.added, 1);
  const missing = await runFeed(join(dir, 'nope.xml'), out, analyze);
  assert.ok(!missing.ok);
  assert.equal(missing.error.code, 'HS_FILE_NOT_FOUND');
  const bad = await runFeed(`${base}/not-a-feed`, out, analyze);
  assert.ok(!bad.ok);
  assert.equal(bad.error.code, 'HS_BAD_FEED');
});
