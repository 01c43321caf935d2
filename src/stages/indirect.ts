/**
 * Indirect (reported) speech no longer has a stage of its own: the attribution stage calls the
 * reported-speech finder (`findReported`, attribution/reported.ts) on every sentence and writes the
 * quotations once. These names stay for the evaluation script and the reported-speech tests, which
 * swap the finder's options ("with beliefs") into a preset.
 */
import type { Stage } from '../pipeline/stage.ts';
import type { ReportedOptions } from './attribution/reported.ts';
import { attributionStage, attributionStageWith } from './attribution.ts';

/** The stage that finds reported speech: the attribution stage. */
export const indirectStage: Stage = attributionStage as Stage;

/** The attribution stage with other reported-speech finder options (the evaluation's "with beliefs" run). */
export function indirectStageWith(opts: ReportedOptions): Stage {
  return attributionStageWith(opts) as Stage;
}
