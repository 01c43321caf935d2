/**
 * `hearsay serve --redis` as a person runs it: a URL that is not Redis, or a Redis that does not answer,
 * is a one-line registry error and a non-zero exit before anything listens; `--workers 0` runs in a
 * node whose young generation is sized for a server.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { semiSpaceRestart } from '../../src/cli/serve.ts';
import { SERVER_DEFAULTS } from '../../src/server/defaults.ts';
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
    // relaunched (--workers 0): the child's one line and exit code, nothing more from the parent
    const inTurns = await hearsay(['serve', '--port', String(port), '--workers', '0']);
    assert.equal(inTurns.code, 2);
    assert.equal(inTurns.stderr, busy.stderr);
  } finally {
    taken.close();
  }
});

test('serve --workers 0 runs again in a node with SERVER_DEFAULTS.semiSpaceMb (the main thread analyses), and passes SIGTERM on', {
  timeout: 120_000,
}, async () => {
  assert.equal(SERVER_DEFAULTS.semiSpaceMb, 64);
  assert.deepEqual(semiSpaceRestart([], undefined), [`--max-semi-space-size=${SERVER_DEFAULTS.semiSpaceMb}`]);
  // a size of node's own wins, on its command line (either spelling) or in NODE_OPTIONS
  assert.equal(semiSpaceRestart(['--max_semi_space_size=8'], undefined), null);
  assert.equal(semiSpaceRestart([], '--max-old-space-size=900 --max-semi-space-size=32'), null);
  assert.deepEqual(semiSpaceRestart([], '--max-semi-space-size-x=1'), semiSpaceRestart([], undefined));

  const parent = spawn(
    process.execPath,
    ['--import', 'tsx', 'test/queue/cli.ts', 'serve', '--workers', '0', '--port', '0'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  const url = await new Promise<string>((resolve, reject) => {
    parent.stderr.on('data', (d) => {
      stderr += d;
      const m = /serving (http:\/\/\S+)/.exec(stderr);
      if (m) resolve(m[1]!);
    });
    parent.once('exit', (c) => reject(new Error(`exited ${c}: ${stderr}`)));
  });
  const health = await fetch(`${url}healthz`);
  assert.equal(health.status, 200);
  const children = execFileSync('ps', ['-o', 'args=', '--ppid', String(parent.pid)], { encoding: 'utf8' });
  assert.match(children, new RegExp(`--max-semi-space-size=${SERVER_DEFAULTS.semiSpaceMb} `));
  const exited = new Promise<number | null>((r) => parent.once('exit', (c) => r(c)));
  parent.kill('SIGTERM');
  assert.equal(await exited, 0);
  await assert.rejects(fetch(`${url}healthz`));
  assert.equal(stderr.match(/serving/g)?.length, 1);
});
