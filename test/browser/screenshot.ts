/**
 * The README screenshot: the HTML report of a real analysis (examples/sussex-summer.txt), rendered in
 * Chromium at 1200 px wide. Used by the browser test (HEARSAY_SCREENSHOT=1 writes docs/report.png) and
 * runnable on its own:
 *
 *   node --import tsx test/browser/screenshot.ts [out.png]     (default docs/report.png)
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { TestContext } from 'node:test';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { analyze, type FullReport as Report } from '../../src/index.ts';
import { renderHtml } from '../../src/render/html.ts';

/** HEARSAY_CHROMIUM points elsewhere, e.g. at a missing path to check the skip. */
export const CHROMIUM = process.env.HEARSAY_CHROMIUM ?? '/usr/bin/chromium';

/** The article the screenshot shows. */
export const EXAMPLE = fileURLToPath(new URL('../../examples/sussex-summer.txt', import.meta.url));

/** Where the README expects the screenshot. */
export const SCREENSHOT = fileURLToPath(new URL('../../docs/report.png', import.meta.url));

/** Width of the screenshot, and the tallest report it shows whole. */
export const SHOT_WIDTH = 1200;
export const SHOT_MAX_HEIGHT = 1400;

/** False (and the test skipped) when there is no Chromium, unless HEARSAY_REQUIRE_BROWSER=1 demands one. */
export const haveChromium = (t: TestContext): boolean => {
  if (existsSync(CHROMIUM)) return true;
  const why = `${CHROMIUM} not found: install it with \`apt-get install -y chromium\` to run the browser test`;
  if (process.env.HEARSAY_REQUIRE_BROWSER === '1') assert.fail(`${why} (HEARSAY_REQUIRE_BROWSER=1)`);
  t.skip(why);
  return false;
};

/** Launches headless Chromium with nothing that talks to the network on its own. */
export const launch = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--font-render-hinting=none',
    ],
  });

/** The report of the example article, analysed the way `hearsay analyze examples/sussex-summer.txt` does. */
export const exampleReport = (): Report => analyze(readFileSync(EXAMPLE, 'utf8'));

/** Opens the example report's HTML page in a new 1200 px wide tab. */
export async function openExample(browser: Browser): Promise<{ page: Page; report: Report }> {
  const report = exampleReport();
  const page = await browser.newPage({
    viewport: { width: SHOT_WIDTH, height: SHOT_MAX_HEIGHT },
    deviceScaleFactor: 1,
    colorScheme: 'light',
  });
  await page.setContent(renderHtml(report), { waitUntil: 'load' });
  return { page, report };
}

const png = (b: Buffer): string => `data:image/png;base64,${b.toString('base64')}`;

/**
 * Writes the README screenshot of an open report and returns its size in pixels. A report that fits in
 * SHOT_MAX_HEIGHT is shot whole. A longer one (the signal table and the zero-point rows of the chart push
 * the article thousands of pixels down) is shot as two real pieces of the page, stacked with a marked cut:
 * the header, score and chart down to its last non-zero bar, then the highlighted article.
 */
export async function screenshotReadme(page: Page, path: string): Promise<{ width: number; height: number }> {
  mkdirSync(dirname(path), { recursive: true });
  const full = Number(await page.evaluate('document.documentElement.scrollHeight'));
  if (full <= SHOT_MAX_HEIGHT) {
    await page.screenshot({ path, fullPage: true });
    return { width: SHOT_WIDTH, height: full };
  }
  let chartEnd = 0;
  for (const bar of await page.locator('svg.chart rect.bar').all()) {
    const box = await bar.boundingBox();
    if (box && box.width > 1.5) chartEnd = Math.max(chartEnd, box.y + box.height);
  }
  const article = await page.locator('#article').boundingBox();
  if (!article || chartEnd === 0) throw new Error('the report has no chart bars or no article section');
  const topHeight = Math.ceil(chartEnd + 6);
  const top = await page.screenshot({
    fullPage: true,
    clip: { x: 0, y: 0, width: SHOT_WIDTH, height: topHeight },
  });
  const body = await page.screenshot({
    fullPage: true,
    clip: { x: 0, y: Math.floor(article.y - 16), width: SHOT_WIDTH, height: Math.ceil(article.height + 40) },
  });
  const browser = page.context().browser();
  if (!browser) throw new Error('the page has no browser to open the picture in');
  const sheet = await browser.newPage({ viewport: { width: SHOT_WIDTH, height: 600 }, deviceScaleFactor: 1 });
  try {
    await sheet.setContent(
      '<!DOCTYPE html><html><body style="margin:0;background:#fff">' +
        `<img alt="" src="${png(top)}" style="display:block">` +
        '<p style="margin:0;padding:6px 0;text-align:center;font:13px system-ui,sans-serif;color:#6b6b6b;' +
        'border-top:1px dashed #bbb;border-bottom:1px dashed #bbb">' +
        '✂ signals with no effect, the signal table and the totals are cut from this picture</p>' +
        `<img alt="" src="${png(body)}" style="display:block">` +
        '</body></html>',
      { waitUntil: 'load' },
    );
    const height = Number(await sheet.evaluate('document.documentElement.scrollHeight'));
    await sheet.screenshot({ path, fullPage: true });
    return { width: SHOT_WIDTH, height };
  } finally {
    await sheet.close();
  }
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];

if (isMain) {
  const out = process.argv[2] ?? SCREENSHOT;
  const browser = await launch();
  try {
    const { page } = await openExample(browser);
    const size = await screenshotReadme(page, out);
    process.stdout.write(`wrote ${out} (${size.width}×${size.height})\n`);
  } finally {
    await browser.close();
  }
}
