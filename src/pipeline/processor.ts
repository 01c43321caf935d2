/**
 * The processor: runs a preset's stages in order over an article, each stage seeing the findings of
 * the ones before, and assembles the report. Like unified, a processor is data (its stage list).
 */
import type { Kb } from '../kb/types.ts';
import { type Report, SCHEMA_VERSION } from '../report/schema.ts';
import type { Article, Doc, Findings, Stage } from './doc.ts';
import { emptyFindings } from './empty.ts';

/** A processor: its stages, and the function that runs them. */
export interface Processor {
  readonly stages: readonly Stage[];
  readonly run: (article: Article, kb: Kb) => Report;
}

/** Runs the stages in order; each returns the findings it adds, merged into the next document. */
export function runStages(stages: readonly Stage[], article: Article, kb: Kb): Doc {
  let doc: Doc = { ...article, ...emptyFindings(), kb };
  for (const stage of stages) {
    const added: Partial<Findings> = stage.run(doc);
    doc = { ...doc, ...added };
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
