/**
 * `hearsay enqueue`: JSON Lines files (or standard input) and feeds onto the queue, in jobs of many
 * articles. Every line is checked as batch checks it BEFORE anything is enqueued: a bad line stops the
 * command with its line number and nothing on the queue (or, with --skip-bad, is left out and listed).
 * Lines then travel as read; the worker checks them again, since a queue may be fed by other writers.
 */
import { createHash } from 'node:crypto';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { createInterface } from 'node:readline';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { HearsayError, SKIP_BAD_HINT } from '../errors.ts';
import { type FeedItem, parseFeed } from '../input/feed.ts';
import { type FetchOptions, fetchPage } from '../input/fetch.ts';
import { checkInput, openInput } from '../cli/read.ts';
import { checkRecord } from '../cli/record.ts';
import { checkRedisUrl, connectCommand } from './connection.ts';
import {
  type FeedJob,
  JOB_OPTIONS,
  type JobData,
  type JobPreset,
  keys,
  openQueue,
  presetField,
  type QueuedRecord,
} from './jobs.ts';

/** Options of `hearsay enqueue`. */
export interface EnqueueOptions {
  readonly redis: string;
  readonly queue: string;
  readonly jobSize: number;
  /** Visit each feed this often (a BullMQ job scheduler) instead of once now. */
  readonly everyMs?: number;
  readonly fetch?: FetchOptions;
  /** Leave bad lines out (and list them) instead of enqueuing nothing. */
  readonly skipBad?: boolean;
  /** The reading the workers give these articles (`--preset`): standard when not given. */
  readonly preset?: JobPreset;
}

/** What an enqueue did. */
export interface EnqueueCounts {
  jobs: number;
  articles: number;
  /** Feed items already enqueued by an earlier visit, so left out. */
  seen: number;
  scheduled: number;
  /** Bad lines left out with --skip-bad, each said as "file, line N: what is wrong". */
  bad: string[];
}

/** Jobs added to Redis in one round trip while reading a file: bounds memory for any file size. */
const ADD_BATCH = 20;

const isUrl = (s: string): boolean => /^https?:\/\//i.test(s);

/** Parses `15m`, `30s`, `2h`, `1d` into milliseconds; HS_BAD_INTERVAL otherwise. */
export function parseInterval(s: string): number {
  const m = /^(\d+(?:\.\d+)?)(s|m|h|d)$/.exec(s.trim());
  const unit = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
  const ms = m ? Number(m[1]) * unit[m[2] as keyof typeof unit] : Number.NaN;
  if (!(ms >= 1000)) throw new HearsayError('HS_BAD_INTERVAL', s);
  return Math.round(ms);
}

/** An input checked and ready to enqueue: where to read it from and which lines to leave out. */
interface Checked {
  readonly source: string;
  readonly path: string;
  readonly badLines: ReadonlySet<number>;
  /** Good records, the ones that will be enqueued. */
  readonly good: number;
}

/**
 * The checking pass over one input: its bad lines, or a thrown coded error for the first bad line
 * without --skip-bad. Standard input is copied line for line (blank ones too, so line numbers hold) to a
 * file in `spoolDir` as it is read, since it cannot be read twice.
 */
