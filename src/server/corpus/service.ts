/**
 * What the corpus routes and pages ask of the store, beyond its own questions: outlet totals over months,
 * the article list filtered also by source kind and score range (the store filters by outlet, dates and
 * person; the rest is applied here over its pages, with a bounded scan), and quotation keys.
 */
import type { ArticleSummary, OutletMonth, Store } from '../../corpus/index.ts';
import type { Filters } from '../../corpus/index.ts';
import type { SourceKind } from '../../report/schema.ts';
import { coded } from '../problem/problem.ts';

/** The store the server runs on (the corpus engineer's `Store`). */
export type Corpus = Store;

/** One outlet over all its months. */
export interface OutletTotal extends Omit<OutletMonth, 'month'> {
  readonly months: number;
}

const weighted = (rows: readonly OutletMonth[], share: keyof OutletMonth, weight: keyof OutletMonth) => {
  let num = 0;
  let den = 0;
  for (const r of rows) {
    const s = r[share] as number | null;
    const w = r[weight] as number;
    if (s === null || !w) continue;
    num += s * w;
    den += w;
  }
  return den ? num / den : null;
};

/** The middle month median, weighted by scored articles (month histograms are not returned by the store). */
const medianOfMedians = (rows: readonly OutletMonth[]): number | null => {
  const ms = rows
    .filter((r) => r.medianScore !== null && r.scored > 0)
    .sort((a, b) => a.medianScore! - b.medianScore!);
  const total = ms.reduce((s, r) => s + r.scored, 0);
  let seen = 0;
  for (const r of ms) {
    seen += r.scored;
    if (seen * 2 >= total) return r.medianScore;
  }
  return null;
};

const round = (x: number | null, d = 4): number | null => (x === null ? null : Number(x.toFixed(d)));

/** Sums each outlet's months: counts add up, shares are re-weighted by what they are shares of. */
export const outletTotals = (months: readonly OutletMonth[]): OutletTotal[] => {
  const by = new Map<string, OutletMonth[]>();
  for (const m of months) by.set(m.outlet, [...(by.get(m.outlet) ?? []), m]);
  return [...by.values()]
    .map((rows) => {
      const sum = (k: keyof OutletMonth) => rows.reduce((s, r) => s + (r[k] as number), 0);
      const articles = sum('articles');
      return {
        outlet: rows[0]!.outlet,
        name: rows[0]!.name,
        months: rows.length,
        articles,
        quotes: sum('quotes'),
        quotesPerArticle: round(articles ? sum('quotes') / articles : 0, 3)!,
        quotedWords: sum('quotedWords'),
        anonymousQuotedShare: round(weighted(rows, 'anonymousQuotedShare', 'quotedWords')),
        namedSourcesPerArticle: round(weighted(rows, 'namedSourcesPerArticle', 'articles') ?? 0, 3)!,
        claims: sum('claims'),
        privateUnbackedShare: round(weighted(rows, 'privateUnbackedShare', 'claims')),
        agentlessPerArticle: round(weighted(rows, 'agentlessPerArticle', 'articles') ?? 0, 3)!,
        inconsistentChecks: sum('inconsistentChecks'),
        scored: sum('scored'),
        medianScore: medianOfMedians(rows),
      };
    })
    .sort((a, b) => b.articles - a.articles || a.outlet.localeCompare(b.outlet));
};

/** Filters of the article list, the store's and the server's. */
export interface ArticleFilters extends Filters {
  readonly sourceKind?: SourceKind | undefined;
  readonly minScore?: number | undefined;
  readonly maxScore?: number | undefined;
  readonly cursor?: string | undefined;
  readonly limit: number;
}

/** How many stored articles one request may look at to fill a page under the server-side filters. */
export const MAX_SCAN = 2000;
const PAGE = 100;

interface Cursor {
  /** The store's cursor of the page to resume in (null: the first page). */
  readonly c: string | null;
  /** Items of that page already looked at. */
  readonly k: number;
}

const encode = (c: Cursor): string => Buffer.from(JSON.stringify(c)).toString('base64url');
const decode = (s: string): Cursor => {
  try {
    const c = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as Cursor;
    if ((c.c === null || typeof c.c === 'string') && Number.isInteger(c.k) && c.k >= 0) return c;
  } catch {}
  throw coded('HS_BAD_REQUEST', 'cursor: not a cursor this server gave');
};

const passes = async (store: Store, a: ArticleSummary, f: ArticleFilters): Promise<boolean> => {
  if (f.minScore !== undefined && (a.score === null || a.score < f.minScore)) return false;
  if (f.maxScore !== undefined && (a.score === null || a.score > f.maxScore)) return false;
  if (f.sourceKind) {
    const stored = await store.article(a.id);
    const kind = f.sourceKind;
    if (!stored?.report.sources?.some((s) => s.kind === kind)) return false;
  }
  return true;
};

/**
 * A page of articles, newest first. Without source-kind or score filters it is the store's page; with
 * them the store's pages are scanned (at most MAX_SCAN articles per request) and the cursor says where
 * the scan stopped, so following `next` never skips or repeats an article.
 */
export const articlePage = async (
  store: Store,
  f: ArticleFilters,
): Promise<{ items: ArticleSummary[]; next: string | null }> => {
  const base: Filters = { outlet: f.outlet, since: f.since, until: f.until, person: f.person };
  const at = f.cursor ? decode(f.cursor) : { c: null, k: 0 };
  const serverSide = f.sourceKind !== undefined || f.minScore !== undefined || f.maxScore !== undefined;
  if (!serverSide) {
    const page = await store.articles({ ...base, cursor: at.c, limit: at.k + f.limit });
    const items = page.items.slice(at.k);
    return { items, next: page.next ? encode({ c: page.next, k: 0 }) : null };
  }
  const items: ArticleSummary[] = [];
  let cursor = at.c;
  let skip = at.k;
  let scanned = 0;
  for (;;) {
    const page = await store.articles({ ...base, cursor, limit: PAGE });
    for (let i = skip; i < page.items.length; i++) {
      const a = page.items[i]!;
      scanned++;
      if (await passes(store, a, f)) items.push(a);
      if (items.length >= f.limit || scanned >= MAX_SCAN) {
        const more = i + 1 < page.items.length || page.next !== null;
        return {
          items,
          next: more
            ? encode(i + 1 < page.items.length ? { c: cursor, k: i + 1 } : { c: page.next, k: 0 })
            : null,
        };
      }
    }
    if (!page.next) return { items, next: null };
    cursor = page.next;
    skip = 0;
  }
};

/** A quotation's key in URLs: the article id and the quote id, joined by the last colon. */
export const quoteKey = (articleId: string, quoteId: string): string => `${articleId}:${quoteId}`;

/** The text of the quotation a key names, or null when there is no such article or quotation. */
export const quoteText = async (store: Store, key: string): Promise<string | null> => {
  const cut = key.lastIndexOf(':');
  if (cut <= 0) return null;
  const stored = await store.article(key.slice(0, cut));
  const q = stored?.report.quotes?.find((x) => x.id === key.slice(cut + 1));
  return q && stored ? stored.report.text.slice(q.start, q.end) : null;
};
