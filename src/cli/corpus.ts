/**
 * The corpus commands: `ingest` and `reanalyze` write the store; `outlets`, `sources`, `person`,
 * `quotes`, `stories` and `export` ask it questions, as a table, CSV or JSON.
 */
import { mkdtempSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Command, Option } from 'commander';
import {
  defaultDb,
  EXPORT_TABLES,
  type ExportTable,
  type Filters,
  inputKey,
  openStore,
  type PutItem,
  type Store,
} from '../corpus/index.ts';
import { type ArticleRows, reviveRows } from '../corpus/rows.ts';
import { dbError } from '../corpus/store.ts';
import { HearsayError } from '../errors.ts';
import { parseFeed } from '../input/feed.ts';
import { type FetchOptions, fetchPage } from '../input/fetch.ts';
import { extractArticle } from '../input/html.ts';
import { type Report, SCHEMA_VERSION } from '../report/schema.ts';
import { runBatch } from './batch.ts';

/** Reports stored per transaction while ingesting. */
export const INGEST_BATCH = 64;
/** Longest time analysed reports wait in memory before they are stored (a kill loses at most this much work). */
export const INGEST_FLUSH_MS = 1000;

function print(s: string): void {
  const out = s.endsWith('\n') ? s : `${s}\n`;
  const buf = Buffer.from(out);
  for (let off = 0; off < buf.length; ) off += writeSync(1, buf, off);
}

async function withStore<T>(db: string, readOnly: boolean, f: (s: Store) => Promise<T>): Promise<T> {
  const opened = await openStore(db, { readOnly });
  if (!opened.ok) throw opened.error;
  try {
    return await f(opened.value);
  } catch (e) {
    throw dbError(e, opened.value.location);
  } finally {
    await opened.value.close();
  }
}

// ---------------------------------------------------------------- output formats

type Cell = string | number | null | undefined;
interface Column<T> {
  readonly title: string;
  readonly value: (row: T) => Cell;
}

const pct = (v: number | null): string => (v === null ? '-' : `${(v * 100).toFixed(0)}%`);
const dec = (v: number | null, d = 1): string => (v === null ? '-' : v.toFixed(d));

