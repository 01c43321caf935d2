/**
 * The store's schema as numbered migrations, applied in order when a store opens. One text serves
 * both engines: `{blob}` becomes BLOB (SQLite) or BYTEA (PostgreSQL), `{without_rowid}` clusters a SQLite
 * table by its key (PostgreSQL has no such clause); everything else is SQL both accept.
 * Never edit a released migration: add the next one.
 */

/** One schema step: one text for both engines, or one per engine where they must differ. */
export interface Migration {
  readonly version: number;
  readonly sql: string | { readonly sqlite: string; readonly postgres: string };
}

/**
 * Migration 3's move of one table's LSH band rows (`lshTable`, a row per band) into an array column
 * `bands` of `table`, keyed by `hash`, under a GIN index. Frozen: the SQL it writes is pinned by the
 * migration test that migrates schema-2 band rows.
 */
const bandsColumn = (
  table: string,
  hash: string,
  lshTable: string,
): string => `ALTER TABLE ${table} ADD COLUMN bands INTEGER[];
UPDATE ${table} t SET bands = l.b
FROM (SELECT ${hash}, array_agg(bucket ORDER BY band) AS b FROM ${lshTable} GROUP BY ${hash}) l
WHERE l.${hash} = t.${hash};
DROP TABLE ${lshTable};
CREATE INDEX ${table}_bands ON ${table} USING gin (bands);`;

