/**
 * RSS 2.0 and Atom feeds: parsing into items, and a resumable run that analyses each item's page into one
 * JSON line. Resumable because feeds are long and the web is flaky: a rerun skips ids already written and
 * repairs a last line cut short by a crash.
 */
import {
  appendFileSync,
  closeSync,
  createReadStream,
  existsSync,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  truncateSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { XMLParser } from 'fast-xml-parser';
import { HearsayError } from '../errors.ts';
import { err, ok, type Result } from '../result.ts';
import { toIsoDate } from './dates.ts';
import { collapse } from './dom.ts';
import { type FetchOptions, fetchPage } from './fetch.ts';
import { decodeEntities } from './html-meta.ts';
import { binaryPage } from './load.ts';

/** One feed entry. `id` is the guid (RSS) or id (Atom), else the link. */
export interface FeedItem {
  readonly id: string;
  readonly title: string;
  readonly link: string | null;
  readonly date: string | null;
  readonly content?: string;
}

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

/** Text of an element that may carry attributes (then the text sits under `#text`). */
const text = (v: unknown): string | null => {
  const raw = isNode(v) ? v['#text'] : Array.isArray(v) ? text(v[0]) : v;
  if (typeof raw !== 'string' && typeof raw !== 'number') return null;
  const s = String(raw).trim();
  return s === '' ? null : s;
};

/** A title as plain text: feeds routinely escape titles twice, and Atom `type="html"` titles carry markup. */
const title = (v: unknown): string | null => {
  const t = text(v);
  if (t === null) return null;
  const type = isNode(v) ? v['@_type'] : undefined;
  return collapse(decodeEntities(type === 'html' || type === 'xhtml' ? t.replace(/<[^>]*>/g, '') : t));
};

const resolve = (href: string | null, base: string | undefined): string | null => {
  if (!href) return null;
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
};

const item = (
  id: string | null,
  title: string | null,
  link: string | null,
  date: string | null,
  content: string | null,
): FeedItem | null => {
  const key = id ?? link;
  if (!key) return null;
  return { id: key, title: title ?? '', link, date: toIsoDate(date), ...(content ? { content } : {}) };
};

const rssItems = (channel: Node, base: string | undefined): FeedItem[] =>
  arr(channel.item)
    .filter(isNode)
    .map((it) => {
      const guid = text(it.guid);
      const link = resolve(text(it.link) ?? (guid && /^https?:\/\//i.test(guid) ? guid : null), base);
      const date = text(it.pubDate) ?? text(it['dc:date']);
      return item(guid, title(it.title), link, date, text(it['content:encoded']) ?? text(it.description));
    })
    .filter((x): x is FeedItem => x !== null);

/** The entry's page: the `alternate` link (Atom's default rel) in preference to `self`, `enclosure`, … */
const atomLink = (links: unknown): string | null => {
  const all = arr(links).filter(isNode);
  const alt = all.find((l) => l['@_rel'] === undefined || l['@_rel'] === 'alternate') ?? all[0];
  return typeof alt?.['@_href'] === 'string' ? alt['@_href'] : null;
};

const atomItems = (feed: Node, base: string | undefined): FeedItem[] =>
  arr(feed.entry)
    .filter(isNode)
    .map((e) => {
      const link = resolve(atomLink(e.link), base);
      const date = text(e.published) ?? text(e.updated);
      return item(text(e.id), title(e.title), link, date, text(e.content) ?? text(e.summary));
    })
    .filter((x): x is FeedItem => x !== null);

/** Parses an RSS 2.0 or Atom document into items; HS_BAD_FEED for anything else. `base` resolves relative links. */
export const parseFeed = (
  xml: string,
  source = 'the input',
  base?: string,
): Result<FeedItem[], HearsayError> => {
  let doc: unknown;
  try {
    const parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@_',
      parseTagValue: false,
      parseAttributeValue: false,
      htmlEntities: true,
      trimValues: true,
    });
    doc = parser.parse(xml, true);
  } catch {
    return err(new HearsayError('HS_BAD_FEED', source));
  }
  if (!isNode(doc)) return err(new HearsayError('HS_BAD_FEED', source));
  const rss = doc.rss;
  if (isNode(rss) && isNode(rss.channel)) return ok(rssItems(rss.channel, base));
  if (isNode(doc.feed)) return ok(atomItems(doc.feed, base));
  return err(new HearsayError('HS_BAD_FEED', source));
};

/** What the analysis callback returns: a report-like object, or a Result carrying one. */
export type AnalysisOutcome = object | Result<object, HearsayError>;

/** Analyses one item's page; the caller supplies it so this module does not depend on the engine. */
export type AnalyzeHtml = (
  html: string,
  url: string,
  item: FeedItem,
) => AnalysisOutcome | Promise<AnalysisOutcome>;

/** Options for a feed run. */
export interface FeedRunOptions {
  readonly fetch?: FetchOptions;
  /** Where per-item failures go, one line each; stderr when not given. */
  readonly log?: (line: string) => void;
  /** Stop after this many new items. */
  readonly limit?: number;
}

/** What a feed run did. */
export interface FeedRunCounts {
  readonly items: number;
  readonly added: number;
  readonly skipped: number;
  readonly failed: number;
}

const readSource = async (source: string, opts: FeedRunOptions): Promise<Result<string, HearsayError>> => {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) {
    const page = await fetchPage(source, opts.fetch);
    return page.ok ? ok(page.value.body) : page;
  }
  try {
    return ok(await readFile(source, 'utf8'));
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    return err(new HearsayError(code === 'ENOENT' ? 'HS_FILE_NOT_FOUND' : 'HS_FILE_UNREADABLE', source));
  }
};

