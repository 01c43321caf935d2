/**
 * `hearsay kb import DUMP -o OUT.jsonl`: the file side of the Wikidata import. Writes to a temporary file
 * beside the output and renames it into place at the end, so an interrupted or failed import never
 * leaves a half-written knowledge base where a good one may have been.
 */
import { createReadStream, createWriteStream, unlinkSync } from 'node:fs';
import { rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { finished } from 'node:stream/promises';
import cliProgress from 'cli-progress';
import { err, ok, type Result } from '../result.ts';
import { importWikidata, WikidataFormatError, type WikidataImportStats } from './wikidata.ts';

/** Options for `runKbImport`. */
export interface KbImportOptions {
  /** Draw a progress bar on stderr (the CLI passes false when stderr is not a terminal or with --quiet). */
  readonly progress: boolean;
}

const MB = 1024 * 1024;

const reason = (e: unknown): string => {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'ENOSPC') return 'no space left on the device';
  if (code === 'Z_BUF_ERROR' || code === 'Z_DATA_ERROR') return 'the gzip data is damaged or cut short';
  const message = e instanceof Error ? e.message : String(e);
  return message.split('\n')[0] ?? message;
};

/** Imports a Wikidata dump into a KB JSON Lines file; every failure comes back as one line for the user. */
export async function runKbImport(
  inputPath: string,
  outputPath: string,
  opts: KbImportOptions,
): Promise<Result<WikidataImportStats, string>> {
  let size: number;
  // a pipe or FIFO (`kb import <(zcat dump.gz)`) has no size to check: the dump itself is checked as read
  let regular = true;
  try {
    const info = await stat(inputPath);
    regular = info.isFile();
    if (info.isDirectory()) return err(`${inputPath} is a directory: give the path of a Wikidata dump file`);
    size = info.size;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return err(code === 'ENOENT' ? `file not found: ${inputPath}` : `cannot read ${inputPath}: ${reason(e)}`);
  }
  if (size === 0 && regular)
    return err(`${inputPath} is empty: give a Wikidata JSON dump (latest-all.json.gz)`);

  const tmpPath = join(
    dirname(outputPath),
    `.${basename(outputPath)}.${process.pid}.${Date.now().toString(36)}.tmp`,
  );
  const bar = opts.progress
    ? new cliProgress.SingleBar(
        {
          format:
            'importing {bar} {percentage}% | {done}/{size} MB | {people} people in {entities} entities | ETA {eta_formatted}',
          stream: process.stderr,
          hideCursor: true,
          etaBuffer: 50,
          fps: 5,
        },
        cliProgress.Presets.shades_classic,
      )
    : undefined;
  bar?.start(size, 0, { done: '0', size: (size / MB).toFixed(0), people: 0, entities: 0 });

  // The temporary file goes on every way out: failure (below), a signal, or the process exiting early.
  let renamed = false;
  const removeTmp = (): void => {
    if (renamed) return;
    try {
      unlinkSync(tmpPath);
    } catch {
      // not created yet, or already removed
    }
  };
  const onSignal = (sig: NodeJS.Signals): void => {
    removeTmp();
    process.exit(sig === 'SIGINT' ? 130 : 143);
  };
  process.on('exit', removeTmp);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(sig, onSignal);
  try {
    return await importInto(inputPath, outputPath, tmpPath, size, bar, () => {
      renamed = true;
    });
  } finally {
    removeTmp();
    process.off('exit', removeTmp);
    for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.off(sig, onSignal);
  }
}

async function importInto(
  inputPath: string,
  outputPath: string,
  tmpPath: string,
  size: number,
  bar: cliProgress.SingleBar | undefined,
  onRenamed: () => void,
): Promise<Result<WikidataImportStats, string>> {
  const out = createWriteStream(tmpPath, { flags: 'wx' });
  const outOpened = new Promise<void>((resolve, reject) => {
    out.once('open', () => resolve());
    out.once('error', reject);
  });
  const input = createReadStream(inputPath, { highWaterMark: MB });
  let stage: 'read' | 'write' = 'write';
  try {
    await outOpened;
    stage = 'read';
    const stats = await importWikidata(input, out, {
      onProgress: (entities, people, bytes) =>
        bar?.update(bytes, { done: (bytes / MB).toFixed(0), people, entities }),
    });
    stage = 'write';
    out.end();
    await finished(out);
    // No human at all: not a dump of people (a KB file given by mistake, another JSON Lines file).
    // Writing it would replace a good knowledge base with an empty one, so the old file stays.
    if (stats.people === 0) {
      await unlink(tmpPath).catch(() => undefined);
      bar?.stop();
      return err(
        `${inputPath}: no human (Q5) among its ${stats.entities} entities: is it a Wikidata dump? ${outputPath} is left as it was`,
      );
    }
    await rename(tmpPath, outputPath);
    onRenamed();
    bar?.update(size, { done: (size / MB).toFixed(0) });
    bar?.stop();
    return ok(stats);
  } catch (e) {
    bar?.stop();
    input.destroy();
    out.destroy();
    await unlink(tmpPath).catch(() => undefined);
    if (e instanceof WikidataFormatError) return err(`${inputPath}: ${e.message}`);
    if (stage === 'write' || (e as NodeJS.ErrnoException).syscall === 'write') {
      return err(`could not write ${outputPath}: ${reason(e)}`);
    }
    return err(`could not import ${inputPath}: ${reason(e)}`);
  }
}
