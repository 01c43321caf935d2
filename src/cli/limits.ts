/**
 * The per-article limits (`--max-ms`, `--max-chars`) of every command that analyses: analyze, feed,
 * batch, ingest and reanalyze. Imports only commander, as main.ts does, to keep start-up short.
 */
import type { Command } from 'commander';
import type { AnalysisLimits } from '../index.ts';
import { positiveInt } from './numbers.ts';

/** Default of `--max-chars` (the engine's DEFAULT_MAX_CHARS, pinned equal by main.test.ts). */
export const CLI_MAX_CHARS = 2_000_000;

/** The limit flags as commander gives them. */
export interface LimitFlags {
  maxMs?: number;
  maxChars: number;
}

/** The engine's limits from the flags. */
export const limitsOf = (o: LimitFlags): AnalysisLimits => ({
  ...(o.maxMs ? { maxMs: o.maxMs } : {}),
  maxChars: o.maxChars,
});

/** Adds `--max-ms` and `--max-chars` to a command. */
export const addLimits = (c: Command): Command =>
  c
    .option(
      '--max-ms <ms>',
      'time budget per article: past it the article fails with HS_TIME_BUDGET',
      positiveInt,
    )
    .option('--max-chars <n>', 'largest article, in characters', positiveInt, CLI_MAX_CHARS);
