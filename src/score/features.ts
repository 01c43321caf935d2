/**
 * The explainable signals of the score. Each reads a report (without its score) and returns a number
 * for the model plus the spans that justify it, and can say in one sentence what it found. Counts
 * enter the model as log1p(count) and rates as shares, so one extreme article cannot dominate a weight.
 * The signals live in groups: quotations and sources, claims and hedges, style, unnamed and second-hand
 * sourcing, on-record speech, specifics and the headline (src/score/signals-*.ts).
 */
import type { Feature, Measurement, ScoreInput } from './feature-kit.ts';
import { CLAIM_FEATURES } from './signals-claims.ts';
import { HEADLINE_FEATURES } from './signals-headline.ts';
import { QUOTE_FEATURES } from './signals-quotes.ts';
import { RECORD_FEATURES } from './signals-record.ts';
import { SOURCING_FEATURES } from './signals-sourcing.ts';
import { SPECIFICS_FEATURES } from './signals-specifics.ts';
import { STYLE_FEATURES } from './signals-style.ts';

export type { Feature, Measurement, ScoreInput } from './feature-kit.ts';

/** The signals, in a fixed order: the weights file refers to them by id. */
export const FEATURES: readonly Feature[] = [
  ...QUOTE_FEATURES,
  ...CLAIM_FEATURES,
  ...STYLE_FEATURES,
  ...SOURCING_FEATURES,
  ...RECORD_FEATURES,
  ...SPECIFICS_FEATURES,
  ...HEADLINE_FEATURES,
];

/** Every feature's measurement, in FEATURES order. */
export function measure(report: ScoreInput): Measurement[] {
  return FEATURES.map((f) => f.compute(report));
}

/** The model inputs only, in FEATURES order: what the fit script trains on. Missing ones are NaN. */
export function featureVector(report: ScoreInput): number[] {
  return FEATURES.map((f) => {
    const m = f.compute(report);
    return m.missing ? Number.NaN : m.value;
  });
}
