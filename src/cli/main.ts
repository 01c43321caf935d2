/**
 * The command line: `hearsay analyze`, `hearsay batch`, `hearsay kb import`. Every failure is one
 * line on stderr with a registry code and a non-zero exit.
 */
import { writeSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { HearsayError } from '../errors.ts';
import { analyzeArticle } from '../index.ts';
import { loadInput } from '../input/load.ts';
import { runKbImport } from '../kb/cli.ts';
import { renderMarkdown } from '../render/markdown.ts';
import { renderText } from '../render/text.ts';
import { runBatch } from './batch.ts';
import { reportError } from './errors.ts';
import { kbFromPaths } from './kb-option.ts';

const collect = (v: string, prev: string[]): string[] => [...prev, v];
const positiveInt = (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('give a whole number of 1 or more');
  return n;
};

/** Writes all of a string to stdout synchronously, so piping into `head` never loses the tail. */
function print(s: string): void {
  writeSync(1, s.endsWith('\n') ? s : `${s}\n`);
}

async function analyzeCommand(
  file: string,
  opts: { format: string; kb: string[]; date?: string; title?: string; outlet?: string },
) {
  const kb = kbFromPaths(opts.kb);
  const input = await loadInput(file);
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
    },
    kb,
  );
  if (!report.ok) throw report.error;
  const r = report.value;
  if (opts.format === 'json') print(JSON.stringify(r, null, 2));
  else if (opts.format === 'md') print(renderMarkdown(r));
  else if (opts.format === 'html') print((await import('../render/html.ts')).renderHtml(r));
  else
    print(
      renderText(r, {
        color: !!process.stdout.isTTY && !process.env.NO_COLOR,
        width: process.stdout.columns ?? 100,
      }),
    );
}

/** Builds the command tree (exported for tests). */
export function program(): Command {
  const cmd = new Command('hearsay')
    .description(
      'Shows who says so in celebrity and tabloid news: quotations, sources, claims, checks and a score.',
    )
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), outputError: () => {} });
  cmd
    .command('analyze')
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
    .action(analyzeCommand);
  cmd
    .command('batch')
    .description(
      'analyse a JSON Lines corpus ({id, text, title?, date?, outlet?, url?} per line): one JSON report per line',
    )
    .argument('<file>', 'JSON Lines file, or - for stdin')
    .option('-j, --jobs <n>', 'worker threads (default: all cores)', positiveInt)
    .option('--skip-bad', 'go on past malformed lines and list them at the end', false)
    .option('--kb <file>', 'add a knowledge-base JSON Lines file (repeatable)', collect, [])
    .option('--no-progress', 'no progress bar on stderr')
    .action(async (file: string, o: { jobs?: number; skipBad: boolean; kb: string[]; progress: boolean }) => {
      await runBatch(file, {
        ...(o.jobs ? { jobs: o.jobs } : {}),
        skipBad: o.skipBad,
        kb: o.kb,
        progress: o.progress,
      });
    });
  const kb = cmd.command('kb').description('knowledge-base tools');
  kb.command('import')
    .description('build a knowledge base from a Wikidata JSON dump (latest-all.json, plain or .gz)')
    .argument('<dump>', 'the dump file')
    .requiredOption('-o, --output <file>', 'the knowledge-base JSON Lines file to write')
    .option('--no-progress', 'no progress bar on stderr')
    .action(async (dump: string, o: { output: string; progress: boolean }) => {
      const r = await runKbImport(dump, o.output, { progress: o.progress && !!process.stderr.isTTY });
      if (!r.ok) throw new HearsayError('HS_BAD_KB', r.error);
      process.stderr.write(
        `hearsay: wrote ${r.value.people} people from ${r.value.entities} entities to ${o.output}\n`,
      );
    });
  return cmd;
}

/** Runs the CLI with the given argv; sets the exit code instead of throwing. */
export async function main(argv: readonly string[]): Promise<void> {
  try {
    await program().parseAsync([...argv]);
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.exitCode !== 0)
        process.stderr.write(`hearsay: HS_BAD_OPTION ${e.message.replace(/^error: /, '')}\n`);
      process.exitCode = e.exitCode === 0 ? 0 : 2;
      return;
    }
    process.exitCode = reportError(e);
  }
}
