/**
 * hearsay's library entry: article in, report out.
 *
 *   import { analyze } from 'hearsay';
 *   const report = analyze(text, { date: '2024-10-08' });
 */
import { type ArticleInput, parseArticle } from './article.ts';
import type { HearsayError } from './errors.ts';
import { bundledKb } from './kb/load.ts';
import type { Kb } from './kb/types.ts';
import { type PresetName, presetStages } from './pipeline/presets.ts';
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
export { PRESETS, type PresetName, spine, standard } from './pipeline/presets.ts';
export type { Doc, Findings } from './pipeline/doc.ts';
export { defineStage, type Slot, type Stage } from './pipeline/stage.ts';
export * from './report/schema.ts';

/** Options for one analysis: metadata that overrides what the text declares, the knowledge base, the preset. */
export interface AnalyzeOptions extends Omit<ArticleInput, 'text'> {
  readonly kb?: Kb;
  /** Which stages run (default `standard`); `spine` stops after sources and has no claims, checks or score. */
  readonly preset?: PresetName;
}

// One processor per preset, built (and checked) on first use.
const processors = new Map<string, Processor>();
function processorFor(preset: string): Processor {
  let p = processors.get(preset);
  if (!p) {
    p = createProcessor(presetStages(preset));
    processors.set(preset, p);
  }
  return p;
}

/**
 * Analyses one article; bad metadata (an impossible date) comes back as an error value. The standard
 * preset gives every section (a `FullReport`); others give the sections they compute.
 */
export function analyzeArticle(
  input: ArticleInput,
  kb: Kb | undefined,
  preset: PresetName,
): Result<Report, HearsayError>;
export function analyzeArticle(input: ArticleInput, kb?: Kb): Result<FullReport, HearsayError>;
export function analyzeArticle(
  input: ArticleInput,
  kb: Kb = bundledKb(),
  preset: PresetName = 'standard',
): Result<Report, HearsayError> {
  const article = parseArticle(input);
  if (!article.ok) return err(article.error);
  return ok(processorFor(preset).run(article.value, kb));
}

/** Analyses one article and returns its report; throws a `HearsayError` on bad metadata or an unknown preset. */
export function analyze(text: string, options: AnalyzeOptions & { readonly preset: PresetName }): Report;
export function analyze(text: string, options?: Omit<AnalyzeOptions, 'preset'>): FullReport;
export function analyze(text: string, options: AnalyzeOptions = {}): Report {
  const { kb, preset, ...meta } = options;
  const r = analyzeArticle({ ...meta, text }, kb ?? bundledKb(), preset ?? 'standard');
  if (!r.ok) throw r.error;
  return r.value;
}