/** Where the last complete line of a file ends, found by reading backwards from the end in small blocks. */
const lastLineEnd = (fd: number, size: number): number => {
  const block = Buffer.allocUnsafe(64 * 1024);
  for (let end = size; end > 0; ) {
    const start = Math.max(0, end - block.length);
    const n = readSync(fd, block, 0, end - start, start);
    const nl = block.subarray(0, n).lastIndexOf(0x0a);
    if (nl >= 0) return start + nl + 1;
    end = start;
  }
  return 0;
};

/** The `"id"` of a report line, read without parsing the whole report (it is the second field we write). */
const idOfLine = (line: string): string | null => {
  const m = /^\{"schemaVersion":"[^"]*","id":("(?:[^"\\]|\\.)*")/.exec(line);
  try {
    const id: unknown = m ? JSON.parse(m[1]!) : (JSON.parse(line) as { id?: unknown }).id;
    return typeof id === 'string' ? id : null;
  } catch {
    // A bad line in the middle is not ours to repair; its item is simply analysed again.
    return null;
  }
};

/**
 * Drops a last line left without its newline (a crash mid-write) and returns the ids already written,
 * streaming the file line by line: an output of any size is resumed in flat memory.
 */
export const prepareOutput = async (
  out: string,
  log: (line: string) => void,
): Promise<Result<Set<string>, HearsayError>> => {
  const ids = new Set<string>();
  try {
    if (!existsSync(out)) {
      mkdirSync(dirname(out), { recursive: true });
      return ok(ids);
    }
    const fd = openSync(out, 'r');
    let size: number;
    let keep: number;
    try {
      size = fstatSync(fd).size;
      keep = size === 0 ? 0 : lastLineEnd(fd, size);
    } finally {
      closeSync(fd);
    }
    if (keep < size) {
      truncateSync(out, keep);
      log(`hearsay: dropped a truncated last line from ${out}`);
    }
    if (keep === 0) return ok(ids);
    const lines = createInterface({
      input: createReadStream(out, { end: keep - 1 }),
      crlfDelay: Number.POSITIVE_INFINITY,
    });
    for await (const line of lines) {
      if (!line.trim()) continue;
      const id = idOfLine(line);
      if (id !== null) ids.add(id);
    }
    return ok(ids);
  } catch {
    return err(new HearsayError('HS_WRITE_FAILED', out));
  }
};

/**
 * Takes `OUT.lock` (holding our pid) so two runs never append the same items to one output; a lock left
 * by a run that no longer exists is taken over. Returns the release function.
 */
export const lockOutput = (out: string): Result<() => void, HearsayError> => {
  const lock = `${out}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      mkdirSync(dirname(out), { recursive: true });
      const fd = openSync(lock, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      let held = true;
      const release = (): void => {
        if (!held) return;
        held = false;
        process.off('exit', release);
        try {
          unlinkSync(lock);
        } catch {
          // already gone: nothing to release
        }
      };
      process.on('exit', release);
      return ok(release);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST')
        return err(new HearsayError('HS_WRITE_FAILED', lock));
      const pid = Number(readFileSync(lock, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pidAlive(pid))
        return err(new HearsayError('HS_OUTPUT_LOCKED', out));
      try {
        unlinkSync(lock); // stale: its run is gone
      } catch {
        // another run took it over first; the next attempt says so
      }
    }
  }
  return err(new HearsayError('HS_OUTPUT_LOCKED', out));
};

const pidAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const asResult = (o: AnalysisOutcome): Result<object, HearsayError> => {
  const r = o as { ok?: unknown; value?: unknown; error?: unknown };
  if (r.ok === true && 'value' in r) return ok(r.value as object);
  if (r.ok === false && r.error instanceof HearsayError) return err(r.error);
  return ok(o);
};

const analyseItem = async (
  it: FeedItem,
  analyze: AnalyzeHtml,
  opts: FeedRunOptions,
): Promise<Result<object, HearsayError>> => {
  if (!it.link) {
    if (it.content) return asResult(await analyze(it.content, it.id, it));
    return err(new HearsayError('HS_NOT_AN_ARTICLE', `${it.id} (no link and no content)`));
  }
  const page = await fetchPage(it.link, opts.fetch);
  if (!page.ok) return page;
  const binary = binaryPage(page.value);
  if (binary) return err(binary);
  return asResult(await analyze(page.value.body, page.value.url, it));
};

/** Analyses every feed item not yet in `out`, appending one complete JSON line per item; returns counts. */
export const runFeed = async (
  source: string,
  out: string,
  analyzeHtml: AnalyzeHtml,
  opts: FeedRunOptions = {},
): Promise<Result<FeedRunCounts, HearsayError>> => {
  const log = opts.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const raw = await readSource(source, opts);
  if (!raw.ok) return raw;
  const feed = parseFeed(raw.value, source, /^https?:\/\//i.test(source) ? source : undefined);
  if (!feed.ok) return feed;
  const lock = lockOutput(out);
  if (!lock.ok) return lock;
  // a signal stops the run between items: every line written is whole, the lock is released
  let stopped: NodeJS.Signals | null = null;
  const onSignal = (sig: NodeJS.Signals): void => {
    stopped = sig;
  };
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, onSignal);
  try {
    const r = await feedItems(feed.value, out, analyzeHtml, opts, log, () => stopped);
    if (stopped) process.exitCode = stopped === 'SIGINT' ? 130 : 143;
    return r;
  } finally {
    for (const sig of ['SIGINT', 'SIGTERM'] as const) process.off(sig, onSignal);
    lock.value();
  }
};

const feedItems = async (
  items: readonly FeedItem[],
  out: string,
  analyzeHtml: AnalyzeHtml,
  opts: FeedRunOptions,
  log: (line: string) => void,
  stopped: () => NodeJS.Signals | null,
): Promise<Result<FeedRunCounts, HearsayError>> => {
  const done = await prepareOutput(out, log);
  if (!done.ok) return done;
  const seen = done.value;
  let added = 0;
  let skipped = 0;
  let failed = 0;
  for (const it of items) {
    if (stopped()) {
      log(`hearsay: stopped by ${stopped()}; rerun to go on`);
      break;
    }
    if (seen.has(it.id)) {
      skipped++;
      continue;
    }
    if (opts.limit !== undefined && added >= opts.limit) break;
    let result: Result<object, HearsayError>;
    try {
      result = await analyseItem(it, analyzeHtml, opts);
    } catch (e) {
      result = err(new HearsayError('HS_WORKER_FAILED', e instanceof Error ? e.message : String(e)));
    }
    if (!result.ok) {
      failed++;
      log(`hearsay: skipped ${it.id}: ${result.error.code} ${result.error.message}`);
      continue;
    }
    try {
      appendFileSync(out, `${JSON.stringify({ ...result.value, id: it.id })}\n`);
    } catch {
      return err(new HearsayError('HS_WRITE_FAILED', out));
    }
    seen.add(it.id);
    added++;
  }
  return ok({ items: items.length, added, skipped, failed });
};
