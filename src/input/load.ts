/**
 * One entry point for whatever the user names on the command line: `-` for stdin, an http(s) URL, or a
 * path to a text or HTML file. Plain text is returned untouched, because every span in the report
 * points into it and its metadata is parsed by the engine.
 */
import { readFile, stat } from 'node:fs/promises';
import { HearsayError } from '../errors.ts';
import type { Meta } from '../report/schema.ts';
import { err, ok, type Result } from '../result.ts';
import { type FetchOptions, fetchPage } from './fetch.ts';
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
}

const SNIFF_BYTES = 8192;

/** True for bytes that are not text: a NUL, or invalid UTF-8 in the first 8 KB (a split last character is fine). */
export const looksBinary = (bytes: Uint8Array): boolean => {
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head.includes(0)) return true;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: head.length < bytes.length });
    return false;
  } catch {
    return true;
  }
};

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
  if (looksBinary(bytes)) return err(new HearsayError('HS_BINARY_INPUT', label));
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  if (text.trim() === '') return err(new HearsayError('HS_EMPTY_INPUT', label));
  if (looksHtml(label, text)) return fromHtml(text, label, 'html');
  return ok({ text, meta: null, kind: 'text', captions: [] });
};

const readStream = async (stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> => {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c, 'utf8') : Buffer.from(c));
  return Buffer.concat(chunks);
};

const fromUrl = async (url: string, opts: LoadOptions): Promise<Result<LoadedInput, HearsayError>> => {
  const page = await fetchPage(url, opts.fetch);
  if (!page.ok) return page;
  const { body, contentType, url: finalUrl } = page.value;
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
  if (arg === '-') {
    try {
      return fromBytes(await readStream(opts.stdin ?? process.stdin), 'stdin');
    } catch {
      return err(new HearsayError('HS_FILE_UNREADABLE', 'stdin'));
    }
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) return fromUrl(arg, opts);
  let bytes: Uint8Array;
  try {
    if (!(await stat(arg)).isFile()) return err(new HearsayError('HS_FILE_UNREADABLE', arg));
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
