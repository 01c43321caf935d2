/**
 * `hearsay enqueue` and `hearsay queue status|drain` through the CLI against a real Redis: jobs of the
 * asked size, standard input, feeds enqueued once per item, schedules, and the one-line errors.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { inventCorpus, toLines } from './invent.ts';
import type { HearsayError } from '../../src/errors.ts';
import { runEnqueue } from '../../src/queue/enqueue.ts';
import { drainQueue, queueStatus } from '../../src/queue/status.ts';
import { hearsay } from './run.ts';
import { skipUnless, testRedis } from './services.ts';

const skip = skipUnless(false);
const redis = testRedis() ?? '';
const queue = `test-queue-${process.pid}`;

const status = () => queueStatus(redis, queue);
const enqueue = (inputs: string[], more: { jobSize?: number; everyMs?: number } = {}) =>
  runEnqueue(inputs, {
    redis,
    queue,
    jobSize: more.jobSize ?? 200,
    ...(more.everyMs ? { everyMs: more.everyMs } : {}),
  });

const rss = (items: readonly string[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Invented</title>${items
    .map(
      (id) =>
        `<item><guid>${id}</guid><title>Story ${id}</title><link>http://127.0.0.1/${id}</link><pubDate>Mon, 01 Jul 2024 10:00:00 GMT</pubDate></item>`,
    )
    .join('')}</channel></rss>`;

describe('enqueue and queue commands on a real Redis', { skip }, () => {
  let dir = '';
  let server: Server;
  let feedUrl = '';
  let feedItems = ['a1', 'a2', 'a3'];

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'hearsay-queue-'));
    server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(rss(feedItems));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    feedUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}/feed.xml`;
    await drainQueue(redis, queue, true);
  });
  after(async () => {
    await drainQueue(redis, queue, true);
    server.close();
  });

  test('a file goes on in jobs of --job-size; status shows them; drain empties the queue', async () => {
    const file = path.join(dir, 'c.jsonl');
    writeFileSync(file, toLines(inventCorpus(20)));
    const r = await hearsay(['enqueue', file, '--redis', redis, '--queue', queue, '--job-size', '7']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, `hearsay: enqueued 20 articles in 3 jobs on queue ${queue}\n`);
    const s = await hearsay(['queue', 'status', '--redis', redis, '--queue', queue]);
    assert.equal(s.code, 0, s.stderr);
    assert.match(s.stdout, /^jobs: 3 waiting, 0 active, 0 delayed, 0 completed, 0 failed$/m);
    assert.equal(await drainQueue(redis, queue), 3);
    assert.equal((await status()).jobs.waiting, 0);
  });

  test('blank lines are not articles; an empty file is an error', async () => {
    const file = path.join(dir, 'blank.jsonl');
    writeFileSync(file, `${toLines(inventCorpus(3))}\n\n${toLines(inventCorpus(2, 99))}`);
    assert.deepEqual(await enqueue([file]), { jobs: 1, articles: 5, seen: 0, scheduled: 0, bad: [] });
    await drainQueue(redis, queue);
    writeFileSync(file, '\n\n');
    await assert.rejects(enqueue([file]), (e: HearsayError) => e.code === 'HS_EMPTY_INPUT');
    await assert.rejects(
      enqueue([path.join(dir, 'none.jsonl')]),
      (e: HearsayError) => e.code === 'HS_FILE_NOT_FOUND',
    );
  });

  test('every line is checked before anything is enqueued; --skip-bad leaves bad lines out and lists them', async () => {
    const a = path.join(dir, 'good.jsonl');
    const b = path.join(dir, 'bad.jsonl');
    writeFileSync(a, toLines(inventCorpus(4, 31)));
    const [r1, r2] = inventCorpus(2, 41);
    writeFileSync(
      b,
      `${JSON.stringify(r1)}\n{"id": "t1", "title": "no text"}\n\n[1, 2]\n${JSON.stringify(r2)}\n`,
    );
    // the bad file comes last: the good file before it is not enqueued either
    const r = await hearsay(['enqueue', a, b, '--redis', redis, '--queue', queue]);
    assert.equal(r.code, 3);
    assert.equal(
      r.stderr,
      `hearsay: HS_BAD_RECORD ${b}, line 2: field "text" is missing (want {id, text, title?, date?, outlet?, url?}) (use --skip-bad to go on past bad lines)\n`,
    );
    assert.equal((await status()).jobs.waiting, 0);
    const s = await hearsay([
      'enqueue',
      a,
      b,
      '--redis',
      redis,
      '--queue',
      queue,
      '--skip-bad',
      '--job-size',
      '3',
    ]);
    assert.equal(s.code, 0, s.stderr);
    assert.equal(
      s.stderr,
      `hearsay: skipped 2 bad line(s):\n  HS_BAD_RECORD ${b}, line 2: field "text" is missing (want {id, text, title?, date?, outlet?, url?})\n  HS_BAD_RECORD ${b}, line 4: the line is an array, not a record: write one JSON object per line (want {id, text, title?, date?, outlet?, url?})\nhearsay: enqueued 6 articles in 3 jobs on queue ${queue}\n`,
    );
    assert.equal(await drainQueue(redis, queue), 3);
    // standard input is spooled, so its line numbers hold and it is read once
    const t = await hearsay(
      ['enqueue', '-', '--redis', redis, '--queue', queue, '--skip-bad'],
      `\n${JSON.stringify(r1)}\nnot json\n`,
    );
    assert.equal(t.code, 0, t.stderr);
    assert.equal(
      t.stderr,
      `hearsay: skipped 1 bad line(s):\n  HS_BAD_JSON_LINE stdin, line 3: not valid JSON\nhearsay: enqueued 1 articles in 1 jobs on queue ${queue}\n`,
    );
    assert.equal(await drainQueue(redis, queue), 1);
    // only bad lines: an error, and nothing enqueued
    writeFileSync(b, '{"id": 1}\n');
    // listed twice it is still nothing to enqueue
    const u = await hearsay(['enqueue', b, b, '--redis', redis, '--queue', queue, '--skip-bad']);
    assert.equal(u.code, 3);
    assert.match(
      u.stderr,
      /^hearsay: HS_NOTHING_ENQUEUED nothing was enqueued: every record of .*bad\.jsonl was bad\n$/,
    );
    assert.equal((await status()).jobs.waiting, 0);
  });

  test('a feed enqueues each item once, however often it is visited', async () => {
    assert.deepEqual(await enqueue([feedUrl], { jobSize: 2 }), {
      jobs: 2,
      articles: 3,
      seen: 0,
      scheduled: 0,
      bad: [],
    });
    assert.deepEqual(await enqueue([feedUrl], { jobSize: 2 }), {
      jobs: 0,
      articles: 0,
      seen: 3,
      scheduled: 0,
      bad: [],
    });
    feedItems = ['a4', ...feedItems];
    assert.deepEqual(await enqueue([feedUrl], { jobSize: 2 }), {
      jobs: 1,
      articles: 1,
      seen: 3,
      scheduled: 0,
      bad: [],
    });
    assert.equal((await status()).jobs.waiting, 3);
  });

  test('--every schedules the feed; drain --all removes the schedule and the seen items', async () => {
    assert.deepEqual(await enqueue([feedUrl], { everyMs: 900_000 }), {
      jobs: 0,
      articles: 0,
      seen: 0,
      scheduled: 1,
      bad: [],
    });
    const s = await status();
    assert.deepEqual(
      s.schedules.map((x) => [x.id, x.everyMs]),
      [[`feed:${feedUrl}`, 900_000]],
    );
    await drainQueue(redis, queue, true);
    const empty = await status();
    assert.deepEqual(empty.schedules, []);
    assert.deepEqual(empty.jobs, { waiting: 0, active: 0, delayed: 0, completed: 0, failed: 0, paused: 0 });
    // the seen items went with it: the same feed enqueues all of them again
    assert.deepEqual(await enqueue([feedUrl]), { jobs: 1, articles: 4, seen: 0, scheduled: 0, bad: [] });
  });

  test('bad options are one coded line and a non-zero exit', async () => {
    const cases: [string[], number, RegExp][] = [
      [
        ['enqueue', 'x.jsonl', '--redis', 'http://nope'],
        2,
        /^hearsay: HS_BAD_REDIS_URL bad Redis URL http:\/\/nope/,
      ],
      [
        ['queue', 'status', '--redis', 'redis://127.0.0.1:1'],
        4,
        /^hearsay: HS_REDIS_UNREACHABLE cannot reach Redis/,
      ],
      [
        ['enqueue', '--every', 'soon', feedUrl, '--redis', redis],
        2,
        /^hearsay: HS_BAD_INTERVAL bad interval soon/,
      ],
    ];
    const runs = await Promise.all(cases.map(([args]) => hearsay(args)));
    cases.forEach(([args, code, re], i) => {
      const r = runs[i]!;
      assert.equal(r.code, code, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, re);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    });
    await assert.rejects(
      enqueue(['x.jsonl'], { everyMs: 60_000 }),
      (e: HearsayError) => e.code === 'HS_BAD_OPTION',
    );
  });
});

describe('hearsay worker with a bad --kb (real Redis and PostgreSQL)', { skip: skipUnless(true) }, () => {
  test('exits 3 with one HS_BAD_KB line instead of respawning its threads for ever', async () => {
    const pg = (await import('pg')).default;
    const pgUrl = process.env.HEARSAY_TEST_PG!;
    const name = `hs_badkb_${process.pid}`;
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
    const u = new URL(pgUrl);
    u.pathname = `/${name}`;
    const missing = path.join(tmpdir(), `hearsay-no-kb-${process.pid}.jsonl`);
    try {
      const args = ['worker', '--redis', redis, '--db', u.toString(), '--queue', `badkb-${process.pid}`];
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', path.resolve('test/queue/cli.ts'), ...args, '-c', '2', '--kb', missing],
        {
          stdio: ['ignore', 'ignore', 'pipe'],
        },
      );
      let stderr = '';
      child.stderr.on('data', (d) => {
        stderr += d;
      });
      // the old pool hung here for ever: kill it after a minute so the test fails instead of hanging
      const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      const code = await new Promise<number | null>((r) => child.on('close', (c) => r(c)));
      clearTimeout(killer);
      assert.equal(code, 3, stderr);
      assert.equal(stderr, `hearsay: HS_BAD_KB knowledge base ${missing}: file not found\n`);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
