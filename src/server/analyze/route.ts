/**
 * `POST /v1/analyze`: a JSON body ({text} | {html} | {url}, with metadata), or the article itself as a
 * text/plain or text/html body with metadata in the query; answers with the report in the format asked.
 */
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { coded } from '../problem/problem.ts';
import { analyzeLocal } from './local.ts';
import { renderAs, sendRendered } from './respond.ts';
import { type AnalyzeDeps, type AnalyzeInput, resolveInput } from './run.ts';
import { AnalyzeBody, AnalyzeQuery } from './schema.ts';

/** Parses a value with a zod schema, or throws HS_BAD_REQUEST naming the first problem. */
export const parseOr400 = <T extends z.ZodType>(schema: T, value: unknown, what: string): z.infer<T> => {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const where = issue?.path.length ? `${what}.${issue.path.join('.')}` : what;
  throw coded('HS_BAD_REQUEST', `${where}: ${issue?.message ?? 'invalid'}`);
};

const clean = <T extends object>(o: T): { [K in keyof T]: Exclude<T[K], undefined> } =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as never;

/** Turns a request's body and content type into one analysis input. */
export const analyzeInputOf = (contentType: string, body: unknown, query: object): AnalyzeInput => {
  const { format: _f, ...meta } = query as { format?: string };
  if (/^application\/json/i.test(contentType)) {
    const b = parseOr400(AnalyzeBody, body, 'body');
    return { ...clean(meta), ...clean(b) };
  }
  if (typeof body !== 'string') throw coded('HS_BAD_REQUEST', 'send the article as the request body');
  if (/^text\/html/i.test(contentType)) return { ...clean(meta), html: body };
  return { ...clean(meta), text: body };
};

/** What AnalyzeQuery makes of an empty query. */
const NO_QUERY: z.infer<typeof AnalyzeQuery> = Object.freeze(AnalyzeQuery.parse({}));

const hasKeys = (o: unknown): boolean => {
  for (const _ in o as object) return true;
  return false;
};

/** Registers `POST /v1/analyze`. */
export const analyzeRoutes = (app: FastifyInstance, deps: AnalyzeDeps): void => {
  app.post('/v1/analyze', async (req, reply) => {
    // most requests have no query: skip zod for them (the same value it would give)
    const query = hasKeys(req.query) ? parseOr400(AnalyzeQuery, req.query, 'query') : NO_QUERY;
    if (req.body === undefined || req.body === null)
      throw coded('HS_BAD_REQUEST', 'send an article: JSON {text|html|url}, text/plain or text/html');
    const input = analyzeInputOf(req.headers['content-type'] ?? '', req.body, query);
    const local = await resolveInput(input, deps);
    if (!local.ok) throw local.error;
    // on the pool the worker renders the answer too: the main thread sends its bytes as they come
    if (deps.pool) {
      const bytes = await deps.pool.render(local.value, query.format);
      if (!bytes.ok) throw bytes.error;
      return sendRendered(reply, bytes.value, query.format);
    }
    const report = analyzeLocal(local.value, deps.kb);
    if (!report.ok) throw report.error;
    return sendRendered(reply, renderAs(report.value, query.format), query.format);
  });
};
