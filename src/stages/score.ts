/**
 * The score stage: the 0–10 rating of how well the article supports its claims, from the fitted
 * signals model (src/score, weights in data/score/weights.json). Runs last: it reads everything.
 */
import type { Doc, Stage } from '../pipeline/doc.ts';
import { toReport } from '../pipeline/processor.ts';
import { scoreReport } from '../score/model.ts';

/** Scores the article and explains every point. */
export const scoreStage: Stage = {
  name: 'score',
  run: (doc: Doc) => ({ score: scoreReport(toReport(doc)) }),
};
