/**
 * A report and its input record as the store's rows. Reports are read structurally (every section
 * may be missing), so the store keeps working while the report schema grows; the claim mapping is
 * one function, `claimFacets`, to adapt when the claims schema changes.
 */
import { createHash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { type ArticleInput, normaliseDate, parseArticle } from '../article.ts';
import { engineFingerprint } from '../pipeline/fingerprint.ts';
import type { Report } from '../report/schema.ts';
import {
  bandKeys,
  MIN_TRACE_WORDS,
  normaliseText,
  QUOTE_MINHASH,
  STORY_MINHASH,
  signature,
  sigToBytes,
} from './minhash.ts';
import { creditedOutlets, knownOutlet, normaliseOutlet, outletOf } from './outlet.ts';
import { copyTupleSets, decodeTuples } from './copy.ts';
import type { SqlValue } from './sql.ts';

/** The input an article was analysed from (a `batch` JSON Lines record). */
export type CorpusRecord = Omit<ArticleInput, 'id'> & { readonly id?: string | number | null };

/** Source kinds that hide who speaks. */
export const ANONYMOUS_KINDS: ReadonlySet<string> = new Set(['anonymous', 'unnamed-media']);
/** Source kinds a reader can look up. */
export const NAMED_KINDS: ReadonlySet<string> = new Set(['named-person', 'named-organization']);

/** Hash of the record as given: the same record always gets the same hash, any change a new one. */
export function contentHash(r: CorpusRecord): string {
  const fields = [r.id == null ? null : String(r.id), r.text, r.title, r.date, r.outlet, r.url, r.byline];
  return createHash('sha256')
    .update(JSON.stringify(fields.map((f) => f ?? null)))
    .digest('hex')
    .slice(0, 32);
}

/** The article's id in the store: the record's id, else its URL, else its content hash. */
export function articleId(r: CorpusRecord): string {
  if (r.id != null && String(r.id) !== '') return String(r.id);
  if (r.url) return r.url;
  return `sha-${contentHash(r)}`;
}

/**
 * The record as the analysis reads it (front matter and date marker applied, dates normalised), so
 * a record and the report made from it hash alike; a record the analysis rejects is kept as given.
 */
export function normalRecord(r: CorpusRecord): CorpusRecord {
  const a = parseArticle({ ...r, id: r.id == null ? null : String(r.id) });
  if (!a.ok) return r;
  // a page's caption hints are part of what was analysed (not of the content hash, which predates them)
  const hints = a.value.captionHints;
  return { id: a.value.id, text: a.value.text, ...a.value.meta, ...(hints ? { captionHints: hints } : {}) };
}

/** The store's id and content hash for an input record, before analysing it. */
export function inputKey(r: CorpusRecord): { id: string; hash: string } {
  const n = normalRecord(r);
  return { id: articleId(n), hash: contentHash(n) };
}

/** The record a report was made from, when the caller has only the report. */
export function recordOfReport(report: Report): CorpusRecord {
  const m = report.meta;
  return {
    id: report.id,
    text: report.text,
    title: m?.title ?? null,
    date: m?.date ?? null,
    outlet: m?.outlet ?? null,
    url: m?.url ?? null,
    byline: m?.byline ?? null,
  };
}

/** The claim fields the store keeps, from the claims schema in use: `content`/`checkable`, else the older `type`. */
export function claimFacets(c: { content?: unknown; checkable?: unknown; type?: unknown }): {
  content: string;
  checkable: string | null;
} {
  const content = typeof c.content === 'string' ? c.content : typeof c.type === 'string' ? c.type : 'unknown';
  // the older schema's "reported" claims are facts told by a quoted voice
  return {
    content: content === 'reported' ? 'fact' : content,
    checkable: typeof c.checkable === 'string' ? c.checkable : null,
  };
}

/** A claim that reads a mind or tells a private fact. */
export const isPrivateClaim = (content: string, checkable: string | null): boolean =>
  content === 'mental-state' || (content === 'fact' && checkable === 'private');

/** A claim source kind that names no one: anonymous, unnamed or absent. */
export const isUnbacked = (sourceKind: string): boolean =>
  ANONYMOUS_KINDS.has(sourceKind) || sourceKind === 'none' || sourceKind === 'unknown';

/** Per-article figures, added into the outlet × month aggregate. */
export interface Figures {
  readonly articles: number;
  readonly words: number;
  readonly quotes: number;
  readonly quoted_words: number;
  readonly anon_words: number;
  readonly named_sources: number;
  readonly claims: number;
  readonly weak_claims: number;
  readonly agentless: number;
  readonly inconsistent: number;
}

/** The figure columns, in order. */
export const FIGURES: readonly (keyof Figures)[] = [
  'articles',
  'words',
  'quotes',
  'quoted_words',
  'anon_words',
  'named_sources',
  'claims',
  'weak_claims',
  'agentless',
  'inconsistent',
];

/**
 * What read an article: the preset and the engine's fingerprint (src/pipeline/fingerprint.ts). An
 * article is current in the store when the same content was read by the same schema, preset and engine.
 */
export interface Reading {
  readonly preset: string;
  readonly engine: string;
}

/** The reading this engine gives with `preset` (the standard one when not given). */
export const readingOf = (preset = 'standard'): Reading => ({ preset, engine: engineFingerprint() });

/** Everything stored for one article. */
export interface ArticleRows {
  readonly id: string;
  readonly contentHash: string;
  readonly schemaVersion: string;
  /** The preset that read it. */
  readonly preset: string;
  /** The fingerprint of the engine that read it. */
  readonly engine: string;
  readonly outlet: string;
  readonly outletName: string;
  readonly month: string;
  readonly score10: number | null;
  readonly figures: Figures;
  readonly article: readonly SqlValue[];
  readonly report: Buffer;
  readonly tables: Readonly<Record<ChildTable, SqlValue[][]>>;
  /** `quote_texts` rows: norm_hash, norm, signature. */
  readonly quoteTexts: SqlValue[][];
  /** The LSH band keys of each `quoteTexts` row, in the same order. */
  readonly quoteBands: number[][];
  /** The `texts` row: text_hash, signature. */
  readonly text: SqlValue[];
  /** The LSH band keys of the text. */
  readonly storyBands: number[];
}

/** Columns of `articles`, in the order `ArticleRows.article` holds them. */
export const ARTICLE_COLUMNS = [
  'id',
  'url',
  'outlet',
  'outlet_name',
  'date',
  'month',
  'title',
  'content_hash',
  'schema_version',
  'text_hash',
  'score',
  'score10',
  'band',
  'words',
  'quotes',
  'quoted_words',
  'anon_words',
  'named_sources',
  'anonymous_sources',
  'claims',
  'weak_claims',
  'agentless',
  'inconsistent',
  'record',
  'stored_at',
  'preset',
  'engine',
] as const;

/** The per-article tables and their columns. */
export const CHILD_COLUMNS = {
  quotes: [
    'article_id',
    'n',
    'quote_id',
    'kind',
    'span_start',
    'span_end',
    'speaker',
    'speaker_kind',
    'source_id',
    'listener',
    'listener_outlet',
    'words',
    'agentless',
    'text',
    'norm_hash',
  ],
  sources: ['article_id', 'source_id', 'kind', 'name', 'outlet_key', 'quotes', 'quoted_words', 'entity_id'],
  credits: ['article_id', 'outlet_key'],
  entities: ['article_id', 'entity_id', 'kind', 'name', 'name_key', 'kb_id', 'gender', 'mentions'],
  claims: [
    'article_id',
    'claim_id',
    'span_start',
    'span_end',
    'voice',
    'content',
    'checkable',
    'source_id',
    'source_kind',
    'quote_id',
    'hedges',
  ],
  claim_about: ['article_id', 'entity_id', 'claim_id'],
  checks: ['article_id', 'n', 'kind', 'status', 'span_start', 'span_end', 'detail'],
  // the trail of a quotation, precomputed: each printing with its article's outlet, date and credits, in
  // one B-tree ordered by (norm_hash, date), so `quotes --trace` reads one contiguous range, no joins
  quote_trail: [
    'article_id',
    'n',
    'norm_hash',
    'date',
    'outlet',
    'outlet_name',
    'title',
    'url',
    'text',
    'speaker',
    'speaker_kind',
    'listener_outlet',
    'credits',
  ],
} as const;

/** A per-article table. */
export type ChildTable = keyof typeof CHILD_COLUMNS;

const foldName = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

// the same people are named in article after article: their keys are kept (and dropped all at once
// past PERSON_KEYS names, so the cache stays small)
const PERSON_KEYS = 20_000;
const personKeys = new Map<string, string>();

/** Folds a person's name for lookup: "Meghan  Markle" and "meghan markle" meet. */
export function personKey(name: string): string {
  let k = personKeys.get(name);
  if (k === undefined) {
    if (personKeys.size >= PERSON_KEYS) personKeys.clear();
    k = foldName(name);
    personKeys.set(name, k);
  }
  return k;
}

const sha = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 32);
const b = (v: boolean): number => (v ? 1 : 0);