async function checkInputLines(
  file: string,
  skipBad: boolean,
  bad: string[],
  spoolDir: string,
): Promise<Checked> {
  const source = file === '-' ? 'stdin' : file;
  const path = file === '-' ? join(spoolDir, 'stdin.jsonl') : file;
  const badLines = new Set<number>();
  const out = file === '-' ? createWriteStream(path) : null;
  let any = false;
  let good = 0;
  let lineNo = 0;
  try {
    for await (const line of createInterface({
      input: openInput(file),
      crlfDelay: Number.POSITIVE_INFINITY,
    })) {
      lineNo++;
      if (out && !out.write(`${line}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
      if (line.trim() === '') continue;
      any = true;
      const c = checkRecord(line, lineNo);
      if (c.ok) {
        good++;
        continue;
      }
      const e = new HearsayError(c.code, `${source}, ${c.error}`);
      if (!skipBad) throw e;
      badLines.add(lineNo);
      bad.push(`${c.code} ${e.message.replace(SKIP_BAD_HINT, '')}`);
    }
  } finally {
    if (out) {
      out.end();
      await finished(out);
    }
  }
  if (!any) throw new HearsayError('HS_EMPTY_INPUT', file === '-' ? 'standard input' : file);
  return { source, path, badLines, good };
}

/** Enqueues the good lines of a checked input, in jobs of `jobSize`. */
async function enqueueFile(
  queue: Queue<JobData>,
  input: Checked,
  jobSize: number,
  counts: EnqueueCounts,
  preset?: JobPreset,
): Promise<void> {
  const { source, badLines } = input;
  let pending: { name: string; data: JobData }[] = [];
  let records: QueuedRecord[] = [];
  const cut = (): void => {
    if (records.length === 0) return;
    pending.push({ name: 'records', data: { kind: 'records', source, records, ...presetField(preset) } });
    counts.articles += records.length;
    records = [];
  };
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    await queue.addBulk(pending);
    counts.jobs += pending.length;
    pending = [];
  };
  let lineNo = 0;
  for await (const line of createInterface({
    input: openInput(input.path),
    crlfDelay: Number.POSITIVE_INFINITY,
  })) {
    lineNo++;
    if (line.trim() === '' || badLines.has(lineNo)) continue;
    records.push({ line, lineNo });
    if (records.length >= jobSize) cut();
    if (pending.length >= ADD_BATCH) await flush();
  }
  cut();
  await flush();
}

/**
 * Enqueues the items of a feed not enqueued before, in jobs of `jobSize`, and remembers their ids in
 * Redis. Jobs first, ids second: a crash in between enqueues an item twice (harmless, the store is
 * idempotent), never zero times.
 */
export async function enqueueNewItems(
  queue: Queue<JobData>,
  client: Redis,
  feed: string,
  items: readonly FeedItem[],
  jobSize: number,
  preset?: JobPreset,
): Promise<{ added: number; seen: number; jobs: number }> {
  let jobs = 0;
  if (items.length === 0) return { added: 0, seen: 0, jobs: 0 };
  const seenKey = keys(queue.name).seen(feed);
  const flags = await client.smismember(seenKey, ...items.map((i) => i.id));
  const fresh = items.filter((_, i) => flags[i] === 0);
  for (let i = 0; i < fresh.length; i += jobSize) {
    const chunk = fresh.slice(i, i + jobSize);
    // the same new items give the same job id, so a visit repeated after a crash adds nothing
    const id = createHash('sha1')
      .update(feed)
      .update(chunk.map((c) => c.id).join('\n'))
      .digest('hex');
    await queue.add(
      'pages',
      { kind: 'pages', feed, items: chunk, ...presetField(preset) },
      { jobId: `feed-${id}` },
    );
    await client.sadd(seenKey, ...chunk.map((c) => c.id));
    jobs++;
  }
  return { added: fresh.length, seen: items.length - fresh.length, jobs };
}

/** Fetches a feed and parses it; coded errors for a bad URL, a failed fetch or a non-feed. */
export async function fetchFeed(url: string, fetch?: FetchOptions): Promise<FeedItem[]> {
  const page = await fetchPage(url, fetch);
  if (!page.ok) throw page.error;
  const feed = parseFeed(page.value.body, url, page.value.url);
  if (!feed.ok) throw feed.error;
  return feed.value;
}

/** Runs `hearsay enqueue` over files, `-` and feed URLs; returns what it added. */
export async function runEnqueue(inputs: readonly string[], opts: EnqueueOptions): Promise<EnqueueCounts> {
  if (opts.everyMs !== undefined && !inputs.every(isUrl))
    throw new HearsayError('HS_BAD_OPTION', '--every schedules feeds: give only http(s) feed URLs');
  // a typo in a file name (or an ftp:// URL) is said before Redis is reached, and nothing is enqueued
  checkRedisUrl(opts.redis);
  for (const input of inputs) if (!isUrl(input)) checkInput(input);
  const counts: EnqueueCounts = { jobs: 0, articles: 0, seen: 0, scheduled: 0, bad: [] };
  const spoolDir = mkdtempSync(join(tmpdir(), 'hearsay-enqueue-'));
  try {
    // every file is checked before the first job is added: a bad line in the last file leaves the queue
    // as it was, not holding the files before it
    const checked = new Map<string, Checked>();
    for (const input of inputs)
      if (!isUrl(input) && !checked.has(input))
        checked.set(input, await checkInputLines(input, opts.skipBad ?? false, counts.bad, spoolDir));
    // no feed to add anything and not one good line: the queue would be left as it was, so say so
    const files = [...checked.values()];
    if (!inputs.some(isUrl) && files.every((f) => f.good === 0))
      throw new HearsayError('HS_NOTHING_ENQUEUED', files.map((f) => f.source).join(', '));
    await enqueueChecked(inputs, checked, opts, counts);
  } finally {
    rmSync(spoolDir, { recursive: true, force: true });
  }
  return counts;
}

/** The enqueue pass, once every file has been checked. */
async function enqueueChecked(
  inputs: readonly string[],
  checked: ReadonlyMap<string, Checked>,
  opts: EnqueueOptions,
  counts: EnqueueCounts,
): Promise<void> {
  const client = await connectCommand(opts.redis);
  const queue = openQueue(opts.queue, client);
  try {
    for (const input of inputs) {
      const file = checked.get(input);
      if (file) {
        await enqueueFile(queue, file, opts.jobSize, counts, opts.preset);
      } else if (opts.everyMs !== undefined) {
        const data: FeedJob = {
          kind: 'feed',
          url: input,
          jobSize: opts.jobSize,
          ...presetField(opts.preset),
        };
        await queue.upsertJobScheduler(
          `feed:${input}`,
          { every: opts.everyMs },
          // a visit that fails is simply tried again at the next tick
          { name: 'feed', data, opts: { ...JOB_OPTIONS, attempts: 1 } },
        );
        counts.scheduled++;
      } else {
        const items = await fetchFeed(input, opts.fetch);
        const r = await enqueueNewItems(queue, client, input, items, opts.jobSize, opts.preset);
        counts.articles += r.added;
        counts.seen += r.seen;
        counts.jobs += r.jobs;
      }
    }
  } finally {
    await queue.close();
    client.disconnect();
  }
}
