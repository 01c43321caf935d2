/** `hearsay serve`: the HTTP API and the web app in one process. */
import type { Command } from 'commander';
import { HearsayError } from '../errors.ts';
import { SERVER_DEFAULTS } from '../server/defaults.ts';
import { portNumber, wholeNumber } from './numbers.ts';

const collect = (v: string, prev: string[]): string[] => [...prev, v];

interface ServeFlags {
  db?: string;
  host: string;
  port: number;
  token?: string;
  allowPrivateUrls: boolean;
  maxBody: number;
  rateLimit: number;
  requestTimeout: number;
  timeout: number;
  maxBytes: number;
  kb: string[];
  log: boolean;
  redis?: string;
  queue?: string;
  adminToken?: string;
  workers?: number;
  queueLimit: number;
  maxMs: number;
}

/** Starts the server and resolves once it listens; stops cleanly on SIGINT/SIGTERM. */
export async function serveCommand(o: ServeFlags): Promise<void> {
  // loaded here, not at the top: other commands never pay for fastify
  const [{ kbFromPaths }, { openCorpus }, { createServer }, { openAdminQueue }] = await Promise.all([
    import('./kb-option.ts'),
    import('../server/corpus/open.ts'),
    import('../server/app.ts'),
    import('../server/queue/open.ts'),
  ]);
  const kb = kbFromPaths(o.kb);
  const redis = o.redis ?? process.env.HEARSAY_REDIS;
  const adminToken = o.adminToken ?? process.env.HEARSAY_ADMIN_TOKEN ?? null;
  // checked before the store opens: a wrong --redis is a one-line error, and nothing is left open
  const queue = redis ? await openAdminQueue(redis, o.queue) : null;
  const dbPath = o.db ?? process.env.HEARSAY_DB;
  const token = o.token ?? process.env.HEARSAY_TOKEN ?? null;
  const corpus = dbPath ? await openCorpus(dbPath, { write: !!token }) : null;
  const app = await createServer({
    corpus,
    token,
    allowPrivateUrls: o.allowPrivateUrls,
    bodyLimit: o.maxBody,
    rateLimit: o.rateLimit === 0 ? false : o.rateLimit,
    requestTimeoutMs: o.requestTimeout,
    fetch: { timeoutMs: o.timeout, maxBytes: o.maxBytes },
    kb,
    logger: o.log,
    queue,
    adminToken,
    // 0 analyses on the main thread (no worker threads)
    ...(o.workers === undefined ? {} : { workers: o.workers }),
    queueLimit: o.queueLimit,
    maxMs: o.maxMs,
    warm: true,
  });
  try {
    await app.listen({ host: o.host, port: o.port });
  } catch (e) {
    // the analysis threads are running (warmed before listening): closing the app stops them, or the
    // process would print its error and never exit
    await app.close();
    await corpus?.close();
    throw new HearsayError(
      'HS_LISTEN_FAILED',
      `${o.host}:${o.port} (${(e as { code?: string }).code ?? 'error'})`,
    );
  }
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : o.port;
  process.stderr.write(
    `hearsay: serving http://${o.host.includes(':') ? `[${o.host}]` : o.host}:${port}/ ` +
      `(${corpus ? `corpus ${corpus.engine}` : 'no corpus'}, ${token ? 'writes need the token' : 'read-only'}` +
      `${queue ? `, queue ${queue.name} at /admin/queue${adminToken ? '' : ' (shut: no --admin-token)'}` : ''})\n`,
  );
  const stop = () => {
    void app.close().then(() => corpus?.close());
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** Registers `hearsay serve` on the command tree. */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (/v1, /openapi.json, /docs) and the web app')
    .option(
      '--db <file|url>',
      'corpus store: a SQLite file or postgres:// URL (default $HEARSAY_DB; none: analyser only)',
    )
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <n>', 'port to listen on (0 picks a free one)', portNumber, 8080)
    .option('--token <token>', 'bearer token that allows writes (default $HEARSAY_TOKEN; none: read-only)')
    .option('--allow-private-urls', 'let URL analysis reach loopback and private addresses', false)
    .option('--max-body <bytes>', 'largest request body', wholeNumber(1), SERVER_DEFAULTS.bodyLimit)
    .option(
      '--rate-limit <n>',
      'requests per client per minute (0: no limit)',
      wholeNumber(0),
      SERVER_DEFAULTS.rateLimit,
    )
    .option(
      '--request-timeout <ms>',
      'cut off a client that has not sent its request by then',
      wholeNumber(1),
      SERVER_DEFAULTS.requestTimeoutMs,
    )
    .option('--timeout <ms>', 'give up fetching a URL after this long', wholeNumber(1), 10000)
    .option('--max-bytes <n>', 'largest page to fetch', wholeNumber(1), 5_000_000)
    .option('--kb <file>', 'add a knowledge-base JSON Lines file (repeatable)', collect, [])
    .option('--log', 'log each request as a JSON line on stdout', false)
    .option(
      '--redis <url>',
      'show this Redis job queue in the admin view (default $HEARSAY_REDIS; none: no queue)',
    )
    .option('--queue <name>', 'the queue to show (default articles)')
    .option(
      '--admin-token <token>',
      'token that opens the admin view and /v1/queue (default $HEARSAY_ADMIN_TOKEN; none: shut)',
    )
    .option(
      '--workers <n>',
      'analysis worker threads (default: one per core; 0: analyse on the main thread, in turns)',
      wholeNumber(0),
    )
    .option(
      '--queue-limit <n>',
      'requests that may wait for a worker; past it 503 HS_SERVER_BUSY with Retry-After',
      wholeNumber(0),
      SERVER_DEFAULTS.queueLimit,
    )
    .option(
      '--max-ms <ms>',
      'time budget of one analysis request; past it 503 HS_TIME_BUDGET',
      wholeNumber(1),
      SERVER_DEFAULTS.maxMs,
    )
    .action(serveCommand);
}
