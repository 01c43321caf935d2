/**
 * How attribution tests read a quotation: as a row of the text it covers, its speaker's mention, name
 * and kind, how the speaker was found and the cue's words. One place instead of a copy per test file.
 */
import type { Quote } from '../../report/schema.ts';
import { runAt } from '../../pipeline/fixture.ts';
import { type AttributionOptions, attributionStage } from './stage.ts';

/** The words of `text` under `span`, or null for no span. */
export const sliceOf = (text: string, span: { start: number; end: number } | null): string | null =>
  span ? text.slice(span.start, span.end) : null;

/** A quotation as [content, mention, speaker name, speaker kind, via, cue]. */
export const quotationRow = (text: string, q: Quote): (string | null)[] => [
  sliceOf(text, q),
  sliceOf(text, q.speaker.mention),
  q.speaker.name,
  q.speaker.kind,
  q.speaker.via,
  sliceOf(text, q.cue),
];

/** Every quotation the attribution stage finds in `text`, each with its kind first when `withKind`. */
export function quotationRows(
  text: string,
  withKind = false,
  overrides: Partial<AttributionOptions> = {},
): (string | null)[][] {
  const quotes = runAt(attributionStage, text, overrides).quotes ?? [];
  return quotes.map((q) => (withKind ? [q.kind, ...quotationRow(text, q)] : quotationRow(text, q)));
}

/**
 * `run` with `limits[key]` (a reach of SPEAKER_LIMITS, REPORTED_LIMITS, CUE_LIMITS …) moved to `value`,
 * restored after even when `run` throws: the override tests of the thresholds files.
 */
export function withLimit<T extends object, R>(limits: T, key: keyof T, value: number, run: () => R): R {
  const table = limits as Record<keyof T, unknown>;
  const was = table[key];
  table[key] = value;
  try {
    return run();
  } finally {
    table[key] = was;
  }
}
