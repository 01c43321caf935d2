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
  /**
   * Megabytes of each of V8's two young-generation semi-spaces for an analysing thread (V8's default
   * on 64-bit: 16). A request allocates about 0.8 MB (the analysis, its 46 KB report's JSON and its
   * bytes), and on a server each scavenge also finds the queued requests and sockets alive and promotes
   * what survives two of them, so at 16 MB it scavenged every ~20 requests and spent 0.38-0.40 ms of
   * collection a request against 0.18-0.23 ms per analysis in process; at 64 MB 0.12-0.17 ms
   * (bench:serve --workers 0, load 11-13, 15:57-16:01). Costs up to 3 × 48 MB more memory a thread.
   */
  semiSpaceMb: 64,
} as const;
