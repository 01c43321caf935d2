/**
 * The processor: runs a preset's stages in order over an article, each stage seeing the findings of
 * the ones before, and assembles the report. Like unified, a processor is data (its stage list).
 */
import type { Kb } from '../kb/types.ts';
import { type Report, SCHEMA_VERSION } from '../report/schema.ts';
import type { Article, Doc, Stage } from './doc.ts';
import { emptyFindings } from './empty.ts';

/** A processor: its stages, and the function that runs them. */
export interface Processor {
  readonly stages: readonly Stage[];
  readonly run: (article: Article, kb: Kb) => Report;
}

/** Runs the stages in order; each returns the findings it adds, merged into the next document. */
export function runStages(stages: readonly Stage[], article: Article, kb: Kb): Doc {
  // One object of a fixed shape, every field present from the start: stages only read it and
  // return what they add, so the processor writes their findings in place. Spreading a new copy per
  // stage cost more than most stages.
  const e = emptyFindings();
  const doc: { -readonly [K in keyof Doc]: Doc[K] } = {
    id: article.id,
    text: article.text,
    bodyStart: article.bodyStart,
    meta: article.meta,
    kb,
    paragraphs: e.paragraphs,
    sentences: e.sentences,
    tokens: e.tokens,
    captions: e.captions,
    quoted: e.quoted,
    quotes: e.quotes,
    scareQuotes: e.scareQuotes,
    sources: e.sources,
    entities: e.entities,
    mentions: e.mentions,
    ages: e.ages,
    relations: e.relations,
    claims: e.claims,
    hedges: e.hedges,
    language: e.language,
    dates: e.dates,
    checks: e.checks,
    score: e.score,
    summary: e.summary,
  };
  const fields = doc as unknown as Record<string, unknown>;
  for (const stage of stages) {
    const added = stage.run(doc) as Record<string, unknown>;
    for (const key in added) fields[key] = added[key];
  }
  return doc;
}

/** Builds the report a document holds (the public view: no tokens, no internal mentions). */
export function toReport(doc: Doc): Report {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: doc.id,
    text: doc.text,
    meta: doc.meta,
    paragraphs: [...doc.paragraphs],
    sentences: [...doc.sentences],
    captions: [...doc.captions],
    quotes: [...doc.quotes],
    scareQuotes: [...doc.scareQuotes],
    sources: [...doc.sources],
    entities: [...doc.entities],
    claims: [...doc.claims],
    hedges: [...doc.hedges],
    language: doc.language,
    dates: [...doc.dates],
    checks: [...doc.checks],
    score: doc.score,
    summary: doc.summary,
  };
}

/** Makes a processor from a list of stages. */
export function createProcessor(stages: readonly Stage[]): Processor {
  return { stages, run: (article, kb) => toReport(runStages(stages, article, kb)) };
}
