/**
 * The engines the corpus tests run on: SQLite always, PostgreSQL when HEARSAY_TEST_PG names a server
 * (a `postgres://` URL of a database we may create databases from). HEARSAY_REQUIRE_PG=1 (CI) makes a
 * missing server a failure instead of a skip. Each `fresh()` is an empty database of its own.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after } from 'node:test';
import pg from 'pg';

/** One engine under test. */
export interface Engine {
  readonly name: 'sqlite' | 'postgres';
  /** A new, empty database: a file path or a URL. */
  fresh(): Promise<string>;
}

const dirs: string[] = [];
const pgDbs: string[] = [];
let seq = 0;

const sqlite: Engine = {
  name: 'sqlite',
  fresh: async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hearsay-corpus-'));
    dirs.push(dir);
    return path.join(dir, 'test.db');
  },
};

const pgUrl = process.env.HEARSAY_TEST_PG;

const postgres: Engine = {
  name: 'postgres',
  fresh: async () => {
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    const name = `hs_test_${process.pid}_${Date.now().toString(36)}_${seq++}`;
    try {
      await admin.query(`CREATE DATABASE ${name}`);
    } finally {
      await admin.end();
    }
    pgDbs.push(name);
    const u = new URL(pgUrl!);
    u.pathname = `/${name}`;
    return u.toString();
  },
};

after(async () => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  if (pgDbs.length === 0) return;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  for (const d of pgDbs.splice(0))
    await admin.query(`DROP DATABASE IF EXISTS ${d} WITH (FORCE)`).catch(() => {});
  await admin.end();
});

/** The engines to run on; fails at once when PostgreSQL is required and not given. */
export function engines(): Engine[] {
  if (!pgUrl) {
    if (process.env.HEARSAY_REQUIRE_PG === '1')
      assert.fail('HEARSAY_REQUIRE_PG=1 but HEARSAY_TEST_PG names no PostgreSQL server');
    return [sqlite];
  }
  return [sqlite, postgres];
}

/** Every row of the per-article tables and the outlet profile, in a fixed order, without storing times. */
export async function dump(s: {
  exportRows(
    t: 'articles' | 'quotes' | 'claims' | 'sources' | 'entities' | 'checks',
  ): AsyncIterable<Record<string, unknown>>;
  outlets(): Promise<unknown[]>;
}): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const t of ['articles', 'quotes', 'claims', 'sources', 'entities', 'checks'] as const) {
    const rows: string[] = [];
    for await (const r of s.exportRows(t)) {
      const { stored_at: _, ...rest } = r;
      rows.push(JSON.stringify(rest));
    }
    out[t] = rows.sort();
  }
  out.outlets = (await s.outlets()).map((r) => JSON.stringify(r));
  return out;
}
