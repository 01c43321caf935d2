/**
 * The command line: `hearsay analyze`, `hearsay batch`, `hearsay kb import`. Every failure is one
 * line on stderr with a registry code and a non-zero exit.
 */
import { Command, CommanderError, Help, Option } from 'commander';
import { HearsayError } from '../errors.ts';
import type { PresetName } from '../pipeline/presets.ts';
import type { FetchOptions } from '../input/fetch.ts';
import { visibleLine } from '../render/escape.ts';
import { reportError } from './errors.ts';
import { addLimits, type LimitFlags, limitsOf } from './limits.ts';
import { positiveInt } from './numbers.ts';
import { OutputClosed, outputFailure } from './stdout.ts';

// Start-up is most of a quick command's time (a store question answers in milliseconds, loading the
// engine, fastify and bullmq takes a second or more): so this module imports only commander, and each
// command loads what it needs inside its action. The two constants below are copies of the engine's
// (src/index.ts DEFAULT_MAX_CHARS, src/pipeline/presets.ts PRESETS), pinned equal by main.test.ts.

/** Default of `--max-chars` (the engine's DEFAULT_MAX_CHARS), defined with the other limit flags. */
export { CLI_MAX_CHARS } from './limits.ts';
/** Choices of `--preset` (the keys of the engine's PRESETS). */
export const CLI_PRESETS = ['standard', 'spine', 'news'] as const;

/** Command groups registered by their own modules, loaded only when one of their commands runs (or for help). */
export const COMMAND_GROUPS = {
  serve: ['serve'],
  corpus: ['ingest', 'reanalyze', 'outlets', 'sources', 'person', 'quotes', 'stories', 'export'],
  queue: ['enqueue', 'worker', 'queue'],
} as const;
type Group = keyof typeof COMMAND_GROUPS;

const registerGroup = async (group: Group, cmd: Command): Promise<void> => {
  if (group === 'serve') (await import('./serve.ts')).registerServeCommand(cmd);
  else if (group === 'corpus') (await import('./corpus.ts')).registerCorpusCommands(cmd);
  else (await import('./queue.ts')).registerQueueCommands(cmd);
};

const collect = (v: string, prev: string[]): string[] => [...prev, v];

/**
 * Writes all of a string to stdout and resolves once it is handed over. Not `fs.writeSync(1, …)`:
 * stdout on a pipe is non-blocking, so that writes only what the pipe takes (64 KB) and drops the rest.
 * A failed write (EPIPE, a full disk) reaches the stdout 'error' handler of `main`.
 */
function print(s: string): Promise<void> {
  return new Promise((resolve) => {
    process.stdout.write(s.endsWith('\n') ? s : `${s}\n`, (e) => {
      if (!e) resolve();
    });
  });
}

interface FetchFlags {
  timeout: number;
  maxBytes: number;
}
const fetchOptions = (o: FetchFlags): FetchOptions => ({ timeoutMs: o.timeout, maxBytes: o.maxBytes });

async function analyzeCommand(
  file: string,
  opts: FetchFlags &
    LimitFlags & {
      format: string;
      kb: string[];
      preset: PresetName;
      date?: string;
      title?: string;
      outlet?: string;
    },
) {
  const [{ kbFromPaths }, { loadInput }, { analyzeArticle }] = await Promise.all([
    import('./kb-option.ts'),
    import('../input/load.ts'),
    import('../index.ts'),
  ]);
  const kb = kbFromPaths(opts.kb);
  const input = await loadInput(file, { fetch: fetchOptions(opts) });
  if (!input.ok) throw input.error;
  const meta = input.value.meta;
  const report = analyzeArticle(
    {
      id: null,
      text: input.value.text,
      date: opts.date ?? meta?.date ?? null,
      title: opts.title ?? meta?.title ?? null,
      outlet: opts.outlet ?? meta?.outlet ?? null,
      url: meta?.url ?? null,
      byline: meta?.byline ?? null,
      captionHints: input.value.captions,
    },
    kb,
    { ...limitsOf(opts), preset: opts.preset },
  );
  if (!report.ok) throw report.error;
  const r = report.value;
  if (opts.format === 'json') await print(JSON.stringify(r, null, 2));
  else if (opts.format === 'md') await print((await import('../render/markdown.ts')).renderMarkdown(r));
  else if (opts.format === 'html') await print((await import('../render/html.ts')).renderHtml(r));
  else
    await print(
      (await import('../render/text.ts')).renderText(r, {
        color: !!process.stdout.isTTY && !process.env.NO_COLOR,
        width: process.stdout.columns ?? 100,
      }),
    );
}

/**
 * An option's help line without the defaults that tell a user nothing: `(default: false)` of a flag and
 * `(default: [])` of a repeatable option (commander prints both). Every other default, choice and
 * environment variable is shown as commander shows it.
 */
function quietDefaults(this: Help, option: Option): string {
  const d: unknown = option.defaultValue;
  if (d !== false && !(Array.isArray(d) && d.length === 0))
    return Help.prototype.optionDescription.call(this, option);
  option.defaultValue = undefined;
  try {
    return Help.prototype.optionDescription.call(this, option);
  } finally {
    option.defaultValue = d;
  }
}

