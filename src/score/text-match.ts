/**
 * Span helpers for signals that match phrases in the text: the word-list matches of the article's one
 * token pass (token-match.ts), kept per report so every signal reads the same pass; merging evidence
 * from several places without double counting; and whether a span sits in a quotation.
 */
import type { Tokens } from '../pipeline/doc.ts';
import type { Quote, Span } from '../report/schema.ts';
import { sortedBy } from '../core/spans.ts';
import { tokenize } from '../core/tokens.ts';
import { byStart, collapsed, type ScoreInput } from './feature-kit.ts';
import { BODY_LISTS, type Hits, headlineHits, type ListName, scanTokens } from './token-match.ts';

// The report being scored and what its signals share, kept for the last report only: the signals of
// one report are computed one after another, so one slot serves them all without a WeakMap's cost.
let tokensOf: object | null = null;
let lentTokens: Tokens | null = null;
let hitsFor: object | null = null;
let hits: Hits | null = null;
let headlineFor: object | null = null;
let headline: Partial<Record<ListName, string | null>> = {};

/** Lends the report the tokens the pipeline already has, so the pass need not tokenize again. */
export function useTokens(r: ScoreInput, tokens: Tokens): void {
  tokensOf = r;
  lentTokens = tokens;
}

/**
 * Every body word list's matches in the article's body (a front-matter block before it is not read),
 * from one pass over the tokens, computed once per report; the headline-only lists stay empty.
 */
export function hitsOf(r: ScoreInput): Hits {
  if (hitsFor !== r || hits === null) {
    const tokens = tokensOf === r && lentTokens !== null ? lentTokens : tokenize(r.text);
    hits = scanTokens(r.text, tokens, r.paragraphs[0]?.start ?? 0, BODY_LISTS);
    hitsFor = r;
  }
  return hits;
}

/** The words of the headline that a headline list matches first, or null; computed once per report. */
export function headlineHit(r: ScoreInput, list: ListName): string | null {
  if (headlineFor !== r) {
    headline = headlineHits(r.meta.title ?? '');
    headlineFor = r;
  }
  return headline[list] ?? null;
}

const startThenLongest = (a: Span, b: Span): number => a.start - b.start || b.end - a.end;

/** Spans from several lists in text order, overlapping ones counted once (the earliest, longest wins). */
export function mergeSpans(...lists: readonly (readonly Span[])[]): Span[] {
  const all: Span[] = [];
  // the bare span built here, not by `span`: its loads then see only the few kinds of span merged here
  // (mentions, hedges, matches), not every kind the score's evidence comes from, and stay polymorphic
  for (const list of lists) for (const x of list) all.push({ start: x.start, end: x.end });
  sortedBy(all, startThenLongest);
  const out: Span[] = [];
  let sorted = true;
  for (const s of all) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) continue;
    // an empty span kept before a longer one at the same start is out of text order
    if (last && byStart(last, s) > 0) sorted = false;
    out.push(s);
  }
  return sorted ? out : out.sort(byStart);
}

/** The quotation a span sits wholly inside, if any (the first such in the list's order). */
export function quoteAround(quotes: readonly Quote[], s: Span): Quote | undefined {
  const reach = reachOf(quotes);
  if (!reach) return quotes.find((q) => q.start <= s.start && s.end <= q.end);
  // the first quotation whose end reaches s.end is the first that may hold s; it does when it starts
  // by s.start (the list is sorted by start, so every later one that reaches starts later still)
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reach[mid]! < s.end) lo = mid + 1;
    else hi = mid;
  }
  const q = quotes[lo];
  return q && q.start <= s.start ? q : undefined;
}

// per quotation list sorted by start: the furthest end among the quotations up to each index, so the
// lookup is a binary search and a report with many quotations stays linear (issue 16)
const REACH = new WeakMap<readonly Quote[], Float64Array | null>();

// the list asked last and its reach: the signals of one report ask of one list, once per match, and
// a WeakMap lookup each time cost more than the search it serves
let lastQuotes: readonly Quote[] | null = null;
let lastReach: Float64Array | null = null;

function reachOf(quotes: readonly Quote[]): Float64Array | null {
  if (quotes === lastQuotes && (lastReach === null || lastReach.length === quotes.length)) return lastReach;
  let reach = REACH.get(quotes);
  if (reach === undefined || (reach !== null && reach.length !== quotes.length)) reach = reachFrom(quotes);
  lastQuotes = quotes;
  lastReach = reach;
  return reach;
}

/** The reach of a list (or null when it is not sorted by start), computed and kept in REACH. */
function reachFrom(quotes: readonly Quote[]): Float64Array | null {
  let reach: Float64Array | null = new Float64Array(quotes.length);
  let max = -1;
  for (let k = 0; k < quotes.length; k++) {
    const q = quotes[k]!;
    if (k > 0 && q.start < quotes[k - 1]!.start) {
      reach = null;
      break;
    }
    max = Math.max(max, q.end);
    reach[k] = max;
  }
  REACH.set(quotes, reach);
  return reach;
}

/** The text of a span, whitespace collapsed. */
export const textOf = (text: string, s: Span): string => collapsed(text.slice(s.start, s.end));
