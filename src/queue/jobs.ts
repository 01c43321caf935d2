/**
 * What travels on the queue, and the one set of job options every producer uses. Jobs carry whole
 * JSON Lines records (or feed items to fetch), many per job, so the per-job cost of Redis round trips
 * and store transactions is shared by a few hundred articles.
 */
import { createHash } from 'node:crypto';
import { type JobsOptions, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { FeedItem } from '../input/feed.ts';

/** One JSON Lines record as read, with where it came from (named in errors and the failed set). */
export interface QueuedRecord {
  readonly line: string;
  readonly lineNo: number;
}

/**
 * The reading a job's articles get (`enqueue --preset`): absent for the standard one, so the jobs of
 * an older hearsay read the same.
 */
export type JobPreset = 'standard' | 'news';

/** A job of records from a file or standard input. */
export interface RecordsJob {
  readonly kind: 'records';
  readonly source: string;
  readonly records: readonly QueuedRecord[];
  readonly preset?: JobPreset;
}

/** A job of feed items whose pages the worker fetches. */
export interface PagesJob {
  readonly kind: 'pages';
  readonly feed: string;
  readonly items: readonly FeedItem[];
  readonly preset?: JobPreset;
}

/** A scheduled visit to a feed: fetch it and enqueue the items not seen before. */
export interface FeedJob {
  readonly kind: 'feed';
  readonly url: string;
  readonly jobSize: number;
  /** The preset of the pages jobs each visit adds. */
  readonly preset?: JobPreset;
}

/** Anything on the queue. */
export type JobData = RecordsJob | PagesJob | FeedJob;

/** The queue name when `--queue` is not given. */
export const DEFAULT_QUEUE = 'articles';

/** The key prefix of every hearsay key in Redis, so a shared Redis shows whose keys they are. */
export const PREFIX = 'hearsay';

/** Articles per job when `--job-size` is not given: enough that per-job costs vanish, few enough to retry. */
export const DEFAULT_JOB_SIZE = 200;

/** How many times a job is tried before it goes to the failed set. */
export const ATTEMPTS = 8;

/** The first retry delay; it doubles on each attempt (1 s, 2 s, 4 s, … about 2 minutes in all). */
export const BACKOFF_MS = 1000;

/** Completed jobs kept (each holds its articles, so few): their counts stay in the totals after they go. */
export const KEEP_COMPLETED = 100;

/** Options for every job: retries with exponential backoff; failed jobs are kept for `queue retry`. */
export const JOB_OPTIONS: JobsOptions = {
  attempts: ATTEMPTS,
  backoff: { type: 'exponential', delay: BACKOFF_MS },
  removeOnComplete: { count: KEEP_COMPLETED },
  removeOnFail: false,
};

/** Opens the BullMQ queue `name` on an existing connection. */
export function openQueue(name: string, connection: Redis): Queue<JobData> {
  return new Queue<JobData>(name, { connection, prefix: PREFIX, defaultJobOptions: JOB_OPTIONS });
}

/** Redis keys hearsay keeps next to BullMQ's for one queue. */
export const keys = (queue: string) => ({
  /** Feed item ids already enqueued, one set per feed. */
  seen: (feedUrl: string) => `${PREFIX}:${queue}:seen:${createHash('sha1').update(feedUrl).digest('hex')}`,
  /** Every `seen` set of the queue. */
  seenPattern: `${PREFIX}:${queue}:seen:*`,
  /** Articles finished in one minute (epoch minute), for throughput. */
  minute: (epochMinute: number) => `${PREFIX}:${queue}:done:${epochMinute}`,
  /** Every minute counter of the queue. */
  minutePattern: `${PREFIX}:${queue}:done:*`,
  /** Totals: articles stored, unchanged, failed; jobs done; analysis and store milliseconds. */
  totals: `${PREFIX}:${queue}:totals`,
});

/** A short label for a job in logs and the failed set. */
export function describeJob(d: JobData): string {
  const read = d.preset && d.preset !== 'standard' ? `, preset ${d.preset}` : '';
  if (d.kind === 'records') return `${d.records.length} records from ${d.source}${read}`;
  if (d.kind === 'pages') return `${d.items.length} items of ${d.feed}${read}`;
  return `feed ${d.url}${read}`;
}

/** The job fields that carry a preset: none for the standard one. */
export const presetField = (preset: JobPreset | undefined): { preset?: JobPreset } =>
  preset && preset !== 'standard' ? { preset } : {};
