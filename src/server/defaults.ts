/** The defaults `hearsay serve` uses (their own module, so the CLI reads them without loading fastify). */
export const SERVER_DEFAULTS = {
  bodyLimit: 2_000_000,
  rateLimit: 600,
  requestTimeoutMs: 15_000,
} as const;
