/**
 * The corpus store: `openStore(url)` opens (or creates) a SQLite file or a PostgreSQL database,
 * applies migrations, and returns a `Store` whose methods write reports and answer the corpus
 * questions with plain data. The CLI commands and the HTTP server both use it. See README.md here.
 */
import { closeSync, existsSync, openSync, readSync, statSync, accessSync, constants } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { HearsayError } from '../errors.ts';
import { type Report, SCHEMA_VERSION } from '../report/schema.ts';
import { err, ok, type Result } from '../result.ts';
import { LATEST, MIGRATIONS, migrationSql } from './migrations.ts';
import { medianSql, queries, type Queries } from './queries.ts';
import {
  type ArticleRows,
  articleId,
  CHILD_COLUMNS,
  type ChildTable,
  type CorpusRecord,
  contentHash,
  FIGURES,
  type Figures,
  isWire,
  normalRecord,
  OWN_COLUMNS,
  OWN_TABLES,
  OWN_TYPES,
  ownRows,
  packStored,
  type Reading,
  readingOf,
  recordOfReport,
  rowsOf,
  type WireRows,
  wireRows,
} from './rows.ts';
import { postgresSql, type Sql, type SqlValue, sqliteSql } from './sql.ts';

/** What `putReport` did with one article. */
export type PutOutcome = 'added' | 'replaced' | 'skipped';

/** One report with the record it was analysed from. */
export type PutItem =
  | {
      readonly report: Report;
      readonly record?: CorpusRecord;
      /** The report as JSON, when the caller has it (saves serialising it again). */
      readonly json?: string;
      /** The preset that made the report (standard when not given). */
      readonly preset?: string;
    }
  /** Rows the caller built already with `rowsOf` (ingest does, in its worker threads). */
  | { readonly rows: ArticleRows }
  /** Rows with their own tables as COPY tuples already (`packWire`: the queue's analysis threads). */
  | { readonly wire: WireRows };

/** What is stored for an article: enough to decide whether it needs analysing again. */
export interface StoredVersion {
  readonly contentHash: string;
  readonly schemaVersion: string;
  /** The preset that read it. */
  readonly preset: string;
  /** The fingerprint of the engine that read it ('' for articles stored before fingerprints). */
  readonly engine: string;
}

/** Whether a stored article is what this engine would store for content `hash` read with `reading`. */
export const isCurrent = (v: StoredVersion | undefined, hash: string, reading: Reading): boolean =>
  v !== undefined &&
  v.contentHash === hash &&
  v.schemaVersion === SCHEMA_VERSION &&
  v.preset === reading.preset &&
  v.engine === reading.engine;

/** A store of analysed articles; every method rejects with a `HearsayError` (codes `HS_DB_*`). */
export interface Store extends Queries {
  /** `sqlite` or `postgres`. */
  readonly engine: 'sqlite' | 'postgres';
  /** Where it is: the file path, or the URL without its password. */
  readonly location: string;
  /** Stores one report; skips it when the same record was read by the same schema, preset and engine. */
  putReport(report: Report, record?: CorpusRecord): Promise<PutOutcome>;
  /** Stores many reports in one transaction (all or none); outcomes in the same order. `force` replaces unchanged ones too. */
  putReports(items: readonly PutItem[], opts?: { force?: boolean }): Promise<PutOutcome[]>;
  /** The stored versions of the given article ids (missing ids are absent from the map). */
  versions(ids: readonly string[]): Promise<Map<string, StoredVersion>>;
  /** Closes the connection. */
  close(): Promise<void>;
}

/** How to open a store. */
export interface OpenOptions {
  /** Only read: the file must exist, nothing is created or migrated. */
  readonly readOnly?: boolean;
}

/** The default database: `HEARSAY_DB`, else `hearsay.db` in the working folder. */
export const defaultDb = (): string => process.env.HEARSAY_DB || 'hearsay.db';

/** Whether a `--db` value names a PostgreSQL database. */
export const isPostgresUrl = (s: string): boolean => /^postgres(?:ql)?:\/\//i.test(s);

