/**
 * The score stage: the 0–10 rating of how well the article supports its claims, from the fitted
 * signals model (src/score, weights in data/score/weights.json). Runs last: it reads every section.
 */
import type { Doc } from '../pipeline/doc.ts';
import { toReport } from '../pipeline/processor.ts';
import { defineStage, type Slot } from '../pipeline/stage.ts';
import type { ScoreInput } from '../score/feature-kit.ts';
import { scoreReport } from '../score/model.ts';

const NEEDS = [
  'paragraphs',
  'sentences',
  'captions',
  'quotes',
  'scareQuotes',
  'sources',
  'entities',
  'claims',
  'hedges',
  'language',
  'dates',
  'checks',
  'summary',
] as const satisfies readonly Slot[];
const NEEDED: ReadonlySet<Slot> = new Set(NEEDS);

/** Scores the article and explains every point. */
export const scoreStage = defineStage({
  name: 'score',
  about: 'The 0–10 score: base and explained signals whose contributions add up to the value',
  needs: NEEDS,
  gives: ['score'],
  run: (doc: Doc) => ({ score: scoreReport(toReport(doc, NEEDED) as ScoreInput) }),
});
