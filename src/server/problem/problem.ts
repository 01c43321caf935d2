/**
 * Errors as RFC 9457 problem details (`application/problem+json`): every failure the API returns carries
 * the registry's code (`HS_*`), the registry's one-line message as `detail`, and an HTTP status chosen here.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ERRORS, type ErrorCode, HearsayError } from '../../errors.ts';

/** The HTTP status of each registry code the API can return; unlisted codes are a 500. */
export const STATUS: Partial<Record<ErrorCode, number>> = {
  HS_BAD_REQUEST: 400,
  HS_BAD_OPTION: 400,
  HS_BAD_JSON_LINE: 400,
  HS_BAD_RECORD: 400,
  HS_FETCH_PROTOCOL: 400,
  HS_UNAUTHORIZED: 401,
  HS_URL_FORBIDDEN: 403,
  HS_READ_ONLY: 403,
  HS_NOT_FOUND: 404,
  HS_NO_STORE: 404,
  HS_REQUEST_TIMEOUT: 408,
  HS_BODY_TOO_LARGE: 413,
  HS_UNSUPPORTED_MEDIA: 415,
  HS_EMPTY_INPUT: 422,
  HS_BINARY_INPUT: 422,
  HS_BAD_DATE: 422,
  HS_BAD_FRONT_MATTER: 422,
  HS_NOT_AN_ARTICLE: 422,
  HS_RATE_LIMITED: 429,
  HS_FETCH_FAILED: 502,
  HS_FETCH_STATUS: 502,
  HS_FETCH_TOO_LARGE: 502,
  HS_FETCH_REDIRECTS: 502,
  HS_FETCH_TIMEOUT: 504,
  HS_SERVER_ERROR: 500,
  // the corpus store's codes (src/corpus): the database, not the request, is at fault
  HS_DB_CORRUPT: 503,
  HS_DB_FOREIGN: 503,
  HS_DB_NEWER: 503,
  HS_DB_UNREACHABLE: 503,
  HS_DB_READONLY: 503,
  HS_DB_NOT_FOUND: 503,
  HS_DB_FAILED: 503,
  // the queue's (src/queue) and its admin view's
  HS_ADMIN_UNAUTHORIZED: 401,
  HS_ADMIN_OFF: 403,
  HS_NO_QUEUE: 404,
  HS_REDIS_UNREACHABLE: 503,
  // the analysis pool's: no worker free and the queue full, or a request past its time budget
  HS_SERVER_BUSY: 503,
  HS_TIME_BUDGET: 503,
};

/** A problem details object (RFC 9457) with hearsay's code as an extension member. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: ErrorCode;
  readonly instance?: string;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  408: 'Request Timeout',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** The problem document for a coded error; `type` points at the code's entry on the /docs page. */
export const problemOf = (e: HearsayError, instance?: string): Problem => {
  const status = STATUS[e.code] ?? 500;
  return {
    type: `/docs#${e.code}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail: e.message,
    code: e.code,
    ...(instance ? { instance } : {}),
  };
};

/** Sends a coded error as problem+json. */
export const sendProblem = (reply: FastifyReply, e: HearsayError, req?: FastifyRequest): FastifyReply => {
  const p = problemOf(e, req?.url.split('?')[0]);
  return reply.code(p.status).type('application/problem+json; charset=utf-8').send(p);
};

/**
 * The Retry-After (seconds) an error carries, if any: the rate limiter's 429 and a full analysis queue's
 * 503 HS_SERVER_BUSY say when to come back; HS_TIME_BUDGET does not (the same article would run out again).
 */
export const retryAfterOf = (e: unknown): string | undefined => {
  const r = (e as { retryAfter?: unknown } | null)?.retryAfter;
  return typeof r === 'string' ? r : undefined;
};

/** Shorthand: a coded error from the registry. */
export const coded = (code: ErrorCode, detail: string): HearsayError => new HearsayError(code, detail);

/** Every code the API may answer with, and its status (for the docs page and the OpenAPI document). */
export const apiCodes = (): Array<{ code: ErrorCode; status: number; message: string }> =>
  (Object.keys(STATUS) as ErrorCode[]).map((code) => ({
    code,
    status: STATUS[code] ?? 500,
    message: ERRORS[code].message('…'),
  }));

/**
 * Maps what Fastify and its plugins throw (body too large, bad JSON, wrong media type, rate limit,
 * validation) to a registry code; anything else is an internal error whose details stay in the log.
 */
export const toHearsayError = (e: unknown): HearsayError => {
  if (e instanceof HearsayError) return e;
  const fe = e as { code?: string; statusCode?: number; message?: string };
  switch (fe.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return coded('HS_BODY_TOO_LARGE', 'the limit (see --max-body)');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return coded('HS_UNSUPPORTED_MEDIA', 'this content type');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return coded('HS_BAD_REQUEST', 'the JSON body is empty');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return coded('HS_BAD_REQUEST', 'the body is not valid JSON');
    case 'ERR_HTTP_REQUEST_TIMEOUT':
    case 'ERR_HTTP_HEADERS_TIMEOUT':
      // the request timeout fired while the body was being read
      return coded('HS_REQUEST_TIMEOUT', 'send the whole request sooner');
    case 'FST_ERR_VALIDATION':
      return coded('HS_BAD_REQUEST', (fe.message ?? 'invalid request').split('\n')[0] ?? 'invalid request');
  }
  if (fe.statusCode === 429)
    return coded('HS_RATE_LIMITED', 'slow down and retry after the Retry-After delay');
  if (fe.statusCode === 413) return coded('HS_BODY_TOO_LARGE', 'the limit (see --max-body)');
  if (fe.statusCode === 415) return coded('HS_UNSUPPORTED_MEDIA', 'this content type');
  if (fe.statusCode === 408) return coded('HS_REQUEST_TIMEOUT', 'the client was too slow');
  if (fe.statusCode === 400 && fe.message) return coded('HS_BAD_REQUEST', fe.message.split('\n')[0]!);
  return coded('HS_SERVER_ERROR', 'see the server log');
};
