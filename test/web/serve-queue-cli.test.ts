/**
 * `hearsay serve --redis` as a person runs it: a URL that is not Redis, or a Redis that does not answer,
 * is a one-line registry error and a non-zero exit before anything listens.
 */
import assert from 'node:assert/strict';
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
