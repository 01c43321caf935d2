import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import { buildReport, find, QUOTES, TEXT } from '../../test/fixtures/html/report-fixture.ts';
import type { FullReport as Report } from '../report/schema.ts';
import { renderHtml } from './html.ts';

type El = {
  getAttribute(n: string): string | null;
  querySelectorAll(s: string): ArrayLike<El>;
  attributes: ArrayLike<{ name: string }>;
  textContent: string;
  remove(): void;
};
const dom = (html: string) => (parseHTML(html) as unknown as { document: El & { title: string } }).document;
const all = (root: El, sel: string): El[] => Array.from(root.querySelectorAll(sel));

const LABELS = {
  anonymous: 'anonymous',
  'named-person': 'named person',
  'named-organization': 'organization',
  document: 'document',
  'unnamed-media': 'unnamed media',
  outlet: 'the outlet',
  unknown: 'unknown',
} as const;

const VOID = new Set(['meta', 'br', 'img', 'input', 'link', 'hr', 'rect', 'line', 'path']);

/** Checks that every tag closes in the order it opened, so no crossing span broke the markup. */
const assertNested = (html: string): void => {
  const stack: string[] = [];
  const body = html.replace(/<!DOCTYPE html>/i, '').replace(/<style>[\s\S]*?<\/style>/, '');
  for (const m of body.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = m;
    const tag = name!.toLowerCase();
    if (selfClosing || (VOID.has(tag) && !closing)) continue;
    if (!closing) stack.push(tag);
    else assert.equal(stack.pop(), tag, `</${tag}> closes the element opened last (at ${m.index})`);
  }
  assert.deepEqual(stack, [], 'every element is closed');
};

/** A paragraph's text as the reader sees it, without the labels and screen-reader text the renderer adds. */
const readerText = (p: El): string => {
  for (const el of all(p, '.sr, .spk, .cm, .caption-tag')) el.remove();
  return p.textContent;
};

test('escapes the XSS payloads in the text and metadata: no script, no img, no event attribute', () => {
  const html = renderHtml(buildReport());
  assert.ok(!/<script/i.test(html), 'no raw <script');
  assert.ok(!/<img/i.test(html), 'no raw <img');
  for (const [tag] of html.matchAll(/<[a-zA-Z][^>]*>/g))
    assert.ok(!/\bon\w+\s*=/i.test(tag), `no event handler in ${tag}`);
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'the payload is shown as text');
  assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
  assert.ok(html.includes('Hot &lt;b&gt;Gossip&lt;/b&gt;'), 'outlet escaped');
  assert.ok(html.includes('Penny &quot;Scoop&quot; O&#39;Hara'), 'byline quotes escaped');
  const doc = dom(html);
  assert.equal(all(doc, 'script, img, iframe, object').length, 0);
  for (const el of all(doc, '*')) {
    for (const a of Array.from(el.attributes)) assert.ok(!a.name.startsWith('on'), `attribute ${a.name}`);
  }
  assert.equal(all(doc, 'a[href^="javascript"]').length, 0, 'a javascript: URL is shown, never linked');
});

test('every quote gets a mark carrying its source kind, and a speaker label after it', () => {
  const doc = dom(renderHtml(buildReport()));
  for (const q of QUOTES) {
    const marks = all(doc, `mark[data-quote="${q.id}"]`);
    assert.ok(marks.length >= 1, `${q.id} is marked`);
    for (const m of marks) {
      assert.equal(m.getAttribute('data-kind'), q.speaker.kind, q.id);
      assert.match(m.getAttribute('class') ?? '', new RegExp(`\\bk-${q.speaker.kind}\\b`));
    }
    assert.equal(
      all(marks[0]!, '.sr')[0]?.textContent,
      `Quotation from ${q.speaker.name} (source kind: ${LABELS[q.speaker.kind]}): `,
      `${q.id} names its speaker for screen readers`,
    );
  }
  assert.equal(
    all(doc, 'mark[data-quote="q5"]').length,
    2,
    'a quote across a paragraph break is split, not broken',
  );
  assert.equal(all(doc, '.spk').length, QUOTES.length);
  assert.deepEqual(
    all(doc, '.spk').map((s) => s.textContent),
    QUOTES.map((q) => `[${q.speaker.name} · ${LABELS[q.speaker.kind]}]`),
  );
});

