/**
 * The queue's API: `GET /v1/queue` (counts, throughput, workers' recent activity, failed jobs) and
 * `POST /v1/queue/retry`, both for the admin token only. Without `--redis` both answer 404 HS_NO_QUEUE.
 */
import type { FastifyInstance } from 'fastify';
import type { AdminAuth } from '../admin/auth.ts';
import { coded } from '../problem/problem.ts';
import type { AdminQueue } from './service.ts';

/** Registers the queue routes. */
export const queueRoutes = (app: FastifyInstance, queue: AdminQueue | null, auth: AdminAuth): void => {
  const has = (path: string): AdminQueue => {
    if (!queue) throw coded('HS_NO_QUEUE', path);
    return queue;
  };
  app.get('/v1/queue', async (req) => {
    const q = has('/v1/queue');
    auth.api(req, '/v1/queue');
    return q.status();
  });
  app.post('/v1/queue/retry', async (req) => {
    const q = has('/v1/queue/retry');
    auth.api(req, '/v1/queue/retry');
    return { retried: await q.retry() };
  });
};
