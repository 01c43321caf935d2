/**
 * Span helpers for signals that match phrases in the text: the word-list matches of the article's one
 * token pass (token-match.ts), kept per report so every signal reads the same pass; merging evidence
 * from several places without double counting; and whether a span sits in a quotation.
 */
import type { Tokens } from '../pipeline/doc.ts';
import type { Quote, Span } from '../report/schema.ts';
import { tokenize } from '../segment/tokens.ts';
import { byStart, type ScoreInput, span } from './feature-kit.ts';
import { type Hits, headlineHits, type ListName, scanTokens } from './token-match.ts';

const TOKENS = new WeakMap<object, Tokens>();
const HITS = new WeakMap<object, Hits>();
const HEADLINE = new WeakMap<object, Partial<Record<ListName, string | null>>>();

/** Lends the report the tokens the pipeline already has, so the pass need not tokenize again. */
export function useTokens(r: ScoreInput, tokens: Tokens): void {
  TOKENS.set(r, tokens);
}

/**
 * Every word list's matches in the article's body (a front-matter block before it is not read), from
 * one pass over the tokens, computed once per report.
 */
export function hitsOf(r: ScoreInput): Hits {
  let hits = HITS.get(r);
  if (!hits) {
    const tokens = TOKENS.get(r) ?? tokenize(r.text);
    hits = scanTokens(r.text, tokens, r.paragraphs[0]?.start ?? 0);
    HITS.set(r, hits);
  }
  return hits;
}

/** The words of the headline that a headline list matches first, or null; computed once per report. */
export function headlineHit(r: ScoreInput, list: ListName): string | null {
  let hits = HEADLINE.get(r);
  if (!hits) {
    hits = headlineHits(r.meta.title ?? '');
    HEADLINE.set(r, hits);
  }
  return hits[list] ?? null;
}

/** Spans from several lists in text order, overlapping ones counted once (the earliest, longest wins). */
export function mergeSpans(...lists: readonly (readonly Span[])[]): Span[] {
  const all = lists
    .flat()
    .map(span)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of all) {
    const last = out.at(-1);
    if (last && s.start < last.end) continue;
    out.push(s);
  }
  return out.sort(byStart);
}

/** The quotation a span sits wholly inside, if any. */
export const quoteAround = (quotes: readonly Quote[], s: Span): Quote | undefined =>
  quotes.find((q) => q.start <= s.start && s.end <= q.end);

/** The text of a span, whitespace collapsed. */
export const textOf = (text: string, s: Span): string =>
  text.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
