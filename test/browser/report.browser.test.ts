/**
 * The HTML report in a real browser: highlights and chart are visible, and the XSS payloads in the fixture
 * never run. Needs Chromium at /usr/bin/chromium; skipped without it unless HEARSAY_REQUIRE_BROWSER=1.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { renderHtml } from '../../src/render/html.ts';
import { buildReport, QUOTES } from '../fixtures/html/report-fixture.ts';

/** HEARSAY_CHROMIUM points elsewhere, e.g. at a missing path to check the skip. */
const CHROMIUM = process.env.HEARSAY_CHROMIUM ?? '/usr/bin/chromium';

test('the HTML report renders its highlights and chart in Chromium, and runs no injected script', async (t) => {
  if (!existsSync(CHROMIUM)) {
    const why = `${CHROMIUM} not found: install it with \`apt-get install -y chromium\` to run the browser test`;
    if (process.env.HEARSAY_REQUIRE_BROWSER === '1') assert.fail(`${why} (HEARSAY_REQUIRE_BROWSER=1)`);
    t.skip(why);
    return;
  }
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
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
      ],
    });
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const requests: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('data:') && r.url() !== 'about:blank') requests.push(r.url());
    });
    await page.setContent(renderHtml(buildReport()), { waitUntil: 'load' });

    const expected = new Map<string, Set<string>>();
    for (const q of QUOTES)
      expected.set(q.speaker.kind, (expected.get(q.speaker.kind) ?? new Set()).add(q.id));
    for (const [kind, ids] of expected) {
      const marks = page.locator(`main mark.q[data-kind="${kind}"]`);
      const seen = new Set(await marks.evaluateAll((els) => els.map((e) => e.getAttribute('data-quote'))));
      assert.deepEqual(seen, ids, `quotes marked as ${kind}`);
      for (let i = 0; i < (await marks.count()); i++)
        assert.ok(await marks.nth(i).isVisible(), `${kind} mark ${i} visible`);
    }
    assert.equal(
      await page.locator('main mark.q').count(),
      QUOTES.length + 1,
      'one extra mark for the quote split at a paragraph break',
    );
    assert.equal(await page.locator('.spk').count(), QUOTES.length, 'one speaker label per quote');

    const chart = page.locator('svg.chart');
    assert.ok(await chart.isVisible(), 'chart visible');
    const bars = chart.locator('rect.bar');
    assert.equal(await bars.count(), buildReport().score.signals.length);
    for (let i = 0; i < (await bars.count()); i++) {
      const box = await bars.nth(i).boundingBox();
      assert.ok(box && box.width > 1 && box.height > 1, `bar ${i} has a visible size`);
    }
    assert.equal(await chart.locator('rect.bar.neg').count(), 3);

    assert.equal(
      await page.title(),
      'hearsay: Jade & Tom\'s <script>alert(1)</script> "split" <img src=x onerror=alert(1)>',
    );
    assert.equal(
      await page.locator('img, script, [onerror]').count(),
      0,
      'no element came from the payloads',
    );
    assert.equal(await page.locator('a[href^="javascript:"]').count(), 0, 'a javascript: URL is not linked');
    await page.waitForTimeout(200);
    assert.deepEqual(dialogs, [], 'no dialog opened');
    assert.deepEqual(requests, [], 'the page loads nothing from outside');

    const docs = fileURLToPath(new URL('../../docs/', import.meta.url));
    const keep = process.env.HEARSAY_SCREENSHOT === '1';
    const shot = keep ? join(docs, 'report.png') : join(tmpdir(), 'hearsay-report.png');
    if (keep) mkdirSync(docs, { recursive: true });
    await page.screenshot({ path: shot, fullPage: true });
    t.diagnostic(`screenshot: ${shot}`);
  } finally {
    await browser?.close();
  }
});
