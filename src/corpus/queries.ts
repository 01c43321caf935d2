/**
 * The corpus questions, written once for both engines: outlet profiles, sources, what is claimed
 * about a person, quotation provenance, stories across outlets, article lists and export. Every
 * function returns plain data; the CLI formats it and the server sends it as JSON.
 */
import { isIsoDate } from '../article.ts';
import { HearsayError } from '../errors.ts';
import type { Report } from '../report/schema.ts';
import {
  bandKeys,
  groupPairs,
  type MinHashOptions,
  normaliseText,
  QUOTE_MINHASH,
  STORY_MINHASH,
  signature,
  sigFromBytes,
  similarity,
} from './minhash.ts';
import { normaliseOutlet } from './outlet.ts';
import { ANONYMOUS_KINDS, type CorpusRecord, FIGURES, NAMED_KINDS, personKey, unpackReport } from './rows.ts';
import type { Sql, SqlValue } from './sql.ts';

/** Filters every question takes: outlet (any of its names or domains), date range, a person named. */
export interface Filters {
  readonly outlet?: string | undefined;
  /** First day, YYYY-MM-DD or YYYY-MM (inclusive). */
  readonly since?: string | undefined;
  /** Last day, YYYY-MM-DD or YYYY-MM (inclusive). */
  readonly until?: string | undefined;
  /** Only articles that name this person. */
  readonly person?: string | undefined;
}

/** One outlet in one month (month null: articles without a date). */
export interface OutletMonth {
  readonly outlet: string;
  readonly name: string;
  readonly month: string | null;
  readonly articles: number;
  readonly quotes: number;
  readonly quotesPerArticle: number;
  readonly quotedWords: number;
  /** Share of quoted words given to anonymous or unnamed sources (null: no quoted words). */
  readonly anonymousQuotedShare: number | null;
  readonly namedSourcesPerArticle: number;
  readonly claims: number;
  /** Share of claims that read minds or tell private facts and rest on anonymous or no sources. */
  readonly privateUnbackedShare: number | null;
  readonly agentlessPerArticle: number;
  readonly inconsistentChecks: number;
  /** Articles with a score, and their median. */
  readonly scored: number;
  readonly medianScore: number | null;
}

/** A source most quoted by an outlet. */
export interface SourceUse {
  readonly outlet: string;
  readonly outletName: string;
  /** `anonymous` (descriptors like "an insider") or `named`. */
  readonly side: 'anonymous' | 'named';
  readonly kind: string;
  readonly source: string;
  readonly articles: number;
  readonly quotes: number;
  readonly quotedWords: number;
}

/** Where an example came from. */
export interface ArticleRef {
  readonly id: string;
  readonly outlet: string;
  readonly outletName: string;
  readonly date: string | null;
  readonly title: string | null;
  readonly url: string | null;
}

/** What is claimed about a person. */
export interface PersonProfile {
  readonly query: string;
  /** The names in the store that matched. */
  readonly names: readonly string[];
  readonly articles: number;
  readonly claims: number;
  /** Counts by content type (fact, mental-state, …) and the kind of source the claim rests on. */
  readonly table: readonly { content: string; source: 'named' | 'anonymous' | 'none'; claims: number }[];
  readonly examples: readonly {
    article: ArticleRef;
    content: string;
    checkable: string | null;
    source: 'named' | 'anonymous' | 'none';
    text: string;
  }[];
}

/** One printing of a traced quotation. */
export interface QuoteUse {
  readonly article: ArticleRef;
  readonly n: number;
  readonly text: string;
  readonly speaker: string;
  readonly speakerKind: string;
  /** Whether this article credits the first outlet ("told Us Weekly", "according to TMZ"); null for the first. */
  readonly creditsFirst: boolean | null;
  /** The outlet this article credits instead, if any. */
  readonly credits: string | null;
}

/** A quotation found in several articles, earliest first. */
export interface QuoteGroup {
  readonly text: string;
  readonly articles: number;
  readonly outlets: number;
  readonly firstOutlet: string;
  readonly credited: number;
  readonly uncredited: number;
  readonly uses: readonly QuoteUse[];
}

