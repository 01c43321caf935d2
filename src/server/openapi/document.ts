/**
 * The OpenAPI 3.1 document, generated: request and response schemas come from zod (the report's through the
 * same derivation as schema/report.schema.json), so the document cannot disagree with what the handlers
 * validate and return.
 */
import { reportJsonSchema } from '../../report/json-schema.ts';
import { SCHEMA_VERSION } from '../../report/schema.ts';
import { AnalyzeBody, ArticleMeta } from '../analyze/schema.ts';
import { CORPUS_PATHS, CORPUS_SCHEMAS } from '../corpus/spec.ts';
import { apiCodes } from '../problem/problem.ts';
import { QUEUE_PATHS, QUEUE_SCHEMAS } from '../queue/spec.ts';
import { articleBody, jsonSchema, ProblemSchema, problem, reportResponse } from './parts.ts';

const metaParams = Object.entries(jsonSchema(ArticleMeta, 'input').properties as object).map(
  ([name, schema]) => ({
    name,
    in: 'query',
    required: false,
    description: (schema as { description?: string }).description ?? `the article's ${name}`,
    // an enumerated parameter (preset) keeps its choices
    schema: (schema as { enum?: string[] }).enum
      ? { type: 'string', enum: (schema as { enum: string[] }).enum }
      : { type: 'string' },
  }),
);

const formatParam = {
  name: 'format',
  in: 'query',
  required: false,
  description: 'json (the report), or the CLI renderings html, md, text',
  schema: { type: 'string', enum: ['json', 'html', 'md', 'text'], default: 'json' },
};

const common = {
  '429': problem('Too many requests from this client (HS_RATE_LIMITED); see Retry-After'),
  '500': problem('Internal error (HS_SERVER_ERROR)'),
};

/** Builds the OpenAPI document. */
export const openapiDocument = (): Record<string, unknown> => ({
  openapi: '3.1.0',
  info: {
    title: 'hearsay',
    version: '0.1.0',
    summary: 'Who says so in celebrity and tabloid news: quotations, sources, claims, checks and a score.',
    description:
      `Reports follow the hearsay report schema ${SCHEMA_VERSION}. Every error is RFC 9457 problem+json ` +
      'with the registry code in `code`; see /docs for the list.',
  },
  servers: [{ url: '/' }],
  components: {
    schemas: {
      Report: (() => {
        const { $schema: _drop, ...rest } = reportJsonSchema();
        return rest;
      })(),
      Problem: jsonSchema(ProblemSchema),
      AnalyzeBody: jsonSchema(AnalyzeBody, 'input'),
      ...CORPUS_SCHEMAS(),
      ...QUEUE_SCHEMAS(),
    },
    securitySchemes: {
      bearer: { type: 'http', scheme: 'bearer' },
      admin: { type: 'http', scheme: 'bearer', description: 'The --admin-token' },
    },
  },
  paths: {
    '/v1/analyze': {
      post: {
        operationId: 'analyze',
        summary: 'Analyse one article',
        description:
          'Send the article as JSON ({text}, {html} or {url} with metadata), as text/plain (front matter ' +
          'allowed) or as text/html; metadata for plain and HTML bodies goes in the query. A {url} is ' +
          'fetched with the CLI limits, and only from public addresses.',
        parameters: [formatParam, ...metaParams],
        requestBody: articleBody(),
        responses: {
          '200': reportResponse('The report'),
          '400': problem('Malformed request (HS_BAD_REQUEST, HS_FETCH_PROTOCOL)'),
          '403': problem('The URL resolves to a private address (HS_URL_FORBIDDEN)'),
          '413': problem('Body larger than the limit (HS_BODY_TOO_LARGE)'),
          '415': problem('Unsupported content type (HS_UNSUPPORTED_MEDIA)'),
          '422': problem(
            'Not an article: empty, bad date, bad front matter (HS_EMPTY_INPUT, HS_BAD_DATE, …)',
          ),
          '502': problem('The page could not be fetched (HS_FETCH_*)'),
          '504': problem('The page took too long (HS_FETCH_TIMEOUT)'),
          ...common,
        },
      },
    },
    '/healthz': {
      get: {
        operationId: 'health',
        summary: 'The process is up',
        responses: {
          '200': { description: 'Up', content: { 'application/json': { schema: { type: 'object' } } } },
        },
      },
    },
    '/readyz': {
      get: {
        operationId: 'ready',
        summary: 'The server can serve, store included',
        responses: {
          '200': { description: 'Ready', content: { 'application/json': { schema: { type: 'object' } } } },
          '503': {
            description: 'The store does not answer',
            content: { 'application/json': { schema: { type: 'object' } } },
          },
        },
      },
    },
    ...CORPUS_PATHS(common),
    ...QUEUE_PATHS(common),
  },
  'x-error-codes': apiCodes(),
});
