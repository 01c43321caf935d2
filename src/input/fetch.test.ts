import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { fetchPage } from './fetch.ts';

let server: Server;
let base = '';
const pending = new Set<NodeJS.Timeout>();

before(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const hop = /^\/hop\/(\d+)$/.exec(url.pathname);
    if (url.pathname === '/page') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<p>Café — “quoted” ${req.headers['user-agent']}</p>`);
    } else if (url.pathname === '/latin1') {
      res.writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-1' });
      res.end(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x68, 0x69, 0x94]));
    } else if (hop) {
      const n = Number(hop[1]);
      res.writeHead(301, { location: n > 1 ? `/hop/${n - 1}` : `${base}/page` });
      res.end();
    } else if (url.pathname === '/to-file') {
      res.writeHead(302, { location: 'file:///etc/passwd' });
      res.end();
    } else if (url.pathname === '/big-declared') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(1_000_000) });
      res.end('x'.repeat(1_000_000));
    } else if (url.pathname === '/big-streamed') {
      res.writeHead(200, { 'content-type': 'text/html' });
      let sent = 0;
      const push = (): void => {
        while (sent < 2_000_000 && res.write('y'.repeat(16_384))) sent += 16_384;
        if (sent < 2_000_000) res.once('drain', push);
        else res.end();
      };
      res.on('error', () => undefined);
      push();
    } else if (url.pathname === '/slow') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<p>starting');
      const t = setTimeout(() => res.end('</p>'), 3000);
      pending.add(t);
      res.on('close', () => clearTimeout(t));
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not here');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  for (const t of pending) clearTimeout(t);
  server.closeAllConnections();
  server.close();
});

test('fetches a page, decoding UTF-8 and sending the user agent', async () => {
  const r = await fetchPage(`${base}/page`, { userAgent: 'hearsay-test/1' });
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  assert.equal(r.value.url, `${base}/page`);
  assert.equal(r.value.contentType, 'text/html; charset=utf-8');
  assert.equal(r.value.body, '<p>Café — “quoted” hearsay-test/1</p>');
});

test('decodes a latin1 page as windows-1252', async () => {
  const r = await fetchPage(`${base}/latin1`);
  assert.ok(r.ok);
  assert.equal(r.value.body, 'Café “hi”');
});

test('follows a redirect chain within the limit and reports the final URL', async () => {
  const r = await fetchPage(`${base}/hop/3`, { maxRedirects: 3 });
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  assert.equal(r.value.url, `${base}/page`);
});

test('a redirect chain beyond the limit is HS_FETCH_REDIRECTS', async () => {
  const r = await fetchPage(`${base}/hop/6`, { maxRedirects: 5 });
  assert.ok(!r.ok);
  assert.equal(r.error.code, 'HS_FETCH_REDIRECTS');
});

test('a redirect to a non-http URL is HS_FETCH_PROTOCOL', async () => {
  const r = await fetchPage(`${base}/to-file`);
  assert.ok(!r.ok);
  assert.equal(r.error.code, 'HS_FETCH_PROTOCOL');
});

test('a page over the byte limit is HS_FETCH_TOO_LARGE, by Content-Length or while streaming', async () => {
  for (const path of ['/big-declared', '/big-streamed']) {
    const r = await fetchPage(`${base}${path}`, { maxBytes: 100_000 });
    assert.ok(!r.ok, path);
    assert.equal(r.error.code, 'HS_FETCH_TOO_LARGE', path);
  }
});

test('a slow page is cut off at the timeout with HS_FETCH_TIMEOUT', async () => {
  const started = Date.now();
  const r = await fetchPage(`${base}/slow`, { timeoutMs: 200 });
  assert.ok(!r.ok);
  assert.equal(r.error.code, 'HS_FETCH_TIMEOUT');
  assert.ok(Date.now() - started < 2500, 'gave up well before the server finished');
});

test('a 404 is HS_FETCH_STATUS naming the status', async () => {
  const r = await fetchPage(`${base}/missing`);
  assert.ok(!r.ok);
  assert.equal(r.error.code, 'HS_FETCH_STATUS');
  assert.match(r.error.message, /404/);
});

test('non-http URLs are HS_FETCH_PROTOCOL without any request', async () => {
  for (const url of ['ftp://example.com/a', 'file:///etc/hosts', 'javascript:alert(1)', 'not a url']) {
    const r = await fetchPage(url);
    assert.ok(!r.ok, url);
    assert.equal(r.error.code, 'HS_FETCH_PROTOCOL', url);
  }
});

test('a refused connection is HS_FETCH_FAILED', async () => {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  const r = await fetchPage(`http://127.0.0.1:${port}/`);
  assert.ok(!r.ok);
  assert.equal(r.error.code, 'HS_FETCH_FAILED');
});

test('a kept-alive connection closed under a request is retried once on a fresh one, not failed', async () => {
  // issue 16 item 3: a long analysis between two fetches let the server close the kept-alive socket;
  // the next request went out on it and failed. Here the server drops the second request's socket.
  let n = 0;
  const s = createServer((req, res) => {
    n++;
    if (n === 2) {
      req.socket.destroy();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<p>answer ${n}</p>`);
  });
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(s.address() as AddressInfo).port}/`;
  try {
    const first = await fetchPage(url);
    assert.ok(first.ok);
    assert.equal(first.value.body, '<p>answer 1</p>');
    const second = await fetchPage(url);
    assert.ok(second.ok, second.ok ? '' : second.error.message);
    assert.equal(second.value.body, '<p>answer 3</p>');
  } finally {
    s.close();
  }
});