/** Near-duplicate articles across outlets, earliest first. */
export interface StoryGroup {
  readonly title: string | null;
  readonly outlets: number;
  readonly firstOutlet: string;
  readonly articles: readonly ArticleRef[];
}

/** One article's stored figures. */
export interface ArticleSummary extends ArticleRef {
  readonly score: number | null;
  readonly band: string | null;
  readonly words: number;
  readonly quotes: number;
  readonly claims: number;
  readonly schemaVersion: string;
}

/** A page of articles and the cursor of the next one (null: last page). */
export interface ArticlePage {
  readonly items: readonly ArticleSummary[];
  readonly next: string | null;
}

/** Tables `export` can stream. */
export const EXPORT_TABLES = ['articles', 'quotes', 'claims', 'sources', 'entities', 'checks'] as const;
/** A table `export` can stream. */
export type ExportTable = (typeof EXPORT_TABLES)[number];

/** The store's questions (see each for what it answers). */
export interface Queries {
  /** Per outlet and month: the sourcing profile, with counts. */
  outlets(f?: Filters): Promise<OutletMonth[]>;
  /** The anonymous descriptors and named sources most quoted, by outlet (`limit` per outlet and side). */
  sources(f?: Filters & { limit?: number }): Promise<SourceUse[]>;
  /** What is claimed about a person, by content type and source, with examples. */
  person(name: string, f?: Filters & { examples?: number }): Promise<PersonProfile>;
  /** Quotation provenance: one quotation's group (`quote` given), or the groups found in several articles. */
  quoteTrace(f?: Filters & { quote?: string; limit?: number }): Promise<QuoteGroup[]>;
  /** Near-duplicate articles across outlets. */
  stories(f?: Filters & { limit?: number }): Promise<StoryGroup[]>;
  /** Articles, newest first, a page at a time. */
  articles(f?: Filters & { cursor?: string | null; limit?: number }): Promise<ArticlePage>;
  /** One article with its full report, or null. */
  article(id: string): Promise<{ article: ArticleSummary; report: Report } | null>;
  /** Counts of what is stored. */
  stats(): Promise<{ articles: number; outlets: number; quotes: number; claims: number }>;
  /** Streams a table's rows (limited to the filtered articles). */
  exportRows(table: ExportTable, f?: Filters): AsyncIterable<Record<string, SqlValue>>;
  /**
   * Streams stored records with the preset that read each (to analyse again): all, or with `stale`
   * only those read by another schema or engine, or (with `stale.preset`) with another preset.
   */
  storedRecords(opts?: {
    stale?: { schema: string; engine: string; preset?: string };
  }): AsyncIterable<{ record: CorpusRecord; preset: string }>;
}

const DAY = /^\d{4}-\d{2}(?:-\d{2})?$/;

function checkDay(s: string | undefined, what: string): void {
  if (s !== undefined && !(DAY.test(s) && isIsoDate(s.length === 7 ? `${s}-01` : s)))
    throw new HearsayError('HS_BAD_DATE', `${JSON.stringify(s)} for ${what}`);
}

/** SQL conditions on `articles a` for the filters (or on another table `a` whose article key is `id`). */
function where(f: Filters, id = 'id'): { sql: string; params: SqlValue[] } {
  const c: string[] = [];
  const p: SqlValue[] = [];
  checkDay(f.since, '--since');
  checkDay(f.until, '--until');
  if (f.outlet) {
    c.push('a.outlet = ?');
    p.push(normaliseOutlet(f.outlet)?.key ?? '');
  }
  if (f.since) {
    c.push("a.date >= ? AND a.date <> ''");
    p.push(f.since.length === 7 ? `${f.since}-01` : f.since);
  }
  if (f.until) {
    c.push("a.date <= ? AND a.date <> ''");
    p.push(f.until.length === 7 ? `${f.until}-31` : f.until);
  }
  if (f.person) {
    c.push(`EXISTS (SELECT 1 FROM entities pe WHERE pe.article_id = a.${id} AND pe.name_key = ?)`);
    p.push(personKey(f.person));
  }
  return { sql: c.length ? c.join(' AND ') : '1 = 1', params: p };
}

