/** The corpus routes in the OpenAPI document, derived from the zod shapes in schema.ts. */
import type { z } from 'zod';
import { articleBody, jsonSchema, problem, ref, reportResponse } from '../openapi/parts.ts';
import {
  ArticlePage,
  ArticlesQuery,
  IngestAnswer,
  LimitQuery,
  OutletAnswer,
  OutletsAnswer,
  PersonProfile,
  QuoteGroup,
  QuotesAnswer,
  StoriesAnswer,
  SourcesAnswer,
  FiltersOnly,
  ArticleSummary,
} from './schema.ts';

const json = (name: string, description: string) => ({
  description,
  content: { 'application/json': { schema: ref(name) } },
});

/** Component schemas of the corpus routes. */
export const CORPUS_SCHEMAS = (): Record<string, unknown> => ({
  ArticleSummary: jsonSchema(ArticleSummary),
  ArticlePage: jsonSchema(ArticlePage),
  OutletsAnswer: jsonSchema(OutletsAnswer),
  OutletAnswer: jsonSchema(OutletAnswer),
  SourcesAnswer: jsonSchema(SourcesAnswer),
  PersonProfile: jsonSchema(PersonProfile),
  QuoteGroup: jsonSchema(QuoteGroup),
  QuotesAnswer: jsonSchema(QuotesAnswer),
  StoriesAnswer: jsonSchema(StoriesAnswer),
  IngestAnswer: jsonSchema(IngestAnswer),
  StoredArticle: {
    type: 'object',
    properties: { article: ref('ArticleSummary'), report: ref('Report') },
    required: ['article', 'report'],
  },
});

/** Query parameters from a zod object of the query string. */
const params = (s: z.ZodObject): unknown[] => {
  const js = jsonSchema(s, 'input') as { properties: Record<string, Record<string, unknown>> };
  return Object.entries(js.properties).map(([name, schema]) => {
    const { description, ...rest } = schema;
    return { name, in: 'query', required: false, ...(description ? { description } : {}), schema: rest };
  });
};

const pathParam = (name: string, description: string) => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string' },
});

const noStore = problem('The server has no store (HS_NO_STORE), or no such item (HS_NOT_FOUND)');
const bad = problem('A bad filter (HS_BAD_REQUEST, HS_BAD_DATE)');
const db = problem('The store failed (HS_DB_*)');

/** Paths of the corpus routes. */
export const CORPUS_PATHS = (common: Record<string, unknown>): Record<string, unknown> => {
  const read = (
    operationId: string,
    summary: string,
    answer: string,
    query: z.ZodObject,
    extra: unknown[] = [],
  ) => ({
    get: {
      operationId,
      summary,
      parameters: [...extra, ...params(query)],
      responses: { '200': json(answer, summary), '400': bad, '404': noStore, '503': db, ...common },
    },
  });
  return {
    '/v1/articles': {
      ...read(
        'listArticles',
        'Stored articles, newest first, a page at a time',
        'ArticlePage',
        ArticlesQuery,
      ),
      post: {
        operationId: 'ingestArticles',
        summary:
          'Analyse and store one article (JSON as for /v1/analyze) or many (JSON Lines, one record a line)',
        security: [{ bearer: [] }],
        requestBody: articleBody({ 'application/x-ndjson': { schema: { type: 'string' } } }),
        responses: {
          '200': json('IngestAnswer', 'Every article was already stored (skipped)'),
          '201': json('IngestAnswer', 'Stored: what happened to each article'),
          '400': problem('Bad body or JSON line (HS_BAD_REQUEST, HS_BAD_JSON_LINE, HS_BAD_RECORD)'),
          '401': problem('No or wrong bearer token (HS_UNAUTHORIZED)'),
          '403': problem('The server is read-only (HS_READ_ONLY) or the URL is private (HS_URL_FORBIDDEN)'),
          '404': noStore,
          '413': problem('Body larger than the limit (HS_BODY_TOO_LARGE)'),
          '422': problem('Not an article (HS_EMPTY_INPUT, HS_BAD_DATE, …)'),
          '503': db,
          ...common,
        },
      },
    },
    '/v1/articles/{id}': {
      get: {
        operationId: 'getArticle',
        summary: 'One stored article: its figures and its report as stored, or the report rendered',
        parameters: [
          pathParam('id', 'The article id'),
          {
            name: 'format',
            in: 'query',
            required: false,
            schema: { type: 'string', enum: ['json', 'html', 'md', 'text'], default: 'json' },
          },
        ],
        responses: {
          '200': {
            ...reportResponse('The stored article (JSON: {article, report})'),
            content: {
              ...reportResponse('').content,
              'application/json': { schema: ref('StoredArticle') },
            },
          },
          '400': bad,
          '404': noStore,
          '503': db,
          ...common,
        },
      },
    },
    '/v1/outlets': read(
      'listOutlets',
      'Outlets compared, in total and month by month',
      'OutletsAnswer',
      FiltersOnly,
    ),
    '/v1/outlets/{outlet}': read(
      'getOutlet',
      "One outlet's profile: totals, months, sources most quoted, latest articles",
      'OutletAnswer',
      FiltersOnly.omit({ outlet: true }),
      [pathParam('outlet', 'Any name or domain of the outlet')],
    ),
    '/v1/sources': read(
      'listSources',
      'Anonymous descriptors and named sources most quoted, by outlet',
      'SourcesAnswer',
      LimitQuery,
    ),
    '/v1/people/{name}': read(
      'getPerson',
      'What is claimed about a person, by content type and the kind of source, with examples',
      'PersonProfile',
      FiltersOnly,
      [pathParam('name', "The person's name")],
    ),
    '/v1/quotes': read(
      'listQuoteTraces',
      'Quotations found in several articles, each with its trail',
      'QuotesAnswer',
      LimitQuery,
    ),
    '/v1/quotes/{id}/trace': {
      get: {
        operationId: 'traceQuote',
        summary: "One quotation's trail across outlets, earliest first, with who credits whom",
        parameters: [pathParam('id', '<article id>:<quote id>, e.g. us-2026-03-02-vance-okafor:q1')],
        responses: { '200': json('QuoteGroup', 'The trail'), '404': noStore, '503': db, ...common },
      },
    },
    '/v1/stories': read('listStories', 'Near-duplicate articles across outlets', 'StoriesAnswer', LimitQuery),
  };
};
