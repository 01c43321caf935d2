/** Probes: `/healthz` says the process answers; `/readyz` says it can serve, store included. */
import type { FastifyInstance } from 'fastify';
import type { Corpus } from '../corpus/routes.ts';

/** Registers `GET /healthz` and `GET /readyz` (exempt from the rate limit, so probes never see 429). */
export const healthRoutes = (app: FastifyInstance, corpus: Corpus | null): void => {
  const config = { rateLimit: false };
  app.get('/healthz', { config }, async () => ({ status: 'ok' }));
  app.get('/readyz', { config }, async (_req, reply) => {
    if (!corpus) return { status: 'ready', store: null };
    const ok = await corpus.articles({ limit: 1 }).then(
      () => true,
      () => false,
    );
    return reply.code(ok ? 200 : 503).send({ status: ok ? 'ready' : 'unavailable', store: corpus.engine });
  });
};