/** A URL with its password hidden, for messages. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url.replace(/\/\/[^@/]*@/, '//***@');
  }
}

const SQLITE_MAGIC = 'SQLite format 3\0';

function sqliteHeaderOk(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(16);
    const n = readSync(fd, buf, 0, 16, 0);
    return n === 16 && buf.toString('latin1') === SQLITE_MAGIC;
  } finally {
    closeSync(fd);
  }
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
  } catch {
    return false;
  }
  // root passes access(2) for any file: a file with no write bit at all is read-only all the same
  return (statSync(path).mode & 0o222) !== 0;
}

/** Maps a driver error to the registry. */
export function dbError(e: unknown, where: string): HearsayError {
  if (e instanceof HearsayError) return e;
  const code = String((e as { code?: unknown })?.code ?? '');
  const msg = e instanceof Error ? e.message.split('\n')[0]! : String(e);
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'))
    return new HearsayError('HS_DB_CORRUPT', where);
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM')
    return new HearsayError('HS_DB_READONLY', where);
  if (
    [
      'ECONNREFUSED',
      'ENOTFOUND',
      'ETIMEDOUT',
      'ECONNRESET',
      'EHOSTUNREACH',
      '57P01',
      '28P01',
      '28000',
      '3D000',
    ].includes(code) ||
    /timeout|terminated|Connection/i.test(msg)
  )
    return new HearsayError('HS_DB_UNREACHABLE', `${where} (${msg})`);
  return new HearsayError('HS_DB_FAILED', `${where}: ${msg}`);
}

/** The applied migrations' versions, or null for an empty database. */
async function appliedVersions(sql: Sql, where: string): Promise<Set<number> | null> {
  const tables =
    sql.engine === 'sqlite'
      ? await sql.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
      : await sql.all<{ name: string }>(
          'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()',
        );
  if (tables.length === 0) return null;
  if (!tables.some((t) => t.name === 'hearsay_migrations')) throw new HearsayError('HS_DB_FOREIGN', where);
  const rows = await sql.all<{ version: number }>('SELECT version FROM hearsay_migrations');
  return new Set(rows.map((r) => Number(r.version)));
}

// every migration not recorded as applied runs, oldest first: a store whose record lacks one (a
// step taken back by hand) gets it again, not only the ones above the newest recorded
const missing = (done: ReadonlySet<number>) => MIGRATIONS.filter((m) => !done.has(m.version));

async function migrate(sql: Sql, where: string, readOnly: boolean): Promise<void> {
  const applied = await appliedVersions(sql, where);
  const v = applied === null ? null : Math.max(0, ...applied);
  if (v !== null && v > LATEST)
    throw new HearsayError(
      'HS_DB_NEWER',
      `${where} has schema ${v}; this hearsay knows schemas up to ${LATEST}`,
    );
  if (applied !== null && missing(applied).length === 0) return;
  if (readOnly) throw new HearsayError('HS_DB_READONLY', `${where} (its schema needs upgrading)`);
  await sql.tx(async (q) => {
    // concurrent openers (queue workers) wait here; the second finds the work done
    if (q.engine === 'postgres') await q.run('SELECT pg_advisory_xact_lock(4815162342)');
    await q.exec(
      'CREATE TABLE IF NOT EXISTS hearsay_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)',
    );
    const done = new Set(
      (await q.all<{ version: number }>('SELECT version FROM hearsay_migrations')).map((r) =>
        Number(r.version),
      ),
    );
    for (const m of missing(done)) {
      await q.exec(migrationSql(m, q.engine));
      await q.run('INSERT INTO hearsay_migrations (version, applied_at) VALUES (?, ?)', [
        m.version,
        new Date().toISOString(),
      ]);
    }
  });
}

