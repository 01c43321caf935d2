/**
 * Page metadata: title, byline, outlet, date and URL from Open Graph / article meta tags, JSON-LD and
 * the page itself. Read from the untouched document, because cleaning removes the scripts JSON-LD lives in.
 */
import type { Meta } from '../report/schema.ts';
import { toIsoDate } from './dates.ts';
import { collapse, type DomDocument } from './dom.ts';

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  ndash: '–',
  mdash: '—',
  hellip: '…',
};

/** Decodes entities left in metadata, which CMSes often double-encode inside JSON-LD and meta content. */
export const decodeEntities = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return NAMED[body.toLowerCase()] ?? all;
  });

const clean = (s: string | null | undefined): string | null => {
  if (typeof s !== 'string') return null;
  const c = collapse(decodeEntities(s));
  return c === '' ? null : c;
};

const metaContent = (doc: DomDocument, ...keys: string[]): string | null => {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"]`) ?? doc.querySelector(`meta[name="${key}"]`);
    const v = clean(el?.getAttribute('content'));
    if (v) return v;
  }
  return null;
};

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const ARTICLE_TYPES =
  /^(News|Reportage|Analysis|Opinion|Review|Report|Blog|Social|Satirical)?(Article|Posting)$/;

const typesOf = (o: Json): string[] => {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
};

/** Finds the article object among the page's JSON-LD blocks, looking inside arrays and `@graph`. */
const jsonLdArticle = (doc: DomDocument): Json | null => {
  const found: Json[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 4) return;
    if (Array.isArray(v)) for (const x of v) visit(x, depth + 1);
    else if (isObj(v)) {
      found.push(v);
      if (v['@graph']) visit(v['@graph'], depth + 1);
    }
  };
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    try {
      visit(JSON.parse(scripts[i]!.textContent ?? ''), 0);
    } catch {
      // A broken JSON-LD block is common on real pages and says nothing about the article: skip it.
    }
  }
  return (
    found.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t))) ??
    found.find((o) => 'headline' in o) ??
    null
  );
};

const nameOf = (v: unknown): string | null => {
  if (typeof v === 'string') return clean(v);
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((x): x is string => x !== null);
    return names.length ? new Intl.ListFormat('en', { type: 'conjunction' }).format(names) : null;
  }
  return isObj(v) ? clean(typeof v.name === 'string' ? v.name : null) : null;
};

const stripBy = (s: string | null): string | null => {
  const v = s?.replace(/^by\s+/i, '').trim();
  return v ? v : null;
};

const resolveUrl = (href: string | null, base: string | undefined): string | null => {
  if (!href) return null;
  try {
    return new URL(href, base).href;
  } catch {
    return /^https?:\/\//i.test(href) ? href : null;
  }
};

/** Drops a " | Outlet" or " - Outlet" tail from a <title>, which names the site, not the story. */
const stripSiteSuffix = (title: string, outlet: string | null): string => {
  if (!outlet) return title;
  const m = new RegExp(`^(.+?)\\s+[|\\-–—:]\\s+${outlet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i').exec(
    title,
  );
  return m ? m[1]! : title;
};

/** Reads the article metadata from a parsed, untouched page; the readability byline fills a missing author. */
export const readMeta = (doc: DomDocument, baseUrl?: string, readabilityByline?: string | null): Meta => {
  const ld = jsonLdArticle(doc);
  const outlet = metaContent(doc, 'og:site_name', 'application-name') ?? nameOf(ld?.publisher);
  const titleTag = clean(doc.querySelector('title')?.textContent);
  const title =
    metaContent(doc, 'og:title', 'twitter:title') ??
    clean(typeof ld?.headline === 'string' ? ld.headline : null) ??
    (titleTag ? stripSiteSuffix(titleTag, outlet) : null);
  const authorMeta = metaContent(doc, 'author', 'article:author', 'byl');
  const byline =
    stripBy(authorMeta && !/^https?:/i.test(authorMeta) ? authorMeta : null) ??
    stripBy(nameOf(ld?.author)) ??
    stripBy(clean(readabilityByline));
  const timeEl = doc.querySelector('article time[datetime]') ?? doc.querySelector('time[datetime]');
  const date =
    toIsoDate(metaContent(doc, 'article:published_time', 'datePublished', 'date', 'pubdate')) ??
    toIsoDate(typeof ld?.datePublished === 'string' ? ld.datePublished : null) ??
    toIsoDate(timeEl?.getAttribute('datetime'));
  const url =
    resolveUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null, baseUrl) ??
    resolveUrl(metaContent(doc, 'og:url'), baseUrl) ??
    resolveUrl(baseUrl ?? null, undefined);
  return { title, byline, outlet, date, url };
};
