/**
 * The queue's admin view in Chromium against a real server and a real Redis (HEARSAY_TEST_REDIS),
 * with a queue left by the real enqueue and a real worker: the page is shut until the admin token is
 * typed into its sign-in form; then it shows the exact job counts, the workers' recent jobs and the
 * failed article with its reason; the retry button moves the failed job back to waiting. Skipped
 * without Chromium unless HEARSAY_REQUIRE_BROWSER=1, and without Redis unless HEARSAY_REQUIRE_REDIS=1.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import { redisQueue } from '../../src/server/queue/service.ts';
import { BAD_ARTICLE, KNOWN_JOBS, knownQueue } from '../fixtures/server/queue.ts';
import { skipUnless, testRedis } from '../queue/services.ts';
import { haveChromium } from './screenshot.ts';
import { type BrowserRig, browserRig } from './serve.ts';

const TOKEN = 'browser-admin-token-3';

/** What an element says, trimmed. */
const text = async (l: Locator): Promise<string> => ((await l.textContent()) ?? '').trim();

/** The job counts the page shows, by state. */
const counts = (page: Page): Promise<Record<string, string>> =>
  page
    .locator('#queue-counts [data-state]')
    .evaluateAll((els) =>
      Object.fromEntries(els.map((e) => [e.getAttribute('data-state') ?? '', (e.textContent ?? '').trim()])),
    );

/** The rows of a table, cell texts. */
const rows = (page: Page, id: string): Promise<string[][]> =>
  page
    .locator(`#${id} tbody tr`)
    .evaluateAll((trs) =>
      trs.map((tr) =>
        Array.from(tr.children, (c) => ((c as { textContent: string | null }).textContent ?? '').trim()),
      ),
    );

describe('the queue admin view in a browser', { skip: skipUnless(false) }, () => {
  const redis = testRedis() ?? '';
  const q = knownQueue(redis, 'browser');
  let rig: BrowserRig;
  let origin = '';
  let browser: Browser | undefined;
  before(async () => {
    await q.enqueueKnown();
    rig = await browserRig({ queue: redisQueue(redis, q.name), adminToken: TOKEN });
    ({ origin, browser } = rig);
  });
  after(async () => {
    await rig.close();
    await q.dispose();
  });

  test('shut until signed in; then the exact counts, the failed article and its reason; retry puts it back', async (t) => {
    if (!haveChromium(t)) return;
    const page = await browser!.newPage({ viewport: { width: 1100, height: 900 } });
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(origin)) outside.push(r.url());
    });
    const first = await page.goto(`${origin}/admin/queue`);
    assert.equal(first?.status(), 401);
    assert.equal(await page.locator('#queue-counts').count(), 0);
    await page.getByLabel('Admin token').fill('not-the-token');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForLoadState();
    assert.match(await text(page.getByRole('alert')), /HS_ADMIN_UNAUTHORIZED/);
    assert.equal(await page.locator('#queue-counts').count(), 0);

    await page.getByLabel('Admin token').fill(TOKEN);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForSelector('#queue-counts');
    assert.equal(await text(page.getByRole('heading', { level: 1 })), `Queue ${q.name}`);
    assert.deepEqual(await counts(page), {
      waiting: String(KNOWN_JOBS),
      active: '0',
      delayed: '0',
      completed: '0',
      failed: '0',
      paused: '0',
    });
    assert.equal(await page.locator('#queue-failed').count(), 0);
    assert.match(await text(page.locator('#queue-workers')), /^0 workers connected now\.$/);

    await q.workOff();
    await page.getByRole('link', { name: 'Refresh' }).click();
    await page.waitForSelector('#queue-failed');
    assert.deepEqual(await counts(page), {
      waiting: '0',
      active: '0',
      delayed: '0',
      completed: String(KNOWN_JOBS),
      failed: '1',
      paused: '0',
    });
    assert.match(
      await text(page.locator('#queue-articles')),
      new RegExp(
        `^5 articles stored, 0 unchanged, in ${KNOWN_JOBS} jobs; per article: analysis [\\d.]+ ms, store [\\d.]+ ms\\.$`,
      ),
    );
    const failed = await rows(page, 'queue-failed');
    assert.equal(failed.length, 1);
    assert.deepEqual(failed[0]!.slice(1), [
      BAD_ARTICLE.id,
      `article ${BAD_ARTICLE.id}, ${q.file} line ${BAD_ARTICLE.line}: HS_BAD_DATE line ${BAD_ARTICLE.line}: "2024-02-30"`,
      '1',
    ]);
    const recent = await rows(page, 'queue-recent');
    assert.equal(recent.length, KNOWN_JOBS);
    assert.equal(
      recent.map((r) => Number(r[2])).reduce((a, b) => a + b),
      6,
      'articles in the recent jobs',
    );

    await page.getByRole('button', { name: 'Retry the failed jobs' }).click();
    await page.waitForLoadState();
    await page.waitForSelector('.notice');
    assert.equal(await text(page.getByRole('status')), '1 failed job moved back to waiting.');
    const back = await counts(page);
    assert.equal(back.failed, '0');
    assert.equal(back.waiting, '1');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForSelector('form[action="/admin/sign-in"]');
    assert.equal(await page.locator('#queue-counts').count(), 0);
    assert.deepEqual(outside, []);
    await page.close();
  });
});
