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
import { createProcessor } from './pipeline/processor.ts';
import { standard } from './pipeline/presets.ts';
import type { Report } from './report/schema.ts';
import { err, ok, type Result } from './result.ts';

export type { ArticleInput } from './article.ts';
export { ERRORS, HearsayError } from './errors.ts';
export type { Kb, KbRecord } from './kb/types.ts';
export { bundledKb, emptyKb, loadKbWithBundled } from './kb/load.ts';
export { createProcessor } from './pipeline/processor.ts';
export { standard } from './pipeline/presets.ts';
export type { Doc, Stage } from './pipeline/doc.ts';
export * from './report/schema.ts';

/** Options for one analysis: metadata that overrides what the text declares, and the knowledge base. */
export interface AnalyzeOptions extends Omit<ArticleInput, 'text'> {
  readonly kb?: Kb;
}

const processor = createProcessor(standard);

/** Analyses one article; bad metadata (an impossible date) comes back as an error value. */
export function analyzeArticle(input: ArticleInput, kb: Kb = bundledKb()): Result<Report, HearsayError> {
  const article = parseArticle(input);
  if (!article.ok) return err(article.error);
  return ok(processor.run(article.value, kb));
}

/** Analyses one article and returns its report; throws a `HearsayError` on bad metadata. */
export function analyze(text: string, options: AnalyzeOptions = {}): Report {
  const { kb, ...meta } = options;
  const r = analyzeArticle({ ...meta, text }, kb ?? bundledKb());
  if (!r.ok) throw r.error;
  return r.value;
}