async function openSqlite(path: string, readOnly: boolean): Promise<Sql> {
  const where = path;
  const exists = existsSync(path);
  if (exists) {
    if (!statSync(path).isFile()) throw new HearsayError('HS_DB_CORRUPT', where);
    if (statSync(path).size > 0 && !sqliteHeaderOk(path)) throw new HearsayError('HS_DB_CORRUPT', where);
    if (!readOnly && !writable(path)) throw new HearsayError('HS_DB_READONLY', where);
  } else {
    if (readOnly) throw new HearsayError('HS_DB_NOT_FOUND', where);
    if (!writable(dirname(resolve(path)))) throw new HearsayError('HS_DB_READONLY', where);
  }
  let sql: Sql;
  try {
    sql = sqliteSql(path, { readonly: readOnly, mustExist: readOnly });
  } catch (e) {
    throw dbError(e, where);
  }
  try {
    // check what the file holds before anything writes to it (WAL mode rewrites the header)
    await migrate(sql, where, readOnly);
    if (!readOnly) {
      await sql.exec('PRAGMA journal_mode = WAL');
      await sql.exec('PRAGMA synchronous = NORMAL');
    }
    await sql.exec('PRAGMA busy_timeout = 10000');
    return sql;
  } catch (e) {
    await sql.close().catch(() => {});
    throw dbError(e, where);
  }
}

async function openPostgres(url: string, readOnly: boolean): Promise<Sql> {
  const where = redact(url);
  let sql: Sql;
  try {
    sql = await postgresSql(url);
  } catch (e) {
    const he = dbError(e, where);
    throw he.code === 'HS_DB_FAILED' ? new HearsayError('HS_DB_UNREACHABLE', where) : he;
  }
  try {
    await migrate(sql, where, readOnly);
    return sql;
  } catch (e) {
    await sql.close().catch(() => {});
    throw dbError(e, where);
  }
}

const figureDelta = (f: Figures, sign: 1 | -1): number[] => FIGURES.map((k) => f[k] * sign);

interface OldRow extends Record<string, unknown> {
  id: string;
  content_hash: string;
  schema_version: string;
  preset: string;
  engine: string;
  outlet: string;
  outlet_name: string;
  month: string;
  score10: number | null;
}

const CHILD_TABLES = Object.keys(CHILD_COLUMNS) as ChildTable[];
const IN_CHUNK = 500;
const marks = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

/**
 * Locks the batch's articles, one transaction-scoped advisory lock per article id (a 64-bit hash of
 * it), taken in ascending order so two writers never wait on each other in a cycle. Two writers of
 * the same article (a job run twice) take turns, the second reading what the first stored; writers
 * of different articles go on side by side. The aggregates need no lock of their own: an upsert
 * waits on the outlet-month row it changes, and it runs last, just before the commit.
 */
async function lockArticles(q: Sql, ids: readonly string[]): Promise<void> {
  if (q.engine !== 'postgres' || ids.length === 0) return;
  await q.run(
    `SELECT pg_advisory_xact_lock(k) FROM (
       SELECT DISTINCT hashtextextended(id, 0) AS k FROM unnest(?::text[]) AS u(id) ORDER BY k) s`,
    // pg sends a JS array as an array literal
    [ids as unknown as SqlValue],
  );
}