/**
 * Builds the command tree (exported for tests): the built-in commands, and the command groups — only
 * the one that owns `command` when it names one, none for a built-in command or `groups: false`,
 * every group otherwise (help, or an unknown command).
 */
export async function program(command?: string, opts: { groups?: boolean } = {}): Promise<Command> {
  const cmd = new Command('hearsay')
    .description(
      'Shows who says so in celebrity and tabloid news: quotations, sources, claims, checks and a score.',
    )
    .version('0.1.0')
    .exitOverride()
    // Errors are printed by `main` as one line: commander prints neither its messages nor, for a
    // missing command (`hearsay`, `hearsay kb`), the help it would write to stderr.
    .configureOutput({ writeErr: () => {}, outputError: () => {} })
    // inherited by every command registered after this line
    .configureHelp({ optionDescription: quietDefaults });
  addLimits(cmd.command('analyze'))
    .description('analyse one article: a text or HTML file, a URL, or - for standard input')
    .argument('<file>', 'article file, URL, or - for stdin')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['text', 'md', 'json', 'html'])
        .default('text'),
    )
    .option('--kb <file>', 'add a knowledge-base JSON Lines file (repeatable)', collect, [])
    .option('--date <YYYY-MM-DD>', "the article's publication date")
    .option('--title <title>', "the article's title")
    .option('--outlet <name>', 'the publication')
    .addOption(
      new Option(
        '--preset <name>',
        'which stages run (spine: quotations and sources only, no score; news: for political and hard news, reported speech in the wide sense of PolNeAR: beliefs, intentions and other cues of attribution too)',
      )
        .choices(CLI_PRESETS)
        .default('standard'),
    )
    .option('--timeout <ms>', 'give up fetching a URL after this long', positiveInt, 10000)
    .option('--max-bytes <n>', 'largest page to fetch', positiveInt, 5_000_000)
    .action(analyzeCommand);
  addLimits(cmd.command('feed'))
    .description('analyse every item of an RSS 2.0 or Atom feed (URL or file) into JSON Lines; resumable')
    .argument('<feed>', 'feed URL or file')
    .requiredOption(
      '-o, --output <file>',
      'JSON Lines file to append reports to (items already there are skipped)',
    )
    .option('--kb <file>', 'add a knowledge-base JSON Lines file (repeatable)', collect, [])
    .option('--limit <n>', 'analyse at most this many new items', positiveInt)
    .option('--timeout <ms>', 'give up fetching a page after this long', positiveInt, 10000)
    .option('--max-bytes <n>', 'largest page to fetch', positiveInt, 5_000_000)
    .action(
      async (feed: string, o: FetchFlags & LimitFlags & { output: string; kb: string[]; limit?: number }) => {
        const [{ kbFromPaths }, { runFeed }, { pageArticle }, { analyzeArticle }] = await Promise.all([
          import('./kb-option.ts'),
          import('../input/feed.ts'),
          import('../input/html.ts'),
          import('../index.ts'),
        ]);
        const kb = kbFromPaths(o.kb);
        const r = await runFeed(
          feed,
          o.output,
          (html, url, item) => {
            // the page's figure captions travel with it, as in `analyze URL`, ingest and the queue
            const a = pageArticle(html, url, item);
            return a.ok ? analyzeArticle(a.value, kb, limitsOf(o)) : a;
          },
          {
            fetch: fetchOptions(o),
            log: (line) => process.stderr.write(`${visibleLine(line)}\n`),
            ...(o.limit ? { limit: o.limit } : {}),
          },
        );
        if (!r.ok) throw r.error;
        const c = r.value;
        process.stderr.write(
          `hearsay: ${c.added} added, ${c.skipped} already done, ${c.failed} failed of ${c.items} items\n`,
        );
      },
    );
  addLimits(cmd.command('batch'))
    .description(
      'analyse a JSON Lines corpus ({id, text, title?, date?, outlet?, url?} per line): one JSON report per line',
    )
    .argument('<file>', 'JSON Lines file, or - for stdin')
    .option('-j, --jobs <n>', 'worker threads (default: one per core, fewer for a small file)', positiveInt)
    .option('--fields <list>', 'report parts per line, comma-separated (text, meta, quotes, score…)')
    .option('--skip-bad', 'go on past malformed lines and list them at the end', false)
    .option('--kb <file>', 'add a knowledge-base JSON Lines file (repeatable)', collect, [])
    .option('--no-progress', 'no progress bar on stderr')
    .option(
      '--max-heap-mb <mb>',
      'memory cap per worker (default 256): a record needing more fails alone',
      positiveInt,
    )
    .addOption(
      new Option(
        '--preset <name>',
        'the reading: standard, or news for political and hard news (reported speech in the wide sense of PolNeAR)',
      )
        .choices(['standard', 'news'] as const)
        .default('standard'),
    )
    .action(
      async (
        file: string,
        o: LimitFlags & {
          jobs?: number;
          skipBad: boolean;
          kb: string[];
          progress: boolean;
          maxHeapMb?: number;
          fields?: string;
          preset: 'standard' | 'news';
        },
      ) => {
        // parsed here, not by commander, so that main.ts does not load the report schema (zod) at start
        const fields =
          o.fields === undefined ? undefined : (await import('./fields.ts')).parseFields(o.fields);
        const { runBatch } = await import('./batch.ts');
        await runBatch(file, {
          ...(o.jobs ? { jobs: o.jobs } : {}),
          ...(fields ? { fields } : {}),
          ...(o.maxHeapMb ? { maxHeapMb: o.maxHeapMb } : {}),
          ...(o.preset !== 'standard' ? { preset: o.preset } : {}),
          ...limitsOf(o),
          skipBad: o.skipBad,
          kb: o.kb,
          progress: o.progress,
        });
      },
    );
  const owner = (Object.keys(COMMAND_GROUPS) as Group[]).find((g) =>
    (COMMAND_GROUPS[g] as readonly string[]).includes(command ?? ''),
  );
  // a built-in command needs no group; help and an unknown word (to be reported) need them all
  const builtIn = cmd.commands.some((c) => c.name() === command);
  const groups =
    opts.groups === false ? [] : owner ? [owner] : builtIn ? [] : (Object.keys(COMMAND_GROUPS) as Group[]);
  for (const g of groups) await registerGroup(g, cmd);
  const kb = cmd.command('kb').description('knowledge-base tools');
  kb.command('import')
    .description('build a knowledge base from a Wikidata JSON dump (latest-all.json, plain or .gz)')
    .argument('<dump>', 'the dump file')
    .requiredOption('-o, --output <file>', 'the knowledge-base JSON Lines file to write')
    .option('--no-progress', 'no progress bar on stderr')
    .action(async (dump: string, o: { output: string; progress: boolean }) => {
      const { runKbImport } = await import('../kb/cli.ts');
      const r = await runKbImport(dump, o.output, { progress: o.progress && !!process.stderr.isTTY });
      if (!r.ok) throw new HearsayError('HS_BAD_KB', r.error);
      const { people, entities, bad, badExamples } = r.value;
      process.stderr.write(`hearsay: wrote ${people} people from ${entities} entities to ${o.output}\n`);
      if (bad)
        process.stderr.write(
          visibleLine(`hearsay: left out ${bad} invalid record(s): ${(badExamples ?? []).join('; ')}`) + '\n',
        );
    });
  return cmd;
}

