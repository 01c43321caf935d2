/**
 * `hearsay serve --redis` as a person runs it: a URL that is not Redis, or a Redis that does not answer,
 * is a one-line registry error and a non-zero exit before anything listens.
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { hearsay } from '../queue/run.ts';

test('serve --redis: a bad URL and an unreachable Redis are one-line errors', async () => {
  const bad = await hearsay(['serve', '--redis', 'http://example.invalid', '--port', '0']);
  assert.equal(bad.code, 2);
  assert.equal(
    bad.stderr,
    'hearsay: HS_BAD_REDIS_URL bad Redis URL http://example.invalid: write redis://host:port[/db]\n',
  );
  const down = await hearsay(['serve', '--redis', 'redis://127.0.0.1:1', '--port', '0']);
  assert.equal(down.code, 4);
  assert.equal(
    down.stderr,
    'hearsay: HS_REDIS_UNREACHABLE cannot reach Redis at redis://127.0.0.1:1: start redis-server or check --redis\n',
  );
});

test('serve --port: a port out of range is refused at once; a port in use exits with HS_LISTEN_FAILED', {
  timeout: 120_000,
}, async () => {
  const out = await hearsay(['serve', '--port', '65536']);
  assert.equal(out.code, 2);
  assert.equal(
    out.stderr,
    "hearsay: HS_BAD_OPTION option '--port <n>' argument '65536' is invalid. give a port from 0 (any free one) to 65535\n",
  );
  const taken = createServer();
  await new Promise<void>((r) => taken.listen(0, '127.0.0.1', r));
  const port = (taken.address() as AddressInfo).port;
  try {
    // the analysis threads have started by then: the process must still exit, not hang on them
    const busy = await hearsay(['serve', '--port', String(port), '--workers', '1']);
    assert.equal(busy.code, 2);
    assert.equal(busy.stderr, `hearsay: HS_LISTEN_FAILED cannot listen on 127.0.0.1:${port} (EADDRINUSE)\n`);
  } finally {
    taken.close();
  }
});
