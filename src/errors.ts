/**
 * The one registry of error codes. Every error a user can meet has a code here and a message that says
 * what to do; the CLI prints `hearsay: <CODE> <message>` on one line and exits non-zero.
 * The README's "Errors" table lists them all; test/errors.test.ts keeps the two in step.
 */

/** The advice a bad line's message ends with; a run that already skips bad lines leaves it out. */
export const SKIP_BAD_HINT = ' (use --skip-bad to go on past bad lines)';

/** Every error hearsay can report, with a message template a user can act on. */
export const ERRORS = {
  HS_FILE_NOT_FOUND: { exit: 2, message: (p: string) => `file not found: ${p}` },
  HS_FILE_UNREADABLE: {
    exit: 2,
    message: (p: string) => `cannot read ${p}: check that it is a file you may read`,
  },
  HS_EMPTY_INPUT: { exit: 3, message: (p: string) => `${p} is empty: give an article with some text` },
  HS_BINARY_INPUT: {
    exit: 3,
    message: (p: string) => `${p} looks binary, not text: give a UTF-8 text, HTML or JSON Lines file`,
  },
  HS_BAD_JSON_LINE: {
    exit: 3,
    message: (p: string) => `${p}: not valid JSON${SKIP_BAD_HINT}`,
  },
  HS_BAD_RECORD: {
    exit: 3,
    message: (p: string) => `${p}${SKIP_BAD_HINT}`,
  },
  HS_BAD_DATE: {
    exit: 3,
    message: (p: string) => `${p}: not a date; write dates as YYYY-MM-DD`,
  },
  HS_BAD_FRONT_MATTER: {
    exit: 3,
    message: (p: string) => `bad front matter: ${p}`,
  },
  HS_BAD_OPTION: { exit: 2, message: (p: string) => p },
  HS_BAD_KB: { exit: 3, message: (p: string) => `knowledge base ${p}` },
  HS_FETCH_FAILED: { exit: 4, message: (p: string) => `could not fetch ${p}` },
  HS_FETCH_TIMEOUT: {
    exit: 4,
    message: (p: string) => `timed out fetching ${p}: try again or raise --timeout`,
  },
  HS_FETCH_TOO_LARGE: { exit: 4, message: (p: string) => `${p} is larger than the limit: raise --max-bytes` },
  HS_FETCH_REDIRECTS: { exit: 4, message: (p: string) => `too many redirects fetching ${p}` },
  HS_FETCH_PROTOCOL: { exit: 2, message: (p: string) => `only http and https URLs can be fetched, not ${p}` },
  HS_FETCH_STATUS: { exit: 4, message: (p: string) => `the server answered ${p}` },
  HS_NOT_AN_ARTICLE: { exit: 3, message: (p: string) => `no article text found in ${p}` },
  HS_BAD_FEED: { exit: 3, message: (p: string) => `${p} is not an RSS 2.0 or Atom feed` },
  HS_WRITE_FAILED: { exit: 5, message: (p: string) => `could not write ${p}` },
  HS_WORKER_FAILED: { exit: 1, message: (p: string) => `a worker failed: ${p}` },
  // --- server (hearsay serve, src/server/): HTTP statuses live in src/server/problem/problem.ts ---
  HS_BAD_REQUEST: { exit: 2, message: (p: string) => `bad request: ${p}` },
  HS_UNSUPPORTED_MEDIA: {
    exit: 2,
    message: (p: string) => `cannot read a ${p} body: send JSON, text/plain, text/html or JSON Lines`,
  },
  HS_BODY_TOO_LARGE: { exit: 2, message: (p: string) => `the request body is larger than ${p}` },
  HS_RATE_LIMITED: { exit: 4, message: (p: string) => `too many requests: ${p}` },
  HS_UNAUTHORIZED: { exit: 2, message: (p: string) => `${p}: send Authorization: Bearer <token>` },
  HS_READ_ONLY: {
    exit: 2,
    message: (p: string) => `${p} is read-only: start the server with --token to allow writes`,
  },
  HS_NOT_FOUND: { exit: 2, message: (p: string) => `not found: ${p}` },
  HS_NO_STORE: { exit: 2, message: (p: string) => `${p} needs a corpus: start the server with --db` },
  HS_URL_FORBIDDEN: {
    exit: 2,
    message: (p: string) =>
      `refused to fetch ${p}: private addresses are off limits (see --allow-private-urls)`,
  },
  HS_REQUEST_TIMEOUT: { exit: 4, message: (p: string) => `the request took too long: ${p}` },
  HS_LISTEN_FAILED: { exit: 2, message: (p: string) => `cannot listen on ${p}` },
  HS_SERVER_ERROR: { exit: 1, message: (p: string) => `internal server error: ${p}` },
  // corpus store (src/corpus): the database could not be used; it is left as it was
  HS_DB_CORRUPT: {
    exit: 6,
    message: (p: string) => `${p} is not a SQLite database (or is damaged): give another --db path`,
  },
  HS_DB_FOREIGN: {
    exit: 6,
    message: (p: string) => `${p} is a database of another program: give a new or a hearsay --db path`,
  },
  HS_DB_NEWER: {
    exit: 6,
    message: (p: string) => `${p}: upgrade hearsay to use it`,
  },
  HS_DB_UNREACHABLE: {
    exit: 6,
    message: (p: string) => `cannot reach the database ${p}: check the URL and that the server runs`,
  },
  HS_DB_READONLY: {
    exit: 6,
    message: (p: string) => `${p} is read-only: give a writable --db path`,
  },
  HS_DB_NOT_FOUND: {
    exit: 6,
    message: (p: string) => `no database at ${p}: run hearsay ingest first or give --db`,
  },
  HS_DB_FAILED: { exit: 6, message: (p: string) => `the database failed: ${p}` },
  // ---- stage contract (src/pipeline): a preset that cannot run is refused when it is built
  HS_STAGE_MISSING_NEED: {
    exit: 2,
    message: (p: string) => `${p}: add a stage that gives it earlier in the preset`,
  },
  HS_STAGE_TWO_WRITERS: {
    exit: 2,
    message: (p: string) => `${p}: each slot has one writer; remove one of them`,
  },
  HS_STAGE_DUPLICATE: { exit: 2, message: (p: string) => `stage ${p} appears twice in the preset` },
  HS_STAGE_UNDECLARED: {
    exit: 2,
    message: (p: string) => `${p}: declare it in the stage's needs or gives`,
  },
  HS_STAGE_BAD_OPTIONS: { exit: 2, message: (p: string) => `bad stage options: ${p}` },
  HS_UNKNOWN_PRESET: { exit: 2, message: (p: string) => `unknown preset ${p}: use standard, spine or news` },
  // Hostile and huge inputs (issue 16): limits that keep one article from taking the machine down.
  HS_TIME_BUDGET: {
    exit: 3,
    message: (p: string) =>
      `${p}: the analysis ran past the time budget (raise --max-ms, or split the article)`,
  },
  HS_TOO_LARGE: {
    exit: 3,
    message: (p: string) => `${p} is larger than the article size limit: raise --max-chars, or split it`,
  },
  HS_OUTPUT_LOCKED: {
    exit: 5,
    message: (p: string) =>
      `${p} is being written by another run (its .lock file exists): wait for it, or delete the lock if none is running`,
  },
  HS_NOTHING_WRITTEN: {
    exit: 3,
    message: (p: string) => `no report was written: every record of ${p} was bad`,
  },
  // queue and workers (src/queue/**): Redis, BullMQ jobs, the worker process
  HS_NOTHING_ENQUEUED: {
    exit: 3,
    message: (p: string) => `nothing was enqueued: every record of ${p} was bad`,
  },
  HS_REDIS_UNREACHABLE: {
    exit: 4,
    message: (p: string) => `cannot reach Redis at ${p}: start redis-server or check --redis`,
  },
  HS_BAD_REDIS_URL: {
    exit: 2,
    message: (p: string) => `bad Redis URL ${p}: write redis://host:port[/db]`,
  },
  HS_BAD_INTERVAL: {
    exit: 2,
    message: (p: string) => `bad interval ${p}: write a number with s, m, h or d (e.g. 15m)`,
  },
  // admin view of the queue (hearsay serve --redis --admin-token, src/server/queue, src/web/admin.ts)
  HS_ADMIN_UNAUTHORIZED: {
    exit: 2,
    message: (p: string) =>
      `${p}: send Authorization: Bearer <admin token>, or sign in at /admin with the --admin-token`,
  },
  HS_ADMIN_OFF: {
    exit: 2,
    message: (p: string) => `${p} is an admin view: start the server with --admin-token to open it`,
  },
  HS_NO_QUEUE: { exit: 2, message: (p: string) => `${p} needs a queue: start the server with --redis` },
  // the server's analysis pool (hearsay serve --workers --queue-limit, src/server/analyze/pool.ts): every
  // worker is busy and the queue is full, or the server is shutting down; the client may come back
  HS_SERVER_BUSY: {
    exit: 1,
    message: (p: string) => `the server is busy (${p}): retry after the Retry-After seconds`,
  },
} as const;

/** An error code from the registry. */
export type ErrorCode = keyof typeof ERRORS;

/** A coded error: what went wrong, in a sentence a user can act on. */
export class HearsayError extends Error {
  /** The registry code, e.g. `HS_FILE_NOT_FOUND`. */
  readonly code: ErrorCode;
  /** The process exit code the CLI uses for it. */
  readonly exitCode: number;
  /** What the message template was filled with (the file, line or value), so a caller can re-wrap it. */
  readonly detail: string;
  constructor(code: ErrorCode, detail: string) {
    super(ERRORS[code].message(detail));
    this.name = 'HearsayError';
    this.code = code;
    this.detail = detail;
    this.exitCode = ERRORS[code].exit;
  }
}

/** Builds a coded error from the registry. */
export const hearsayError = (code: ErrorCode, detail: string): HearsayError => new HearsayError(code, detail);
