/**
 * Who may see admin things (the queue view and its API): whoever holds the `--admin-token`. An API
 * client sends it as a bearer token; a browser signs in once with a form (the pages run no script, so
 * they cannot set a header) and gets an HttpOnly, SameSite=Strict cookie holding an HMAC of the token,
 * never the token itself. Without a configured token every admin thing answers HS_ADMIN_OFF.
 */
import { createHmac } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { bearer, sameSecret as same } from '../auth/secret.ts';
import { coded } from '../problem/problem.ts';

/** The admin session cookie's name. */
export const ADMIN_COOKIE = 'hearsay_admin';

/** How long a browser stays signed in. */
export const ADMIN_SESSION_S = 8 * 3600;

/**
 * The cookie value for a token and an expiry (Unix seconds): `expiry.HMAC`, so the cookie never carries
 * the token, dies with it, and is refused by the server after its expiry whatever the browser keeps.
 */
const sessionOf = (token: string, expires: number): string =>
  `${expires}.${createHmac('sha256', token).update(`hearsay admin session v2 ${expires}`).digest('base64url')}`;

/** Whether `value` is a session cookie this token signed and that has not expired at `now` (seconds). */
const validSession = (token: string, value: string, now: number): boolean => {
  const dot = value.indexOf('.');
  const expires = dot > 0 ? Number(value.slice(0, dot)) : Number.NaN;
  return Number.isSafeInteger(expires) && expires > now && same(value, sessionOf(token, expires));
};

/** A cookie from the request's Cookie header, or '' (one cookie of a fixed name: no parser needed). */
const cookie = (req: FastifyRequest, name: string): string => {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return '';
};

/** The host of an Origin header, or null for anything that is not a URL. */
const hostOf = (origin: string): string | null => {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
};

/** The admin checks of one server. */
export interface AdminAuth {
  /** Throws HS_ADMIN_OFF (no token configured) or HS_ADMIN_UNAUTHORIZED unless the bearer token is right. */
  api(req: FastifyRequest, what: string): void;
  /** As `api`, for pages: the session cookie or the bearer token. */
  page(req: FastifyRequest, what: string): void;
  /**
   * A form post that changes something: signed in, and (when the browser says where it comes from) from
   * this server's own pages. SameSite=Strict already keeps the cookie off other sites' posts.
   */
  action(req: FastifyRequest, what: string): void;
  /** Signs a browser in when `given` is the token (sets the cookie); throws as `api` otherwise. */
  signIn(req: FastifyRequest, reply: FastifyReply, given: string): void;
  /** Signs a browser out (clears the cookie). */
  signOut(reply: FastifyReply): void;
  /** Whether an admin token is configured. */
  readonly on: boolean;
}

/** The admin checks for `token` (null: admin things are off); `now` gives the time in seconds (tests). */
export const adminAuth = (
  token: string | null,
  now: () => number = () => Math.floor(Date.now() / 1000),
): AdminAuth => {
  const need = (what: string): string => {
    if (!token) throw coded('HS_ADMIN_OFF', what);
    return token;
  };
  const api = (req: FastifyRequest, what: string) => {
    if (!same(bearer(req), need(what))) throw coded('HS_ADMIN_UNAUTHORIZED', what);
  };
  const page = (req: FastifyRequest, what: string) => {
    if (validSession(need(what), cookie(req, ADMIN_COOKIE), now())) return;
    api(req, what);
  };
  const setCookie = (req: FastifyRequest, reply: FastifyReply, value: string, maxAge: number) =>
    reply.header(
      'set-cookie',
      `${ADMIN_COOKIE}=${value}; Path=/; Max-Age=${maxAge}; HttpOnly; SameSite=Strict` +
        (req.protocol === 'https' ? '; Secure' : ''),
    );
  return {
    on: token !== null,
    api,
    page,
    action(req, what) {
      page(req, what);
      // Sec-Fetch-Site where the browser sends it; else the Origin, which is `null` under the pages'
      // no-referrer policy and then says nothing
      const site = req.headers['sec-fetch-site'];
      const origin = req.headers.origin;
      const foreign = site
        ? site !== 'same-origin'
        : !!origin && origin !== 'null' && hostOf(origin) !== req.headers.host;
      if (foreign) throw coded('HS_ADMIN_UNAUTHORIZED', `${what} from another site`);
    },
    signIn(req, reply, given) {
      if (!same(given.trim(), need('/admin'))) throw coded('HS_ADMIN_UNAUTHORIZED', 'that token');
      setCookie(req, reply, sessionOf(given.trim(), now() + ADMIN_SESSION_S), ADMIN_SESSION_S);
    },
    signOut(reply) {
      reply.header('set-cookie', `${ADMIN_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict`);
    },
  };
};