/** Every migration, oldest first. `LATEST` is the schema this code reads and writes. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: `
CREATE TABLE articles (
  id TEXT PRIMARY KEY,
  url TEXT,
  outlet TEXT NOT NULL,
  outlet_name TEXT NOT NULL,
  date TEXT NOT NULL,
  month TEXT NOT NULL,
  title TEXT,
  content_hash TEXT NOT NULL,
  schema_version TEXT NOT NULL,
  text_hash TEXT NOT NULL,
  score DOUBLE PRECISION,
  score10 INTEGER,
  band TEXT,
  words INTEGER NOT NULL,
  quotes INTEGER NOT NULL,
  quoted_words INTEGER NOT NULL,
  anon_words INTEGER NOT NULL,
  named_sources INTEGER NOT NULL,
  anonymous_sources INTEGER NOT NULL,
  claims INTEGER NOT NULL,
  weak_claims INTEGER NOT NULL,
  agentless INTEGER NOT NULL,
  inconsistent INTEGER NOT NULL,
  record TEXT NOT NULL,
  stored_at TEXT NOT NULL
);
CREATE INDEX articles_outlet_date ON articles (outlet, date);
CREATE INDEX articles_date ON articles (date, id);
CREATE INDEX articles_text_hash ON articles (text_hash);
CREATE TABLE reports (article_id TEXT PRIMARY KEY, report {blob} NOT NULL);
CREATE TABLE quotes (
  article_id TEXT NOT NULL,
  n INTEGER NOT NULL,
  quote_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  speaker TEXT NOT NULL,
  speaker_kind TEXT NOT NULL,
  source_id TEXT,
  listener TEXT,
  listener_outlet TEXT,
  words INTEGER NOT NULL,
  agentless INTEGER NOT NULL,
  text TEXT NOT NULL,
  norm_hash TEXT,
  PRIMARY KEY (article_id, n)
);
CREATE INDEX quotes_norm ON quotes (norm_hash);
CREATE TABLE sources (
  article_id TEXT NOT NULL,
  source_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  outlet_key TEXT,
  quotes INTEGER NOT NULL,
  quoted_words INTEGER NOT NULL,
  entity_id TEXT,
  PRIMARY KEY (article_id, source_id)
);
CREATE TABLE credits (
  article_id TEXT NOT NULL,
  outlet_key TEXT NOT NULL,
  PRIMARY KEY (article_id, outlet_key)
);
CREATE TABLE entities (
  article_id TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  kb_id TEXT,
  gender TEXT,
  mentions TEXT NOT NULL,
  PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX entities_name ON entities (name_key);
CREATE TABLE claims (
  article_id TEXT NOT NULL,
  claim_id TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  voice TEXT,
  content TEXT NOT NULL,
  checkable TEXT,
  source_id TEXT,
  source_kind TEXT NOT NULL,
  quote_id TEXT,
  hedges INTEGER NOT NULL,
  PRIMARY KEY (article_id, claim_id)
);
CREATE TABLE claim_about (
  article_id TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  claim_id TEXT NOT NULL,
  PRIMARY KEY (article_id, entity_id, claim_id)
);
CREATE TABLE checks (
  article_id TEXT NOT NULL,
  n INTEGER NOT NULL,
  kind TEXT NOT NULL,
  status TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  detail TEXT NOT NULL,
  PRIMARY KEY (article_id, n)
);
CREATE TABLE quote_texts (norm_hash TEXT PRIMARY KEY, norm TEXT NOT NULL, sig {blob} NOT NULL);
CREATE TABLE quote_lsh (
  band INTEGER NOT NULL,
  bucket INTEGER NOT NULL,
  norm_hash TEXT NOT NULL,
  PRIMARY KEY (band, bucket, norm_hash)
);
CREATE TABLE texts (text_hash TEXT PRIMARY KEY, sig {blob} NOT NULL);
CREATE TABLE story_lsh (
  band INTEGER NOT NULL,
  bucket INTEGER NOT NULL,
  text_hash TEXT NOT NULL,
  PRIMARY KEY (band, bucket, text_hash)
);
CREATE TABLE outlet_months (
  outlet TEXT NOT NULL,
  month TEXT NOT NULL,
  outlet_name TEXT NOT NULL,
  articles INTEGER NOT NULL,
  words INTEGER NOT NULL,
  quotes INTEGER NOT NULL,
  quoted_words INTEGER NOT NULL,
  anon_words INTEGER NOT NULL,
  named_sources INTEGER NOT NULL,
  claims INTEGER NOT NULL,
  weak_claims INTEGER NOT NULL,
  agentless INTEGER NOT NULL,
  inconsistent INTEGER NOT NULL,
  scored INTEGER NOT NULL DEFAULT 0,
  median2 INTEGER,
  PRIMARY KEY (outlet, month)
);
CREATE TABLE outlet_scores (
  outlet TEXT NOT NULL,
  month TEXT NOT NULL,
  score10 INTEGER NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (outlet, month, score10)
);
`,
  },
  {
    // quotation trails precomputed (issue 12: `quotes --trace` for one quotation in under 100 ms on a
    // million articles): every printing of a traced quotation with what the trail shows of its article,
    // clustered by (norm_hash, date) so one range read answers; the old index on quotes.norm_hash goes.
    version: 2,
    sql: `
CREATE TABLE quote_trail (
  norm_hash TEXT NOT NULL,
  date TEXT NOT NULL,
  article_id TEXT NOT NULL,
  n INTEGER NOT NULL,
  outlet TEXT NOT NULL,
  outlet_name TEXT NOT NULL,
  title TEXT,
  url TEXT,
  text TEXT NOT NULL,
  speaker TEXT NOT NULL,
  speaker_kind TEXT NOT NULL,
  listener_outlet TEXT,
  credits TEXT,
  PRIMARY KEY (norm_hash, date, article_id, n)
){without_rowid};
INSERT INTO quote_trail (norm_hash, date, article_id, n, outlet, outlet_name, title, url, text, speaker,
  speaker_kind, listener_outlet, credits)
SELECT q.norm_hash, a.date, q.article_id, q.n, a.outlet, a.outlet_name, a.title, a.url, q.text, q.speaker,
  q.speaker_kind, q.listener_outlet, c.credits
FROM quotes q JOIN articles a ON a.id = q.article_id
LEFT JOIN (SELECT article_id, string_agg(outlet_key, ' ' ORDER BY outlet_key) AS credits FROM credits
  GROUP BY article_id) c ON c.article_id = q.article_id
WHERE q.norm_hash IS NOT NULL
ORDER BY q.norm_hash, a.date, q.article_id, q.n;
CREATE INDEX quote_trail_article ON quote_trail (article_id);
DROP INDEX quotes_norm;
`,
  },
  {
    // LSH bands as one array per quotation and per text on PostgreSQL, under a GIN index, instead of
    // a row per band (16 rows per quotation and per article: over half the rows a write made, and
    // the largest share of the server's CPU per article). A band key mixes its band number in, so
    // "shares any key" finds the same candidates as "shares a key in the same band"; the queries
    // still compare positions before the signatures confirm. SQLite keeps its band tables: it has
    // no arrays, and an embedded B-tree insert costs no round trip or server. Reports come deflated:
    // PostgreSQL stores them out of line as they are instead of trying to compress them again.
    version: 3,
    sql: {
      sqlite: 'SELECT 1;',
      postgres: `
${bandsColumn('quote_texts', 'norm_hash', 'quote_lsh')}
${bandsColumn('texts', 'text_hash', 'story_lsh')}
ALTER TABLE reports ALTER COLUMN report SET STORAGE EXTERNAL;
`,
    },
  },
  {
    // PostgreSQL: reports come as their JSON (UTF-8) and the server compresses them with lz4, several
    // times cheaper than the zlib the analysis thread paid for each report (its largest cost of
    // storing one); rows written before stay deflated and read the same (rows.ts, unpackReport). A
    // server built without lz4 falls back to its own pglz. SQLite keeps deflated reports.
    version: 4,
    sql: {
      sqlite: 'SELECT 1;',
      postgres: `
ALTER TABLE reports ALTER COLUMN report SET STORAGE EXTENDED;
DO $$ BEGIN
  ALTER TABLE reports ALTER COLUMN report SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN NULL;
END $$;
`,
    },
  },
  {
    // what read each article: the preset (\`ingest --preset news\`) and the engine's fingerprint
    // (src/pipeline/fingerprint.ts), so \`reanalyze\` finds what an older engine read under the same
    // report schema and reads it again with its own preset. Rows stored before have no fingerprint
    // (''): no engine today has it, so the first \`reanalyze\` reads them again once.
    version: 5,
    sql: `
ALTER TABLE articles ADD COLUMN preset TEXT NOT NULL DEFAULT 'standard';
ALTER TABLE articles ADD COLUMN engine TEXT NOT NULL DEFAULT '';
`,
  },
];

/** The newest schema version this code knows. */
export const LATEST = MIGRATIONS.at(-1)?.version ?? 0;

/** The migration text for one engine. */
export const migrationSql = (m: Migration, engine: 'sqlite' | 'postgres'): string =>
  (typeof m.sql === 'string' ? m.sql : m.sql[engine])
    .replaceAll('{blob}', engine === 'sqlite' ? 'BLOB' : 'BYTEA')
    .replaceAll('{without_rowid}', engine === 'sqlite' ? ' WITHOUT ROWID' : '');
