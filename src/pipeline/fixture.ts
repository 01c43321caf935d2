/**
 * How tests run one stage on an invented article: the article parsed, every stage of the standard preset
 * before it run, then the stage itself with its options. One place instead of a copy per test file.
 */
import { parseArticle } from '../article.ts';
import { bundledKb } from '../kb/load.ts';
import type { Doc, Findings } from './doc.ts';
import { standard } from './presets.ts';
import { docBefore, runStage } from './processor.ts';
import type { Stage } from './stage.ts';

/** The document the standard preset's stage `name` sees for `text` (dated `date` when given). */
export function docAt(name: string, text: string, date?: string): Doc {
  const article = parseArticle(date ? { text, date } : { text });
  if (!article.ok) throw article.error;
  return docBefore(standard, name, article.value, bundledKb());
}

/** The findings `stage` writes for `text`, its options overridden by `overrides`. */
export function runAt<O extends object>(
  stage: Stage<O>,
  text: string,
  overrides: Partial<O> = {},
  date?: string,
): Partial<Findings> {
  return runStage(stage, docAt(stage.name, text, date), overrides);
}