const monthOnly = (s: string | undefined, end: boolean): string | null | undefined => {
  if (s === undefined) return undefined;
  if (s.length === 7) return s;
  if (!end && s.endsWith('-01')) return s.slice(0, 7);
  if (end) {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    if (new Date(Date.UTC(y, m, 0)).getUTCDate() === d) return s.slice(0, 7);
  }
  return null;
};

/**
 * Per-group medians of score tenths, computed in the database from a histogram query with columns
 * outlet, month, score10, n: the lower and upper middle values (equal for an odd count), one row per group.
 */
export const medianSql = (hist: string): string => `
  SELECT outlet, month, MAX(total) AS scored,
    MIN(CASE WHEN cum > (total - 1) / 2 THEN score10 END) AS lo,
    MIN(CASE WHEN cum > total / 2 THEN score10 END) AS hi
  FROM (
    SELECT outlet, month, score10,
      SUM(n) OVER (PARTITION BY outlet, month ORDER BY score10 ROWS UNBOUNDED PRECEDING) AS cum,
      SUM(n) OVER (PARTITION BY outlet, month) AS total
    FROM (${hist}) h
  ) x GROUP BY outlet, month`;

const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);
const per = (a: number, b: number): number => (b > 0 ? a / b : 0);

/** Which side a claim's source falls on. */
export function sourceSide(kind: string): 'named' | 'anonymous' | 'none' {
  if (kind === 'none') return 'none';
  if (ANONYMOUS_KINDS.has(kind) || kind === 'unknown') return 'anonymous';
  return 'named';
}

const refOf = (r: Record<string, unknown>): ArticleRef => ({
  id: String(r.id),
  outlet: String(r.outlet),
  outletName: String(r.outlet_name),
  date: r.date ? String(r.date) : null,
  title: (r.title as string | null) ?? null,
  url: (r.url as string | null) ?? null,
});

const REF_COLUMNS = 'a.id, a.outlet, a.outlet_name, a.date, a.title, a.url';

type Row = Record<string, unknown>;

/** Rows grouped by the string value of one column, in their order. */
function rowsBy(rows: readonly Row[], column: string): Map<string, Row[]> {
  const out = new Map<string, Row[]>();
  for (const r of rows) {
    const k = String(r[column]);
    const l = out.get(k);
    if (l) l.push(r);
    else out.set(k, [r]);
  }
  return out;
}

/** Article rows earliest first, undated ones last, then by id: the order a trail is told in. */
const earliestFirst = (x: Row, y: Row): number =>
  String(x.date || '9999').localeCompare(String(y.date || '9999')) ||
  String(x.id).localeCompare(String(y.id));

