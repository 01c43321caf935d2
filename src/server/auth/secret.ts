/**
 * The two pieces every token check of the server needs: the request's bearer token, and a comparison
 * of secrets that takes the same time whatever the first differing byte (used by the corpus write
 * routes and the admin checks).
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';

/** The bearer token of the request's Authorization header, or ''. */
export const bearer = (req: FastifyRequest): string =>
  /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1]?.trim() ?? '';

/** Whether two secrets are equal, in time that does not depend on where they differ. */
export const sameSecret = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};
