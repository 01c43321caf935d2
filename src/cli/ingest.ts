/**
 * `hearsay ingest` and `hearsay reanalyze`: analyse on all cores and store. Loaded only when one of
 * them runs (src/cli/corpus.ts registers them), as it brings in the engine, the fetcher and the HTML reader.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inputKey, isCurrent, isPostgresUrl, type PutItem, readingOf, type Store } from '../corpus/index.ts';
import { unpackRows } from '../corpus/rows.ts';
import { HearsayError } from '../errors.ts';
import { parseFeed } from '../input/feed.ts';
import { type FetchOptions, fetchPage } from '../input/fetch.ts';
import { pageArticle } from '../input/html.ts';
import { engineFingerprint } from '../pipeline/fingerprint.ts';
import type { PresetName } from '../pipeline/presets.ts';
import { type Report, SCHEMA_VERSION } from '../report/schema.ts';
import { runBatch } from './batch.ts';
import { INGEST_BATCH, INGEST_FLUSH_MS, withStore } from './corpus.ts';
import { type LimitFlags, limitsOf } from './limits.ts';
import { checkInput } from './read.ts';

/** The flags of `ingest` and `reanalyze`. */
export interface IngestFlags extends LimitFlags {
  db: string;
  jobs?: number;
  skipBad: boolean;
  kb: string[];
  progress: boolean;
  timeout: number;
  maxBytes: number;
  batchSize?: number;
  /** The reading (`--preset`): standard when not given. */
  preset?: PresetName;
}

/**
 * The flags of `hearsay reanalyze`: ingest's, less the page-fetch limits, plus --all. Without
 * `preset`, each article is read again with the preset that read it before.
 */
export type ReanalyzeFlags = Omit<IngestFlags, 'timeout' | 'maxBytes'> & { all: boolean };

/** Counts of one ingest. */
export interface IngestCounts {
  added: number;
  replaced: number;
  skipped: number;
}

/** A batch sink that stores reports in transactions of `INGEST_BATCH`, at most `INGEST_FLUSH_MS` apart. */
function storeSink(
  store: Store,
  counts: IngestCounts,
  force: boolean,
  stop: () => boolean,
  preset: PresetName,
  batch = INGEST_BATCH,
) {
  const reading = readingOf(preset);
  let buf: PutItem[] = [];
  let chain: Promise<void> = Promise.resolve();
  let inFlight = 0;
  let failure: unknown = null;
  let last = Date.now();
  let yielded = Date.now();
  const flush = (): Promise<void> => {
    if (buf.length === 0) return chain;
    const items = buf;
    buf = [];
    last = Date.now();
    inFlight++;
    chain = chain.then(async () => {
      try {
        if (failure) return;
        for (const o of await store.putReports(items, { force })) counts[o]++;
      } catch (e) {
        failure ??= e;
      } finally {
        inFlight--;
      }
    });
    return chain;
  };
  return {
    sink: {
      async want(line: string): Promise<boolean> {
        if (stop()) throw new HearsayError('HS_BAD_OPTION', 'interrupted');
        if (force) return true;
        let rec: unknown;
        try {
          rec = JSON.parse(line);
        } catch {
          return true; // the analysis names the bad line
        }
        if (typeof rec !== 'object' || rec === null || typeof (rec as { text?: unknown }).text !== 'string')
          return true;
        const key = inputKey(rec as { text: string });
        if (isCurrent((await store.versions([key.id])).get(key.id), key.hash, reading)) {
          counts.skipped++;
          return false;
        }
        return true;
      },
      write(json: string, extra: unknown): void {
        // rows built in a worker thread; without workers (--jobs 1) the store builds them here
        if (extra) buf.push({ rows: unpackRows(extra) });
        else buf.push({ report: JSON.parse(json) as Report, json, preset });
        if (buf.length >= batch) void flush();
      },
      async drain(): Promise<void> {
        if (failure) throw failure;
        // SQLite and one-thread analysis never wait on I/O: yield now and then so signals get handled
        if (Date.now() - yielded >= 50) {
          await new Promise((r) => setImmediate(r));
          yielded = Date.now();
        }
        if (buf.length > 0 && Date.now() - last >= INGEST_FLUSH_MS) void flush();
        // one transaction may run while the next fills; more than that waits
        if (inFlight > 1) await chain;
        if (failure) throw failure;
      },
    },
    async finish(): Promise<void> {
      await flush();
      await chain;
      if (failure) throw failure;
    },
  };
}

const isUrl = (s: string): boolean => /^https?:\/\//i.test(s);

/** Fetches URLs (feeds or article pages) into a JSON Lines file of records; skips feed items already stored. */
async function urlsToRecords(
  urls: readonly string[],
  store: Store,
  fetch: FetchOptions,
  file: string,
): Promise<number> {
  const lines: string[] = [];
  // the one path from a page to a record (src/input/html.ts): its figure captions go with it
  const pageRecord = async (url: string, item: { id: string; title: string; date: string | null }) => {
    const page = await fetchPage(url, fetch);
    if (!page.ok) throw page.error;
    const a = pageArticle(page.value.body, page.value.url, item);
    if (!a.ok) throw a.error;
    return a.value;
  };
  for (const url of urls) {
    const page = await fetchPage(url, fetch);
    if (!page.ok) throw page.error;
    const feed = /<(rss|feed)[\s>]/.test(page.value.body.slice(0, 2000))
      ? parseFeed(page.value.body, url, page.value.url)
      : null;
    if (feed?.ok) {
      const have = await store.versions(feed.value.map((i) => i.id));
      for (const item of feed.value) {
        if (have.has(item.id) || !item.link) continue;
        try {
          lines.push(JSON.stringify(await pageRecord(item.link, item)));
        } catch (e) {
          process.stderr.write(
            `hearsay: ${e instanceof HearsayError ? `${e.code} ${e.message}` : String(e)}\n`,
          );
        }
      }
    } else {
      const a = pageArticle(page.value.body, page.value.url);
      if (!a.ok) throw a.error;
      lines.push(JSON.stringify(a.value));
    }
  }
  writeFileSync(file, lines.length ? `${lines.join('\n')}\n` : '');
  return lines.length;
}