async function writeBatch(q: Sql, items: readonly PutItem[], force: boolean): Promise<PutOutcome[]> {
  const keys = items.map((it) => {
    if ('rows' in it || 'wire' in it) {
      const r = 'rows' in it ? it.rows : it.wire;
      return {
        id: r.id,
        hash: r.contentHash,
        version: r.schemaVersion,
        reading: { preset: r.preset, engine: r.engine },
        record: null,
      };
    }
    const record = normalRecord(it.record ?? recordOfReport(it.report));
    const version = String((it.report as { schemaVersion?: unknown }).schemaVersion ?? '');
    return {
      id: articleId(record),
      hash: contentHash(record),
      version,
      reading: readingOf(it.preset),
      record,
    };
  });
  // the same article twice in one batch: the later one wins
  const last = new Map<string, number>();
  keys.forEach((k, i) => {
    last.set(k.id, i);
  });
  const ids = [...last.keys()];
  await lockArticles(q, ids);
  const old = new Map<string, OldRow>();
  for (let i = 0; i < ids.length; i += IN_CHUNK) {
    const chunk = ids.slice(i, i + IN_CHUNK);
    const found = await q.all<OldRow>(
      `SELECT id, content_hash, schema_version, preset, engine, outlet, outlet_name, month, score10, 1 AS articles, ${FIGURES.slice(1).join(', ')}
       FROM articles WHERE id IN (${marks(chunk.length)})`,
      chunk,
    );
    for (const f of found) old.set(f.id, f);
  }
  const outcomes: PutOutcome[] = items.map(() => 'skipped');
  const fresh: (ArticleRows | WireRows)[] = [];
  const gone: OldRow[] = [];
  for (const [id, i] of last) {
    const o = old.get(id);
    const k = keys[i]!;
    if (
      o &&
      !force &&
      o.content_hash === k.hash &&
      o.schema_version === k.version &&
      o.preset === k.reading.preset &&
      o.engine === k.reading.engine
    )
      continue;
    outcomes[i] = o ? 'replaced' : 'added';
    if (o) gone.push(o);
    const it = items[i]!;
    fresh.push(
      'rows' in it
        ? it.rows
        : 'wire' in it
          ? it.wire
          : rowsOf(it.report, k.record ?? undefined, new Date(), it.json, k.reading),
    );
  }
  if (fresh.length === 0) return outcomes;

  // a changed article loses all its rows before its new ones go in, in this same transaction
  const goneIds = gone.map((g) => g.id);
  for (let i = 0; i < goneIds.length; i += IN_CHUNK) {
    const chunk = goneIds.slice(i, i + IN_CHUNK);
    for (const t of ['articles', 'reports', ...CHILD_TABLES]) {
      const key = t === 'articles' ? 'id' : 'article_id';
      await q.run(`DELETE FROM ${t} WHERE ${key} IN (${marks(chunk.length)})`, chunk);
    }
  }
  // the fresh articles' own rows cannot conflict (a changed article's went above): COPY on PostgreSQL,
  // of the tuples the analysis threads built where they did; SQLite takes rows, its reports deflated
  const sqlite = q.engine === 'sqlite';
  const rows = fresh.flatMap((r) => (!isWire(r) ? [r] : sqlite ? [wireRows(r)] : []));
  const built = sqlite ? [] : fresh.filter(isWire);
  for (const t of OWN_TABLES) {
    const own = rows.flatMap((r) => ownRows(r, t));
    await q.copyRows(
      t,
      OWN_COLUMNS[t],
      // PostgreSQL compresses the JSON itself (lz4, migration 4); SQLite keeps it deflated
      t === 'reports' && sqlite ? own.map(([id, report]) => [id!, packStored(report as Buffer)]) : own,
    );
    if (built.length > 0)
      await q.copyTuples(
        t,
        OWN_COLUMNS[t],
        OWN_TYPES[t],
        built.map((r) => r.tuples[t]),
      );
  }
  const nothing = 'ON CONFLICT DO NOTHING';
  const quoteTexts = fresh.flatMap((r) => r.quoteTexts);
  const quoteBands = fresh.flatMap((r) => r.quoteBands);
  const texts = fresh.map((r) => r.text);
  const storyBands = fresh.map((r) => r.storyBands);
  if (q.engine === 'postgres') {
    // one array of band keys per row (migration 3), given as an array literal; rows in key order, so
    // two writers inserting the same quotation or text wait for each other in one order, never a cycle
    const literal = (keys: readonly number[]): string => `{${keys.join(',')}}`;
    const byKey = (rows: SqlValue[][]): SqlValue[][] =>
      rows.sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : String(a[0]) > String(b[0]) ? 1 : 0));
    await q.insertMany(
      'quote_texts',
      ['norm_hash', 'norm', 'sig', 'bands'],
      byKey(quoteTexts.map((t, i) => [...t, literal(quoteBands[i]!)])),
      nothing,
    );
    await q.insertMany(
      'texts',
      ['text_hash', 'sig', 'bands'],
      byKey(texts.map((t, i) => [...t, literal(storyBands[i]!)])),
      nothing,
    );
  } else {
    // SQLite: a row per band
    const bandRows = (keys: readonly number[], hash: SqlValue): SqlValue[][] =>
      keys.map((key, band) => [band, key, hash]);
    await q.insertMany('quote_texts', ['norm_hash', 'norm', 'sig'], quoteTexts, nothing);
    await q.insertMany(
      'quote_lsh',
      ['band', 'bucket', 'norm_hash'],
      quoteTexts.flatMap((t, i) => bandRows(quoteBands[i]!, t[0]!)),
      nothing,
    );
    await q.insertMany('texts', ['text_hash', 'sig'], texts, nothing);
    await q.insertMany(
      'story_lsh',
      ['band', 'bucket', 'text_hash'],
      texts.flatMap((t, i) => bandRows(storyBands[i]!, t[0]!)),
      nothing,
    );
  }

  // the outlet × month aggregate moves by the new figures less the replaced ones
  const months = new Map<string, { outlet: string; month: string; name: string; d: number[] }>();
  const scores = new Map<string, [string, string, number, number]>();
  const add = (
    outlet: string,
    month: string,
    name: string,
    d: number[],
    score10: number | null,
    sign: number,
  ) => {
    const key = `${outlet}\u0000${month}`;
    const m = months.get(key) ?? { outlet, month, name, d: FIGURES.map(() => 0) };
    m.d = m.d.map((v, i) => v + d[i]!);
    if (sign > 0) m.name = name;
    months.set(key, m);
    if (score10 !== null) {
      const sk = `${key}\u0000${score10}`;
      const s = scores.get(sk) ?? [outlet, month, score10, 0];
      s[3] += sign;
      scores.set(sk, s);
    }
  };
  for (const g of gone) {
    const f = Object.fromEntries(FIGURES.map((k) => [k, Number(g[k] ?? 0)])) as unknown as Figures;
    add(g.outlet, g.month, g.outlet_name, figureDelta(f, -1), g.score10, -1);
  }
  for (const r of fresh) add(r.outlet, r.month, r.outletName, figureDelta(r.figures, 1), r.score10, 1);
  // a fixed order keeps concurrent writers from deadlocking on aggregate rows
  const sortedMonths = [...months.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, m]) => m);
  await q.insertMany(
    'outlet_months',
    ['outlet', 'month', 'outlet_name', ...FIGURES],
    sortedMonths.map((m) => [m.outlet, m.month, m.name, ...m.d]),
    `ON CONFLICT (outlet, month) DO UPDATE SET outlet_name = excluded.outlet_name, ${FIGURES.map(
      (k) => `${k} = outlet_months.${k} + excluded.${k}`,
    ).join(', ')}`,
  );
  const sortedScores = [...scores.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, s]) => s);
  await q.insertMany(
    'outlet_scores',
    ['outlet', 'month', 'score10', 'n'],
    sortedScores,
    'ON CONFLICT (outlet, month, score10) DO UPDATE SET n = outlet_scores.n + excluded.n',
  );
  if (gone.length > 0) {
    await q.run('DELETE FROM outlet_months WHERE articles <= 0');
    await q.run('DELETE FROM outlet_scores WHERE n <= 0');
  }
  await refreshMedians(q, sortedMonths);
  return outcomes;
}

