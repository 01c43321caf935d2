/**
 * Extra reported-clause candidates of the news preset (PolNeAR's sense of attribution), which the
 * standard preset never builds. The finder (reported.ts) keeps one clause per stretch of words: a
 * clause whose words run into a clause already kept is dropped. In political news one sentence often
 * holds two attributions side by side ("Clinton attacked Trump, saying he would …"), and the first
 * clause's words run on into the second's source and cue. With `fitBeside` on, such a clause's words
 * are cut where the kept clause begins (its source, cue or words, whichever comes first), and the clause
 * model, which sees the cut as a feature (`candidate` 1), decides on it.
 *
 * Studied on PolNeAR train (`node --import tsx scripts/news-misses.ts`): of the gold without a
 * quotation mark the news finder missed, about one in nine had its cue found but its clause dropped
 * for running into another.
 */
import { overlaps, tokenAtOrAfter, tokenEndingBy, wordsIn } from '../../core/spans.ts';
import { hashWord, WordSet } from '../../core/hash.ts';
import { TokenKind } from '../../pipeline/doc.ts';
import type { Span } from '../../report/schema.ts';
import type { Reading } from './speaker.ts';
import { OPENERS } from './words.ts';

/** Options of the news preset's extra candidates (part of `ReportedOptions`). */
export interface NewsCandidateOptions {
  /**
   * Cut reported words that run into a clause already kept, where that clause begins, instead of
   * dropping them (`fitBeside`); absent or false: dropped (the standard preset).
   */
  readonly fitBeside?: boolean;
}

/** The candidate kinds; the clause model's `candidate` feature is the kind's index (0 the finder's own). */
export const CANDIDATE_KINDS = ['finder', 'cut-before-clause'] as const;

/** A clause already kept, as `fitBeside` reads it. */
interface Kept {
  readonly content: Span;
  readonly cue: Span;
  readonly source: Span | null;
}

// words that join the cut clause to the next and belong to neither ("…, and", "… while"): the words
// that open a sentence before its subject (words.ts `OPENERS`) and the conjunctions between clauses
const JOINERS = new WordSet([
  ...OPENERS,
  ...['while', 'as', 'or', 'so', 'then', 'when', 'after', 'before'].map(hashWord),
]);
const THAT = hashWord('that');

/**
 * The reported words `content` (after the cue `cue`) cut to end before every clause of `out` they run
 * into, or `content` itself when they run into none; null when they cannot be cut: a kept clause
 * overlaps the cue, or begins before the words do, or the cut leaves fewer than `minWords` words.
 */
export function fitBeside(
  doc: Reading,
  content: Span,
  cue: Span,
  out: readonly Kept[],
  minWords: number,
): Span | null {
  let end = content.end;
  for (const o of out) {
    if (overlaps(o.cue, cue) || overlaps(o.content, cue) || (o.source && overlaps(o.source, cue)))
      return null;
    if (
      !overlaps(o.content, content) &&
      !(o.source && overlaps(o.source, content)) &&
      !overlaps(o.cue, content)
    )
      continue;
    // only words after their cue are cut at their end
    if (content.start < cue.start) return null;
    const lo = Math.min(o.content.start, o.cue.start, o.source ? o.source.start : o.cue.start);
    if (lo <= content.start) return null;
    if (lo < end) end = lo;
  }
  if (end === content.end) return content;
  const t = doc.tokens;
  let k = tokenEndingBy(t, end);
  const first = tokenAtOrAfter(t, content.start);
  // back over the punctuation and joining words between the two clauses
  while (k >= first && (t.kind[k] === TokenKind.punct || JOINERS.has(t.hash[k]!) || t.hash[k] === THAT)) k--;
  if (k < first) return null;
  const cut = { start: content.start, end: t.end[k]! };
  return wordsIn(t, cut.start, cut.end) < minWords ? null : cut;
}
