/**
 * The finder's options while collecting candidate clauses (scripts/fit-attribution.ts fits the clause
 * model on them; scripts/news-misses.ts asks which gold any candidate came near).
 */
import { POLNEAR_OPTIONS, type ReportedOptions } from '../../src/stages/attribution/reported.ts';

/**
 * PolNeAR's notion (`news`, by default `POLNEAR_OPTIONS`) widened: every cue the cue model gives at
 * least its wide floor, every clause kept (no clause model: it is what is fitted or looked for).
 */
export function wideCandidates(news: ReportedOptions = POLNEAR_OPTIONS): ReportedOptions {
  const { wideCueProbability, wideClauseProbability: _, ...narrow } = news;
  return {
    ...narrow,
    minCueProbability: wideCueProbability ?? narrow.minCueProbability,
    minOtherCueProbability: wideCueProbability ?? narrow.minOtherCueProbability,
    minClauseProbability: 0,
  };
}

/** `wideCandidates` of the news preset's own options. */
export const WIDE_CANDIDATES: ReportedOptions = wideCandidates();
