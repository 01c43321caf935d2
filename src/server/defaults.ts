/** The defaults `hearsay serve` uses (their own module, so the CLI reads them without loading fastify). */
export const SERVER_DEFAULTS = {
  bodyLimit: 2_000_000,
  rateLimit: 600,
  requestTimeoutMs: 15_000,
  /** Requests that may wait for an analysis worker; past it HS_SERVER_BUSY (503 with Retry-After). */
  queueLimit: 64,
  /** Milliseconds from a request's arrival to its answer; past it HS_TIME_BUDGET (a 2 MB article takes 3-20 s, with the machine loaded). */
  maxMs: 60_000,
  /**
   * Analyses of an invented article each analysing thread runs at start (`warm`), so V8 has compiled the
   * engine before the first client: cold, an analysis costs several times its steady CPU for seconds.
   */
  warmRuns: 400,
} as const;
