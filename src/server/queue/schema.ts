/**
 * The answer of `GET /v1/queue` in zod: the OpenAPI document derives from it and the tests parse real
 * answers with it (strict objects), so the document cannot drift from what `queueStatus` returns.
 */
import { z } from 'zod';

const count = z.number().int().min(0);
const msOrNull = z.number().min(0).nullable();

/** A failed job: its id, its name (`article ID` for a single article), the reason and the attempts made. */
export const FailedJobShape = z
  .object({
    id: z.string(),
    name: z.string().describe('`article ID` for a job of one article, else what the job held'),
    reason: z.string().describe('The error the job failed with, naming the article and its line'),
    attempts: count,
  })
  .strict();

/** A job a worker finished lately, from BullMQ's completed set. */
export const RecentJobShape = z
  .object({
    id: z.string(),
    name: z.string(),
    finishedAt: z.string().nullable().describe('ISO 8601'),
    articles: count,
    stored: count,
    unchanged: count,
    failed: count,
    ms: z.number().min(0).describe('Wall time of the job in the worker'),
  })
  .strict();

/** `GET /v1/queue`: `hearsay queue status` as JSON, with the workers' recent activity. */
export const QueueAnswer = z
  .object({
    queue: z.string(),
    redis: z.string().describe('The Redis URL, password removed'),
    jobs: z
      .object({
        waiting: count,
        active: count,
        delayed: count,
        completed: count,
        failed: count,
        paused: count,
      })
      .strict(),
    articles: z.object({ stored: count, unchanged: count, jobs: count }).strict(),
    perMinute: z
      .object({ last1: count, last5: count })
      .strict()
      .describe('Articles finished in the last whole minute, and per minute over the last five'),
    msPerArticle: z.object({ analysis: msOrNull, store: msOrNull }).strict(),
    schedules: z.array(
      z.object({ id: z.string(), everyMs: z.number().nullable(), next: z.number().nullable() }).strict(),
    ),
    failures: z.array(FailedJobShape).describe('The newest failed jobs (at most ten)'),
    workers: z
      .object({
        connected: count.describe('Workers connected to the queue now'),
        recent: z.array(RecentJobShape).describe('The jobs finished last, newest first'),
      })
      .strict(),
  })
  .strict();

/** `POST /v1/queue/retry`: how many failed jobs went back to waiting. */
export const RetryAnswer = z.object({ retried: count }).strict();

/** The queue's state as the admin view shows it. */
export type QueueView = z.infer<typeof QueueAnswer>;
