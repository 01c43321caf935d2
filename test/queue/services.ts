/**
 * Real Redis and PostgreSQL servers for the queue tests. The plain tests use the CI's Redis
 * (HEARSAY_TEST_REDIS); the fault tests start servers of their own on free loopback ports, because
 * they restart them mid-run and must not disturb other test files using the shared ones.
 * Without the env vars the tests skip, unless HEARSAY_REQUIRE_REDIS=1 (CI), where they fail instead.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';

/** The CI's Redis, or null when the tests should skip. */
export function testRedis(): string | null {
  const url = process.env.HEARSAY_TEST_REDIS;
  if (url) return url;
  if (process.env.HEARSAY_REQUIRE_REDIS === '1')
    throw new Error('HEARSAY_REQUIRE_REDIS=1 but HEARSAY_TEST_REDIS is not set');
  return null;
}

/** Why a test skips, or false when it runs: needs Redis, and with `pg` PostgreSQL too. */
export function skipUnless(pg: boolean): string | false {
  if (!testRedis()) return 'set HEARSAY_TEST_REDIS (and HEARSAY_TEST_PG) to run the queue tests';
  if (pg && !process.env.HEARSAY_TEST_PG) {
    if (process.env.HEARSAY_REQUIRE_REDIS === '1')
      throw new Error('the queue fault tests need HEARSAY_TEST_PG');
    return 'set HEARSAY_TEST_PG to run the queue fault tests';
  }
  return false;
}

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function until(what: string, ok: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await ok().catch(() => false)) return;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** A Redis server of our own, with an append-only file so a restart keeps the queue. */
export class OwnRedis {
  private child: ChildProcess | null = null;
  readonly url: string;
  /** The server's process id (for the benchmark's CPU accounting). */
  get pid(): number | undefined {
    return this.child?.pid;
  }
  private constructor(
    readonly port: number,
    private readonly dir: string,
  ) {
    this.url = `redis://127.0.0.1:${port}`;
  }

  /** Starts a server in a fresh temporary directory. */
  static async start(): Promise<OwnRedis> {
    const r = new OwnRedis(await freePort(), mkdtempSync(path.join(tmpdir(), 'hearsay-redis-')));
    await r.up();
    return r;
  }

  private async up(): Promise<void> {
    this.child = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--dir', this.dir, '--save', ''].concat([
        '--appendonly',
        'yes',
        '--appendfsync',
        'always',
      ]),
      { stdio: 'ignore' },
    );
    await until('redis', async () => {
      const c = new Redis(this.url, {
        lazyConnect: true,
        retryStrategy: () => null,
        maxRetriesPerRequest: 0,
      });
      c.on('error', () => {});
      try {
        await c.connect();
        return (await c.ping()) === 'PONG';
      } finally {
        c.disconnect();
      }
    });
  }

  private async down(): Promise<void> {
    const c = this.child;
    if (!c || c.exitCode !== null) return;
    const exited = new Promise((r) => c.once('exit', r));
    c.kill('SIGTERM');
    await exited;
  }

  /** Stops the server (SIGTERM: it writes its append-only file) and starts it again on the same port. */
  async restart(downMs = 1000): Promise<void> {
    await this.down();
    await sleep(downMs);
    await this.up();
  }

  /** Stops the server and removes its files. */
  async stop(): Promise<void> {
    await this.down();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The newest Debian PostgreSQL's programs (as .ci/run picks them). */
const PG_BIN = (() => {
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base) ? readdirSync(base).filter((v) => /^\d+$/.test(v)) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  return path.join(base, newest ?? '15', 'bin');
})();

/** A PostgreSQL cluster of our own in a temporary directory (run as user postgres when we are root). */
export class OwnPostgres {
  private constructor(
    readonly port: number,
    private readonly dir: string,
  ) {}

  /** The postmaster's process id (for the benchmark's CPU accounting). */
  get pid(): number {
    return Number(readFileSync(path.join(this.dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
  }

  /** The URL of database `db`. */
  url(db: string): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${db}`;
  }

  private run(bin: string, args: string[]): void {
    const cmd = path.join(PG_BIN, bin);
    if (process.getuid?.() === 0)
      execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { stdio: 'ignore' });
    else execFileSync(cmd, args, { stdio: 'ignore' });
  }

  /** Creates and starts a cluster with the given databases. */
  static async start(databases: readonly string[]): Promise<OwnPostgres> {
    if (!existsSync(path.join(PG_BIN, 'initdb')))
      throw new Error(`PostgreSQL binaries not found in ${PG_BIN}`);
    const dir = mkdtempSync(path.join(tmpdir(), 'hearsay-pg-'));
    if (process.getuid?.() === 0) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres'])), 0);
    const pg = new OwnPostgres(await freePort(), dir);
    mkdirSync(path.join(dir, 'data'));
    if (process.getuid?.() === 0)
      chownSync(path.join(dir, 'data'), Number(execFileSync('id', ['-u', 'postgres'])), 0);
    pg.run('initdb', ['-D', path.join(dir, 'data'), '-A', 'trust', '-U', 'postgres', '--no-sync']);
    pg.up();
    for (const db of databases)
      pg.run('createdb', ['-h', '127.0.0.1', '-p', String(pg.port), '-U', 'postgres', db]);
    return pg;
  }

  private up(): void {
    this.run('pg_ctl', [
      '-D',
      path.join(this.dir, 'data'),
      '-o',
      `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
      '-l',
      path.join(this.dir, 'pg.log'),
      '-w',
      'start',
    ]);
  }

  /** Stops the server (fast: open connections are cut, as in a real restart) and starts it again. */
  async restart(downMs = 1000): Promise<void> {
    this.run('pg_ctl', ['-D', path.join(this.dir, 'data'), '-m', 'fast', '-w', 'stop']);
    await sleep(downMs);
    this.up();
  }

  /** Stops the server and removes the cluster. */
  async stop(): Promise<void> {
    try {
      this.run('pg_ctl', ['-D', path.join(this.dir, 'data'), '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(this.dir, { recursive: true, force: true });
    }
  }
}
