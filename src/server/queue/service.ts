/**
 * The server's handle on a BullMQ queue for the admin view: `queueStatus` and `retryFailed` from
 * src/queue, plus the workers' recent activity (workers connected, the jobs they finished last), which
 * `queue status` does not show.
 */
import { connectCommand } from '../../queue/connection.ts';
import { DEFAULT_QUEUE, openQueue } from '../../queue/jobs.ts';
import { queueStatus, retryFailed } from '../../queue/status.ts';
import type { JobResult } from '../../queue/worker.ts';
import type { QueueView } from './schema.ts';

/** Finished jobs the admin view lists. */
export const RECENT_JOBS = 10;

/** A queue the server shows: its name, its state, and the retry of its failed jobs. */
export interface AdminQueue {
  readonly name: string;
  /** The state now; HS_REDIS_UNREACHABLE when Redis does not answer. */
  status(): Promise<QueueView>;
  /** Moves every failed job back to waiting; returns how many. */
  retry(): Promise<number>;
}

const numberOr0 = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** Workers connected now and the jobs finished last, newest first. */
const activity = async (redisUrl: string, name: string): Promise<QueueView['workers']> => {
  const client = await connectCommand(redisUrl);
  const q = openQueue(name, client);
  try {
    const [workers, done] = await Promise.all([q.getWorkersCount(), q.getCompleted(0, RECENT_JOBS - 1)]);
    return {
      connected: workers,
      recent: done.map((j) => {
        const r = (j.returnvalue ?? {}) as Partial<JobResult>;
        return {
          id: String(j.id),
          name: j.name,
          finishedAt: j.finishedOn ? new Date(j.finishedOn).toISOString() : null,
          articles: numberOr0(r.articles),
          stored: numberOr0(r.stored),
          unchanged: numberOr0(r.unchanged),
          failed: numberOr0(r.failed),
          ms: numberOr0(r.ms),
        };
      }),
    };
  } finally {
    await q.close();
    client.disconnect();
  }
};

/** The queue `name` (default `articles`) on the Redis at `redisUrl`; connects per call, as `queue status` does. */
export const redisQueue = (redisUrl: string, name: string = DEFAULT_QUEUE): AdminQueue => ({
  name,
  async status() {
    const [s, workers] = await Promise.all([queueStatus(redisUrl, name), activity(redisUrl, name)]);
    return { ...s, schedules: [...s.schedules], failures: [...s.failures], workers };
  },
  retry: () => retryFailed(redisUrl, name),
});
