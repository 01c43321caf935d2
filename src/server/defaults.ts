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
   * Megabytes of each of V8's two young-generation semi-spaces when the main thread analyses
   * (`--workers 0`, which runs in a node started with `--max-semi-space-size`; V8's default on 64-bit:
   * 16). A request allocates about 0.8 MB (the analysis, its 46 KB report's JSON and its bytes), and
   * there each scavenge also finds the queued requests and sockets alive: at 16 MB it scavenged every
   * ~20 requests and spent 0.38-0.75 ms of collection a request against 0.18-0.23 ms per analysis in
   * process, at 64 MB 0.12-0.27 ms (bench:serve, load 11-16). Workers keep V8's default: paired in the
   * same minutes (`bench:serve --ab 'semi-space=16|semi-space=64' --workers 1`), 64 MB cost a worker
   * more CPU a request, not less (16 MB lower in 7 of 8 and 6 of 8 batches).
   */
  semiSpaceMb: 64,
} as const;