/** Runs `hearsay ingest`: analyses each input on all cores and stores the reports. */
export async function runIngest(
  inputs: readonly string[],
  o: IngestFlags,
  force = false,
): Promise<IngestCounts> {
  const counts: IngestCounts = { added: 0, replaced: 0, skipped: 0 };
  // every input is checked before the store is opened, so a typo creates no store
  for (const i of inputs) if (!isUrl(i)) checkInput(i);
  const created = !isPostgresUrl(o.db) && !existsSync(o.db);
  try {
    return await ingestInto(inputs, o, force, counts);
  } catch (e) {
    // a store this run created and could put nothing in is removed: a failed first ingest leaves no file
    if (created && counts.added + counts.replaced === 0)
      for (const f of [o.db, `${o.db}-wal`, `${o.db}-shm`, `${o.db}-journal`]) rmSync(f, { force: true });
    throw e;
  }
}

/** The ingest proper, in an open store; counts are filled as reports are stored. */
async function ingestInto(
  inputs: readonly string[],
  o: IngestFlags,
  force: boolean,
  counts: IngestCounts,
): Promise<IngestCounts> {
  return withStore(o.db, false, async (store) => {
    let stopping = false;
    const onSignal = (sig: NodeJS.Signals) => {
      // first signal: store what is analysed, then stop; a second one stops at once (transactions keep it whole)
      if (stopping) process.exit(sig === 'SIGINT' ? 130 : 143);
      stopping = true;
      process.stderr.write(
        `\nhearsay: ${sig}: storing what is analysed, then stopping; run again to go on\n`,
      );
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    const tmp = mkdtempSync(join(tmpdir(), 'hearsay-ingest-'));
    try {
      const urls = inputs.filter(isUrl);
      const files = inputs.filter((i) => !isUrl(i));
      const fetched = join(tmp, 'fetched.jsonl');
      if (urls.length > 0) {
        if ((await urlsToRecords(urls, store, { timeoutMs: o.timeout, maxBytes: o.maxBytes }, fetched)) > 0)
          files.push(fetched);
      }
      // with several inputs, a bad line's error says which input it is in
      const several = files.length > 1;
      for (const file of files) {
        const preset = o.preset ?? 'standard';
        const { sink, finish } = storeSink(store, counts, force, () => stopping, preset, o.batchSize);
        try {
          await runBatch(file, {
            ...(o.jobs ? { jobs: o.jobs } : {}),
            ...limitsOf(o),
            preset,
            ...(several ? { label: file === fetched ? 'the fetched pages' : file } : {}),
            skipBad: o.skipBad,
            kb: o.kb,
            progress: o.progress,
            sink,
            worker: new URL(
              `../corpus/ingest-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`,
              import.meta.url,
            ),
          });
        } catch (e) {
          await finish().catch(() => {});
          if (stopping) {
            process.exitCode = 130;
            break;
          }
          throw e;
        }
        await finish();
        if (stopping) {
          process.exitCode = 130;
          break;
        }
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true });
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
    process.stderr.write(
      `hearsay: ${counts.added} added, ${counts.replaced} replaced, ${counts.skipped} already stored, in ${store.location}\n`,
    );
    return counts;
  });
}

/**
 * Runs `hearsay reanalyze`: every stored article read by another schema or engine (with `--preset`,
 * or with another preset; with `--all`, every one) analysed again, each with its own preset unless
 * `--preset` names one.
 */
export async function runReanalyze(o: ReanalyzeFlags): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), 'hearsay-reanalyze-'));
  try {
    // the stored inputs go to a file per preset first: each ingest then reads it like any corpus, on all cores
    const files = new Map<PresetName, { file: string; lines: string[] }>();
    const n = await withStore(o.db, false, async (store) => {
      let count = 0;
      const { appendFileSync } = await import('node:fs');
      const stale = {
        schema: SCHEMA_VERSION,
        engine: engineFingerprint(),
        ...(o.preset ? { preset: o.preset } : {}),
      };
      for await (const r of store.storedRecords(o.all ? {} : { stale })) {
        const preset = (o.preset ?? r.preset) as PresetName;
        let f = files.get(preset);
        if (!f) {
          f = { file: join(tmp, `${files.size}.jsonl`), lines: [] };
          writeFileSync(f.file, '');
          files.set(preset, f);
        }
        f.lines.push(JSON.stringify(r.record));
        count++;
        if (f.lines.length >= 1000) appendFileSync(f.file, `${f.lines.splice(0).join('\n')}\n`);
      }
      for (const f of files.values())
        if (f.lines.length) appendFileSync(f.file, `${f.lines.splice(0).join('\n')}\n`);
      return count;
    });
    if (n === 0) {
      process.stderr.write(
        `hearsay: every article in ${o.db} is already read by this engine (schema ${SCHEMA_VERSION}, engine ${engineFingerprint()}${o.preset ? `, preset ${o.preset}` : ''})\n`,
      );
      return;
    }
    // no page is fetched from stored records: the fetch limits are never read
    for (const [preset, f] of files) {
      await runIngest([f.file], { ...o, preset, timeout: 0, maxBytes: 0 }, o.all);
      if (process.exitCode === 130) break;
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
