/**
 * Fetching a page with the limits a CLI needs against the open web: http(s) only, redirects followed by
 * hand so each hop is checked and counted, one deadline for the whole fetch, and a byte cap enforced
 * while streaming so a huge or endless body is never held in memory.
 */
import { HearsayError } from '../errors.ts';
import { err, ok, type Result } from '../result.ts';

/** Limits for one fetch. */
export interface FetchOptions {
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
  readonly maxRedirects?: number;
  readonly userAgent?: string;
  /** The fetch to call for each hop (the server passes one that refuses private addresses). */
  readonly fetch?: typeof globalThis.fetch;
}

/** A fetched page: the final URL after redirects, its content type and the decoded body. */
export interface FetchedPage {
  readonly url: string;
  readonly contentType: string;
  readonly body: string;
}

/** The limits used when the caller gives none. */
export const FETCH_DEFAULTS = {
  timeoutMs: 10_000,
  maxBytes: 5_000_000,
  maxRedirects: 5,
  userAgent: 'hearsay/0.1 (+https://github.com/hearsay)',
} as const;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const checkProtocol = (raw: string, base?: string): Result<URL, HearsayError> => {
  let u: URL;
  try {
    u = new URL(raw, base);
  } catch {
    return err(new HearsayError('HS_FETCH_PROTOCOL', raw));
  }
  return u.protocol === 'http:' || u.protocol === 'https:'
    ? ok(u)
    : err(new HearsayError('HS_FETCH_PROTOCOL', u.href));
};

/** The charset named by the Content-Type header, else by a <meta charset> near the top of an HTML body. */
export const charsetOf = (contentType: string, head: Uint8Array): string => {
  const fromHeader = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1];
  if (fromHeader) return fromHeader;
  const sniff = new TextDecoder('latin1').decode(head.subarray(0, 1024));
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(sniff)?.[1] ?? 'utf-8';
};

/** Windows-1252 at 0x80–0x9F (0 = unassigned); the rest of the range is Latin-1. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0, 0x17d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0, 0x17e,
  0x178,
];
const CP1252_LABELS =
  /^(windows-1252|cp1252|x-cp1252|latin1|l1|iso-?8859-1|iso_8859-1(:1987)?|iso-ir-100|ibm819|cp819|csisolatin1|us-ascii|ascii)$/i;

/**
 * Decoded by hand because Node 20's TextDecoder('windows-1252') maps 0x80–0x9F as Latin-1 control codes,
 * which turns a page's curly quotes into invisible characters.
 */
const decodeCp1252 = (bytes: Uint8Array): string => {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const part = Array.from(bytes.subarray(i, i + 8192), (b) =>
      b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] || b : b,
    );
    s += String.fromCharCode(...part);
  }
  return s;
};

/** Decodes bytes in the named charset (windows-1252 by hand, the rest by TextDecoder; unknown names as UTF-8). */
export const decode = (bytes: Uint8Array, charset: string): string => {
  if (CP1252_LABELS.test(charset)) return decodeCp1252(bytes);
  try {
    return new TextDecoder(charset, { ignoreBOM: false }).decode(bytes);
  } catch {
    // An unknown label is the page's mistake; UTF-8 is what nearly every page really is.
    return new TextDecoder('utf-8').decode(bytes);
  }
};

type Body = ReadableStream<Uint8Array> | null;

const readCapped = async (
  body: Body,
  maxBytes: number,
  url: string,
): Promise<Result<Uint8Array, HearsayError>> => {
  if (!body) return ok(new Uint8Array());
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return err(new HearsayError('HS_FETCH_TOO_LARGE', url));
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return ok(out);
};

const discard = (body: Body): void => {
  body?.cancel().catch(() => undefined);
};

/** Failures of a reused kept-alive socket that the server closed meanwhile: the request never reached it. */
const STALE_SOCKET = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE', 'UND_ERR_CLOSED']);

/**
 * One request, sent again once on a fresh connection when a kept-alive socket turns out to be closed:
 * a long synchronous analysis between two fetches lets the server's keep-alive timeout pass unseen.
 */
const fetchOnce = async (
  url: URL,
  init: RequestInit,
  fetch: typeof globalThis.fetch = globalThis.fetch,
): Promise<Response> => {
  try {
    return await fetch(url, init);
  } catch (e) {
    const code = (e as { cause?: { code?: unknown } }).cause?.code;
    if (init.signal?.aborted || typeof code !== 'string' || !STALE_SOCKET.has(code)) throw e;
    return fetch(url, init);
  }
};

/** Fetches a page within the limits; every failure comes back as a coded HS_FETCH_* error. */
export const fetchPage = async (
  url: string,
  opts: FetchOptions = {},
): Promise<Result<FetchedPage, HearsayError>> => {
  const o = { ...FETCH_DEFAULTS, ...opts };
  const first = checkProtocol(url);
  if (!first.ok) return first;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), o.timeoutMs);
  let current = first.value;
  try {
    for (let hops = 0; ; hops++) {
      const res = await fetchOnce(
        current,
        {
          redirect: 'manual',
          signal: controller.signal,
          headers: {
            'user-agent': o.userAgent,
            accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
          },
        },
        opts.fetch,
      );
      const location = res.headers.get('location');
      if (REDIRECTS.has(res.status) && location) {
        discard(res.body);
        if (hops >= o.maxRedirects) return err(new HearsayError('HS_FETCH_REDIRECTS', url));
        const next = checkProtocol(location, current.href);
        if (!next.ok) return next;
        current = next.value;
        continue;
      }
      if (res.status < 200 || res.status > 299) {
        discard(res.body);
        return err(
          new HearsayError(
            'HS_FETCH_STATUS',
            `${res.status}${res.statusText ? ` ${res.statusText}` : ''} for ${current.href}`,
          ),
        );
      }
      const declared = Number(res.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > o.maxBytes) {
        discard(res.body);
        return err(new HearsayError('HS_FETCH_TOO_LARGE', current.href));
      }
      const bytes = await readCapped(res.body, o.maxBytes, current.href);
      if (!bytes.ok) return bytes;
      const contentType = res.headers.get('content-type') ?? '';
      return ok({
        url: current.href,
        contentType,
        body: decode(bytes.value, charsetOf(contentType, bytes.value)),
      });
    }
  } catch (e) {
    if (controller.signal.aborted) return err(new HearsayError('HS_FETCH_TIMEOUT', current.href));
    const cause = (e as { cause?: { code?: unknown } }).cause?.code;
    return err(
      new HearsayError(
        'HS_FETCH_FAILED',
        typeof cause === 'string' ? `${current.href} (${cause})` : current.href,
      ),
    );
  } finally {
    clearTimeout(timer);
  }
};
