/** `GET /openapi.json` (the generated document) and `GET /docs` (a readable page made from it). */
import type { FastifyInstance } from 'fastify';
import { docsPage } from './docs.ts';
import { openapiDocument } from './document.ts';

/** Registers the OpenAPI document and the docs page; both are built once. */
export const openapiRoutes = (app: FastifyInstance, corpus: boolean): void => {
  const doc = openapiDocument();
  const json = JSON.stringify(doc);
  const page = docsPage(doc, corpus);
  app.get('/openapi.json', async (_req, reply) => reply.type('application/json; charset=utf-8').send(json));
  app.get('/docs', async (_req, reply) => reply.type('text/html; charset=utf-8').send(page));
};