// zlib's fastest level: about twice the speed of the default for a tenth more bytes
const PACK = { level: 1 } as const;

/** The first byte of a report kept as its JSON (`{`): a deflated report never starts with it (see `unpackReport`). */
const JSON_START = 0x7b;

/**
 * Deflates at PACK into a buffer of its own, of exactly its size: zlib's output is a view of a 16 KB
 * chunk, which would keep the whole chunk alive with it.
 */
function deflateExact(json: string | Uint8Array): Buffer {
  const out = deflateRawSync(json, PACK);
  return Buffer.from(out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength));
}

const encoder = new TextEncoder();

/** A report's JSON as UTF-8 in a buffer of its own (Buffer.from would slice small ones out of a shared pool). */
function jsonBytes(json: string): Buffer {
  const u = encoder.encode(json);
  return Buffer.from(u.buffer, u.byteOffset, u.byteLength);
}

/** Packs a report for SQLite's `reports` table (deflated: SQLite compresses nothing itself). */
export const packReport = (report: Report): Buffer => deflateExact(JSON.stringify(report));

/**
 * A report's bytes as `rowsOf` gives them (its JSON, UTF-8) made ready for SQLite: deflated. PostgreSQL
 * keeps the JSON and compresses it itself with lz4 (migration 4), several times cheaper than zlib in
 * the analysis thread, where deflating was the largest cost of storing a report.
 */
