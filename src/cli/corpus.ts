/**
 * The corpus commands: `ingest` and `reanalyze` write the store; `outlets`, `sources`, `person`,
 * `quotes`, `stories` and `export` ask it questions, as a table, CSV or JSON.
 */
import { type Command, Option } from 'commander';
import {
  defaultDb,
  EXPORT_TABLES,
  type ExportTable,
  type Filters,
  openStore,
  type Store,
} from '../corpus/index.ts';
import { dbError } from '../corpus/store.ts';
import type { IngestFlags, ReanalyzeFlags } from './ingest.ts';
import { addLimits } from './limits.ts';
import { positiveInt } from './numbers.ts';
import { OutputClosed, writeOut } from './stdout.ts';

/** Reports stored per transaction while ingesting. */
export const INGEST_BATCH = 64;
/** Longest time analysed reports wait in memory before they are stored (a kill loses at most this much work). */
export const INGEST_FLUSH_MS = 1000;

const print = writeOut;

/** Opens the store, runs `f`, closes it; a database failure becomes a registry error. */
export async function withStore<T>(db: string, readOnly: boolean, f: (s: Store) => Promise<T>): Promise<T> {
  const opened = await openStore(db, { readOnly });
  if (!opened.ok) throw opened.error;
  try {
    return await f(opened.value);
  } catch (e) {
    // a reader gone or a full disk while rows stream out is the output's failure, not the database's
    throw e instanceof OutputClosed ? e : dbError(e, opened.value.location);
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

/** The store option of every corpus command; its default is said once, with where it comes from. */
const dbOption = (): Option =>
  new Option('--db <path|url>', 'SQLite file or postgres:// URL').default(
    defaultDb(),
    '$HEARSAY_DB, else hearsay.db',
  );

function queryCommand(cmd: Command, name: string, description: string): Command {
  return cmd
    .command(name)
    .description(description)
    .addOption(dbOption())
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
    addLimits(c)
      .addOption(dbOption())
      .option('-j, --jobs <n>', 'worker threads (default: all cores)', positiveInt)
      .option('--skip-bad', 'go on past malformed lines and list them at the end', false)
      .option('--kb <file>', 'add a knowledge-base JSON Lines file (repeatable)', collect, [])
      .option('--no-progress', 'no progress bar on stderr')
      .option('--batch-size <n>', 'reports stored per transaction', positiveInt, INGEST_BATCH);
  // the store keeps whole reports, so only the presets that compute every section (not spine)
  const presetOption = (what: string, dflt: boolean): Option => {
    const o = new Option('--preset <name>', what).choices(['standard', 'news']);
    return dflt ? o.default('standard') : o;
  };

  writeFlags(
    cmd
      .command('ingest')
      .description(
        'analyse JSON Lines corpora, feeds or pages into the corpus store; idempotent and resumable',
      )
      .argument('<inputs...>', 'JSON Lines files, - for stdin, feed URLs or article URLs'),
  )
    // only ingest fetches pages: reanalyze reads the stored records
    .option('--timeout <ms>', 'give up fetching a page after this long', positiveInt, 10000)
    .option('--max-bytes <n>', 'largest page to fetch', positiveInt, 5_000_000)
    .addOption(
      presetOption(
        'the reading: standard, or news for political and hard news (reported speech in the wide sense of PolNeAR); an article stored by another preset is read again',
        true,
      ),
    )
    .action(async (inputs: string[], o: IngestFlags) => {
      await (await import('./ingest.ts')).runIngest(inputs, o);
    });

  writeFlags(
    cmd
      .command('reanalyze')
      .description(
        'analyse stored articles again after an engine upgrade (those read by another schema or engine; --all: every one), each with the preset that read it',
      )
      .option('--all', 'every stored article, whatever read it', false)
      .addOption(
        presetOption(
          'read them with this preset instead (and also those another preset read): standard or news',
          false,
        ),
      ),
  ).action(async (o: ReanalyzeFlags) => {
    await (await import('./ingest.ts')).runReanalyze(o);
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
    .addOption(dbOption())
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