function csvCell(v: Cell): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Renders rows as an aligned text table (numbers right-aligned). */
export function table<T>(rows: readonly T[], cols: readonly Column<T>[]): string {
  const cells = rows.map((r) => cols.map((c) => String(c.value(r) ?? '-').replace(/\s+/g, ' ')));
  const widths = cols.map((c, i) => Math.max(c.title.length, ...cells.map((r) => r[i]!.length)));
  const numeric = cols.map((_, i) => cells.length > 0 && cells.every((r) => /^-?[\d.,]+%?$|^-$/.test(r[i]!)));
  const line = (vals: string[]) =>
    vals
      .map((v, i) => (numeric[i] ? v.padStart(widths[i]!) : v.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(cols.map((c) => c.title)), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join(
    '\n',
  );
}

/** Renders rows as CSV with a header line. */
export function csv<T>(rows: readonly T[], cols: readonly Column<T>[]): string {
  return [
    cols.map((c) => csvCell(c.title)).join(','),
    ...rows.map((r) => cols.map((c) => csvCell(c.value(r))).join(',')),
  ].join('\n');
}

function emit<T>(format: string, data: unknown, rows: readonly T[], cols: readonly Column<T>[]): void {
  if (format === 'json') print(JSON.stringify(data, null, 2));
  else if (format === 'csv') print(csv(rows, cols));
  else print(rows.length === 0 ? '(nothing stored matches)' : table(rows, cols));
}

// ---------------------------------------------------------------- ingest

interface IngestFlags {
  db: string;
  jobs?: number;
  skipBad: boolean;
  kb: string[];
  progress: boolean;
  timeout: number;
  maxBytes: number;
  batchSize?: number;
}

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
  batch = INGEST_BATCH,
) {
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
        const v = (await store.versions([key.id])).get(key.id);
        if (v && v.contentHash === key.hash && v.schemaVersion === SCHEMA_VERSION) {
          counts.skipped++;
          return false;
        }
        return true;
      },
      write(json: string, extra: unknown): void {
        // rows built in a worker thread; without workers (--jobs 1) the store builds them here
        if (extra) buf.push({ rows: reviveRows(extra as ArticleRows) });
        else buf.push({ report: JSON.parse(json) as Report, json });
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
  const pageRecord = async (url: string, extra: { id?: string; title?: string; date?: string | null }) => {
    const page = await fetchPage(url, fetch);
    if (!page.ok) throw page.error;
    const a = extractArticle(page.value.body, page.value.url);
    if (!a.ok) throw a.error;
    const m = a.value.meta;
    return {
      ...m,
      id: extra.id ?? page.value.url,
      text: a.value.text,
      title: m.title ?? extra.title ?? null,
      date: m.date ?? extra.date ?? null,
      url: m.url ?? page.value.url,
    };
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
          lines.push(
            JSON.stringify(await pageRecord(item.link, { id: item.id, title: item.title, date: item.date })),
          );
        } catch (e) {
          process.stderr.write(
            `hearsay: ${e instanceof HearsayError ? `${e.code} ${e.message}` : String(e)}\n`,
          );
        }
      }
    } else {
      const a = extractArticle(page.value.body, page.value.url);
      if (!a.ok) throw a.error;
      const m = a.value.meta;
      lines.push(
        JSON.stringify({ ...m, id: page.value.url, text: a.value.text, url: m.url ?? page.value.url }),
      );
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
      if (urls.length > 0) {
        const f = join(tmp, 'fetched.jsonl');
        if ((await urlsToRecords(urls, store, { timeoutMs: o.timeout, maxBytes: o.maxBytes }, f)) > 0)
          files.push(f);
      }
      for (const file of files) {
        const { sink, finish } = storeSink(store, counts, force, () => stopping, o.batchSize);
        try {
          await runBatch(file, {
            ...(o.jobs ? { jobs: o.jobs } : {}),
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

/** Runs `hearsay reanalyze`: every stored article of another schema version (or all) analysed again. */
async function runReanalyze(o: IngestFlags & { all: boolean }): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), 'hearsay-reanalyze-'));
  const file = join(tmp, 'records.jsonl');
  try {
    // the stored inputs go to a file first: the ingest then reads it like any corpus, on all cores
    const n = await withStore(o.db, false, async (store) => {
      const lines: string[] = [];
      let count = 0;
      writeFileSync(file, '');
      const { appendFileSync } = await import('node:fs');
      for await (const r of store.storedRecords(o.all ? {} : { notSchema: SCHEMA_VERSION })) {
        lines.push(JSON.stringify(r));
        count++;
        if (lines.length >= 1000) appendFileSync(file, `${lines.splice(0).join('\n')}\n`);
      }
      if (lines.length) appendFileSync(file, `${lines.join('\n')}\n`);
      return count;
    });
    if (n === 0) {
      process.stderr.write(`hearsay: every article in ${o.db} is already at schema ${SCHEMA_VERSION}\n`);
      return;
    }
    await runIngest([file], o, o.all);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- questions

interface QueryFlags {
  db: string;
  format: string;
  outlet?: string;
  since?: string;
  until?: string;
  person?: string;
  limit?: number;
}

const filtersOf = (o: QueryFlags): Filters => ({
  ...(o.outlet ? { outlet: o.outlet } : {}),
  ...(o.since ? { since: o.since } : {}),
  ...(o.until ? { until: o.until } : {}),
  ...(o.person ? { person: o.person } : {}),
});

const positiveInt = (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1)
    throw new HearsayError('HS_BAD_OPTION', `give a whole number of 1 or more, not ${v}`);
  return n;
};

function queryCommand(cmd: Command, name: string, description: string): Command {
  return cmd
    .command(name)
    .description(description)
    .option(
      '--db <path|url>',
      'SQLite file or postgres:// URL (default: $HEARSAY_DB or hearsay.db)',
      defaultDb(),
    )
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(['table', 'csv', 'json']).default('table'),
    )
    .option('--outlet <name>', 'only this outlet (any of its names or its domain)')
    .option('--since <date>', 'only articles on or after this day (YYYY-MM-DD or YYYY-MM)')
    .option('--until <date>', 'only articles on or before this day (YYYY-MM-DD or YYYY-MM)')
    .option('--person <name>', 'only articles that name this person');
}

const clip = (s: string, n: number): string => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};

