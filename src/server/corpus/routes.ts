/** The corpus routes (`/v1/articles…`, `/v1/outlets…`, …) over the store's query layer. */
import type { FastifyInstance } from 'fastify';
import type { AnalyzeDeps } from '../analyze/run.ts';
import { coded } from '../problem/problem.ts';

/** What the server needs from a corpus store. */
export interface Corpus {
  /** The engine name, e.g. `sqlite`. */
  readonly engine: string;
  /** True when the store answers queries. */
  ready(): Promise<boolean>;
  /** Closes the store. */
  close(): Promise<void>;
}

/** Options of the corpus routes: the write token and the analyser for ingest. */
export interface CorpusRouteOptions {
  readonly token: string | null;
  readonly deps: AnalyzeDeps;
}

/** Registers the corpus routes; without a store each answers 404 HS_NO_STORE. */
export const corpusRoutes = (app: FastifyInstance, corpus: Corpus | null, _o: CorpusRouteOptions): void => {
  if (corpus) return;
  const none = (path: string) => async () => {
    throw coded('HS_NO_STORE', path);
  };
  for (const p of [
    '/v1/articles',
    '/v1/articles/:id',
    '/v1/outlets',
    '/v1/outlets/:outlet',
    '/v1/sources',
    '/v1/people/:name',
    '/v1/quotes/:id/trace',
    '/v1/stories',
  ])
    app.get(p, none(p));
  app.post('/v1/articles', none('/v1/articles'));
};
