/**
 * The corpus routes over the store's query layer: articles (list, one, ingest), outlets, sources, a
 * person, a quotation's trace, stories. Writes need the bearer token, and without a configured token the
 * server is read-only; without a store every route answers 404 HS_NO_STORE.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { articleId, type CorpusRecord } from '../../corpus/index.ts';
import { analyzeArticle } from '../../index.ts';
import type { Report } from '../../report/schema.ts';
import { analyzeInputOf, parseOr400 } from '../analyze/route.ts';
import { sendReport } from '../analyze/respond.ts';
import { bearer, sameSecret } from '../auth/secret.ts';
import { type AnalyzeDeps, runAnalysis } from '../analyze/run.ts';
import { coded } from '../problem/problem.ts';
import { ArticleQuery, ArticlesQuery, FiltersOnly, LimitQuery } from './schema.ts';
import { articlePage, type Corpus, outletTotals, quoteText } from './service.ts';

export type { Corpus } from './service.ts';

/** Options of the corpus routes: the write token and the analyser for ingest. */
export interface CorpusRouteOptions {
  readonly token: string | null;
  readonly deps: AnalyzeDeps;
}

/** Most articles one ingest request may carry. */
export const MAX_INGEST = 500;

/** The paths of the corpus routes (GET unless noted), for the no-store stubs. */
const PATHS = [
  '/v1/articles',
  '/v1/articles/:id',
  '/v1/outlets',
  '/v1/outlets/:outlet',
  '/v1/sources',
  '/v1/people/:name',
  '/v1/quotes',
  '/v1/quotes/:id/trace',
  '/v1/stories',
];

const checkToken = (req: FastifyRequest, token: string | null): void => {
  if (!token) throw coded('HS_READ_ONLY', 'this server');
  if (!sameSecret(bearer(req), token)) throw coded('HS_UNAUTHORIZED', 'writing needs the token');
};

/** Reads a JSON Lines body into records, naming the first bad line. */
const jsonlRecords = (body: string): CorpusRecord[] => {
  const out: CorpusRecord[] = [];
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch {
      throw coded('HS_BAD_JSON_LINE', `line ${i + 1}`);
    }
    const r = v as Record<string, unknown>;
    if (!r || typeof r !== 'object' || typeof r.text !== 'string')
      throw coded('HS_BAD_RECORD', `line ${i + 1}: each line needs a "text" string`);
    for (const k of ['title', 'date', 'outlet', 'url', 'byline'])
      if (r[k] !== undefined && r[k] !== null && typeof r[k] !== 'string')
        throw coded('HS_BAD_RECORD', `line ${i + 1}: "${k}" must be a string`);
    if (r.id !== undefined && r.id !== null && typeof r.id !== 'string' && typeof r.id !== 'number')
      throw coded('HS_BAD_RECORD', `line ${i + 1}: "id" must be a string or a number`);
    out.push(r as unknown as CorpusRecord);
    if (out.length > MAX_INGEST)
      throw coded('HS_BAD_REQUEST', `send at most ${MAX_INGEST} articles a request`);
  }
  if (out.length === 0) throw coded('HS_EMPTY_INPUT', 'the JSON Lines body');
  return out;
};

/** Lets other requests run between two analyses of a long ingest. */
const breathe = () => new Promise<void>((r) => setImmediate(r));

/** A report to store, with the record it was analysed from. */
interface Analysed {
  readonly report: Report;
  readonly record: CorpusRecord;
  /** The preset that read it (a JSON body's `preset`), kept with the article. */
  readonly preset?: string;
}