export const packStored = (blob: Buffer): Buffer => (blob[0] === JSON_START ? deflateExact(blob) : blob);

/**
 * Unpacks a stored report, exactly as it was given: its JSON as is (PostgreSQL from migration 4), or
 * deflated (SQLite, and PostgreSQL rows written before). A raw deflate stream cannot start with `{`
 * (0x7b): its low three bits say "last block, fixed codes", and a fixed-code block starting with the
 * bits 11110 begins with a literal byte from 0xe0 to 0xef, never a report's opening `{`.
 */
export const unpackReport = (blob: Uint8Array): Report =>
  JSON.parse(
    (blob[0] === JSON_START
      ? Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength)
      : inflateRawSync(blob)
    ).toString('utf8'),
  ) as Report;

interface Loose {
  [k: string]: unknown;
}
const list = (v: unknown): Loose[] => (Array.isArray(v) ? (v as Loose[]) : []);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** Turns one report (and the record it came from) into the store's rows. */
export function rowsOf(
  report: Report,
  given: CorpusRecord = recordOfReport(report),
  now = new Date(),
  json?: string,
  reading: Reading = readingOf(),
): ArticleRows {
  const record = normalRecord(given);
  const r = report as unknown as Loose;
  const text = report.text;
  const meta = (r.meta ?? {}) as Loose;
  const id = articleId(record);
  const hash = contentHash(record);
  const url = record.url ?? str(meta.url);
  const outlet = outletOf(record.outlet, str(meta.outlet), url);
  const date = normaliseDate(record.date) ?? normaliseDate(str(meta.date));
  const month = date ? date.slice(0, 7) : '';

  const sources = list(r.sources);
  const kindOf = new Map<string, string>(sources.map((s) => [String(s.id), String(s.kind)]));
  const quotes = list(r.quotes);
  const wordsBySource = new Map<string, number>();
  const quoteRows: SqlValue[][] = [];
  const quoteTexts: SqlValue[][] = [];
  const quoteBands: number[][] = [];
  let quotedWords = 0;
  let anonWords = 0;
  quotes.forEach((q, n) => {
    const speaker = (q.speaker ?? {}) as Loose;
    const kind = str(speaker.kind) ?? 'unknown';
    const words = num(q.words);
    quotedWords += words;
    if (ANONYMOUS_KINDS.has(kind)) anonWords += words;
    const sid = str(q.sourceId);
    if (sid) wordsBySource.set(sid, (wordsBySource.get(sid) ?? 0) + words);
    const start = num(q.start);
    const end = num(q.end);
    const qtext = text.slice(start, end);
    let normHash: string | null = null;
    const norm = normaliseText(qtext);
    if (q.kind !== 'indirect' && norm.split(' ').length >= MIN_TRACE_WORDS) {
      normHash = sha(norm);
      const sig = signature(norm, QUOTE_MINHASH);
      quoteTexts.push([normHash, norm, sigToBytes(sig)]);
      quoteBands.push(bandKeys(sig, QUOTE_MINHASH));
    }
    const listener = str(q.listener);
    const flags = list(q.flags) as unknown as string[];
    quoteRows.push([
      id,
      n,
      String(q.id ?? n),
      String(q.kind ?? 'direct'),
      start,
      end,
      str(speaker.name) ?? '',
      kind,
      sid,
      listener,
      normaliseOutlet(listener)?.key ?? null,
      words,
      b(flags.includes('agentless')),
      qtext,
      normHash,
    ]);
  });

  const sourceRows = sources.map((s) => {
    const kind = String(s.kind ?? 'unknown');
    const name = String(s.name ?? '');
    const outletKey =
      kind === 'outlet' ? (normaliseOutlet(name)?.key ?? null) : (knownOutlet(name)?.key ?? null);
    return [
      id,
      String(s.id),
      kind,
      name,
      outletKey,
      num(s.quotes),
      wordsBySource.get(String(s.id)) ?? 0,
      str(s.entityId),
    ];
  });

  // whom the article credits: outlets it cites as sources, and credit phrases ("according to TMZ")
  const credited = creditedOutlets(text);
  for (const s of sourceRows) if (s[4]) credited.add(String(s[4]));
  credited.delete(outlet.key);
  const creditKeys = [...credited].sort();
  const creditRows = creditKeys.map((k) => [id, k]);
  const creditList = creditKeys.length ? creditKeys.join(' ') : null;
  const title = record.title ?? str(meta.title);
  const trailRows = quoteRows
    .filter((q) => q[14] !== null)
    .map((q) => [
      id,
      q[1]!,
      q[14]!,
      date ?? '',
      outlet.key,
      outlet.name,
      title,
      url,
      q[13]!,
      q[6]!,
      q[7]!,
      q[10]!,
      creditList,
    ]);

  const entities = list(r.entities);
  const entityRows = entities.map((e) => [
    id,
    String(e.id),
    String(e.kind ?? 'person'),
    String(e.name ?? ''),
    personKey(String(e.name ?? '')),
    str(e.kbId),
    str(e.gender),
    JSON.stringify(list(e.mentions).map((m) => [num(m.start), num(m.end)])),
  ]);
  const entityIds = new Set(entities.map((e) => String(e.id)));

  const claimRows: SqlValue[][] = [];
  const aboutRows: SqlValue[][] = [];
  let weak = 0;
  for (const c of list(r.claims)) {
    const { content, checkable } = claimFacets(c);
    const sid = str(c.sourceId);
    const sourceKind = sid ? (kindOf.get(sid) ?? 'unknown') : 'none';
    if (isPrivateClaim(content, checkable) && isUnbacked(sourceKind)) weak++;
    const cid = String(c.id);
    claimRows.push([
      id,
      cid,
      num(c.start),
      num(c.end),
      str(c.voice),
      content,
      checkable,
      sid,
      sourceKind,
      str(c.quoteId),
      list(c.hedges).length,
    ]);
    const about = new Set((Array.isArray(c.about) ? c.about : []).map(String));
    for (const eid of about) if (entityIds.has(eid)) aboutRows.push([id, eid, cid]);
  }

  const checks = list(r.checks);
  const checkRows = checks.map((c, n) => {
    const span = (c.span ?? {}) as Loose;
    return [id, n, String(c.kind), String(c.status), num(span.start), num(span.end), String(c.detail ?? '')];
  });
  const inconsistent = checks.filter((c) => c.status === 'inconsistent').length;
  const agentless = list(r.hedges).filter((h) => h.kind === 'hearsay' && h.agentless === true).length;
  const summary = (r.summary ?? null) as Loose | null;
  const score = (r.score ?? null) as Loose | null;
  const scoreValue = typeof score?.value === 'number' ? score.value : null;
  const words = summary ? num(summary.words) : text.split(/\s+/).filter(Boolean).length;
  const named = sources.filter((s) => NAMED_KINDS.has(String(s.kind))).length;
  const anonymous = sources.filter((s) => ANONYMOUS_KINDS.has(String(s.kind))).length;

  const textNorm = normaliseText(text.slice(Math.min(text.length, num((r as Loose).bodyStart))));
  const textHash = sha(textNorm);
  const textSig = signature(textNorm, STORY_MINHASH);
  const figures: Figures = {
    articles: 1,
    words,
    quotes: quotes.length,
    quoted_words: quotedWords,
    anon_words: anonWords,
    named_sources: named,
    claims: claimRows.length,
    weak_claims: weak,
    agentless,
    inconsistent,
  };
  const { text: _t, ...recordMeta } = record;
  return {
    id,
    contentHash: hash,
    schemaVersion: String(r.schemaVersion ?? ''),
    preset: reading.preset,
    engine: reading.engine,
    outlet: outlet.key,
    outletName: outlet.name,
    month,
    score10: scoreValue === null ? null : Math.round(scoreValue * 10),
    figures,
    article: [
      id,
      url,
      outlet.key,
      outlet.name,
      date ?? '',
      month,
      title,
      hash,
      String(r.schemaVersion ?? ''),
      textHash,
      scoreValue,
      scoreValue === null ? null : Math.round(scoreValue * 10),
      str(score?.band),
      words,
      quotes.length,
      quotedWords,
      anonWords,
      named,
      anonymous,
      claimRows.length,
      weak,
      agentless,
      inconsistent,
      JSON.stringify(recordMeta),
      now.toISOString(),
      reading.preset,
      reading.engine,
    ],
    report: jsonBytes(json ?? JSON.stringify(report)),
    tables: {
      quotes: quoteRows,
      sources: sourceRows,
      credits: creditRows,
      entities: entityRows,
      claims: claimRows,
      claim_about: aboutRows,
      checks: checkRows,
      quote_trail: trailRows,
    },
    quoteTexts,
    quoteBands,
    text: [textHash, sigToBytes(textSig)],
    storyBands: bandKeys(textSig, STORY_MINHASH),
  };
}

