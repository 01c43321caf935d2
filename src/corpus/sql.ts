/**
 * The two engines behind one small async interface: better-sqlite3 (embedded, one file) and pg
 * (a shared PostgreSQL server). Every query of the store is written once, with `?` placeholders
 * and SQL both engines accept; this module turns `?` into `$n` for PostgreSQL and batches inserts.
 */
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import type pg from 'pg';
import { copyBinary, decodeTuples, joinTuples, numberIn, type SqlValue } from './copy.ts';

export { copyBinary, copyTuples, decodeTuples, numberIn } from './copy.ts';

/** A value a query takes or returns. */
export type { SqlValue } from './copy.ts';

/** A database connection of either engine, with the few operations the store needs. */
export interface Sql {
  /** Which engine this is. */
  readonly engine: 'sqlite' | 'postgres';
  /** All rows of a query. */
  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** The first row of a query, or undefined. */
  get<T>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  /** Runs a statement; resolves with the number of rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /** Runs several `;`-separated statements (migrations). */
  exec(sql: string): Promise<void>;
  /** Inserts many rows into a table (one statement per chunk on PostgreSQL, one prepared statement on SQLite). */
  insertMany(
    table: string,
    columns: readonly string[],
    rows: readonly SqlValue[][],
    conflict?: string,
  ): Promise<void>;
  /**
   * Inserts rows that cannot conflict (a fresh article's own rows): PostgreSQL's COPY in its binary
   * form (`copyBinary`), SQLite's prepared insert. A row that does conflict fails the statement.
   */
  copyRows(table: string, columns: readonly string[], rows: readonly SqlValue[][]): Promise<void>;
  /**
   * Inserts rows that cannot conflict given as COPY binary tuples (`copyTuples`) written for column
   * `types`: PostgreSQL copies them as they are when its columns have those types; otherwise, and on
   * SQLite, they are decoded and inserted as `copyRows` inserts rows.
   */
  copyTuples(
    table: string,
    columns: readonly string[],
    types: ReadonlyMap<string, string>,
    tuples: readonly Uint8Array[],
  ): Promise<void>;
  /** Streams the rows of a query without holding them all. */
  iterate<T>(sql: string, params?: readonly SqlValue[]): AsyncIterable<T>;
  /** Runs `fn` in one transaction: all of it is stored, or none. */
  tx<T>(fn: (q: Sql) => Promise<T>): Promise<T>;
  /** Closes the connection. */
  close(): Promise<void>;
}

/** Opens a SQLite file (created if missing unless `mustExist`) as an `Sql`. */
export function sqliteSql(path: string, opts: { readonly?: boolean; mustExist?: boolean } = {}): Sql {
  const db = new Database(path, { readonly: !!opts.readonly, fileMustExist: !!opts.mustExist });
  const cache = new Map<string, Database.Statement>();
  const prep = (sql: string): Database.Statement => {
    let s = cache.get(sql);
    if (!s) {
      s = db.prepare(sql);
      cache.set(sql, s);
    }
    return s;
  };
  // better-sqlite3 is synchronous: a queue keeps one async transaction from interleaving with another
  let queue: Promise<unknown> = Promise.resolve();
  const self: Sql = {
    engine: 'sqlite',
    all: async <T>(sql: string, params: readonly SqlValue[] = []) => prep(sql).all(...params) as T[],
    get: async <T>(sql: string, params: readonly SqlValue[] = []) =>
      prep(sql).get(...params) as T | undefined,
    run: async (sql, params = []) => prep(sql).run(...params).changes,
    exec: async (sql) => {
      db.exec(sql);
    },
    insertMany: async (table, columns, rows, conflict = '') => {
      if (rows.length === 0) return;
      const s = prep(
        `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')}) ${conflict}`,
      );
      for (const r of rows) s.run(...r);
    },
    copyRows: (table, columns, rows) => self.insertMany(table, columns, rows),
    copyTuples: (table, columns, types, tuples) =>
      self.insertMany(
        table,
        columns,
        tuples.flatMap((t) => decodeTuples(types, columns, t)),
      ),
    iterate: <T>(sql: string, params: readonly SqlValue[] = []) => {
      const it = db.prepare(sql).iterate(...params) as IterableIterator<T>;
      return {
        async *[Symbol.asyncIterator]() {
          yield* it;
        },
      };
    },
    tx: <T>(fn: (q: Sql) => Promise<T>): Promise<T> => {
      const run = async (): Promise<T> => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const v = await fn(self);
          db.exec('COMMIT');
          return v;
        } catch (e) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw e;
        }
      };
      const p = queue.then(run, run);
      queue = p.catch(() => {});
      return p;
    },
    close: async () => {
      await queue;
      db.close();
    },
  };
  return Object.assign(self, { raw: db });
}