/** Registers the corpus commands on the CLI. */
export function registerCorpusCommands(cmd: Command): void {
  const collect = (v: string, prev: string[]): string[] => [...prev, v];
  const writeFlags = (c: Command): Command =>
    c
      .option(
        '--db <path|url>',
        'SQLite file or postgres:// URL (default: $HEARSAY_DB or hearsay.db)',
        defaultDb(),
      )
      .option('-j, --jobs <n>', 'worker threads (default: all cores)', positiveInt)
      .option('--skip-bad', 'go on past malformed lines and list them at the end', false)
      .option('--kb <file>', 'add a knowledge-base JSON Lines file (repeatable)', collect, [])
      .option('--no-progress', 'no progress bar on stderr')
      .option('--timeout <ms>', 'give up fetching a page after this long', positiveInt, 10000)
      .option('--max-bytes <n>', 'largest page to fetch', positiveInt, 5_000_000)
      .option('--batch-size <n>', 'reports stored per transaction', positiveInt, INGEST_BATCH);

  writeFlags(
    cmd
      .command('ingest')
      .description(
        'analyse JSON Lines corpora, feeds or pages into the corpus store; idempotent and resumable',
      )
      .argument('<inputs...>', 'JSON Lines files, - for stdin, feed URLs or article URLs'),
  ).action(async (inputs: string[], o: IngestFlags) => {
    await runIngest(inputs, o);
  });

  writeFlags(
    cmd
      .command('reanalyze')
      .description(
        'analyse stored articles again after an engine upgrade (those of an older schema; --all: every one)',
      )
      .option('--all', 'every stored article, whatever its schema version', false),
  ).action(async (o: IngestFlags & { all: boolean }) => {
    await runReanalyze(o);
  });

  queryCommand(cmd, 'outlets', 'per outlet and month: how each outlet sources what it prints').action(
    async (o: QueryFlags) => {
      const rows = await withStore(o.db, true, (s) => s.outlets(filtersOf(o)));
      emit(o.format, rows, rows, [
        { title: 'outlet', value: (r) => r.name },
        { title: 'month', value: (r) => r.month ?? 'undated' },
        { title: 'articles', value: (r) => r.articles },
        { title: 'quotes/art', value: (r) => dec(r.quotesPerArticle) },
        { title: 'anon words', value: (r) => pct(r.anonymousQuotedShare) },
        { title: 'named/art', value: (r) => dec(r.namedSourcesPerArticle) },
        { title: 'claims', value: (r) => r.claims },
        { title: 'private unbacked', value: (r) => pct(r.privateUnbackedShare) },
        { title: 'agentless/art', value: (r) => dec(r.agentlessPerArticle) },
        { title: 'inconsistent', value: (r) => r.inconsistentChecks },
        { title: 'median score', value: (r) => dec(r.medianScore) },
      ]);
    },
  );

  queryCommand(cmd, 'sources', 'the anonymous descriptors and named sources most quoted, by outlet')
    .option('--limit <n>', 'sources per outlet and side', positiveInt, 10)
    .action(async (o: QueryFlags) => {
      const rows = await withStore(o.db, true, (s) => s.sources({ ...filtersOf(o), limit: o.limit ?? 10 }));
      emit(o.format, rows, rows, [
        { title: 'outlet', value: (r) => r.outletName },
        { title: 'side', value: (r) => r.side },
        { title: 'source', value: (r) => r.source },
        { title: 'kind', value: (r) => r.kind },
        { title: 'quotes', value: (r) => r.quotes },
        { title: 'articles', value: (r) => r.articles },
        { title: 'quoted words', value: (r) => r.quotedWords },
      ]);
    });

  queryCommand(cmd, 'person', 'what is claimed about a person: by content type and by the source it rests on')
    .argument('<name>', 'the person, e.g. "Meghan Markle" (a surname alone also matches)')
    .option('--examples <n>', 'examples per content type', positiveInt, 2)
    .action(async (name: string, o: QueryFlags & { examples: number }) => {
      const p = await withStore(o.db, true, (s) => s.person(name, { ...filtersOf(o), examples: o.examples }));
      if (o.format === 'json') return print(JSON.stringify(p, null, 2));
      const cols: Column<(typeof p.table)[number]>[] = [
        { title: 'content', value: (r) => r.content },
        { title: 'rests on', value: (r) => r.source },
        { title: 'claims', value: (r) => r.claims },
        { title: 'share', value: (r) => pct(r.claims / Math.max(1, p.claims)) },
      ];
      if (o.format === 'csv') return print(csv(p.table, cols));
      if (p.names.length === 0) return print(`no one called ${JSON.stringify(name)} in the store`);
      print(`${p.names.join(', ')}: ${p.claims} claims in ${p.articles} articles\n`);
      print(table(p.table, cols));
      if (p.examples.length) {
        print('\nexamples:');
        for (const e of p.examples)
          print(
            `  [${e.content}, ${e.source}] ${clip(e.text, 110)}\n    ${e.article.outletName} ${e.article.date ?? 'undated'} ${e.article.url ?? e.article.id}`,
          );
      }
    });

  queryCommand(
    cmd,
    'quotes',
    'quotations; with --trace, the same quotation across articles: who printed it first, who credits them',
  )
    .option('--trace', 'group the same or nearly the same quotation found in several articles', false)
    .option('--quote <text>', 'trace this one quotation (with --trace)')
    .option('--limit <n>', 'groups (with --trace) or quotations to show', positiveInt, 20)
    .action(async (o: QueryFlags & { trace: boolean; quote?: string }) => {
      const f = filtersOf(o);
      if (!o.trace) {
        const rows: Record<string, Cell>[] = [];
        await withStore(o.db, true, async (s) => {
          for await (const r of s.exportRows('quotes', f)) {
            rows.push(r as Record<string, Cell>);
            if (rows.length >= (o.limit ?? 20)) break;
          }
        });
        return emit(o.format, rows, rows, [
          { title: 'article', value: (r) => r.article_id },
          { title: 'speaker', value: (r) => r.speaker },
          { title: 'kind', value: (r) => r.speaker_kind },
          { title: 'quotation', value: (r) => clip(String(r.text), 80) },
        ]);
      }
      const groups = await withStore(o.db, true, (s) =>
        s.quoteTrace({ ...f, ...(o.quote ? { quote: o.quote } : {}), limit: o.limit ?? 20 }),
      );
      if (o.format === 'json') return print(JSON.stringify(groups, null, 2));
      const flat = groups.flatMap((g, i) => g.uses.map((u) => ({ group: i + 1, g, u })));
      const cols: Column<(typeof flat)[number]>[] = [
        { title: 'group', value: (r) => r.group },
        { title: 'date', value: (r) => r.u.article.date ?? 'undated' },
        { title: 'outlet', value: (r) => r.u.article.outletName },
        { title: 'speaker', value: (r) => r.u.speaker },
        {
          title: 'credits first',
          value: (r) =>
            r.u.creditsFirst === null
              ? r.u === r.g.uses[0]
                ? 'first'
                : 'same outlet'
              : r.u.creditsFirst
                ? 'yes'
                : 'no',
        },
        { title: 'article', value: (r) => r.u.article.url ?? r.u.article.id },
        { title: 'quotation', value: (r) => r.u.text },
      ];
      if (o.format === 'csv') return print(csv(flat, cols));
      if (groups.length === 0) return print('no quotation is found in more than one article');
      for (const [i, g] of groups.entries()) {
        print(
          `${i + 1}. "${clip(g.text, 100)}"\n   ${g.articles} articles in ${g.outlets} outlets; first: ${g.firstOutlet}; later outlets crediting it: ${g.credited} of ${g.credited + g.uncredited}`,
        );
        print(
          table(g.uses, [
            { title: 'date', value: (u) => u.article.date ?? 'undated' },
            { title: 'outlet', value: (u) => u.article.outletName },
            { title: 'speaker', value: (u) => u.speaker },
            {
              title: 'credits first',
              value: (u) =>
                u.creditsFirst === null
                  ? u === g.uses[0]
                    ? 'first'
                    : 'same outlet'
                  : u.creditsFirst
                    ? 'yes'
                    : 'no',
            },
            { title: 'article', value: (u) => u.article.url ?? u.article.id },
          ])
            .split('\n')
            .map((l) => `   ${l}`)
            .join('\n'),
        );
        print('');
      }
    });

  queryCommand(cmd, 'stories', 'the same story in several outlets (near-duplicate article texts)')
    .option('--limit <n>', 'stories to show', positiveInt, 20)
    .action(async (o: QueryFlags) => {
      const groups = await withStore(o.db, true, (s) => s.stories({ ...filtersOf(o), limit: o.limit ?? 20 }));
      const flat = groups.flatMap((g, i) => g.articles.map((a) => ({ story: i + 1, g, a })));
      emit(o.format, groups, flat, [
        { title: 'story', value: (r) => r.story },
        { title: 'date', value: (r) => r.a.date ?? 'undated' },
        { title: 'outlet', value: (r) => r.a.outletName },
        { title: 'title', value: (r) => clip(r.a.title ?? '', 60) },
        { title: 'article', value: (r) => r.a.url ?? r.a.id },
      ]);
    });

  cmd
    .command('export')
    .description('stream a table of the store as CSV or JSON Lines, for analysis elsewhere')
    .option(
      '--db <path|url>',
      'SQLite file or postgres:// URL (default: $HEARSAY_DB or hearsay.db)',
      defaultDb(),
    )
    .addOption(new Option('--table <table>', 'which table').choices([...EXPORT_TABLES]).default('articles'))
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(['csv', 'jsonl']).default('jsonl'),
    )
    .option('--outlet <name>', 'only this outlet')
    .option('--since <date>', 'only articles on or after this day')
    .option('--until <date>', 'only articles on or before this day')
    .option('--person <name>', 'only articles that name this person')
    .action(async (o: QueryFlags & { table: ExportTable }) => {
      await withStore(o.db, true, async (s) => {
        let cols: string[] | null = null;
        let out: string[] = [];
        const flush = () => {
          if (out.length) print(out.join('\n'));
          out = [];
        };
        for await (const row of s.exportRows(o.table, filtersOf(o))) {
          const plain = Object.fromEntries(
            Object.entries(row).map(([k, v]) => [
              k,
              v instanceof Uint8Array ? Buffer.from(v).toString('base64') : v,
            ]),
          );
          if (o.format === 'jsonl') out.push(JSON.stringify(plain));
          else {
            if (!cols) {
              cols = Object.keys(plain);
              out.push(cols.join(','));
            }
            out.push(cols.map((c) => csvCell(plain[c] as Cell)).join(','));
          }
          if (out.length >= 1000) flush();
        }
        flush();
      });
    });
}
