/**
 * The score stage: the 0–10 rating of how well the article supports its claims, from the fitted
 * signals model (src/score, weights in data/score/weights.json). Runs last: it reads every section.
 */
import type { Doc } from '../pipeline/doc.ts';
import { toReport } from '../pipeline/processor.ts';
import { defineStage, type Slot } from '../pipeline/stage.ts';
import { REPORT_SECTIONS } from '../report/schema.ts';
import type { ScoreInput } from '../score/feature-kit.ts';
import { ScoreOptions, scoreReport } from '../score/model.ts';
import { loadWeights } from '../score/weights.ts';

// Every section but its own: the score reads the whole report.
const NEEDS = REPORT_SECTIONS.filter((k) => k !== 'score');
const NEEDED: ReadonlySet<Slot> = new Set(NEEDS);

/** Scores the article and explains every point. */
export const scoreStage = defineStage({
  name: 'score',
  about: 'The 0–10 score: base and explained signals whose contributions add up to the value',
  needs: NEEDS,
  gives: ['score'],
  options: ScoreOptions,
  run: (doc: Doc, o) => ({ score: scoreReport(toReport(doc, NEEDED) as ScoreInput, loadWeights(), o) }),
});
