/**
 * One outlet from whatever names it: the record's `outlet`, the page's metadata or the URL's domain.
 * Known outlets (outlet-names.ts) merge their names and domains; others keep their folded name or
 * their domain, so spelling variants of a name still meet.
 */
import { OUTLET_NAMES } from './outlet-names.ts';

/** An outlet: a stable key to group by and a name to show. */
export interface Outlet {
  readonly key: string;
  readonly name: string;
}

/** Folds a name to a key: no accents, no case, "&" as "and", no leading "the", letters and digits only. */
export function foldName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/^\s*the\s+/, '')
    .replace(/[^a-z0-9]+/g, '');
}

const BY_NAME = new Map<string, Outlet>();
const BY_DOMAIN = new Map<string, Outlet>();
for (const o of OUTLET_NAMES) {
  const outlet = { key: foldName(o.name), name: o.name };
  for (const n of [o.name, ...o.aliases]) BY_NAME.set(foldName(n), outlet);
  for (const d of o.domains) BY_DOMAIN.set(d, outlet);
}

const DOMAINLIKE = /^(?:https?:\/\/)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:[/:?#].*)?$/i;
const SUBDOMAIN = /^(?:www\d?|m|amp|mobile|edition)\./;

/** The host of a URL or bare domain, lowercased and without "www."-style prefixes; null if none. */
export function hostOf(urlOrDomain: string): string | null {
  const s = urlOrDomain.trim();
  let host: string;
  try {
    host = new URL(/^[a-z]+:\/\//i.test(s) ? s : `http://${s}`).hostname.toLowerCase();
  } catch {
    return null;
  }
  if (!host.includes('.')) return null;
  while (SUBDOMAIN.test(host)) host = host.replace(SUBDOMAIN, '');
  return host;
}

function byDomain(host: string): Outlet {
  // "uk.eonline.com" → eonline.com: try the host, then each parent domain
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    const o = BY_DOMAIN.get(h);
    if (o) return o;
  }
  return { key: host, name: host };
}

/** Normalises one outlet name or domain; null for an empty one. */
export function normaliseOutlet(nameOrDomain: string | null | undefined): Outlet | null {
  const s = nameOrDomain?.trim();
  if (!s) return null;
  if (DOMAINLIKE.test(s) && !/\s/.test(s)) {
    const host = hostOf(s);
    if (host) {
      const o = byDomain(host);
      // "People.com" is both a name and a domain: a listed name wins over an unlisted domain
      return o.key === host ? (BY_NAME.get(foldName(s)) ?? o) : o;
    }
  }
  const key = foldName(s);
  if (!key) return null;
  return BY_NAME.get(key) ?? { key, name: s };
}

/** The outlet of an article: the record's outlet, else the page's, else the URL's domain, else "unknown". */
export function outletOf(
  recordOutlet: string | null | undefined,
  pageOutlet: string | null | undefined,
  url: string | null | undefined,
): Outlet {
  return (
    normaliseOutlet(recordOutlet) ??
    normaliseOutlet(pageOutlet) ??
    (url ? normaliseOutlet(hostOf(url)) : null) ?? { key: 'unknown', name: 'unknown' }
  );
}

/** A listed outlet only (outlet-names.ts), by any of its names or domains; null for anything else. */
export function knownOutlet(nameOrDomain: string | null | undefined): Outlet | null {
  const s = nameOrDomain?.trim();
  if (!s) return null;
  const host = DOMAINLIKE.test(s) && !/\s/.test(s) ? hostOf(s) : null;
  if (host) {
    const o = byDomain(host);
    if (o.key !== host) return o;
  }
  return BY_NAME.get(foldName(s)) ?? null;
}

// a credit: "according to TMZ", "told Us Weekly", "via E! News", "first reported by Page Six"
const CREDIT_BEFORE =
  /\b(?:according to|told|tells|via|reported by|confirmed to|revealed to|said to|in an interview with|speaking to|per)\s+((?:the\s+)?[A-Z][\w!&'’.-]*(?:\s+[A-Z&][\w!&'’.-]*){0,3})/g;
// "TMZ reported", "Page Six first reported", "as Us Weekly reports"
const CREDIT_AFTER =
  /\b((?:the\s+)?[A-Z][\w!&'’.-]*(?:\s+[A-Z&][\w!&'’.-]*){0,3})\s+(?:first\s+)?(?:reported|reports|revealed|broke the news)\b/g;

/** The longest run of words that is a listed outlet ("As Page Six" → Page Six). */
function longestKnown(words: readonly string[]): Outlet | null {
  for (let n = words.length; n > 0; n--)
    for (let i = 0; i + n <= words.length; i++) {
      const o = knownOutlet(
        words
          .slice(i, i + n)
          .join(' ')
          .replace(/[.,’']+$/, ''),
      );
      if (o) return o;
    }
  return null;
}

/**
 * The listed outlets an article credits, by key. One linear scan per pattern when an article is
 * stored (not a pipeline stage); a phrase counts only when a run of its words is a listed outlet.
 */
export function creditedOutlets(text: string): Set<string> {
  const out = new Set<string>();
  for (const re of [CREDIT_BEFORE, CREDIT_AFTER]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const o = longestKnown((m[1] ?? '').split(/\s+/));
      if (o) out.add(o.key);
    }
  }
  return out;
}
