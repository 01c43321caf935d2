/**
 * The building blocks of the score's features: the types they share and small helpers for measuring
 * a report and wording what was found. Kept apart so features.ts is just the list of signals.
 */
import { sortedBy } from '../core/spans.ts';
import type { FullReport, Source, SourceKind, Span } from '../report/schema.ts';
import { isSpaceChar as isSpace } from './token-match.ts';

/** What the score reads: a full report minus the score it is about to get. */
export type ScoreInput = Omit<FullReport, 'score'>;

/** A signal's reading: the model input plus what a reader needs to check it. */
export interface Measurement {
  /** The number the model sees (a share, a rate or log1p of a count). */
  readonly value: number;
  /** Where in `report.text` the signal comes from, in text order. */
  readonly evidence: Span[];
  /** The plain count behind the value, for the sentence ("7" in "7 of 8"). */
  readonly count: number;
  /** The total the count is out of, when the value is a share ("8" in "7 of 8"). */
  readonly of?: number | undefined;
  /** Names or short phrases to quote in the sentence. */
  readonly examples?: string[] | undefined;
  /** Nothing to measure (no headline): the signal counts as an average article's and moves nothing. */
  readonly missing?: boolean | undefined;
}

/**
 * A measurement of the one shape every feature returns (all five fields, always in this order): the
 * score reads and describes some forty of them per article, and literals of five different shapes
 * made those reads polymorphic and deoptimised the score's loop as each new shape turned up.
 */
export const measurement = (
  value: number,
  count: number,
  evidence: Span[],
  examples?: string[],
  of?: number,
  missing = false,
): Measurement => ({ value, evidence, count, of, examples, missing });

/** An explainable signal: an id, how to measure it and how to say what it found. */
export interface Feature {
  readonly id: string;
  /** Which way more of it moves the score: +1 towards well supported, −1 away. The fit holds weights to it. */
  readonly direction: 1 | -1;
  readonly compute: (report: ScoreInput) => Measurement;
  readonly describe: (value: number, contribution: number, measurement: Measurement) => string;
}

/** A bare span, so evidence never carries the extra fields of the object it came from. */
export const span = (x: { readonly start: number; readonly end: number }): Span => ({
  start: x.start,
  end: x.end,
});
/** Text order for evidence. */
export const byStart = (a: Span, b: Span): number => a.start - b.start || a.end - b.end;
/** "1 claim", "3 claims". */
export const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
/** n / of, with 0 for an empty total so zero-count articles stay finite. */
export const share = (n: number, of: number): number => (of > 0 ? n / of : 0);
/** A count per 100 words, 0 for an empty article. */
export const ratePer100 = (n: number, words: number): number => (words > 0 ? (100 * n) / words : 0);
/** How many of the report's sentences hold the start of at least one span; the spans are in text order. */
export function sentencesWith(r: ScoreInput, spans: readonly Span[]): number {
  let n = 0;
  let k = 0;
  let last = -1;
  for (const h of spans) {
    while (k < r.sentences.length && r.sentences[k]!.end <= h.start) k++;
    if (k < r.sentences.length && r.sentences[k]!.start <= h.start && k !== last) {
      n++;
      last = k;
    }
  }
  return n;
}

/** One decimal, without trailing zeros, for numbers in sentences. */
export const fmt = (x: number): string => (Math.round(x * 10) / 10).toString();

/** "A", "A and B", "A, B and 3 more": keeps sentences short however many names there are. */
export function listNames(names: readonly string[], max = 3): string {
  const shown = names.slice(0, max);
  const rest = names.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  if (shown.length <= 1) return shown[0] ?? '';
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

/** Distinct lower-cased phrases at the spans, quoted, for "(“reportedly”, “is said to”)". */
export function phrases(report: ScoreInput, spans: readonly Span[], max = 2): string[] {
  const seen = new Set<string>();
  for (const s of spans) {
    const text = collapsed(report.text.slice(s.start, s.end)).toLowerCase();
    if (text.length > 0 && text.length <= 40) seen.add(`“${text}”`);
    if (seen.size >= max) break;
  }
  return [...seen];
}

/** Ends a sentence with a parenthesised list of examples, when there are any. */
export const withExamples = (sentence: string, examples: readonly string[] | undefined): string =>
  examples && examples.length > 0 ? `${sentence} (${examples.join(', ')}).` : `${sentence}.`;

/** Sources of the given kinds, in text order of their first mention. */
export function sourcesOf(report: ScoreInput, kinds: readonly SourceKind[]): Source[] {
  return report.sources
    .filter((s) => kinds.includes(s.kind))
    .sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0) || a.id.localeCompare(b.id));
}

/** A log1p-count feature over sources of some kinds; evidence is every mention. */
export function sourceCount(
  report: ScoreInput,
  kinds: readonly SourceKind[],
  quotedOnly = false,
): Measurement {
  const found = sourcesOf(report, kinds);
  const evidence: Span[] = [];
  const examples: string[] = [];
  let count = 0;
  for (const s of found) {
    if (quotedOnly && !(s.quotes > 0)) continue;
    count++;
    examples.push(s.name);
    // a literal, not `span`: this load sees mentions only, where span's sees every kind of span
    for (const m of s.mentions) evidence.push({ start: m.start, end: m.end });
  }
  return measurement(Math.log1p(count), count, sortedBy(evidence, byStart), examples);
}

/** Share of claims of one content type; evidence is those claims. */
export function claimShare(report: ScoreInput, type: string): Measurement {
  const of = report.claims.length;
  const evidence: Span[] = [];
  for (const c of report.claims) if (c.content === type) evidence.push({ start: c.start, end: c.end });
  return measurement(share(evidence.length, of), evidence.length, sortedBy(evidence, byStart), undefined, of);
}

/** "3 of 12 claims are …" with the zero cases said plainly. */
export const describeClaimShare =
  (one: string, many: string) =>
  (_v: number, _c: number, m: Measurement): string => {
    if (!m.of) return 'The article makes no claims the reader could weigh.';
    if (m.count === 0)
      return m.of === 1
        ? `Its one claim is not ${one.replace(/^is /, '')}.`
        : `None of the ${m.of} claims ${one}.`;
    if (m.of === 1) return `Its one claim ${one}.`;
    return `${m.count} of ${m.of} claims ${m.count === 1 ? one : many}.`;
  };

/**
 * A phrase with its whitespace collapsed and trimmed, as `.replace(/\s+/g, ' ').trim()` gives it; a
 * phrase whose only whitespace is single spaces inside it (nearly all) is returned as it is.
 */
export function collapsed(phrase: string): string {
  const n = phrase.length;
  let plain = n > 0 && !isSpace(phrase.charCodeAt(0)) && !isSpace(phrase.charCodeAt(n - 1));
  for (let k = 1; plain && k < n - 1; k++) {
    const c = phrase.charCodeAt(k);
    if (c !== 32 ? isSpace(c) : phrase.charCodeAt(k + 1) === 32) plain = false;
  }
  return plain || n === 0 ? phrase : phrase.replace(/\s+/g, ' ').trim();
}
