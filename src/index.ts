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

/** Limits for one analysis, so one hostile article cannot hold a server, a worker or a batch. */
export interface AnalysisLimits {
  /** Time budget in milliseconds, checked between stages; past it the analysis fails with HS_TIME_BUDGET. */
  readonly maxMs?: number;
  /** Longest text accepted, in UTF-16 code units; longer fails with HS_TOO_LARGE (default `DEFAULT_MAX_CHARS`). */
  readonly maxChars?: number;
}

/** The default article size limit: 2 million characters, about 2 MB of English (a long article is 20,000). */
export const DEFAULT_MAX_CHARS = 2_000_000;

/** Options for one analysis: metadata that overrides what the text declares, the knowledge base and limits. */
export interface AnalyzeOptions extends Omit<ArticleInput, 'text'>, AnalysisLimits {
  readonly kb?: Kb;
}

const processor = createProcessor(standard);

/** Analyses one article; bad metadata (an impossible date) or a limit passed comes back as an error value. */
export function analyzeArticle(
  input: ArticleInput,
  kb: Kb = bundledKb(),
  limits: AnalysisLimits = {},
): Result<Report, HearsayError> {
  const started = performance.now();
  const maxChars = limits.maxChars ?? DEFAULT_MAX_CHARS;
  if (input.text.length > maxChars)
    return err(
      new HearsayError('HS_TOO_LARGE', `${input.id ?? 'the article'} (${input.text.length} characters)`),
    );
  const article = parseArticle(input);
  if (!article.ok) return err(article.error);
  try {
    return ok(processor.run(article.value, kb, started + (limits.maxMs ?? Number.POSITIVE_INFINITY)));
  } catch (e) {
    if (e instanceof HearsayError) return err(e);
    throw e;
  }
}

/** Analyses one article and returns its report; throws a `HearsayError` on bad metadata or a limit passed. */
export function analyze(text: string, options: AnalyzeOptions = {}): Report {
  const { kb, maxMs, maxChars, ...meta } = options;
  const limits = {
    ...(maxMs === undefined ? {} : { maxMs }),
    ...(maxChars === undefined ? {} : { maxChars }),
  };
  const r = analyzeArticle({ ...meta, text }, kb ?? bundledKb(), limits);
  if (!r.ok) throw r.error;
  return r.value;
}
