/**
 * `hearsay feed`, `hearsay ingest` (a feed or a page), `reanalyze` and the queue (`enqueue` a feed, a
 * `worker` stores it) give each page the report `hearsay analyze URL` gives it: the page's figure captions
 * included (they were dropped, so a caption with no credit was read as body text). One path from a page
 * to an article: `pageArticle` in src/input/html.ts.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { openStore } from '../../src/corpus/index.ts';
import type { Report } from '../../src/report/schema.ts';
import { ensureBuilt, hearsay, ROOT } from './helpers.ts';

// an invented page: the caption has no "(Credit: …)" that would mark it as a caption in plain text
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Singer splits from actor</title>
<meta property="og:site_name" content="Celeb Buzz"></head><body><article><h1>Singer splits from actor</h1>
<p>Pop singer Mara Quill, 29, has split from her actor boyfriend, a source close to the couple told Celeb Buzz.</p>
<figure><img src="x.jpg"><figcaption>The singer smiles for cameras on the red carpet</figcaption></figure>
<p>"They have been living separate lives for months," the source said of the pair.</p>
</article></body></html>`;

let server: Server;
let base = '';
let dir = '';
before(async () => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'hearsay-cli-feed-'));
  server = createServer((req, res) => {
    if (req.url === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Celeb Buzz</title><item><title>Singer splits</title><link>${base}/story.html</link><guid>story-1</guid></item></channel></rss>`,
      );
    } else if (req.url === '/story.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

test("a feed item's report keeps its page's figure caption, as analyze URL does", async () => {
  const out = join(dir, 'out.jsonl');
  const feed = await hearsay(['feed', `${base}/feed.xml`, '-o', out]);
  assert.equal(feed.status, 0, feed.stderr);
  assert.equal(feed.stderr, 'hearsay: 1 added, 0 already done, 0 failed of 1 items\n');
  const item = JSON.parse(readFileSync(out, 'utf8')) as {
    text: string;
    captions: { start: number; end: number }[];
  };
  assert.equal(item.captions.length, 1);
  const c = item.captions[0]!;
  assert.equal(item.text.slice(c.start, c.end), 'The singer smiles for cameras on the red carpet');

  const one = await hearsay(['analyze', `${base}/story.html`, '--format', 'json']);
  assert.equal(one.status, 0, one.stderr);
  const page = JSON.parse(one.stdout) as Record<string, unknown>;
  assert.deepEqual({ ...item, id: null }, page);
});

const CAPTION = 'The singer smiles for cameras on the red carpet';
const captionsOf = (r: Pick<Report, 'text' | 'captions'>): string[] =>
  (r.captions ?? []).map((c) => r.text.slice(c.start, c.end));

/** The stored report of an article. */
async function stored(db: string, id: string): Promise<Report> {
  const s = await openStore(db, { readOnly: true });
  assert.ok(s.ok);
  try {
    const a = await s.value.article(id);
    assert.ok(a, `no article ${id} in ${db}`);
    return a.report;
  } finally {
    await s.value.close();
  }
}

/** The report `analyze URL` gives the story page, with the id a store gives it. */
async function analyzed(id: string): Promise<Report> {
  const one = await hearsay(['analyze', `${base}/story.html`, '--format', 'json'], { built: true });
  assert.equal(one.status, 0, one.stderr);
  return { ...(JSON.parse(one.stdout) as Report), id };
}

test('ingest of a feed and of a page keeps the figure caption; reanalyze keeps it too', async () => {
  const db = join(dir, 'store.db');
  const feed = await hearsay(['ingest', `${base}/feed.xml`, '--db', db, '--no-progress'], { built: true });
  assert.equal(feed.stderr, `hearsay: 1 added, 0 replaced, 0 already stored, in ${db}\n`);
  const fromFeed = await stored(db, 'story-1');
  assert.deepEqual(captionsOf(fromFeed), [CAPTION]);
  assert.deepEqual(fromFeed, await analyzed('story-1'));

  const page = await hearsay(['ingest', `${base}/story.html`, '--db', db, '--no-progress'], { built: true });
  assert.equal(page.status, 0, page.stderr);
  assert.deepEqual(await stored(db, `${base}/story.html`), await analyzed(`${base}/story.html`));

  const again = await hearsay(['reanalyze', '--all', '--db', db, '--no-progress'], { built: true });
  assert.equal(again.stderr, `hearsay: 0 added, 2 replaced, 0 already stored, in ${db}\n`);
  assert.deepEqual(captionsOf(await stored(db, 'story-1')), [CAPTION]);
  assert.deepEqual(await stored(db, `${base}/story.html`), await analyzed(`${base}/story.html`));
});

const redis = process.env.HEARSAY_TEST_REDIS;
const pgUrl = process.env.HEARSAY_TEST_PG;
test('a feed enqueued and stored by a worker keeps the figure caption', {
  skip: redis && pgUrl ? false : 'set HEARSAY_TEST_REDIS and HEARSAY_TEST_PG to run it',
}, async () => {
  const pg = (await import('pg')).default;
  const name = `hs_captions_${process.pid}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  const u = new URL(pgUrl!);
  u.pathname = `/${name}`;
  const db = u.toString();
  const queue = ['--redis', redis!, '--queue', `captions-${process.pid}`];
  const { spawn } = await import('node:child_process');
  const bin = join(ROOT, 'bin', 'hearsay.js');
  try {
    const e = await hearsay(['enqueue', `${base}/feed.xml`, ...queue], { built: true });
    assert.equal(e.status, 0, e.stderr);
    const worker = spawn(process.execPath, [bin, 'worker', ...queue, '--db', db, '-c', '1'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let log = '';
    worker.stderr.on('data', (b: Buffer) => {
      log += b.toString();
    });
    const exited = new Promise<number | null>((r) => worker.on('exit', (code) => r(code)));
    const end = Date.now() + 120_000;
    let report: Report | null = null;
    while (!report && Date.now() < end) {
      await new Promise((r) => setTimeout(r, 300));
      const s = await openStore(db, { readOnly: true });
      if (!s.ok) continue;
      report = (await s.value.article('story-1'))?.report ?? null;
      await s.value.close();
    }
    worker.kill('SIGTERM');
    assert.equal(await exited, 0, log);
    assert.ok(report, `the worker stored nothing:\n${log}`);
    assert.deepEqual(captionsOf(report), [CAPTION]);
    assert.deepEqual(report, await analyzed('story-1'));
  } finally {
    await hearsay(['queue', 'drain', '--all', ...queue], { built: true });
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
});
