/** The corpus pages: outlets compared, an outlet, a person, a quotation's trail, story clusters. */
import type { FastifyInstance } from 'fastify';
import type { WebOptions } from './routes.ts';

/** Registers the corpus pages (only when a store is open). */
export const corpusPages = (_app: FastifyInstance, o: WebOptions): void => {
  if (!o.corpus) return;
};