// a view on the bytes the clone made, not another copy of them
const buf = (v: unknown): Buffer => {
  if (Buffer.isBuffer(v)) return v;
  const u = v as Uint8Array;
  return Buffer.from(u.buffer, u.byteOffset, u.byteLength);
};

/** Rows back from a worker thread: the structured clone turned their Buffers into plain Uint8Arrays. */
export function reviveRows(r: ArticleRows): ArticleRows {
  return {
    ...r,
    report: buf(r.report),
    quoteTexts: r.quoteTexts.map(([h, n, sig]) => [h, n, buf(sig)] as SqlValue[]),
    text: [r.text[0]!, buf(r.text[1])],
  };
}

/**
 * An article's rows as one buffer for the trip from the analysis thread (V8's serialiser, what the
 * structured clone does, but ahead of time): the main thread holds a job's articles as a hundred
 * buffers instead of some hundred thousand small arrays and strings, which every young-generation
 * collection copied and then promoted while the job was analysed, and unpacks them only to write them.
 */
export const packRows = (r: ArticleRows): Uint8Array => serialize(r);

/** Rows from an analysis thread, packed (`packRows`) or as the structured clone gave them. */
export function unpackRows(x: unknown): ArticleRows {
  return reviveRows((x instanceof Uint8Array ? deserialize(x) : x) as ArticleRows);
}