const ingest = async (req: FastifyRequest, deps: AnalyzeDeps): Promise<Analysed[]> => {
  const type = req.headers['content-type'] ?? '';
  if (/^application\/(x-ndjson|jsonl)/i.test(type)) {
    const records = jsonlRecords(String(req.body ?? ''));
    const items: Analysed[] = [];
    for (const [i, record] of records.entries()) {
      const id = record.id === undefined || record.id === null ? null : String(record.id);
      const r = analyzeArticle({ ...record, id }, deps.kb);
      if (!r.ok) throw coded(r.error.code, `line ${i + 1}: ${r.error.message}`);
      items.push({ report: r.value, record });
      await breathe();
    }
    return items;
  }
  if (req.body === undefined || req.body === null) throw coded('HS_BAD_REQUEST', 'send an article');
  const input = analyzeInputOf(type, req.body, {});
  const r = await runAnalysis(input, deps);
  if (!r.ok) throw r.error;
  const report: Report = r.value;
  const record: CorpusRecord = {
    id: input.id ?? null,
    text: report.text,
    title: report.meta.title,
    date: report.meta.date,
    outlet: report.meta.outlet,
    url: report.meta.url,
    byline: report.meta.byline,
  };
  return [{ report, record, ...(input.preset ? { preset: input.preset } : {}) }];
};

/** Registers the corpus routes; without a store each answers 404 HS_NO_STORE. */
export const corpusRoutes = (app: FastifyInstance, corpus: Corpus | null, o: CorpusRouteOptions): void => {
  if (!corpus) {
    const none = (path: string) => async () => {
      throw coded('HS_NO_STORE', path);
    };
    for (const p of PATHS) app.get(p, none(p));
    app.post('/v1/articles', none('/v1/articles'));
    return;
  }
  const store = corpus;

  app.post('/v1/articles', async (req, reply) => {
    checkToken(req, o.token);
    const items = await ingest(req, o.deps);
    const outcomes = await store.putReports(items);
    const results = items.map((it, i) => ({
      id: articleId(it.record),
      outcome: outcomes[i]!,
    }));
    return reply.code(outcomes.some((x) => x !== 'skipped') ? 201 : 200).send({ results });
  });

  app.get('/v1/articles', async (req) => {
    const q = parseOr400(ArticlesQuery, req.query, 'query');
    return articlePage(store, q);
  });

  app.get('/v1/articles/:id', async (req, reply) => {
    const { id } = req.params as { id: string };
    const { format } = parseOr400(ArticleQuery, req.query, 'query');
    const stored = await store.article(id);
    if (!stored) throw coded('HS_NOT_FOUND', `article ${id}`);
    if (format !== 'json') return sendReport(reply, stored.report, format);
    return { article: stored.article, report: stored.report };
  });

  app.get('/v1/outlets', async (req) => {
    const f = parseOr400(FiltersOnly, req.query, 'query');
    const months = await store.outlets(f);
    return { outlets: outletTotals(months), months };
  });

  app.get('/v1/outlets/:outlet', async (req) => {
    const { outlet } = req.params as { outlet: string };
    const f = { ...parseOr400(FiltersOnly, req.query, 'query'), outlet };
    const months = await store.outlets(f);
    const total = outletTotals(months)[0];
    if (!total) throw coded('HS_NOT_FOUND', `outlet ${outlet}`);
    const [sources, articles] = await Promise.all([
      store.sources({ ...f, limit: 10 }),
      store.articles({ ...f, limit: 20 }),
    ]);
    return { outlet: total, months, sources, articles };
  });

  app.get('/v1/sources', async (req) => {
    const f = parseOr400(LimitQuery, req.query, 'query');
    return { items: await store.sources(f) };
  });

  app.get('/v1/people/:name', async (req) => {
    const { name } = req.params as { name: string };
    const f = parseOr400(FiltersOnly, req.query, 'query');
    const p = await store.person(name, { ...f, examples: 50 });
    if (p.articles === 0) throw coded('HS_NOT_FOUND', `no article names ${name}`);
    return p;
  });

  app.get('/v1/quotes', async (req) => {
    const f = parseOr400(LimitQuery, req.query, 'query');
    return { items: await store.quoteTrace(f) };
  });

  app.get('/v1/quotes/:id/trace', async (req) => {
    const { id } = req.params as { id: string };
    const text = await quoteText(store, id);
    if (text === null) throw coded('HS_NOT_FOUND', `quotation ${id} (give <article id>:<quote id>)`);
    const [group] = await store.quoteTrace({ quote: text, limit: 1 });
    if (!group) throw coded('HS_NOT_FOUND', `a trace of quotation ${id}`);
    return group;
  });

  app.get('/v1/stories', async (req) => {
    const f = parseOr400(LimitQuery, req.query, 'query');
    return { items: await store.stories(f) };
  });
};
