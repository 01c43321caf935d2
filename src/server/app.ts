/**
 * The HTTP server: one Fastify app serving the `/v1` API, its OpenAPI document and docs page, the health
 * probes and the web app. Safety is set here once for every route: body limit, per-client rate limit,
 * timeouts for slow clients, security headers with a CSP that allows no script at all, no CORS, and
 * writes only with a bearer token.
 */
import { createServer as createHttpServer, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import formbody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import helmet from 'helmet';
import { bundledKb } from '../kb/load.ts';
import type { Kb } from '../kb/types.ts';
import { FETCH_DEFAULTS, type FetchOptions } from '../input/fetch.ts';
import { webRoutes } from '../web/routes.ts';
import { analyzeRoutes } from './analyze/route.ts';
import { type AnalysisPool, createPool } from './analyze/pool.ts';
import { createTurns } from './analyze/turns.ts';
import { warmUp } from './analyze/warm.ts';
import type { AnalyzeDeps } from './analyze/run.ts';
import { type Corpus, corpusRoutes } from './corpus/routes.ts';
import { adminAuth } from './admin/auth.ts';
import { healthRoutes } from './health/route.ts';
import { openapiRoutes } from './openapi/route.ts';
import { queueRoutes } from './queue/routes.ts';
import type { AdminQueue } from './queue/service.ts';
import { SERVER_DEFAULTS } from './defaults.ts';
import { coded, problemOf, retryAfterOf, sendProblem, toHearsayError } from './problem/problem.ts';
import { guardedAgent, type Resolver } from './safety/ssrf.ts';

/** How the server is set up; every limit has a default fit for a public deployment. */
export interface ServerOptions {
  /** The corpus store for the `/v1/articles…` routes and the corpus pages; none serves the analyser alone. */
  readonly corpus?: Corpus | null;
  /** Bearer token required by write routes; without one the server is read-only. */
  readonly token?: string | null;
  /** Let `{url}` analysis reach loopback and private addresses (a trusted network, or tests). */
  readonly allowPrivateUrls?: boolean;
  /** The DNS resolver for URL analysis (tests map a name to loopback). */
  readonly resolver?: Resolver;
  /** Largest request body in bytes. */
  readonly bodyLimit?: number;
  /** Requests per client per minute, or false for no limit (the load benchmark). */
  readonly rateLimit?: number | false;
  /** A client has this long to send a whole request before it is cut off. */
  readonly requestTimeoutMs?: number;
  /** Fetch limits for URL analysis, as the CLI's --timeout and --max-bytes. */
  readonly fetch?: FetchOptions;
  /** The knowledge base; the bundled one by default. */
  readonly kb?: Kb;
  /** Log requests as JSON lines on stdout. */
  readonly logger?: boolean;
  /** The job queue shown by the admin view and `GET /v1/queue`; none: they answer HS_NO_QUEUE. */
  readonly queue?: AdminQueue | null;
  /** The token that opens admin things; none: they answer HS_ADMIN_OFF. */
  readonly adminToken?: string | null;
  /**
   * Analysis worker threads (default one per core, `os.availableParallelism()`); 0 analyses on the main
   * thread, one request per turn of the event loop in the order they came (./analyze/turns.ts).
   */
  readonly workers?: number;
  /** Requests that may wait for a worker (or their turn on the main thread); past it HS_SERVER_BUSY, 503 with Retry-After. */
  readonly queueLimit?: number;
  /** Time budget of one analysis request from its arrival (ms); past it HS_TIME_BUDGET, 503. */
  readonly maxMs?: number;
  /**
   * Megabytes of each young-generation semi-space of an analysis worker (none: V8's default, 16 on
   * 64-bit), for measuring (`bench:serve --ab 'semi-space=16|semi-space=64'`); with `workers: 0` the
   * main thread's is Node's own (`node --max-semi-space-size=MB`).
   */
  readonly semiSpaceMb?: number;
  /** A pool made by the caller (tests watch its state), instead of one built from the three options above; the server closes it. */
  readonly pool?: AnalysisPool | null;
  /**
   * Start every worker now, and wait until they have loaded and run `warmRuns` warm-up analyses (the
   * main thread too with no workers), rather than as requests need them (`hearsay serve`).
   */
  readonly warm?: boolean;
  /** Warm-up analyses per analysing thread when `warm` is set. */
  readonly warmRuns?: number;
}

/** The defaults `hearsay serve` uses. */
export { SERVER_DEFAULTS };

/** The Content-Security-Policy of every page: styles from this origin, no script, nothing from elsewhere. */
const CSP = {
  defaultSrc: ["'none'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  formAction: ["'self'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
  scriptSrc: ["'none'"],
  connectSrc: ["'self'"],
};

/**
 * Helmet's security headers, its middleware built once: the Fastify plugin builds it again (options,
 * CSP directives) for every request, a tenth of a millisecond an answer under load.
 */
const SECURITY_HEADERS = helmet({
  contentSecurityPolicy: { useDefaults: false, directives: CSP },
  crossOriginEmbedderPolicy: false,
  hsts: false,
});
/** Helmet's `next`: since helmet 8.1 it throws its errors instead of passing them on. */
const NOTHING = (): void => undefined;
/** Browser features no page of the app needs. */
const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), interest-cohort=()';

/**
 * What a client whose request never arrived whole is told before its socket closes: 408 for a request or
 * its headers that took too long (Fastify's default says 400 for the headers), else 400, as problem+json.
 */
const clientError = (e: Error & { code?: string }, socket: Duplex): void => {
  if (e.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const slow = e.code === 'ERR_HTTP_REQUEST_TIMEOUT' || e.code === 'ERR_HTTP_HEADERS_TIMEOUT';
  const he = slow
    ? coded('HS_REQUEST_TIMEOUT', 'send the whole request sooner')
    : coded('HS_BAD_REQUEST', 'the request is not valid HTTP');
  const body = JSON.stringify(problemOf(he));
  socket.end(
    `HTTP/1.1 ${slow ? '408 Request Timeout' : '400 Bad Request'}\r\nConnection: close\r\n` +
      `Content-Type: application/problem+json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
};

/** Builds the server (not listening yet): `await app.listen(...)`, or `app.inject(...)` in tests. */
export const createServer = async (opts: ServerOptions = {}): Promise<FastifyInstance> => {
  const requestTimeout = opts.requestTimeoutMs ?? SERVER_DEFAULTS.requestTimeoutMs;
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: opts.bodyLimit ?? SERVER_DEFAULTS.bodyLimit,
    return503OnClosing: true,
    clientErrorHandler: clientError,
    // The node server is built here so its timeouts are checked often enough to cut off a slow client
    // within a second of its deadline (Node's default check runs every 30 s).
    serverFactory: (handler) =>
      createHttpServer(
        {
          requestTimeout,
          headersTimeout: Math.min(requestTimeout, 10_000),
          keepAliveTimeout: 5_000,
          connectionsCheckingInterval: 500,
        },
        handler,
      ) as Server,
  });
  const agent = guardedAgent({
    ...(opts.resolver ? { resolver: opts.resolver } : {}),
    allowPrivate: opts.allowPrivateUrls ?? false,
  });
  const kb = opts.kb ?? bundledKb();
  const limits = {
    kb,
    queueLimit: opts.queueLimit ?? SERVER_DEFAULTS.queueLimit,
    maxMs: opts.maxMs ?? SERVER_DEFAULTS.maxMs,
  };
  const pool =
    opts.pool !== undefined
      ? opts.pool
      : opts.workers === 0
        ? createTurns(limits)
        : createPool({
            ...limits,
            ...(opts.workers === undefined ? {} : { workers: opts.workers }),
            ...(opts.semiSpaceMb === undefined ? {} : { semiSpaceMb: opts.semiSpaceMb }),
          });
  if (opts.warm) {
    const runs = opts.warmRuns ?? SERVER_DEFAULTS.warmRuns;
    // a caller's null pool analyses on the main thread inline: that thread is the one to warm
    if (pool) await pool.warm(runs);
    else warmUp(kb, runs);
  }
  app.addHook('onClose', async () => {
    await Promise.all([agent.close(), pool?.close()]);
  });
  const deps: AnalyzeDeps = {
    kb,
    pool,
    fetch: { ...FETCH_DEFAULTS, ...opts.fetch },
    agent,
    guard: {
      ...(opts.resolver ? { resolver: opts.resolver } : {}),
      allowPrivate: opts.allowPrivateUrls ?? false,
    },
  };

  app.setErrorHandler((e, req, reply) => {
    const he = toHearsayError(e);
    if (he.code === 'HS_SERVER_ERROR') req.log.error(e);
    const retryAfter = retryAfterOf(e);
    if (retryAfter !== undefined) reply.header('retry-after', retryAfter);
    return sendProblem(reply, he, req);
  });
  app.setNotFoundHandler((req, reply) =>
    sendProblem(reply, coded('HS_NOT_FOUND', `${req.method} ${req.url.split('?')[0]}`), req),
  );

  // set when the request arrives, by one callback hook: an async onSend hook cost every answer a promise
  app.addHook('onRequest', (req, reply, done) => {
    SECURITY_HEADERS(req.raw, reply.raw, NOTHING);
    reply.header('permissions-policy', PERMISSIONS_POLICY);
    done();
  });
  const limit = opts.rateLimit ?? SERVER_DEFAULTS.rateLimit;
  if (limit !== false)
    await app.register(rateLimit, {
      max: limit,
      timeWindow: 60_000,
      errorResponseBuilder: (_req, ctx) =>
        Object.assign(coded('HS_RATE_LIMITED', `more than ${ctx.max} in ${ctx.after}`), {
          statusCode: 429,
          retryAfter: String(Math.ceil(ctx.ttl / 1000)),
        }),
    });
  await app.register(formbody, { bodyLimit: opts.bodyLimit ?? SERVER_DEFAULTS.bodyLimit });
  const asString = { parseAs: 'string' as const };
  app.addContentTypeParser(
    ['text/html', 'application/x-ndjson', 'application/jsonl'],
    asString,
    (_r, b, done) => done(null, b),
  );

  const corpus = opts.corpus ?? null;
  healthRoutes(app, corpus);
  openapiRoutes(app, corpus !== null);
  analyzeRoutes(app, deps);
  corpusRoutes(app, corpus, { token: opts.token ?? null, deps });
  const queue = opts.queue ?? null;
  const admin = adminAuth(opts.adminToken ?? null);
  queueRoutes(app, queue, admin);
  webRoutes(app, { corpus, deps, queue, admin });
  return app;
};