/** The tables that hold an article's own rows (none is shared with another article). */
export type OwnTable = 'articles' | 'reports' | ChildTable;

/** The columns of each own table, in the order the rows hold them. */
export const OWN_COLUMNS: Readonly<Record<OwnTable, readonly string[]>> = {
  articles: ARTICLE_COLUMNS,
  reports: ['article_id', 'report'],
  ...CHILD_COLUMNS,
};

/** The own tables in the order a write copies them. */
export const OWN_TABLES = Object.keys(OWN_COLUMNS) as OwnTable[];

// the integer columns of each own table at the latest schema (migrations.ts); articles.score is a
// double, reports.report bytea, every other column text
const INTEGERS: Readonly<Record<OwnTable, readonly string[]>> = {
  articles: [
    'score10',
    'words',
    'quotes',
    'quoted_words',
    'anon_words',
    'named_sources',
    'anonymous_sources',
    'claims',
    'weak_claims',
    'agentless',
    'inconsistent',
  ],
  reports: [],
  quotes: ['n', 'span_start', 'span_end', 'words', 'agentless'],
  sources: ['quotes', 'quoted_words'],
  credits: [],
  entities: [],
  claims: ['span_start', 'span_end', 'hedges'],
  claim_about: [],
  checks: ['n', 'span_start', 'span_end'],
  quote_trail: ['n'],
};

/**
 * The PostgreSQL type of each own table's columns at the latest schema, which the analysis threads
 * write COPY tuples for (a test checks them against a migrated store; a store whose columns differ
 * gets the rows decoded instead, see `Sql.copyTuples`).
 */
