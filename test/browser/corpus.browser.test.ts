/**
 * The corpus pages in Chromium against a real server and a real SQLite store of examples/corpus.jsonl:
 * the outlets page's chart and table show the store's figures and the bars link to the articles behind
 * them; a quotation's trail is followed from an article; keyboard reaches every chart link. Skipped
 * without Chromium unless HEARSAY_REQUIRE_BROWSER=1. HEARSAY_SCREENSHOT=1 writes docs/web-outlets.png.
 */
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { outletTotals } from '../../src/server/corpus/service.ts';
import { exampleStore } from '../fixtures/server/corpus.ts';
import { haveChromium } from './screenshot.ts';
import { type BrowserRig, browserRig } from './serve.ts';

let rig: BrowserRig;
let origin = '';
let browser: Browser | undefined;
let dispose: () => Promise<void>;
let totals: ReturnType<typeof outletTotals>;
before(async () => {
  const s = await exampleStore();
  dispose = s.dispose;
  totals = outletTotals(await s.store.outlets());
  rig = await browserRig({ corpus: s.store });
  ({ origin, browser } = rig);
});
after(async () => {
  await rig.close();
  await dispose();
});

test('outlets page: the table and the chart read the store’s figures, and a bar leads to its articles', async (t) => {
  if (!haveChromium(t)) return;
  const page = await browser!.newPage({ viewport: { width: 1200, height: 900 } });
  const outside: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(origin)) outside.push(r.url());
  });
  await page.goto(`${origin}/outlets`);
  const rows = await page
    .locator('#outlets-table tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) =>
        Array.from(tr.children, (c) => ((c as { textContent: string | null }).textContent ?? '').trim()),
      ),
    );
  assert.equal(rows.length, totals.length);
  for (const o of totals) {
    const row = rows.find((r) => r[0] === o.name);
    assert.ok(row, `a row for ${o.name}`);
    assert.equal(row[1], String(o.articles), `${o.name} articles`);
    const anon = o.anonymousQuotedShare === null ? '–' : `${Math.round(o.anonymousQuotedShare * 100)}%`;
    assert.equal(row[3], anon, `${o.name} anonymous share`);
    assert.equal(row[4], String(o.quotedWords), `${o.name} quoted words`);
    const bar = page.locator(`#chart-anon a[aria-label^="${o.name}: "]`);
    assert.equal(await bar.getAttribute('aria-label'), `${o.name}: ${anon} (n = ${o.quotedWords})`);
  }
  const us = totals.find((o) => o.outlet === 'usweekly')!;
  const usBar = page.locator('#chart-anon a[aria-label^="Us Weekly: "] rect.bar');
  const box = await usBar.boundingBox();
  assert.ok(box && box.width > 100, 'a 100% bar is drawn long');
  await Promise.all([page.waitForURL(/\/articles\?outlet=usweekly/), usBar.click()]);
  assert.equal(
    await page.locator('#articles-table tbody tr').count(),
    us.articles,
    'the bar links to its articles',
  );
  assert.deepEqual(outside, []);
  await page.close();
});

test('follow a quotation’s trail from an article: first printing, who credits it, who does not', async (t) => {
  if (!haveChromium(t)) return;
  const page = await browser!.newPage({ viewport: { width: 1200, height: 900 } });
  await page.goto(`${origin}/articles/dm-2026-03-04-vance`);
  assert.ok(
    await page.locator('mark.q[data-kind="anonymous"]').first().isVisible(),
    'the stored article, annotated',
  );
  assert.equal(
    (await page.locator('.share a').first().textContent()) ?? '',
    `${origin}/articles/dm-2026-03-04-vance`,
    'the shareable link',
  );
  await page.getByRole('link', { name: 'its trail across outlets' }).first().click();
  await page.waitForSelector('ol.trail');
  const items = page.locator('ol.trail > li');
  assert.equal(await items.count(), 3);
  assert.match((await items.nth(0).textContent()) ?? '', /Us Weekly · 2026-03-02[\s\S]*first printed here/);
  assert.match((await items.nth(1).textContent()) ?? '', /HollywoodLife[\s\S]*credits Us Weekly/);
  assert.match((await items.nth(2).textContent()) ?? '', /Daily Mail[\s\S]*does not credit Us Weekly/);
  await items.nth(1).getByRole('link').first().click();
  await page.waitForURL(/\/articles\/hl-2026-03-03-vance$/);
  await page.close();
});

test('keyboard only: every chart bar on the outlets page is a focusable link with its figure as its name', async (t) => {
  if (!haveChromium(t)) return;
  const page = await browser!.newPage({ viewport: { width: 1200, height: 900 } });
  await page.goto(`${origin}/outlets`);
  const names: string[] = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const label = String(await page.evaluate("document.activeElement?.getAttribute('aria-label') ?? ''"));
    if (label) names.push(label);
    if (names.length === totals.length) break;
  }
  assert.deepEqual(
    names,
    totals.map(
      (o) =>
        `${o.name}: ${o.anonymousQuotedShare === null ? '–' : `${Math.round(o.anonymousQuotedShare * 100)}%`} (n = ${o.quotedWords})`,
    ),
  );
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/articles\?outlet=/);
  await page.close();
});

test('screenshot of the outlets page (docs/web-outlets.png with HEARSAY_SCREENSHOT=1)', async (t) => {
  if (!haveChromium(t)) return;
  const page = await browser!.newPage({ viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(`${origin}/outlets`);
  const keep = process.env.HEARSAY_SCREENSHOT === '1';
  const path = keep
    ? fileURLToPath(new URL('../../docs/web-outlets.png', import.meta.url))
    : join(tmpdir(), 'hearsay-web-outlets.png');
  const end = await page.locator('#chart-score').boundingBox();
  await page.screenshot({
    path,
    clip: { x: 0, y: 0, width: 1200, height: Math.ceil((end?.y ?? 800) + (end?.height ?? 0) + 20) },
    fullPage: true,
  });
  t.diagnostic(`screenshot: ${path}`);
  await page.close();
});