/** Runs the CLI with the given argv; sets the exit code instead of throwing. */
export async function main(argv: readonly string[]): Promise<void> {
  // the command is the first word after the script (the root takes no options but --help and --version)
  const word = argv.slice(2).find((a) => !a.startsWith('-'));
  // The corpus and queue commands write stdout with fs.writeSync on fd 1 (writeOut). Touching process.stdout
  // would make a pipe on fd 1 non-blocking under them, and their writes would fail (EAGAIN) past the
  // pipe's 64 KB: so only the other commands get the stream and its handler.
  const fdWriters: readonly string[] = [...COMMAND_GROUPS.corpus, ...COMMAND_GROUPS.queue];
  if (!fdWriters.includes(word ?? ''))
    // A reader that stops early (`| head`) ends the run quietly; a full disk is HS_WRITE_FAILED.
    process.stdout.on('error', (e: NodeJS.ErrnoException) => {
      const failure = outputFailure(e);
      process.exit(failure instanceof OutputClosed ? 0 : reportError(failure));
    });
  let root: Command | undefined;
  try {
    // `hearsay --version` needs no command at all
    const versionOnly = word === undefined && argv.some((a) => a === '-V' || a === '--version');
    root = await program(word, { groups: !versionOnly });
    await root.parseAsync([...argv]);
  } catch (e) {
    if (e instanceof OutputClosed || (e as NodeJS.ErrnoException).code === 'EPIPE') {
      process.exitCode = 0;
      return;
    }
    if (e instanceof CommanderError) {
      if (e.exitCode !== 0) {
        const message = e.code === 'commander.help' && root ? missingCommand(root, argv.slice(2)) : e.message;
        // commander puts its "(Did you mean …?)" on a line of its own: one line, joined by a space
        const oneLine = message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ');
        process.stderr.write(`hearsay: HS_BAD_OPTION ${visibleLine(oneLine)}\n`);
      }
      process.exitCode = e.exitCode === 0 ? 0 : 2;
      return;
    }
    process.exitCode = reportError(e);
  }
}

/**
 * The one-line error for a command group called without its command (`hearsay`, `hearsay kb`,
 * `hearsay help nope`): commander would print the whole help on stderr instead.
 */
export function missingCommand(root: Command, args: readonly string[]): string {
  const words = args.filter((a) => !a.startsWith('-'));
  if (words[0] === 'help') words.shift();
  let at = root;
  const path = ['hearsay'];
  for (const w of words) {
    const sub = at.commands.find((c) => c.name() === w);
    if (!sub) return `unknown command '${w}'`;
    at = sub;
    path.push(w);
  }
  const names = at.commands.map((c) => c.name()).join(', ');
  return `give a command after '${path.join(' ')}': ${names} (${path.join(' ')} --help says more)`;
}
