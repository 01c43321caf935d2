/**
 * hearsay's library entry: article in, report out.
 *
 *   import { analyze } from 'hearsay';
 *   const report = analyze(text, { date: '2024-10-08' });
 */
import { type ArticleInput, parseArticle } from './article.ts';
import { HearsayError } from './errors.ts';
import { bundledKb } from './kb/load.ts';
import type { Kb } from './kb/types.ts';
import { type PresetName, presetOptions, presetStages } from './pipeline/presets.ts';
import { createProcessor, type Processor } from './pipeline/processor.ts';
import type { FullReport, Report } from './report/schema.ts';
import { err, ok, type Result } from './result.ts';

export type { ArticleInput } from './article.ts';
export { ERRORS, HearsayError } from './errors.ts';
export type { Kb, KbRecord } from './kb/types.ts';
export { bundledKb, emptyKb, loadKbWithBundled } from './kb/load.ts';
export {
  checkPreset,
  createProcessor,
  type Processor,
  type ProcessorConfig,
  runStage,
  tryCreateProcessor,
} from './pipeline/processor.ts';
export { news, PRESETS, type PresetName, spine, standard } from './pipeline/presets.ts';
export type { Doc, Findings } from './pipeline/doc.ts';
export { defineStage, type Slot, type Stage } from './pipeline/stage.ts';
export * from './report/schema.ts';
export { type Message, messages, RULES, type Rule } from './report/messages.ts';

/** Limits for one analysis, so one hostile article cannot hold a server, a worker or a batch. */
export interface AnalysisLimits {
  /** Time budget in milliseconds, checked between stages; past it the analysis fails with HS_TIME_BUDGET. */
  readonly maxMs?: number;
  /** Longest text accepted, in UTF-16 code units; longer fails with HS_TOO_LARGE (default `DEFAULT_MAX_CHARS`). */
  readonly maxChars?: number;
}

/** The default article size limit: 2 million characters, about 2 MB of English (a long article is 20,000). */
export const DEFAULT_MAX_CHARS = 2_000_000;

/** How to run one analysis: the limits and the preset (default `standard`). */
export interface RunOptions extends AnalysisLimits {
  /**
   * Which stages run (default `standard`); `spine` stops after sources and has no claims, checks or
   * score; `news` is the full pipeline reading reported speech as political news does (PolNeAR's sense).
   */
  readonly preset?: PresetName;
}

/** Options for one analysis: metadata that overrides what the text declares, the knowledge base, limits and preset. */
export interface AnalyzeOptions extends Omit<ArticleInput, 'text'>, AnalysisLimits {
  readonly kb?: Kb;
  /**
   * Which stages run (default `standard`); `spine` stops after sources and has no claims, checks or
   * score; `news` is the full pipeline reading reported speech as political news does (PolNeAR's sense).
   */
  readonly preset?: PresetName;
}

// One processor per preset, built (and checked) on first use.
const processors = new Map<string, Processor>();
function processorFor(preset: string): Processor {
  let p = processors.get(preset);
  if (!p) {
    p = createProcessor(presetStages(preset), { options: presetOptions(preset) });
    processors.set(preset, p);
  }
  return p;
}

/**
 * Analyses one article; bad metadata (an impossible date) or a limit passed comes back as an error
 * value. The standard preset gives every section (a `FullReport`); others give the sections they compute.
 */
export function analyzeArticle(
  input: ArticleInput,
  kb: Kb | undefined,
  run: RunOptions & { readonly preset: PresetName },
): Result<Report, HearsayError>;
export function analyzeArticle(
  input: ArticleInput,
  kb?: Kb,
  run?: AnalysisLimits,
): Result<FullReport, HearsayError>;
export function analyzeArticle(
  input: ArticleInput,
  kb: Kb = bundledKb(),
  run: RunOptions = {},
): Result<Report, HearsayError> {
  const started = performance.now();
  const maxChars = run.maxChars ?? DEFAULT_MAX_CHARS;
  if (input.text.length > maxChars)
    return err(
      new HearsayError('HS_TOO_LARGE', `${input.id ?? 'the article'} (${input.text.length} characters)`),
    );
  const article = parseArticle(input);
  if (!article.ok) return err(article.error);
  try {
    const deadline = started + (run.maxMs ?? Number.POSITIVE_INFINITY);
    return ok(processorFor(run.preset ?? 'standard').run(article.value, kb, deadline));
  } catch (e) {
    if (e instanceof HearsayError) return err(e);
    throw e;
  }
}

/** Analyses one article and returns its report; throws a `HearsayError` on bad metadata, an unknown preset or a limit passed. */
export function analyze(text: string, options: AnalyzeOptions & { readonly preset: PresetName }): Report;
export function analyze(text: string, options?: Omit<AnalyzeOptions, 'preset'>): FullReport;
export function analyze(text: string, options: AnalyzeOptions = {}): Report {
  const { kb, preset, maxMs, maxChars, ...meta } = options;
  const run = {
    preset: preset ?? 'standard',
    ...(maxMs === undefined ? {} : { maxMs }),
    ...(maxChars === undefined ? {} : { maxChars }),
  };
  const r = analyzeArticle({ ...meta, text }, kb ?? bundledKb(), run);
  if (!r.ok) throw r.error;
  return r.value;
}