/** Recomputes the kept median of the given outlet-months (all when none are given) from their score histograms. */
async function refreshMedians(
  q: Sql,
  groups: readonly { outlet: string; month: string }[] | null,
): Promise<void> {
  // two statements per chunk of outlet-months, not two round trips for each one of them
  const chunks: { cond: string; params: string[] }[] = [];
  if (groups === null) chunks.push({ cond: '1 = 1', params: [] });
  for (let i = 0; groups && i < groups.length; i += IN_CHUNK / 2) {
    const chunk = groups.slice(i, i + IN_CHUNK / 2);
    chunks.push({
      cond: chunk.map(() => '(outlet = ? AND month = ?)').join(' OR '),
      params: chunk.flatMap((g) => [g.outlet, g.month]),
    });
  }
  for (const { cond, params } of chunks) {
    // an outlet-month with no scored article left keeps no median
    await q.run(`UPDATE outlet_months SET scored = 0, median2 = NULL WHERE ${cond}`, params);
    await q.run(
      `UPDATE outlet_months AS o SET scored = m.scored,
         median2 = CASE WHEN m.scored > 0 THEN m.lo + m.hi END
       FROM (${medianSql(`SELECT outlet, month, score10, n FROM outlet_scores WHERE ${cond}`)}) m
       WHERE o.outlet = m.outlet AND o.month = m.month`,
      params,
    );
  }
}

