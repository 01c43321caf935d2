/**
 * The HTML report in a real browser: highlights and chart are visible, and the XSS payloads in the fixture
 * never run. Needs Chromium at /usr/bin/chromium; skipped without it unless HEARSAY_REQUIRE_BROWSER=1.
 * HEARSAY_SCREENSHOT=1 also writes the README screenshot, docs/report.png, of a real report
 * (examples/sussex-summer.txt; see screenshot.ts).
 */
import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type TestContext, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { renderHtml } from '../../src/render/html.ts';
import { buildReport, QUOTES } from '../fixtures/html/report-fixture.ts';
import { CHROMIUM, launch, openExample, SCREENSHOT, SHOT_WIDTH, screenshotReadme } from './screenshot.ts';

/** False (and the test skipped) when there is no Chromium, unless HEARSAY_REQUIRE_BROWSER=1 demands one. */
const haveChromium = (t: TestContext): boolean => {
  if (existsSync(CHROMIUM)) return true;
  const why = `${CHROMIUM} not found: install it with \`apt-get install -y chromium\` to run the browser test`;
  if (process.env.HEARSAY_REQUIRE_BROWSER === '1') assert.fail(`${why} (HEARSAY_REQUIRE_BROWSER=1)`);
  t.skip(why);
  return false;
};

test('the HTML report renders its highlights and chart in Chromium, and runs no injected script', async (t) => {
  if (!haveChromium(t)) return;
  let browser: Browser | undefined;
  try {
    browser = await launch();
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
    assert.equal(await bars.count(), buildReport().score.signals.filter((s) => s.contribution !== 0).length);
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

    const shot = join(tmpdir(), 'hearsay-report-fixture.png');
    await page.screenshot({ path: shot, fullPage: true });
    t.diagnostic(`screenshot: ${shot}`);
  } finally {
    await browser?.close();
  }
});

test('a real report (examples/sussex-summer.txt) shows every quotation, speaker label and the chart', async (t) => {
  if (!haveChromium(t)) return;
  let browser: Browser | undefined;
  try {
    browser = await launch();
    const { page, report } = await openExample(browser);
    assert.ok(report.quotes.length >= 5, `only ${report.quotes.length} quotations in the example`);
    const kinds = new Set(report.quotes.map((q) => q.speaker.kind));
    assert.ok(kinds.size >= 2, 'the example quotes more than one kind of source');

    const marked = new Set(
      await page
        .locator('main mark.q')
        .evaluateAll((els) =>
          els.map((e) => `${e.getAttribute('data-quote')} ${e.getAttribute('data-kind')}`),
        ),
    );
    assert.deepEqual(
      marked,
      new Set(report.quotes.map((q) => `${q.id} ${q.speaker.kind}`)),
      'every quotation is marked, with its speaker kind',
    );
    const labels = page.locator('main .spk');
    assert.equal(await labels.count(), report.quotes.length, 'one speaker label per quotation');
    const labelText = (await labels.allTextContents()).join('\n');
    for (const q of report.quotes)
      assert.ok(labelText.includes(q.speaker.name), `a label names ${JSON.stringify(q.speaker.name)}`);
    assert.ok(await labels.first().isVisible(), 'speaker labels are visible');

    const chart = page.locator('svg.chart');
    assert.ok(await chart.isVisible(), 'chart visible');
    assert.equal(
      await chart.locator('rect.bar').count(),
      report.score.signals.filter((s) => s.contribution !== 0).length,
      'one bar per signal that moved the score',
    );
    assert.ok(await page.locator('main p.caption').first().isVisible(), 'the photo caption is shown');

    const width = Number(await page.evaluate('document.documentElement.scrollWidth'));
    assert.ok(width <= SHOT_WIDTH, `the page is ${width} px wide at a ${SHOT_WIDTH} px viewport`);

    const keep = process.env.HEARSAY_SCREENSHOT === '1';
    const shot = keep ? SCREENSHOT : join(tmpdir(), 'hearsay-report.png');
    const size = await screenshotReadme(page, shot);
    const bytes = statSync(shot).size;
    if (keep) assert.ok(bytes < 400_000, `docs/report.png is ${bytes} bytes; keep it under 400 KB`);
    t.diagnostic(`screenshot: ${shot} (${size.width}×${size.height}, ${bytes} bytes)`);
  } finally {
    await browser?.close();
  }
});
