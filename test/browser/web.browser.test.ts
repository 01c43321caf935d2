/**
 * The web app in a real browser (Debian's Chromium through playwright-core), against a real server on a
 * loopback port: paste an article and see its anonymous quotations highlighted with their speaker; use the
 * article view with the keyboard alone; a hostile article runs nothing. Skipped without Chromium unless
 * HEARSAY_REQUIRE_BROWSER=1. HEARSAY_SCREENSHOT=1 writes docs/web-article.png.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { ARTICLE, HOSTILE } from '../fixtures/server/articles.ts';
import { haveChromium, screenshotReadme } from './screenshot.ts';
import { type BrowserRig, browserRig } from './serve.ts';

let rig: BrowserRig;
let origin = '';
let browser: Browser | undefined;
before(async () => {
  rig = await browserRig();
  ({ origin, browser } = rig);
});
after(() => rig.close());

/** A page that records dialogs, console errors and every request that leaves the server's origin. */
const watchedPage = async (width = 1100) => {
  const page = await browser!.newPage({ viewport: { width, height: 900 }, colorScheme: 'light' });
  const seen = { dialogs: [] as string[], outside: [] as string[], errors: [] as string[] };
  page.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(origin)) seen.outside.push(r.url());
  });
  page.on('pageerror', (e) => seen.errors.push(e.message));
  return { page, seen };
};

const paste = async (page: Page, text: string) => {
  await page.goto(`${origin}/`);
  await page.getByLabel('Article text').fill(text);
  await page.getByRole('button', { name: 'Check the article' }).click();
  await page.waitForSelector('#article');
};

test('paste an article: the anonymous quotation is highlighted with its speaker', async (t) => {
  if (!haveChromium(t)) return;
  const { page, seen } = await watchedPage();
  await paste(page, ARTICLE);
  const anon = page.locator('mark.q[data-kind="anonymous"]');
  assert.equal(await anon.count(), 1);
  assert.ok(await anon.isVisible());
  assert.match((await anon.textContent()) ?? '', /They can barely stand to be in the same room,/);
  const bg = await anon.evaluate('e => getComputedStyle(e).backgroundColor');
  assert.notEqual(bg, 'rgba(0, 0, 0, 0)', 'the app stylesheet colours it');
  const label = page.locator('.spk.k-anonymous');
  assert.match((await label.textContent()) ?? '', /a source close to the pair · anonymous/);
  assert.ok(await label.isVisible());
  assert.equal(await page.locator('mark.q[data-kind="named-person"]').count(), 1);
  assert.ok(await page.locator('svg.chart').isVisible(), 'the score chart');
  assert.deepEqual(seen, { dialogs: [], outside: [], errors: [] });
  await page.close();
});

test('keyboard only: skip link, form fields in order, submit, and the article reached by the skip link', async (t) => {
  if (!haveChromium(t)) return;
  const { page } = await watchedPage();
  await page.goto(`${origin}/`);
  const focused = () =>
    page.evaluate(
      "document.activeElement?.getAttribute('id') ?? document.activeElement?.textContent?.trim() ?? ''",
    );
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'Skip to the content', 'the skip link comes first');
  assert.ok(await page.locator('.skip').isVisible(), 'and it shows when focused');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'text', 'after skipping, the article text field');
  await page.keyboard.insertText(ARTICLE);
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'url');
  for (const id of ['title', 'date']) {
    await page.keyboard.press('Tab');
    assert.equal(await focused(), id);
  }
  // a date input has several focus stops in Chromium; Tab on until the outlet field
  for (let i = 0; i < 4 && (await focused()) !== 'outlet'; i++) await page.keyboard.press('Tab');
  assert.equal(await focused(), 'outlet');
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'preset', 'the kind of article, a select');
  assert.equal(await page.locator('#preset').inputValue(), 'standard');
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'Check the article');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'Skip to the content');
  await page.keyboard.press('Enter');
  assert.equal(await focused(), 'article', 'the skip link lands on the article');
  const outline = await page.locator('#article').evaluate('e => getComputedStyle(e).outlineStyle');
  assert.notEqual(outline, 'none', 'focus is visible');
  // every quotation's speaker is in the text a screen reader reads
  const sr = await page.locator('mark.q .sr').allInnerTexts();
  assert.ok(sr.some((s) => /Quotation from a source close to the pair \(source kind: anonymous\)/.test(s)));
  await page.close();
});

test('a hostile article (script, onerror=, javascript: links) runs nothing and loads nothing', async (t) => {
  if (!haveChromium(t)) return;
  const { page, seen } = await watchedPage();
  await paste(page, HOSTILE);
  await page.waitForTimeout(300);
  assert.equal(await page.locator('script, img, [onerror], [onmouseover]').count(), 0);
  assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
  assert.match(
    (await page.locator('#article').textContent()) ?? '',
    /<script>alert\(4\)<\/script>/,
    'shown as text',
  );
  assert.deepEqual(seen, { dialogs: [], outside: [], errors: [] });
  // the API's HTML format too, opened directly
  const api = await page.request.post(`${origin}/v1/analyze?format=html`, { data: { text: HOSTILE } });
  const html = await api.text();
  await page.route(`${origin}/report`, (r) =>
    r.fulfill({
      body: html,
      contentType: 'text/html',
      headers: { 'content-security-policy': api.headers()['content-security-policy'] ?? '' },
    }),
  );
  await page.goto(`${origin}/report`);
  await page.waitForTimeout(300);
  assert.equal(await page.locator('script, img').count(), 0);
  assert.deepEqual(seen.dialogs, []);
  await page.close();
});

test('the article view fits a phone width and prints without the navigation', async (t) => {
  if (!haveChromium(t)) return;
  const { page } = await watchedPage(375);
  await paste(page, ARTICLE);
  const width = Number(await page.evaluate('document.documentElement.scrollWidth'));
  assert.ok(width <= 375, `the page is ${width} px wide on a 375 px phone`);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.app-nav').isVisible(), false, 'no navigation on paper');
  assert.ok(await page.locator('mark.q').first().isVisible());
  await page.close();
});

test('screenshot of the article view (docs/web-article.png with HEARSAY_SCREENSHOT=1)', async (t) => {
  if (!haveChromium(t)) return;
  const example = readFileSync(
    fileURLToPath(new URL('../../examples/sussex-summer.txt', import.meta.url)),
    'utf8',
  );
  const page = await browser!.newPage({ viewport: { width: 1200, height: 1400 }, deviceScaleFactor: 1 });
  await paste(page, example);
  const keep = process.env.HEARSAY_SCREENSHOT === '1';
  const path = keep
    ? fileURLToPath(new URL('../../docs/web-article.png', import.meta.url))
    : join(tmpdir(), 'hearsay-web-article.png');
  await screenshotReadme(page, path);
  t.diagnostic(`screenshot: ${path}`);
  await page.close();
});