export const OWN_TYPES: Readonly<Record<OwnTable, ReadonlyMap<string, string>>> = Object.fromEntries(
  OWN_TABLES.map((t) => [
    t,
    new Map(
      OWN_COLUMNS[t].map((c) => [
        c,
        INTEGERS[t].includes(c)
          ? 'integer'
          : t === 'articles' && c === 'score'
            ? 'double precision'
            : t === 'reports' && c === 'report'
              ? 'bytea'
              : 'text',
      ]),
    ),
  ]),
) as unknown as Record<OwnTable, ReadonlyMap<string, string>>;

/**
 * An article's rows as the queue's analysis threads send them: its own tables already in COPY's
 * binary tuple form (one buffer per table), the rest (keys, figures, the shared rows) as values. The
 * main thread then neither rebuilds the rows' some hundred small arrays and strings nor encodes them:
 * it puts a job's tuples end to end.
 */
export type WireRows = Omit<ArticleRows, 'article' | 'report' | 'tables'> & {
  readonly tuples: Readonly<Record<OwnTable, Buffer>>;
};

/** The rows of one own table of `r`, as `OWN_COLUMNS` orders them (reports: their JSON bytes). */
export function ownRows(r: ArticleRows, t: OwnTable): SqlValue[][] {
  if (t === 'articles') return [r.article as SqlValue[]];
  if (t === 'reports') return [[r.id, r.report]];
  return r.tables[t];
}

/**
 * `WireRows` packed for the trip from an analysis thread: the values by V8's serialiser (`meta`, with
 * where each table's tuples end), the tuples in one buffer of their own (`copy`). Both buffers are
 * transferred, not copied, and the tuples (the report's bytes most of them) are not serialised again.
 */
export interface PackedWire {
  readonly meta: Uint8Array;
  readonly copy: Uint8Array;
}

/** Packs rows for the trip from an analysis thread as `WireRows`. */
export function packWire(r: ArticleRows): PackedWire {
  const { article: _a, report: _r, tables: _t, ...rest } = r;
  const { data, ends } = copyTupleSets(
    OWN_TABLES.map((t) => ({ types: OWN_TYPES[t], columns: OWN_COLUMNS[t], rows: ownRows(r, t) })),
  )!;
  return { meta: serialize({ ...rest, ends }), copy: data };
}

/** Rows packed by `packWire` (or its structured clone): the tuples and byte values are views of its buffers. */
export function unpackWire(p: PackedWire): WireRows {
  const { ends, ...rest } = deserialize(p.meta) as Omit<WireRows, 'tuples'> & { ends: number[] };
  const copy = Buffer.from(p.copy.buffer, p.copy.byteOffset, p.copy.byteLength);
  const tuples = Object.fromEntries(
    OWN_TABLES.map((t, i) => [t, copy.subarray(i === 0 ? 0 : ends[i - 1]!, ends[i]!)]),
  ) as Record<OwnTable, Buffer>;
  return { ...rest, tuples };
}

/** Whether rows came as `WireRows`. */
export const isWire = (r: ArticleRows | WireRows): r is WireRows => 'tuples' in r;

/** `WireRows` decoded back to `ArticleRows`, for a store that takes rows (SQLite). */
export function wireRows(w: WireRows): ArticleRows {
  const { tuples, ...rest } = w;
  const decode = (t: OwnTable): SqlValue[][] => decodeTuples(OWN_TYPES[t], OWN_COLUMNS[t], tuples[t]);
  const tables = Object.fromEntries(
    (Object.keys(CHILD_COLUMNS) as ChildTable[]).map((t) => [t, decode(t)]),
  ) as Record<ChildTable, SqlValue[][]>;
  const report = decode('reports')[0]![1] as Buffer;
  return { ...rest, article: decode('articles')[0]!, report, tables };
}

/**
 * One article's rows from an analysis thread as the store takes them: `packWire`'s (own tables as
 * COPY tuples), or `packRows`' and structured clones of rows (an older thread's).
 */
export function unpackPooled(x: unknown): { readonly wire: WireRows } | { readonly rows: ArticleRows } {
  if (isPackedWire(x)) return { wire: unpackWire(x) };
  return { rows: reviveRows((x instanceof Uint8Array ? deserialize(x) : x) as ArticleRows) };
}

/** Whether an analysis thread's rows came as `packWire` packs them. */
export const isPackedWire = (x: unknown): x is PackedWire =>
  typeof x === 'object' &&
  x !== null &&
  (x as PackedWire).meta instanceof Uint8Array &&
  (x as PackedWire).copy instanceof Uint8Array;