/** Turns `?` placeholders into PostgreSQL's `$1, $2, …` (the store's SQL has no `?` in literals). */
export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** A PostgreSQL query: plain text, or a named (prepared once per connection) statement. */
type PgQuery = (sql: string | pg.QueryConfig, params: readonly SqlValue[]) => Promise<pg.QueryResult>;

/** The SQL type of each column of a table, read from the catalogue once per table and connection pool. */
type ColumnTypes = Map<string, Promise<Map<string, string>>>;

async function columnTypes(query: PgQuery, cache: ColumnTypes, table: string): Promise<Map<string, string>> {
  let types = cache.get(table);
  if (!types) {
    types = query(
      `SELECT attname, format_type(atttypid, atttypmod) AS type FROM pg_attribute
       WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped`,
      [table],
    ).then((r) => new Map(r.rows.map((c: { attname: string; type: string }) => [c.attname, c.type])));
    // a failed look-up (the server went away) is not remembered: the next job asks again
    types.catch(() => cache.delete(table));
    cache.set(table, types);
  }
  return types;
}

/**
 * A column's values as a PostgreSQL array literal, the text pg's own `arrayString` makes of them
 * (NULL, numbers as `String(n)`, strings in double quotes with `\\` and `"` escaped), built in one
 * pass: pg runs two regular expressions per value, over every value of a job's rows.
 */
