/**
 * Every row of a PostgreSQL store, table by table, in a fixed order, for "row for row" comparisons of
 * two stores. Left out: `stored_at` (when a row was written differs by design) and the migrations'
 * bookkeeping. Sums that are floats are rounded to 9 digits, because workers add the same terms in
 * another order than one ingest does.
 */
import pg from 'pg';

const SKIP_COLUMNS = new Set(['stored_at']);

const round = (v: unknown): unknown =>
  typeof v === 'number' && !Number.isInteger(v) ? Number(v.toPrecision(9)) : v;

/** Table name → its rows (as JSON strings, sorted). */
export async function dumpStore(url: string): Promise<Record<string, string[]>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    const out: Record<string, string[]> = {};
    for (const { table_name: t } of tables.rows) {
      if (t === 'hearsay_migrations') continue;
      const cols = await client.query<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1
         ORDER BY ordinal_position`,
        [t],
      );
      const keep = cols.rows.map((c) => c.column_name).filter((c) => !SKIP_COLUMNS.has(c));
      const rows = await client.query(`SELECT ${keep.map((c) => `"${c}"`).join(', ')} FROM "${t}"`);
      out[t] = rows.rows
        .map((r: Record<string, unknown>) =>
          JSON.stringify(keep.map((c) => (Buffer.isBuffer(r[c]) ? r[c].toString('hex') : round(r[c])))),
        )
        .sort();
    }
    return out;
  } finally {
    await client.end();
  }
}