function storeOf(sql: Sql, location: string): Store {
  const guard = async <T>(f: () => Promise<T>): Promise<T> => {
    try {
      return await f();
    } catch (e) {
      throw dbError(e, location);
    }
  };
  const q = queries(sql);
  const wrapped = Object.fromEntries(
    Object.entries(q).map(([k, f]) => [
      k,
      k === 'exportRows' || k === 'storedRecords'
        ? f
        : (...args: unknown[]) => guard(() => (f as (...a: unknown[]) => Promise<unknown>)(...args)),
    ]),
  ) as unknown as Queries;
  const putReports = (items: readonly PutItem[], opts: { force?: boolean } = {}) =>
    items.length === 0 ? Promise.resolve([]) : guard(() => sql.tx((t) => writeBatch(t, items, !!opts.force)));
  return {
    ...wrapped,
    engine: sql.engine,
    location,
    putReports,
    putReport: async (report, record) => (await putReports([{ report, ...(record ? { record } : {}) }]))[0]!,
    versions: (ids) =>
      guard(async () => {
        const out = new Map<string, StoredVersion>();
        for (let i = 0; i < ids.length; i += IN_CHUNK) {
          const chunk = ids.slice(i, i + IN_CHUNK);
          const rows = await sql.all<{
            id: string;
            content_hash: string;
            schema_version: string;
            preset: string;
            engine: string;
          }>(
            `SELECT id, content_hash, schema_version, preset, engine FROM articles WHERE id IN (${marks(chunk.length)})`,
            chunk,
          );
          for (const r of rows)
            out.set(r.id, {
              contentHash: r.content_hash,
              schemaVersion: r.schema_version,
              preset: r.preset,
              engine: r.engine,
            });
        }
        return out;
      }),
    close: () => sql.close(),
  };
}

/** Opens the store at a file path or `postgres://` URL (default `defaultDb()`), migrating it to the latest schema. */
export async function openStore(
  url: string = defaultDb(),
  opts: OpenOptions = {},
): Promise<Result<Store, HearsayError>> {
  const readOnly = !!opts.readOnly;
  try {
    if (isPostgresUrl(url)) return ok(storeOf(await openPostgres(url, readOnly), redact(url)));
    return ok(storeOf(await openSqlite(url, readOnly), url));
  } catch (e) {
    return err(dbError(e, isPostgresUrl(url) ? redact(url) : url));
  }
}

/** Recomputes the outlet × month aggregates from the articles (after bulk loads that bypass `putReports`). */
export async function rebuildAggregates(sql: Sql): Promise<void> {
  await sql.tx(async (q) => {
    await q.run('DELETE FROM outlet_months');
    await q.run('DELETE FROM outlet_scores');
    await q.run(
      `INSERT INTO outlet_months (outlet, month, outlet_name, ${FIGURES.join(', ')})
       SELECT outlet, month, MAX(outlet_name), COUNT(*), ${FIGURES.slice(1)
         .map((k) => `SUM(${k})`)
         .join(', ')}
       FROM articles GROUP BY outlet, month`,
    );
    await q.run(
      `INSERT INTO outlet_scores (outlet, month, score10, n)
       SELECT outlet, month, score10, COUNT(*) FROM articles
       WHERE score10 IS NOT NULL GROUP BY outlet, month, score10`,
    );
    await refreshMedians(q, null);
  });
}
