/**
 * `hearsay feed` gives each item the report `hearsay analyze URL` gives its page: the page's figure
 * captions included (they were dropped, so a caption with no credit was read as body text).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { hearsay } from './helpers.ts';

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
