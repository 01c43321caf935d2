/** Presets: the ordered stage lists. `standard` is what `analyze` and the CLI run. */
import { segmentStage } from '../segment/index.ts';
import { attributionStage } from '../stages/attribution.ts';
import { captionsStage } from '../stages/captions.ts';
import { checksStage } from '../stages/checks.ts';
import { claimsStage } from '../stages/claims.ts';
import { datesStage } from '../stages/dates.ts';
import { entitiesStage } from '../stages/entities.ts';
import { hedgesStage } from '../stages/hedges.ts';
import { languageStage } from '../stages/language.ts';
import { quotesStage } from '../stages/quotes.ts';
import { scoreStage } from '../stages/score.ts';
import { summaryStage } from '../stages/summary.ts';
import type { Stage } from './doc.ts';

/** The full pipeline, in order. */
export const standard: readonly Stage[] = [
  segmentStage,
  captionsStage,
  quotesStage,
  entitiesStage,
  attributionStage,
  hedgesStage,
  datesStage,
  claimsStage,
  languageStage,
  checksStage,
  summaryStage,
  scoreStage,
];

/** The spine alone: segmentation, captions, quotations, speakers and sources (no claims, checks or score). */
export const spine: readonly Stage[] = standard.slice(0, standard.indexOf(attributionStage) + 1);
