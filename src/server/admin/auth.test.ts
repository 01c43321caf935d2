/**
 * The admin session cookie: signed with the token, carrying its expiry, refused by the server once
 * expired or when its expiry is edited, whatever the browser keeps.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ADMIN_COOKIE, ADMIN_SESSION_S, adminAuth } from './auth.ts';

const T0 = 1_800_000_000;
/** A request carrying only what the checks read: headers and protocol. */
const req = (cookie = '') => ({ headers: { cookie }, protocol: 'http' }) as unknown as FastifyRequest;

/** Signs in with `token` at T0 and returns the cookie value the server set. */
const signedIn = (token: string): string => {
  let set = '';
  const reply = { header: (_: string, v: string) => (set = v) } as unknown as FastifyReply;
  adminAuth(token, () => T0).signIn(req(), reply, token);
  const m = new RegExp(`^${ADMIN_COOKIE}=([^;]+);`).exec(set);
  assert.ok(m, set);
  assert.match(set, new RegExp(`Max-Age=${ADMIN_SESSION_S}; HttpOnly; SameSite=Strict$`));
  return m[1]!;
};

const accepts = (token: string, value: string, at: number): boolean => {
  try {
    adminAuth(token, () => at).page(req(`other=1; ${ADMIN_COOKIE}=${value}`), '/admin/queue');
    return true;
  } catch (e) {
    assert.equal((e as { code?: string }).code, 'HS_ADMIN_UNAUTHORIZED');
    return false;
  }
};

test('the cookie holds its expiry and an HMAC, never the token', () => {
  const v = signedIn('s3cret-token');
  assert.equal(v.split('.')[0], String(T0 + ADMIN_SESSION_S));
  assert.ok(!v.includes('s3cret-token'));
});

test('accepted until its expiry, refused from the expiry on', () => {
  const v = signedIn('s3cret-token');
  assert.equal(accepts('s3cret-token', v, T0 + ADMIN_SESSION_S - 1), true);
  assert.equal(accepts('s3cret-token', v, T0 + ADMIN_SESSION_S), false);
});

test('an edited expiry, another token or a bare HMAC is refused', () => {
  const v = signedIn('s3cret-token');
  const mac = v.slice(v.indexOf('.') + 1);
  assert.equal(accepts('s3cret-token', `${T0 + 10 * ADMIN_SESSION_S}.${mac}`, T0), false);
  assert.equal(accepts('another-token', v, T0), false);
  assert.equal(accepts('s3cret-token', mac, T0), false);
});
