/**
 * The SSRF guard, on real sockets: only loopback servers are ever contacted. A name that resolves to
 * loopback is refused after resolution; with allowPrivate the same fetch reaches the page.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { forbiddenAddress, guardedAgent, guardedFetch, type Resolver } from './ssrf.ts';

test('forbiddenAddress refuses loopback, private, link-local, metadata and mapped addresses', () => {
  const refused = [
    '127.0.0.1',
    '127.8.9.10',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '::1',
    '::',
    'fe80::1',
    'fc00::1',
    'fd00:ec2::254',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    '[::1]',
  ];
  for (const a of refused) assert.notEqual(forbiddenAddress(a), null, a);
  assert.equal(forbiddenAddress('169.254.169.254'), 'a link-local or cloud metadata address');
  assert.equal(forbiddenAddress('::ffff:127.0.0.1'), 'a loopback address');
  for (const a of ['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:4700::1111', '::ffff:8.8.8.8'])
    assert.equal(forbiddenAddress(a), null, a);
  assert.equal(forbiddenAddress('example.com'), 'not an IP address');
});

let server: Server;
let port = 0;
before(async () => {
  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' }).end('a page');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});
after(() => new Promise<void>((r) => server.close(() => r())));

/** Maps one invented public-looking name to loopback, as a hostile DNS record would. */
const rebinding: Resolver = async (host) => {
  if (host === 'news.example') return [{ address: '127.0.0.1', family: 4 }];
  throw Object.assign(new Error(`no such host ${host}`), { code: 'ENOTFOUND' });
};

test('a name that resolves to loopback is refused after resolution, and the page is never fetched', async () => {
  let hits = 0;
  server.once('request', () => hits++);
  const agent = guardedAgent({ resolver: rebinding });
  const g = guardedFetch(agent);
  await assert.rejects(g.fetch(`http://news.example:${port}/`));
  assert.equal(g.refused()?.detail, 'news.example (127.0.0.1, a loopback address)');
  assert.equal(hits, 0);
  await agent.close();
});

test('an IP literal in a forbidden range is refused before any connection', async () => {
  const agent = guardedAgent({ resolver: rebinding });
  const g = guardedFetch(agent);
  await assert.rejects(g.fetch(`http://127.0.0.1:${port}/`));
  assert.equal(g.refused()?.detail, '127.0.0.1 (a loopback address)');
  const g6 = guardedFetch(agent);
  await assert.rejects(g6.fetch(`http://[::1]:${port}/`));
  assert.equal(g6.refused()?.detail, '::1 (a loopback address)');
  await agent.close();
});

test('with allowPrivate the same names reach the loopback server', async () => {
  const agent = guardedAgent({ resolver: rebinding, allowPrivate: true });
  const g = guardedFetch(agent, { allowPrivate: true });
  const res = await g.fetch(`http://news.example:${port}/`);
  assert.equal(await res.text(), 'a page');
  const res2 = await g.fetch(`http://127.0.0.1:${port}/`);
  assert.equal(res2.status, 200);
  await res2.text();
  assert.equal(g.refused(), null);
  await agent.close();
});

test('a name that does not resolve is a network failure, not a refusal', async () => {
  const agent = guardedAgent({ resolver: rebinding });
  const g = guardedFetch(agent);
  await assert.rejects(g.fetch(`http://nowhere.example:${port}/`));
  assert.equal(g.refused(), null);
  await agent.close();
});
