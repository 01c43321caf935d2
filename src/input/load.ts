/**
 * One entry point for whatever the user names on the command line: `-` for stdin, an http(s) URL, or a
 * path to a text or HTML file. Plain text is returned untouched, because every span in the report
 * points into it and its metadata is parsed by the engine.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { HearsayError } from '../errors.ts';
import type { Meta } from '../report/schema.ts';
import { err, ok, type Result } from '../result.ts';
import { charsetOf, decode, type FetchedPage, type FetchOptions, fetchPage } from './fetch.ts';
import { type ExtractedCaption, extractArticle } from './html.ts';

/** A loaded input: the text to analyse, page metadata (null for plain text) and where it came from. */
export interface LoadedInput {
  readonly text: string;
  readonly meta: Meta | null;
  readonly kind: 'text' | 'html' | 'url';
  /** Figure captions found in an HTML page; empty for plain text. */
  readonly captions: readonly ExtractedCaption[];
}

/** Options for loading an input. */
export interface LoadOptions {
  readonly fetch?: FetchOptions;
  /** Stream read for `-`; process.stdin when not given (tests pass their own). */
  readonly stdin?: AsyncIterable<Uint8Array | string>;
  /** Largest file or standard input read, in bytes (default `MAX_INPUT_BYTES`): past it, HS_TOO_LARGE. */
  readonly maxBytes?: number;
}

/** The default cap on a file or stdin: pages carry far more markup than text, so well above the article limit. */
export const MAX_INPUT_BYTES = 50_000_000;

/** The UTF-8 text of the bytes, or null when they are not text: a NUL or invalid UTF-8 anywhere in them. */
export const utf8Text = (bytes: Uint8Array): string | null => {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
};

/** True for bytes that are not UTF-8 text, checked over the whole input (not a first few kilobytes). */
export const looksBinary = (bytes: Uint8Array): boolean => utf8Text(bytes) === null;

/** The charset a byte-order mark declares, if the bytes open with one. */
const bomCharset = (b: Uint8Array): string | null => {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
};

/**
 * Decodes a local file as a browser would: by its byte-order mark, else (for an HTML page) by its
 * `<meta charset>`, else as UTF-8; null when the result is not text. The same decoder as for URLs.
 */
const decodeFile = (bytes: Uint8Array, label: string): string | null => {
  let charset = bomCharset(bytes);
  if (!charset) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
    if (looksHtml(label, head)) charset = charsetOf('', bytes).toLowerCase();
  }
  if (!charset || charset === 'utf-8' || charset === 'utf8') return utf8Text(bytes);
  const text = decode(bytes, charset);
  return text.includes('\u0000') ? null : text;
};

/** Content types that are text a page could be read from; anything else (octet-stream, images, PDF) is binary. */
const TEXTUAL = /^\s*(text\/|application\/(xhtml\+xml|xml|rss\+xml|atom\+xml)\b|[^/]*\/[^;]*\+xml\b)/i;

/** HS_BINARY_INPUT for a fetched page that is not text, by its content type or a NUL in its body. */
export const binaryPage = (page: FetchedPage): HearsayError | null =>
  (page.contentType !== '' && !TEXTUAL.test(page.contentType)) || page.body.includes('\u0000')
    ? new HearsayError('HS_BINARY_INPUT', `${page.url} (${page.contentType || 'no content type'})`)
    : null;

/** True for content that is an HTML page by name or by its first tag. */
export const looksHtml = (name: string, text: string): boolean =>
  /\.html?$/i.test(name) || /^\s*(<!--[\s\S]*?-->\s*)*(<!doctype\s+html|<html[\s>])/i.test(text);

const fromHtml = (
  html: string,
  label: string,
  kind: 'html' | 'url',
  url?: string,
): Result<LoadedInput, HearsayError> => {
  const a = extractArticle(html, url);
  if (!a.ok) return err(new HearsayError('HS_NOT_AN_ARTICLE', label));
  return ok({ text: a.value.text, meta: a.value.meta, kind, captions: a.value.captions });
};

const fromBytes = (bytes: Uint8Array, label: string): Result<LoadedInput, HearsayError> => {
  const decoded = decodeFile(bytes, label);
  if (decoded === null) return err(new HearsayError('HS_BINARY_INPUT', label));
  const text = decoded.replace(/^\uFEFF/, '');
  if (text.trim() === '') return err(new HearsayError('HS_EMPTY_INPUT', label));
  if (looksHtml(label, text)) return fromHtml(text, label, 'html');
  return ok({ text, meta: null, kind: 'text', captions: [] });
};

const readStream = async (
  stream: AsyncIterable<Uint8Array | string>,
  maxBytes: number,
): Promise<Uint8Array | null> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of stream) {
    const b = typeof c === 'string' ? Buffer.from(c, 'utf8') : Buffer.from(c);
    size += b.length;
    if (size > maxBytes) return null;
    chunks.push(b);
  }
  return Buffer.concat(chunks);
};

const fromUrl = async (url: string, opts: LoadOptions): Promise<Result<LoadedInput, HearsayError>> => {
  const page = await fetchPage(url, opts.fetch);
  if (!page.ok) return page;
  const { body, contentType, url: finalUrl } = page.value;
  const binary = binaryPage(page.value);
  if (binary) return err(binary);
  if (body.trim() === '') return err(new HearsayError('HS_EMPTY_INPUT', finalUrl));
  if (/^text\/plain/i.test(contentType)) {
    const meta: Meta = { title: null, byline: null, outlet: null, date: null, url: finalUrl };
    return ok({ text: body, meta, kind: 'url', captions: [] });
  }
  return fromHtml(body, finalUrl, 'url', finalUrl);
};

/** Loads `-` (stdin), an http(s) URL or a file path as article text, extracting HTML pages. */
export const loadInput = async (
  arg: string,
  opts: LoadOptions = {},
): Promise<Result<LoadedInput, HearsayError>> => {
  const maxBytes = opts.maxBytes ?? MAX_INPUT_BYTES;
  if (arg === '-') {
    try {
      const bytes = await readStream(opts.stdin ?? process.stdin, maxBytes);
      if (!bytes) return err(new HearsayError('HS_TOO_LARGE', `stdin (more than ${maxBytes} bytes)`));
      return fromBytes(bytes, 'stdin');
    } catch {
      return err(new HearsayError('HS_FILE_UNREADABLE', 'stdin'));
    }
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) return fromUrl(arg, opts);
  let bytes: Uint8Array;
  try {
    const st = await stat(arg);
    // a pipe (`analyze <(curl …)`, /dev/stdin) has no size: it is read like stdin, up to the same cap
    if (st.isFIFO()) {
      const piped = await readStream(createReadStream(arg), maxBytes);
      if (!piped) return err(new HearsayError('HS_TOO_LARGE', `${arg} (more than ${maxBytes} bytes)`));
      return fromBytes(piped, arg);
    }
    if (!st.isFile()) return err(new HearsayError('HS_FILE_UNREADABLE', arg));
    if (st.size > maxBytes) return err(new HearsayError('HS_TOO_LARGE', `${arg} (${st.size} bytes)`));
    bytes = await readFile(arg);
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    return err(
      new HearsayError(
        code === 'ENOENT' || code === 'ENOTDIR' ? 'HS_FILE_NOT_FOUND' : 'HS_FILE_UNREADABLE',
        arg,
      ),
    );
  }
  return fromBytes(bytes, arg);
};