test('the article text survives intact, paragraph by paragraph, and the markup nests', () => {
  const r = buildReport();
  const html = renderHtml(r);
  assertNested(html);
  const paragraphs = all(dom(html), '.article p');
  assert.deepEqual(
    paragraphs.map(readerText),
    r.paragraphs.map((p) => TEXT.slice(p.start, p.end)),
  );
  assert.match(paragraphs.at(-1)!.getAttribute('class') ?? '', /caption/);
});

test('hedges, claim markers and the caption credit are marked', () => {
  const doc = dom(renderHtml(buildReport()));
  assert.deepEqual(
    all(doc, '.article [data-hedge]').map((h) => `${h.getAttribute('data-hedge')}:${readerText(h)}`),
    ['hearsay:reportedly', 'hearsay:is said to', 'booster:honestly', 'hedge:understands'],
  );
  assert.equal(
    all(doc, 'mark[data-quote="q2"] [data-hedge="hearsay"]').length,
    1,
    'a hedge nests inside its quote',
  );
  assert.deepEqual(
    all(doc, '.article [data-claim]').map((c) => c.getAttribute('data-claim')),
    ['reported', 'mental-state', 'fact', 'speculation', 'opinion'],
  );
  assert.equal(all(doc, '.article .credit')[0]?.textContent, 'Getty Images');
});

test('the score chart has one bar per signal with a title, and a table with the same numbers', () => {
  const doc = dom(renderHtml(buildReport()));
  assert.equal(all(doc, 'svg.chart rect.bar').length, 4);
  assert.equal(all(doc, 'svg.chart rect.bar.neg').length, 3);
  assert.match(
    all(doc, 'svg.chart g.signal title')[0]!.textContent,
    /^anonymous-share: −0\.80 points\. Most quotes/,
  );
  assert.deepEqual(
    all(doc, 'table.signals tbody tr').map((tr) => all(tr, 'td')[2]!.textContent),
    ['−0.80', '+0.60', '−1.00', '−0.40'],
  );
});

test('spans that cross each other or a paragraph break are split so the markup still nests', () => {
  const r = buildReport();
  const crossing: Report = {
    ...r,
    quotes: [{ ...QUOTES[0]!, start: find('Tom Hale').start, end: find('They are').end }],
    hedges: [{ ...find('have reportedly split'), kind: 'hedge', agentless: false }],
    captions: [],
    claims: [{ ...r.claims[0]!, start: find('\n\n').start + 1 }],
  };
  const html = renderHtml(crossing);
  assertNested(html);
  const doc = dom(html);
  assert.equal(all(doc, 'mark.q').length, 2);
  assert.deepEqual(
    all(doc, '.article p').map(readerText),
    r.paragraphs.map((p) => TEXT.slice(p.start, p.end)),
  );
});

test('a bare report with no paragraphs, signals, checks or sources still renders a whole page', () => {
  const r = buildReport();
  const bare: Report = {
    ...r,
    text: 'First para.\n\nSecond <para>.',
    meta: { title: null, outlet: null, date: null, url: 'https://x.example/a?b=1&c=2', byline: null },
    paragraphs: [],
    captions: [],
    quotes: [],
    claims: [],
    hedges: [],
    checks: [],
    sources: [],
    scareQuotes: [],
    score: { ...r.score, signals: [] },
  };
  const html = renderHtml(bare);
  assertNested(html);
  const doc = dom(html);
  assert.equal(doc.title, 'hearsay: Untitled article');
  assert.deepEqual(all(doc, '.article p').map(readerText), ['First para.', 'Second <para>.']);
  assert.equal(all(doc, 'a[href="https://x.example/a?b=1&c=2"]').length, 1);
  assert.ok(html.includes('No checkable facts found.'));
});