export function pgArrayLiteral(values: readonly unknown[]): string {
  let out = '{';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) out += ',';
    const v = values[i];
    if (v === null || v === undefined) out += 'NULL';
    else if (typeof v === 'number') out += `"${v}"`;
    else {
      const t = String(v);
      out +=
        t.indexOf('"') < 0 && t.indexOf('\\') < 0
          ? `"${t}"`
          : `"${t.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
    }
  }
  return `${out}}`;
}

/** The few calls of pg's Connection a COPY makes. */
interface CopyConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
}

/**
 * The bytes of one CopyData message: the driver copies each message into its own buffer, so a job's
 * megabytes go as many 128 KB copies rather than one the size of the job, and a message stays far
 * below the server's 1 GB limit on one message however large the job.
 */
export const COPY_CHUNK = 128 * 1024;

/**
 * `COPY … FROM STDIN` as a pg submittable (what pg-copy-streams does, for one buffer already built):
 * pg calls `submit`, the server answers CopyInResponse, the data and CopyDone go out, and the
 * callback has the outcome at ReadyForQuery, or the server's error.
 */
export class CopyIn {
  callback?: (err: Error | null) => void;
  constructor(
    readonly text: string,
    private readonly data: Buffer,
  ) {}
  submit(connection: CopyConnection): void {
    connection.query(this.text);
  }
  handleCopyInResponse(connection: CopyConnection): void {
    // views of the one buffer, no copy of ours: the driver copies each into a message of its own
    for (let at = 0; at < this.data.length; at += COPY_CHUNK)
      connection.sendCopyFromChunk(this.data.subarray(at, at + COPY_CHUNK));
    connection.endCopyFrom();
  }
  handleError(e: Error): void {
    this.callback?.(e);
  }
  handleReadyForQuery(): void {
    this.callback?.(null);
  }
  handleCommandComplete(): void {}
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyData(): void {}
}

/** Runs a COPY on a pg client or pool. */
type PgCopy = (c: CopyIn) => Promise<void>;

/** A runner of submittables (pg.Client, pg.Pool) as a PgCopy. */
const copyOn =
  (runner: { query: (q: CopyIn, cb: (e: Error | null) => void) => unknown }): PgCopy =>
  (c) =>
    new Promise((resolve, reject) => {
      runner.query(c, (e) => (e ? reject(e) : resolve()));
    });

const pgQuery = (sql: string | pg.QueryConfig, params: readonly SqlValue[]): pg.QueryConfig =>
  typeof sql === 'string' ? { text: sql, values: [...params] } : { ...sql, values: [...params] };

function pgOps(query: PgQuery, types: ColumnTypes, copy: PgCopy): Omit<Sql, 'tx' | 'close' | 'iterate'> {
  const ops: Omit<Sql, 'tx' | 'close' | 'iterate'> = {
    engine: 'postgres',
    all: async <T>(sql: string, params: readonly SqlValue[] = []) =>
      (await query(numbered(sql), params)).rows as T[],
    get: async <T>(sql: string, params: readonly SqlValue[] = []) =>
      (await query(numbered(sql), params)).rows[0] as T | undefined,
    run: async (sql, params = []) => (await query(numbered(sql), params)).rowCount ?? 0,
    exec: async (sql) => {
      await query(sql, []);
    },
    // one array per column, unnested by the server: one statement of the same text for any number of
    // rows, so it is parsed and planned once per connection, and the server reads arrays instead of
    // parsing and type-checking a VALUES list of thousands of rows (a third of its CPU per job)
    insertMany: async (table, columns, rows, conflict = '') => {
      if (rows.length === 0) return;
      const t = await columnTypes(query, types, table);
      // unnest flattens an array of arrays: an array column travels as its text literal, cast per row
      const type = (c: string): string => t.get(c) ?? 'text';
      const casts = columns.map((c, j) => `$${j + 1}::${type(c).endsWith('[]') ? 'text' : type(c)}[]`);
      const picks = columns.map((c, j) => (type(c).endsWith('[]') ? `c${j}::${type(c)}` : `c${j}`));
      // the number columns checked as copyRows checks them, so either path takes the same values
      const arrays: unknown[] = columns.map((c, j) => {
        const ty = type(c);
        if (ty !== 'integer' && ty !== 'double precision') return rows.map((r) => r[j] ?? null);
        return rows.map((r) => (r[j] === null || r[j] === undefined ? null : numberIn(ty, r[j] as SqlValue)));
      });
      const texts = arrays.length;
      // a bytea column travels as one binary parameter, its values end to end, and each row's
      // length: in an array it would go as hex text, escaped by the driver and decoded by the
      // server (the packed reports are most of a job's bytes)
      columns.forEach((c, j) => {
        if (type(c) !== 'bytea') return;
        const values = arrays[j] as (Buffer | null)[];
        arrays[j] = values.map((v) => (v === null ? null : v.length));
        arrays.push(Buffer.concat(values.filter((v): v is Buffer => v !== null)));
        const blob = `$${arrays.length}`;
        // the offset of each value: the sum of the lengths before it
        casts[j] = `$${j + 1}::integer[]`;
        picks[j] =
          `substring(${blob}::bytea FROM 1 + (sum(c${j}) OVER (ORDER BY o) - c${j})::integer FOR c${j})`;
      });
      const hasBlob = arrays.length > columns.length;
      // the array parameters as literals (the bytea blob goes as it is)
      for (let j = 0; j < texts; j++) arrays[j] = pgArrayLiteral(arrays[j] as unknown[]);
      const text =
        `INSERT INTO ${table} (${columns.join(', ')}) SELECT ${picks.join(', ')} ` +
        `FROM unnest(${casts.join(', ')})${hasBlob ? ' WITH ORDINALITY' : ''} AS u(${columns
          .map((_, j) => `c${j}`)
          .join(', ')}${hasBlob ? ', o' : ''}) ${hasBlob ? 'ORDER BY o ' : ''}${conflict}`;
      await query(
        { name: `hs_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`, text },
        arrays as never,
      );
    },
    // COPY writes a batch's rows with one multi-row insert per heap page (one WAL record for each,
    // not one per row), and in its binary form the server parses no text at all
    async copyRows(table, columns, rows) {
      if (rows.length === 0) return;
      const data = copyBinary(await columnTypes(query, types, table), columns, rows);
      if (data === null) return ops.insertMany(table, columns, rows);
      await copy(new CopyIn(`COPY ${table} (${columns.join(', ')}) FROM STDIN (FORMAT binary)`, data));
    },
    // the analysis threads built the tuples: the main thread only puts them end to end
    async copyTuples(table, columns, given, tuples) {
      if (tuples.every((t) => t.length === 0)) return;
      const have = await columnTypes(query, types, table);
      if (columns.some((c) => have.get(c) !== given.get(c)))
        return ops.copyRows(
          table,
          columns,
          tuples.flatMap((t) => decodeTuples(given, columns, t)),
        );
      await copy(
        new CopyIn(`COPY ${table} (${columns.join(', ')}) FROM STDIN (FORMAT binary)`, joinTuples(tuples)),
      );
    },
  };
  return ops;
}

/**
 * Rolls back the client's transaction; true when even that fails, i.e. the client has lost its server
 * and must be destroyed on release, never handed out again.
 */
async function rollBack(client: { query: (sql: string) => Promise<unknown> }): Promise<boolean> {
  return client.query('ROLLBACK').then(
    () => false,
    () => true,
  );
}

/** Connects to PostgreSQL; rejects if the server cannot be reached. */
export async function postgresSql(url: string): Promise<Sql> {
  // loaded on first use: a SQLite command never pays for the pg driver
  const { default: pg } = await import('pg');
  // counts and sums come back as numbers, not strings (the store's figures stay far below 2^53)
  const types = {
    getTypeParser: (oid: number, format?: string) => {
      if (oid === 20 || oid === 1700) return (v: string) => Number(v);
      return pg.types.getTypeParser(oid, format as 'text');
    },
  };
  const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 5000, types });
  // an idle client that loses its server must not crash the process: the next query reports it
  pool.on('error', () => {});
  // a checked-out client whose server goes away between two queries of a transaction emits 'error'
  // with no listener of the pool's; without one of its own the process dies on ECONNRESET
  pool.on('connect', (client) => {
    client.on('error', () => {});
  });
  const probe = await pool.connect();
  probe.release();
  const query: PgQuery = (sql, params) => pool.query(pgQuery(sql, params));
  const columns: ColumnTypes = new Map();
  const self: Sql = {
    ...pgOps(query, columns, copyOn(pool as never)),
    iterate: <T>(sql: string, params: readonly SqlValue[] = []) => ({
      async *[Symbol.asyncIterator]() {
        // a cursor-less page walk would need a key; a server-side cursor keeps memory flat for any table
        const client = await pool.connect();
        let broken = false;
        try {
          await client.query('BEGIN');
          await client.query({
            text: `DECLARE hs_cur NO SCROLL CURSOR FOR ${numbered(sql)}`,
            values: [...params],
          });
          for (;;) {
            const page = await client.query('FETCH 1000 FROM hs_cur');
            for (const r of page.rows) yield r as T;
            if (page.rows.length < 1000) break;
          }
          await client.query('COMMIT');
        } catch (e) {
          broken = await rollBack(client);
          throw e;
        } finally {
          client.release(broken);
        }
      },
    }),
    tx: async <T>(fn: (q: Sql) => Promise<T>): Promise<T> => {
      const client = await pool.connect();
      const inner: Sql = {
        ...pgOps((sql, params) => client.query(pgQuery(sql, params)), columns, copyOn(client as never)),
        iterate: self.iterate,
        tx: (f) => f(inner),
        close: async () => {},
      };
      let broken = false;
      try {
        await client.query('BEGIN');
        const v = await fn(inner);
        await client.query('COMMIT');
        return v;
      } catch (e) {
        broken = await rollBack(client);
        throw e;
      } finally {
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
  return self;
}
