import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { extractArticle } from './html.ts';

const fixture = readFileSync(new URL('../../test/fixtures/html/article.html', import.meta.url), 'utf8');

const extract = () => {
  const r = extractArticle(fixture, 'https://glimmer.example/celebrity/story?utm_source=feed');
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  return r.value;
};

test('extracts the article paragraphs, blank-line separated, with entities decoded and spaces collapsed', () => {
  const paragraphs = extract().text.split('\n\n');
  assert.deepEqual(paragraphs, [
    'Marla Vance and Theo Quill are reportedly living separate lives after months of rumoured tension, The Daily Glimmer can reveal.',
    'The pair, who wed in a lavish ceremony on a private island in 2019, have not been photographed together since the autumn.',
    'Marla Vance and Theo Quill at the Silver Reel Awards last year (Credit: Getty Images)',
    '“They are barely speaking,” an insider tells The Daily Glimmer. “Marla is heartbroken but she is putting on a brave face for the kids.”',
    'Another source close to the couple claimed the actor had “checked out” of the marriage & was spending most weeks at his ranch.',
    '‘Nothing to see here’',
    'A spokesperson for Vance said: “Marla and Theo are focused on their family and their work. We won’t comment on rumours.”',
    'Quill, 41, is currently filming the thriller Harbour Lights in Canada.',
  ]);
});

test('drops navigation, ads, share bars, promos, newsletters, related links, recirculation and cookie banners', () => {
  const { text } = extract();
  for (const junk of [
    'Celebrity',
    'ADVERTISEMENT',
    'Share on',
    'spa weekend',
    'Sign up',
    'Follow us',
    'Related stories',
    'beach house',
    'Around the web',
    'You may like',
    'More from Glimmer',
    'cookies',
    'rights reserved',
    'trackPageView',
    'height: 250px',
    'By Penny',
  ]) {
    assert.ok(!text.includes(junk), `text should not contain ${JSON.stringify(junk)}`);
  }
  assert.equal(text.split('They are barely speaking').length, 2, 'the pull quote in the aside is dropped');
});

test('keeps the figure caption as its own paragraph and reports it with its credit', () => {
  const { text, captions } = extract();
  assert.equal(captions.length, 1);
  const c = captions[0]!;
  assert.equal(
    text.slice(c.start, c.end),
    'Marla Vance and Theo Quill at the Silver Reel Awards last year (Credit: Getty Images)',
  );
  assert.equal(c.credit, 'Getty Images');
  assert.equal(text.slice(c.start - 2, c.start), '\n\n');
});

test('reads exact metadata from og tags, meta author, JSON-LD and the canonical link', () => {
  assert.deepEqual(extract().meta, {
    title: 'Marla Vance & Theo Quill ‘living separate lives’, insiders claim',
    byline: 'Penny Halloway',
    outlet: 'The Daily Glimmer',
    date: '2024-03-05',
    url: 'https://glimmer.example/celebrity/marla-vance-theo-quill',
  });
});

test('falls back to JSON-LD, <time> and the base URL when the meta tags are missing', () => {
  const html = `<!doctype html><html><head><title>Star spotted | Gossip Hub</title>
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"Star spotted &amp; snapped",
    "author":[{"name":"A. Writer"},{"name":"B. Writer"}],"publisher":{"name":"Gossip Hub"}}</script></head>
    <body><article><p>A star was spotted at a café on Tuesday, eyewitnesses said, wearing sunglasses indoors.</p>
    <figure><img src="x.jpg"><figcaption>The star outside <cite>Photo: Snapper Agency</cite></figcaption></figure>
    <p>Posted <time datetime="2023-11-02T08:00:00Z">Nov 2</time></p></article></body></html>`;
  const r = extractArticle(html, 'https://gossip.example/a/1');
  assert.ok(r.ok);
  assert.deepEqual(r.value.meta, {
    title: 'Star spotted & snapped',
    byline: 'A. Writer and B. Writer',
    outlet: 'Gossip Hub',
    date: '2023-11-02',
    url: 'https://gossip.example/a/1',
  });
  assert.deepEqual(
    r.value.captions.map((c) => [r.value.text.slice(c.start, c.end), c.credit]),
    [['The star outside (Credit: Snapper Agency)', 'Snapper Agency']],
  );
});

test('reads a credit already written into the caption text', () => {
  const html =
    '<html><body><article><p>Some article text that is long enough to count as the story body here.</p><figure><figcaption>On the beach (Photo: Splash News)</figcaption></figure></article></body></html>';
  const r = extractArticle(html);
  assert.ok(r.ok);
  assert.equal(r.value.captions[0]?.credit, 'Splash News');
  assert.equal(r.value.meta.url, null);
});

test('a page with no article text is HS_NOT_AN_ARTICLE', () => {
  const r = extractArticle(
    '<html><body><nav>Home</nav><script>x()</script></body></html>',
    'https://x.example/',
  );
  assert.ok(!r.ok);
  assert.equal(r.error.code, 'HS_NOT_AN_ARTICLE');
});
