/**
 * The queue's commands: `hearsay enqueue`, `hearsay worker` and `hearsay queue status|retry|drain`.
 * `--redis` and `--db` default to HEARSAY_REDIS and HEARSAY_DB, so a systemd unit or a container sets
 * them once.
 */
import { type Command, Option } from 'commander';
import { parseInterval, runEnqueue } from '../queue/enqueue.ts';
import { DEFAULT_JOB_SIZE, DEFAULT_QUEUE } from '../queue/jobs.ts';
import { drainQueue, formatStatus, queueStatus, retryFailed } from '../queue/status.ts';
import { DEFAULT_LOCK_MS, runWorker } from '../queue/worker.ts';
import { ARTICLE_TIMEOUT_MS } from '../queue/pool.ts';
import { positiveInt } from './numbers.ts';
import { writeOut } from './stdout.ts';

const collect = (v: string, prev: string[]): string[] => [...prev, v];

const redisOption = () =>
  new Option('--redis <url>', 'Redis holding the queue').env('HEARSAY_REDIS').makeOptionMandatory();
const queueOption = () =>
  new Option('--queue <name>', 'queue name, to keep several runs apart').default(DEFAULT_QUEUE);

/** Registers `enqueue`, `worker` and `queue` on the program. */
export function registerQueueCommands(program: Command): void {
  program
    .command('enqueue')
    .description('put articles on the queue: JSON Lines files, - for stdin, or feed URLs (new items only)')
    .argument('<inputs...>', 'JSON Lines files, -, or http(s) feed URLs')
    .addOption(redisOption())
    .addOption(queueOption())
    .option('--job-size <n>', 'articles per job', positiveInt, DEFAULT_JOB_SIZE)
    .option('--every <interval>', 'visit the feeds on a schedule (e.g. 15m) instead of once now')
    .option('--timeout <ms>', 'give up fetching a feed after this long', positiveInt, 10000)
    .option('--max-bytes <n>', 'largest feed to fetch', positiveInt, 5_000_000)
    .option(
      '--skip-bad',
      'enqueue the good lines and list the malformed ones, instead of enqueuing nothing',
      false,
    )
    .addOption(
      new Option(
        '--preset <name>',
        'the reading the workers give these articles: standard, or news for political and hard news',
      )
        .choices(['standard', 'news'] as const)
        .default('standard'),
    )
    .action(
      async (
        inputs: string[],
        o: {
          redis: string;
          queue: string;
          jobSize: number;
          every?: string;
          timeout: number;
          maxBytes: number;
          skipBad: boolean;
          preset: 'standard' | 'news';
        },
      ) => {
        const everyMs = o.every === undefined ? undefined : parseInterval(o.every);
        const c = await runEnqueue(inputs, {
          redis: o.redis,
          queue: o.queue,
          jobSize: o.jobSize,
          ...(everyMs === undefined ? {} : { everyMs }),
          fetch: { timeoutMs: o.timeout, maxBytes: o.maxBytes },
          skipBad: o.skipBad,
          preset: o.preset,
        });
        if (c.bad.length > 0)
          process.stderr.write(
            `hearsay: skipped ${c.bad.length} bad line(s):\n${c.bad.map((b) => `  ${b}\n`).join('')}`,
          );
        const parts = [`${c.articles} articles in ${c.jobs} jobs`];
        if (c.seen > 0) parts.push(`${c.seen} feed items already enqueued`);
        if (c.scheduled > 0) parts.push(`${c.scheduled} feed(s) scheduled every ${o.every}`);
        process.stderr.write(`hearsay: enqueued ${parts.join(', ')} on queue ${o.queue}\n`);
      },
    );
  program
    .command('worker')
    .description('take jobs from the queue, analyse them on threads and write the reports to the store')
    .addOption(redisOption())
    .addOption(
      new Option('--db <url>', 'the store: postgres://… (shared by all workers)')
        .env('HEARSAY_DB')
        .makeOptionMandatory(),
    )
    .addOption(queueOption())
    .option('-c, --concurrency <n>', 'analysis threads (default: one per core)', positiveInt)
    .option('--kb <file>', 'add a knowledge-base JSON Lines file (repeatable)', collect, [])
    .option(
      '--lock <ms>',
      "a job's lock: a killed worker's jobs return to the queue after this long",
      positiveInt,
      DEFAULT_LOCK_MS,
    )
    .option(
      '--article-timeout <ms>',
      'fail an article whose analysis takes longer',
      positiveInt,
      ARTICLE_TIMEOUT_MS,
    )
    .option('--timeout <ms>', 'give up fetching a feed page after this long', positiveInt, 10000)
    .option('--max-bytes <n>', 'largest page to fetch', positiveInt, 5_000_000)
    .action(
      async (o: {
        redis: string;
        db: string;
        queue: string;
        concurrency?: number;
        kb: string[];
        lock: number;
        articleTimeout: number;
        timeout: number;
        maxBytes: number;
      }) => {
        await runWorker({
          redis: o.redis,
          db: o.db,
          queue: o.queue,
          ...(o.concurrency ? { concurrency: o.concurrency } : {}),
          kb: o.kb,
          lockMs: o.lock,
          articleTimeoutMs: o.articleTimeout,
          fetch: { timeoutMs: o.timeout, maxBytes: o.maxBytes },
        });
      },
    );
  const queue = program.command('queue').description('look after the queue: status, retry, drain');
  queue
    .command('status')
    .description('jobs waiting, active, completed and failed; articles stored; throughput; failures')
    .addOption(redisOption())
    .addOption(queueOption())
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (o: { redis: string; queue: string; format: string }) => {
      const s = await queueStatus(o.redis, o.queue);
      writeOut(o.format === 'json' ? JSON.stringify(s, null, 2) : formatStatus(s));
    });
  queue
    .command('retry')
    .description('move every failed job back to the queue')
    .addOption(redisOption())
    .addOption(queueOption())
    .action(async (o: { redis: string; queue: string }) => {
      const n = await retryFailed(o.redis, o.queue);
      process.stderr.write(`hearsay: ${n} failed job(s) back on queue ${o.queue}\n`);
    });
  queue
    .command('drain')
    .description('remove the waiting and delayed jobs (active ones finish); --all removes everything')
    .addOption(redisOption())
    .addOption(queueOption())
    .option('--all', 'also failed and completed jobs, feed schedules, seen feed items and totals', false)
    .action(async (o: { redis: string; queue: string; all: boolean }) => {
      const n = await drainQueue(o.redis, o.queue, o.all);
      process.stderr.write(`hearsay: removed ${n} job(s) from queue ${o.queue}\n`);
    });
}
