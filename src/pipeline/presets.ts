/** Presets: the ordered stage lists (and the stage options some set). `standard` is what `analyze` and the CLI run. */
import { hearsayError } from '../errors.ts';
import { segmentStage } from '../segment/index.ts';
import { attributionStage } from '../stages/attribution/stage.ts';
import { captionsStage } from '../stages/captions/stage.ts';
import { checksStage } from '../stages/checks/stage.ts';
import { claimsStage } from '../stages/claims/stage.ts';
import { datesStage } from '../stages/dates/stage.ts';
import { entitiesStage } from '../stages/entities/stage.ts';
import { hedgesStage } from '../stages/hedges/stage.ts';
import { languageStage } from '../stages/language/stage.ts';
import { lexiconStage } from '../stages/lexicon/stage.ts';
import { quotesStage } from '../stages/quotes/stage.ts';
import { scoreStage } from '../stages/score/stage.ts';
import { summaryStage } from '../stages/summary/stage.ts';
import type { Stage } from './stage.ts';

/** The full pipeline, in order. */
export const standard: readonly Stage[] = [
  segmentStage,
  lexiconStage,
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
] as Stage[];

/** The spine alone: segmentation, captions, quotations, speakers and sources (no claims, checks or score). */
export const spine: readonly Stage[] = standard.slice(0, standard.indexOf(attributionStage as Stage) + 1);

/**
 * Political and hard news: the full pipeline with reported speech in PolNeAR's sense of attribution
 * (the attribution stage's `reported: 'news'`, `POLNEAR_OPTIONS` in attribution/reported.ts): every
 * cue the cue model is sure of, not only verbs of saying, beliefs and intentions too ("the senator
 * believes …", "officials warned …"), each clause kept when the clause model vouches for it. It finds
 * far more of the attributions a political story carries without quotation marks; on celebrity news
 * it reports beliefs and wider cues the tabloid guide does not count as quotations (`npm run
 * eval:quotes` shows both trades).
 */
export const news: readonly Stage[] = standard;

/** The presets by name, as `analyze(text, { preset })` and `--preset` take them. */
export const PRESETS = { standard, spine, news } as const;
/** The name of a preset. */
export type PresetName = keyof typeof PRESETS;

/** Stage options a preset sets over the stages' defaults, by preset and stage name (`ProcessorConfig.options`). */
export const PRESET_OPTIONS: Readonly<
  Partial<Record<PresetName, Readonly<Record<string, Readonly<Record<string, unknown>>>>>>
> = {
  news: { attribution: { reported: 'news' } },
};

/** The stages of a named preset; an unknown name is `HS_UNKNOWN_PRESET`. */
export function presetStages(name: string): readonly Stage[] {
  if (!Object.hasOwn(PRESETS, name)) throw hearsayError('HS_UNKNOWN_PRESET', name);
  return PRESETS[name as PresetName];
}

/** The stage options of a named preset (none for most); an unknown name is `HS_UNKNOWN_PRESET`. */
export function presetOptions(name: string): Readonly<Record<string, Readonly<Record<string, unknown>>>> {
  presetStages(name);
  return PRESET_OPTIONS[name as PresetName] ?? {};
}