/** Builds the question functions over one connection. */
export function queries(sql: Sql): Queries {
  const inChunks = async <T>(
    keys: readonly SqlValue[],
    build: (marks: string) => string,
    extra: SqlValue[] = [],
  ): Promise<T[]> => {
    const out: T[] = [];
    for (let i = 0; i < keys.length; i += 500) {
      const chunk = keys.slice(i, i + 500);
      out.push(...(await sql.all<T>(build(chunk.map(() => '?').join(', ')), [...chunk, ...extra])));
    }
    return out;
  };

  // PostgreSQL keeps a quotation's or text's band keys as one array under a GIN index (migration 3),
  // SQLite a row per band: the two reads below give the same rows
  const pg = sql.engine === 'postgres';

  /** Signature candidates sharing a band with `sig`, confirmed by similarity. */
  const nearBySig = async (
    sig: Uint32Array,
    o: MinHashOptions,
    lsh: 'quote_lsh' | 'story_lsh',
    keyCol: 'norm_hash' | 'text_hash',
    sigTable: 'quote_texts' | 'texts',
  ): Promise<string[]> => {
    const keys = bandKeys(sig, o);
    let sigs: { k: string; sig: Uint8Array }[];
    if (pg) {
      const found = await sql.all<{ k: string; sig: Uint8Array; bands: number[] }>(
        `SELECT ${keyCol} AS k, sig, bands FROM ${sigTable} WHERE bands && ?::integer[]`,
        [`{${keys.join(',')}}`],
      );
      // a key of one band equal to a key of another is no shared band
      sigs = found.filter((f) => keys.some((key, band) => f.bands[band] === key));
    } else {
      const cands = await sql.all<{ k: string }>(
        `SELECT DISTINCT ${keyCol} AS k FROM ${lsh} WHERE ${keys.map(() => '(band = ? AND bucket = ?)').join(' OR ')}`,
        keys.flatMap((k, band) => [band, k]),
      );
      sigs = await inChunks<{ k: string; sig: Uint8Array }>(
        cands.map((c) => c.k),
        (m) => `SELECT ${keyCol} AS k, sig FROM ${sigTable} WHERE ${keyCol} IN (${m})`,
      );
    }
    return sigs.filter((s) => similarity(sig, sigFromBytes(s.sig)) >= o.similarity).map((s) => s.k);
  };

  /** Groups of keys that are the same or near (LSH buckets shared, confirmed by signature). */
  const nearGroups = async (
    o: MinHashOptions,
    lsh: 'quote_lsh' | 'story_lsh',
    keyCol: 'norm_hash' | 'text_hash',
    sigTable: 'quote_texts' | 'texts',
  ): Promise<string[][]> => {
    const bands = pg
      ? `(SELECT u.band, u.bucket, t.${keyCol} FROM ${sigTable} t
          CROSS JOIN LATERAL unnest(t.bands) WITH ORDINALITY AS u(bucket, band))`
      : lsh;
    const shared = await sql.all<{ band: number; bucket: number; k: string }>(
      `SELECT l.band, l.bucket, l.${keyCol} AS k FROM ${bands} l
       JOIN (SELECT band, bucket FROM ${bands} b GROUP BY band, bucket HAVING COUNT(*) > 1) s
         ON s.band = l.band AND s.bucket = l.bucket
       ORDER BY l.band, l.bucket, l.${keyCol}`,
    );
    const index = new Map<string, number>();
    const keys: string[] = [];
    for (const r of shared)
      if (!index.has(r.k)) {
        index.set(r.k, keys.length);
        keys.push(r.k);
      }
    const sigs = new Map<string, Uint32Array>();
    for (const s of await inChunks<{ k: string; sig: Uint8Array }>(
      keys,
      (m) => `SELECT ${keyCol} AS k, sig FROM ${sigTable} WHERE ${keyCol} IN (${m})`,
    ))
      sigs.set(s.k, sigFromBytes(s.sig));
    const pairs: [number, number][] = [];
    for (let i = 0; i < shared.length; ) {
      let j = i;
      while (
        j < shared.length &&
        shared[j]!.band === shared[i]!.band &&
        shared[j]!.bucket === shared[i]!.bucket
      )
        j++;
      for (let x = i + 1; x < j; x++) {
        const a = sigs.get(shared[i]!.k);
        const b = sigs.get(shared[x]!.k);
        if (a && b && similarity(a, b) >= o.similarity)
          pairs.push([index.get(shared[i]!.k)!, index.get(shared[x]!.k)!]);
      }
      i = j;
    }
    return groupPairs(keys.length, pairs).map((g) => g.map((i) => keys[i]!));
  };

  const quoteGroupsOf = async (hashGroups: string[][], f: Filters): Promise<QuoteGroup[]> => {
    // the precomputed trail (migration 2) has each printing with its article's figures and credits
    const w = where(f, 'article_id');
    const all = hashGroups.flat();
    const rows = await inChunks<Record<string, unknown>>(
      all,
      (m) =>
        `SELECT a.article_id AS id, a.outlet, a.outlet_name, a.date, a.title, a.url, a.n, a.text, a.speaker,
           a.speaker_kind, a.listener_outlet, a.norm_hash, a.credits
         FROM quote_trail a WHERE a.norm_hash IN (${m}) AND ${w.sql}`,
      w.params,
    );
    const byHash = rowsBy(rows, 'norm_hash');
    const cited = new Map<string, Set<string>>();
    for (const r of rows)
      if (r.credits && !cited.has(String(r.id)))
        cited.set(String(r.id), new Set(String(r.credits).split(' ')));
    const groups: QuoteGroup[] = [];
    for (const hashes of hashGroups) {
      const members = hashes.flatMap((h) => byHash.get(h) ?? []);
      // earliest first; undated articles last; one use per article (its first printing)
      members.sort((x, y) => earliestFirst(x, y) || Number(x.n) - Number(y.n));
      const seen = new Set<string>();
      const uses = members.filter((m) => !seen.has(String(m.id)) && seen.add(String(m.id)));
      if (uses.length < 2) continue;
      const first = uses[0]!;
      const firstOutlet = String(first.outlet);
      let credited = 0;
      let uncredited = 0;
      const out: QuoteUse[] = uses.map((u, i) => {
        const sameOutlet = String(u.outlet) === firstOutlet;
        const cites = cited.get(String(u.id)) ?? new Set<string>();
        const listener = (u.listener_outlet as string | null) ?? null;
        const creditsFirst =
          i === 0 || sameOutlet ? null : listener === firstOutlet || cites.has(firstOutlet);
        if (creditsFirst === true) credited++;
        if (creditsFirst === false) uncredited++;
        const other =
          listener && listener !== String(u.outlet)
            ? listener
            : ([...cites].find((c) => c !== String(u.outlet)) ?? null);
        return {
          article: refOf(u),
          n: Number(u.n),
          text: String(u.text),
          speaker: String(u.speaker),
          speakerKind: String(u.speaker_kind),
          creditsFirst,
          credits: other,
        };
      });
      groups.push({
        text: String(first.text),
        articles: uses.length,
        outlets: new Set(uses.map((u) => String(u.outlet))).size,
        firstOutlet: String(first.outlet_name),
        credited,
        uncredited,
        uses: out,
      });
    }
    return groups.sort((a, b) => b.articles - a.articles || a.text.localeCompare(b.text));
  };

  const summaryOf = (r: Record<string, unknown>): ArticleSummary => ({
    ...refOf(r),
    score: (r.score as number | null) ?? null,
    band: (r.band as string | null) ?? null,
    words: Number(r.words),
    quotes: Number(r.quotes),
    claims: Number(r.claims),
    schemaVersion: String(r.schema_version),
  });

  return {
    async outlets(f = {}) {
      const since = monthOnly(f.since, false);
      const until = monthOnly(f.until, true);
      checkDay(f.since, '--since');
      checkDay(f.until, '--until');
      const fast = !f.person && since !== null && until !== null;
      let rows: Record<string, number | string>[];
      let medians: { outlet: string; month: string; scored: number; lo: number; hi: number }[];
      if (fast) {
        // the pre-aggregated outlet × month table answers in time independent of the corpus size
        const c: string[] = ['1 = 1'];
        const p: SqlValue[] = [];
        if (f.outlet) {
          c.push('outlet = ?');
          p.push(normaliseOutlet(f.outlet)?.key ?? '');
        }
        if (since) {
          c.push("month >= ? AND month <> ''");
          p.push(since);
        }
        if (until) {
          c.push("month <= ? AND month <> ''");
          p.push(until);
        }
        rows = await sql.all(
          `SELECT * FROM outlet_months WHERE ${c.join(' AND ')} ORDER BY outlet, month`,
          p,
        );
        // each row's median is kept beside it (median2: the two middle tenths added), so nothing is scanned
        medians = rows.map((r) => ({
          outlet: String(r.outlet),
          month: String(r.month),
          scored: Number(r.scored),
          lo: r.median2 === null ? Number.NaN : Number(r.median2),
          hi: 0,
        }));
      } else {
        const w = where(f);
        rows = await sql.all(
          `SELECT a.outlet, MAX(a.outlet_name) AS outlet_name, a.month, COUNT(*) AS articles,
             ${FIGURES.slice(1)
               .map((k) => `SUM(a.${k}) AS ${k}`)
               .join(', ')}
           FROM articles a WHERE ${w.sql} GROUP BY a.outlet, a.month ORDER BY a.outlet, a.month`,
          w.params,
        );
        medians = await sql.all(
          medianSql(`SELECT a.outlet, a.month, a.score10, COUNT(*) AS n
           FROM articles a WHERE ${w.sql} AND a.score10 IS NOT NULL
           GROUP BY a.outlet, a.month, a.score10`),
          w.params,
        );
      }
      const byGroup = new Map(medians.map((m) => [`${m.outlet}\u0000${m.month}`, m]));
      return rows.map((r) => {
        const n = (k: string): number => Number(r[k] ?? 0);
        const m = byGroup.get(`${r.outlet}\u0000${r.month}`);
        return {
          outlet: String(r.outlet),
          name: String(r.outlet_name),
          month: r.month ? String(r.month) : null,
          articles: n('articles'),
          quotes: n('quotes'),
          quotesPerArticle: per(n('quotes'), n('articles')),
          quotedWords: n('quoted_words'),
          anonymousQuotedShare: ratio(n('anon_words'), n('quoted_words')),
          namedSourcesPerArticle: per(n('named_sources'), n('articles')),
          claims: n('claims'),
          privateUnbackedShare: ratio(n('weak_claims'), n('claims')),
          agentlessPerArticle: per(n('agentless'), n('articles')),
          inconsistentChecks: n('inconsistent'),
          scored: Number(m?.scored ?? 0),
          medianScore: m && m.scored > 0 ? (Number(m.lo) + Number(m.hi)) / 20 : null,
        };
      });
    },

    async sources(f = {}) {
      const w = where(f);
      const limit = f.limit ?? 10;
      const rows = await sql.all<Record<string, unknown>>(
        `SELECT a.outlet, MAX(a.outlet_name) AS outlet_name, s.kind, MIN(s.name) AS name,
           COUNT(DISTINCT s.article_id) AS articles, SUM(s.quotes) AS quotes, SUM(s.quoted_words) AS words
         FROM sources s JOIN articles a ON a.id = s.article_id
         WHERE ${w.sql} AND s.kind IN ('anonymous', 'unnamed-media', 'named-person', 'named-organization')
         GROUP BY a.outlet, s.kind, LOWER(s.name)
         ORDER BY a.outlet, SUM(s.quotes) DESC, COUNT(DISTINCT s.article_id) DESC, LOWER(s.name)`,
        w.params,
      );
      const taken = new Map<string, number>();
      const out: SourceUse[] = [];
      for (const r of rows) {
        const side = ANONYMOUS_KINDS.has(String(r.kind)) ? 'anonymous' : 'named';
        const k = `${r.outlet}\u0000${side}`;
        const t = taken.get(k) ?? 0;
        if (t >= limit) continue;
        taken.set(k, t + 1);
        out.push({
          outlet: String(r.outlet),
          outletName: String(r.outlet_name),
          side,
          kind: String(r.kind),
          source: String(r.name),
          articles: Number(r.articles),
          quotes: Number(r.quotes),
          quotedWords: Number(r.words),
        });
      }
      return out;
    },

    async person(name, f = {}) {
      const key = personKey(name);
      const w = where({ ...f, person: undefined });
      const find = async (op: string, v: string) =>
        sql.all<{ name: string }>(
          `SELECT DISTINCT name FROM entities WHERE name_key ${op} ? AND kind = 'person'`,
          [v],
        );
      let names = await find('=', key);
      let keyOp = 'e.name_key = ?';
      let keyVal = key;
      if (names.length === 0 && key) {
        // "Markle" finds "Meghan Markle": a word of the name, at a word boundary
        names = await find('LIKE', `%${key}%`);
        names = names.filter((n) => ` ${personKey(n.name)} `.includes(` ${key} `));
        keyOp = `e.name_key IN (${names.map(() => '?').join(', ') || "''"})`;
        keyVal = '';
      }
      const keyParams: SqlValue[] = keyVal ? [keyVal] : names.map((n) => personKey(n.name));
      const base = `FROM entities e
        JOIN claim_about ca ON ca.article_id = e.article_id AND ca.entity_id = e.entity_id
        JOIN claims c ON c.article_id = ca.article_id AND c.claim_id = ca.claim_id
        JOIN articles a ON a.id = e.article_id
        WHERE ${keyOp} AND e.kind = 'person' AND ${w.sql}`;
      const params = [...keyParams, ...w.params];
      const counts = await sql.all<{ content: string; source_kind: string; n: number }>(
        `SELECT c.content, c.source_kind, COUNT(*) AS n ${base} GROUP BY c.content, c.source_kind`,
        params,
      );
      const table = new Map<
        string,
        { content: string; source: 'named' | 'anonymous' | 'none'; claims: number }
      >();
      for (const c of counts) {
        const source = sourceSide(c.source_kind);
        const k = `${c.content}\u0000${source}`;
        const t = table.get(k) ?? { content: c.content, source, claims: 0 };
        t.claims += Number(c.n);
        table.set(k, t);
      }
      const articles = await sql.get<{ n: number }>(
        `SELECT COUNT(DISTINCT a.id) AS n FROM entities e JOIN articles a ON a.id = e.article_id
         WHERE ${keyOp} AND e.kind = 'person' AND ${w.sql}`,
        params,
      );
      const perType = f.examples ?? 2;
      const ex = await sql.all<Record<string, unknown>>(
        `SELECT ${REF_COLUMNS}, c.content, c.checkable, c.source_kind, c.span_start, c.span_end
         ${base} ORDER BY a.date DESC, a.id, c.span_start LIMIT 400`,
        params,
      );
      const chosen: Record<string, unknown>[] = [];
      const perContent = new Map<string, number>();
      for (const e of ex) {
        const n = perContent.get(String(e.content)) ?? 0;
        if (n >= perType) continue;
        perContent.set(String(e.content), n + 1);
        chosen.push(e);
      }
      const texts = new Map<string, string>();
      for (const id of new Set(chosen.map((c) => String(c.id)))) {
        const r = await sql.get<{ report: Uint8Array }>('SELECT report FROM reports WHERE article_id = ?', [
          id,
        ]);
        if (r) texts.set(id, unpackReport(r.report).text);
      }
      const claims = [...table.values()].reduce((s, t) => s + t.claims, 0);
      return {
        query: name,
        names: names.map((n) => n.name).sort(),
        articles: Number(articles?.n ?? 0),
        claims,
        table: [...table.values()].sort((a, b) => b.claims - a.claims || a.content.localeCompare(b.content)),
        examples: chosen.map((c) => ({
          article: refOf(c),
          content: String(c.content),
          checkable: (c.checkable as string | null) ?? null,
          source: sourceSide(String(c.source_kind)),
          text: (texts.get(String(c.id)) ?? '').slice(Number(c.span_start), Number(c.span_end)),
        })),
      };
    },

    async quoteTrace(f = {}) {
      const limit = f.limit ?? 20;
      if (f.quote !== undefined) {
        const norm = normaliseText(f.quote);
        if (!norm) return [];
        const near = await nearBySig(
          signature(norm, QUOTE_MINHASH),
          QUOTE_MINHASH,
          'quote_lsh',
          'norm_hash',
          'quote_texts',
        );
        return (await quoteGroupsOf([near], f)).slice(0, limit);
      }
      const w = where(f, 'article_id');
      const exact = await sql.all<{ k: string }>(
        `SELECT a.norm_hash AS k FROM quote_trail a
         WHERE ${w.sql} GROUP BY a.norm_hash HAVING COUNT(DISTINCT a.article_id) > 1`,
        w.params,
      );
      const near = await nearGroups(QUOTE_MINHASH, 'quote_lsh', 'norm_hash', 'quote_texts');
      const inNear = new Set(near.flat());
      const groups = [...near, ...exact.filter((e) => !inNear.has(e.k)).map((e) => [e.k])];
      return (await quoteGroupsOf(groups, f)).slice(0, limit);
    },

    async stories(f = {}) {
      const limit = f.limit ?? 20;
      const w = where(f);
      const exact = await sql.all<{ k: string }>(
        `SELECT a.text_hash AS k FROM articles a WHERE ${w.sql} GROUP BY a.text_hash HAVING COUNT(*) > 1`,
        w.params,
      );
      const near = await nearGroups(STORY_MINHASH, 'story_lsh', 'text_hash', 'texts');
      const inNear = new Set(near.flat());
      const groups = [...near, ...exact.filter((e) => !inNear.has(e.k)).map((e) => [e.k])];
      const rows = await inChunks<Record<string, unknown>>(
        groups.flat(),
        (m) => `SELECT ${REF_COLUMNS}, a.text_hash FROM articles a WHERE a.text_hash IN (${m}) AND ${w.sql}`,
        w.params,
      );
      const byHash = rowsBy(rows, 'text_hash');
      const out: StoryGroup[] = [];
      for (const g of groups) {
        const members = g.flatMap((h) => byHash.get(h) ?? []);
        members.sort(earliestFirst);
        const outlets = new Set(members.map((m) => String(m.outlet))).size;
        if (outlets < 2) continue;
        out.push({
          title: (members[0]!.title as string | null) ?? null,
          outlets,
          firstOutlet: String(members[0]!.outlet_name),
          articles: members.map(refOf),
        });
      }
      return out.sort((a, b) => b.articles.length - a.articles.length).slice(0, limit);
    },

    async articles(f = {}) {
      const w = where(f);
      const limit = Math.max(1, Math.min(f.limit ?? 50, 1000));
      let cur = '';
      const params = [...w.params];
      if (f.cursor) {
        let c: unknown;
        try {
          c = JSON.parse(Buffer.from(f.cursor, 'base64url').toString('utf8'));
        } catch {
          c = null;
        }
        if (!Array.isArray(c) || c.length !== 2)
          throw new HearsayError('HS_BAD_OPTION', `bad cursor ${f.cursor}`);
        cur = ' AND (a.date < ? OR (a.date = ? AND a.id < ?))';
        params.push(String(c[0]), String(c[0]), String(c[1]));
      }
      const rows = await sql.all<Record<string, unknown>>(
        `SELECT ${REF_COLUMNS}, a.score, a.band, a.words, a.quotes, a.claims, a.schema_version
         FROM articles a WHERE ${w.sql}${cur} ORDER BY a.date DESC, a.id DESC LIMIT ${limit + 1}`,
        params,
      );
      const items = rows.slice(0, limit).map(summaryOf);
      const lastRow = rows.length > limit ? rows[limit - 1] : undefined;
      return {
        items,
        next: lastRow
          ? Buffer.from(JSON.stringify([lastRow.date ?? '', lastRow.id])).toString('base64url')
          : null,
      };
    },

    async article(id) {
      const r = await sql.get<Record<string, unknown>>(
        `SELECT ${REF_COLUMNS}, a.score, a.band, a.words, a.quotes, a.claims, a.schema_version, r.report
         FROM articles a JOIN reports r ON r.article_id = a.id WHERE a.id = ?`,
        [id],
      );
      if (!r) return null;
      return { article: summaryOf(r), report: unpackReport(r.report as Uint8Array) };
    },

    async stats() {
      const one = async (q: string) => Number((await sql.get<{ n: number }>(q))?.n ?? 0);
      return {
        articles: await one('SELECT COUNT(*) AS n FROM articles'),
        outlets: await one('SELECT COUNT(DISTINCT outlet) AS n FROM outlet_months'),
        quotes: await one('SELECT COALESCE(SUM(quotes), 0) AS n FROM outlet_months'),
        claims: await one('SELECT COALESCE(SUM(claims), 0) AS n FROM outlet_months'),
      };
    },

    exportRows(table, f = {}) {
      if (!(EXPORT_TABLES as readonly string[]).includes(table))
        throw new HearsayError('HS_BAD_OPTION', `no table ${table}: use one of ${EXPORT_TABLES.join(', ')}`);
      const w = where(f);
      const q =
        table === 'articles'
          ? `SELECT a.* FROM articles a WHERE ${w.sql} ORDER BY a.id`
          : `SELECT t.* FROM ${table} t JOIN articles a ON a.id = t.article_id WHERE ${w.sql} ORDER BY t.article_id`;
      return sql.iterate<Record<string, SqlValue>>(q, w.params);
    },

    async *storedRecords(opts = {}) {
      const st = opts.stale;
      const where = st
        ? `WHERE a.schema_version <> ? OR a.engine <> ?${st.preset === undefined ? '' : ' OR a.preset <> ?'}`
        : '';
      const params = st ? [st.schema, st.engine, ...(st.preset === undefined ? [] : [st.preset])] : [];
      for await (const row of sql.iterate<{ id: string; record: string; preset: string; report: Uint8Array }>(
        `SELECT a.id, a.record, a.preset, r.report FROM articles a JOIN reports r ON r.article_id = a.id ${where} ORDER BY a.id`,
        params,
      )) {
        const meta = JSON.parse(row.record) as Omit<CorpusRecord, 'text'>;
        yield { record: { ...meta, text: unpackReport(row.report).text }, preset: row.preset };
      }
    },
  };
}

/** Re-exported for callers that format source kinds. */
export { NAMED_KINDS };
