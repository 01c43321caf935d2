/**
 * The score stage: the 0–10 rating of how well the article supports its claims, from the fitted
 * signals model (src/score, weights in data/score/weights.json). Runs last: it reads every section.
 */
import type { Doc } from '../../pipeline/doc.ts';
import { defineStage } from '../../pipeline/stage.ts';
import { REPORT_SECTIONS, SCHEMA_VERSION } from '../../report/schema.ts';
import type { ScoreInput } from '../../score/feature-kit.ts';
import { ScoreOptions, scoreReport } from '../../score/model.ts';
import { useTokens } from '../../score/text-match.ts';
import { loadWeights } from '../../score/weights.ts';

// Every section but its own: the score reads the whole report.
const NEEDS = REPORT_SECTIONS.filter((k) => k !== 'score');

/**
 * The report the score reads, as a view of the document: its sections by reference, not copied. One
 * object literal, so every report the score reads has the same shape (`satisfies` checks that it
 * holds every section but the score).
 */
function scoreInput(doc: Doc): ScoreInput {
  const view = {
    schemaVersion: SCHEMA_VERSION,
    id: doc.id,
    text: doc.text,
    meta: doc.meta,
    paragraphs: doc.paragraphs,
    sentences: doc.sentences,
    captions: doc.captions,
    quotes: doc.quotes,
    scareQuotes: doc.scareQuotes,
    sources: doc.sources,
    entities: doc.entities,
    claims: doc.claims,
    hedges: doc.hedges,
    language: doc.language,
    dates: doc.dates,
    checks: doc.checks,
    summary: doc.summary,
  } satisfies Record<keyof ScoreInput, unknown>;
  // the document's sections are readonly arrays; the score only reads them
  const input = view as unknown as ScoreInput;
  // the word lists are matched over the tokens the segment stage made
  useTokens(input, doc.tokens);
  return input;
}

/** Scores the article and explains every point. */
export const scoreStage = defineStage({
  name: 'score',
  about: 'The 0–10 score: base and explained signals whose contributions add up to the value',
  needs: [...NEEDS, 'tokens'],
  gives: ['score'],
  options: ScoreOptions,
  run: (doc: Doc, o) => ({ score: scoreReport(scoreInput(doc), loadWeights(), o) }),
});
