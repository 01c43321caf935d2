/**
 * The server's safety, route by route: security headers and a CSP with no script on every answer, no
 * CORS, probes, the per-client rate limit (429 with Retry-After, other clients unaffected), and a slow
 * client cut off by the request timeout on a real socket while others are still answered.
 */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { test } from 'node:test';
import { bundledKb } from '../kb/load.ts';
import { createServer } from './app.ts';

test('every answer carries the security headers, a CSP without script, and no CORS header', async () => {
  const app = await createServer();
  for (const url of ['/', '/docs', '/openapi.json', '/healthz', '/nowhere', '/assets/app.css']) {
    const res = await app.inject({ method: 'GET', url, headers: { origin: 'https://elsewhere.example' } });
    const csp = res.headers['content-security-policy'] as string;
    assert.match(csp, /default-src 'none'/, url);
    assert.match(csp, /script-src 'none'/, url);
    assert.match(csp, /frame-ancestors 'none'/, url);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, url);
    assert.equal(res.headers['x-content-type-options'], 'nosniff', url);
    assert.equal(res.headers['referrer-policy'], 'no-referrer', url);
    assert.ok(res.headers['x-frame-options'], url);
    assert.equal(res.headers['access-control-allow-origin'], undefined, `${url}: CORS is off`);
  }
  const pre = await app.inject({
    method: 'OPTIONS',
    url: '/v1/analyze',
    headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST' },
  });
  assert.equal(pre.headers['access-control-allow-origin'], undefined);
  await app.close();
});

test('GET /healthz and GET /readyz answer without a store', async () => {
  const app = await createServer();
  const h = await app.inject({ method: 'GET', url: '/healthz' });
  assert.equal(h.statusCode, 200);
  assert.deepEqual(h.json(), { status: 'ok' });
  const r = await app.inject({ method: 'GET', url: '/readyz' });
  assert.deepEqual(r.json(), { status: 'ready', store: null });
  await app.close();
});

test('/readyz is 503 when the store stops answering', async () => {
  const corpus = {
    engine: 'test',
    articles: async () => {
      throw new Error('gone');
    },
    close: async () => {},
  };
  const app = await createServer({ corpus: corpus as never });
  const r = await app.inject({ method: 'GET', url: '/readyz' });
  assert.equal(r.statusCode, 503);
  assert.deepEqual(r.json(), { status: 'unavailable', store: 'test' });
  await app.close();
});

test('a client over the rate limit gets 429 problem+json with Retry-After; another client is still served', async () => {
  const app = await createServer({ rateLimit: 3 });
  const from = (ip: string) =>
    app.inject({ method: 'POST', url: '/v1/analyze', remoteAddress: ip, payload: { text: 'A short text.' } });
  for (let i = 0; i < 3; i++) assert.equal((await from('10.0.0.1')).statusCode, 200);
  const limited = await from('10.0.0.1');
  assert.equal(limited.statusCode, 429);
  assert.match(limited.headers['content-type'] as string, /^application\/problem\+json/);
  assert.equal(limited.json().code, 'HS_RATE_LIMITED');
  assert.ok(Number(limited.headers['retry-after']) > 0);
  assert.equal((await from('10.0.0.2')).statusCode, 200, 'another client is unaffected');
  const probe = await app.inject({ method: 'GET', url: '/healthz', remoteAddress: '10.0.0.1' });
  assert.equal(probe.statusCode, 200, 'probes are not rate limited');
  await app.close();
});

/** Sends raw bytes and resolves with everything the server wrote before closing the socket. */
const rawExchange = (port: number, head: string, keepOpenMs: number): Promise<{ data: string; ms: number }> =>
  new Promise((resolve, reject) => {
    const t0 = Date.now();
    const s = connect(port, '127.0.0.1', () => s.write(head));
    let data = '';
    s.on('data', (d) => {
      data += d.toString();
    });
    s.on('error', reject);
    s.on('close', () => resolve({ data, ms: Date.now() - t0 }));
    setTimeout(() => s.destroy(), keepOpenMs);
  });

test('a client that sends its body too slowly is cut off with 408, and the server keeps answering others', async () => {
  const app = await createServer({ requestTimeoutMs: 1000 });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const port = (app.server.address() as AddressInfo).port;
  const slow = rawExchange(
    port,
    'POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\nA few',
    8000,
  );
  const noHeaders = rawExchange(port, 'GET /healthz HTTP/1.1\r\nHost: x\r\n', 8000);
  const ok = await fetch(`http://127.0.0.1:${port}/healthz`);
  assert.equal(ok.status, 200, 'others are answered while the slow client waits');
  const cut = await slow;
  assert.match(cut.data, /^HTTP\/1\.1 408/, 'the slow client gets 408');
  assert.match(cut.data, /"code":"HS_REQUEST_TIMEOUT"/, 'as problem+json');
  assert.match((await noHeaders).data, /^HTTP\/1\.1 408/, 'headers that never end get 408 too');
  assert.ok(cut.ms < 8000, 'and its socket is closed before it gives up');
  const after = await fetch(`http://127.0.0.1:${port}/healthz`);
  assert.equal(after.status, 200);
  await app.close();
});

test('warm with no pool (pool: null) warms the main thread: it analyses the warm-up article', async () => {
  // the analyses read the knowledge base; starting the server without warming reads none of it
  let reads = 0;
  const counted = (warm: boolean) =>
    createServer({
      pool: null,
      warm,
      warmRuns: 1,
      kb: new Proxy(bundledKb(), {
        get: (target, key, receiver) => {
          reads++;
          return Reflect.get(target, key, receiver);
        },
      }),
    });
  const cold = await counted(false);
  const coldReads = reads;
  await cold.close();
  reads = 0;
  const warm = await counted(true);
  assert.ok(reads > coldReads, `${reads} reads of the knowledge base warming, ${coldReads} without`);
  await warm.close();
});
