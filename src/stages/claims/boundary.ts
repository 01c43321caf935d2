/**
 * Where readers split a sentence into two claims: a logistic model over the candidate break points of
 * units.ts (a joining word after a comma, semicolon or dash, or a bare "but"/"and"), fitted by
 * `npm run fit:claims` on the training articles' clause starts and shipped with the typer's weights.
 * Its features are the punctuation before the break, the joining word, whether a subject follows it
 * ("…, and she still hopes" starts a clause; "… and showed off" only goes on with a verb) and the
 * length of both sides. The stage splits only where this model and the typer both agree (stage.ts).
 */
import { hashWord, THE } from '../../core/hash.ts';
import { tokenAtOrAfter } from '../../core/spans.ts';
import { type Doc, TokenKind } from '../../pipeline/doc.ts';
import { PEOPLE_SUBJECTS } from './cue-words.ts';
import { type ClaimIndex, lowerBound, startsClause } from './features.ts';

/** The joining words the model weighs one by one; any other joining word is "j:other". */
const JOINER_WORDS = [
  'and',
  'but',
  'yet',
  'so',
  'while',
  'though',
  'although',
  'whereas',
  'which',
  'where',
  'since',
  'because',
  'as',
  'who',
  'whom',
] as const;

/** The boundary model's features, in column order (the weights file names them). */
export const BOUNDARY_FEATURES = [
  'after-comma',
  'after-semicolon',
  'after-dash',
  'bare',
  'after-quote',
  'subject-next',
  'left-long',
  'right-long',
  ...JOINER_WORDS.map((w) => `j:${w}`),
  'j:other',
] as const;

/** Number of boundary features. */
export const NB = BOUNDARY_FEATURES.length;

const B_COMMA = 0;
const B_SEMI = 1;
const B_DASH = 2;
const B_BARE = 3;
const B_QUOTE = 4;
const B_SUBJECT = 5;
const B_LEFT_LONG = 6;
const B_RIGHT_LONG = 7;
const B_JOINER = 8;
const B_OTHER = NB - 1;
/** A side with at least this many tokens is "long" (a feature of the fitted model, refit with it). */
const LONG_SIDE = 8;

const JOINER_COLUMN = new Map<number, number>(JOINER_WORDS.map((w, k) => [hashWord(w), B_JOINER + k]));

/** A fitted boundary model: one weight per feature and a bias (log-odds of a readers' break). */
export interface BoundaryModel {
  readonly bias: number;
  readonly weights: Float64Array;
}

const isQuote = (c: number): boolean => c === 34 || c === 39 || c === 0x201d || c === 0x2019;

/**
 * Fills `out` (length NB) with the features of the break at offset `at` (the start of the second
 * clause) of the unit `[start, end)`.
 */
export function boundaryFeatures(
  doc: Doc,
  index: ClaimIndex,
  start: number,
  end: number,
  at: number,
  out: Float64Array,
): void {
  out.fill(0);
  const t = doc.tokens;
  const text = doc.text;
  const j = tokenAtOrAfter(t, at);
  let i = j - 1;
  // "…well,’ but …": a closing quotation mark between the comma and the joining word
  if (i >= 0 && t.kind[i] === TokenKind.punct && isQuote(text.charCodeAt(t.start[i]!))) {
    out[B_QUOTE] = 1;
    while (i >= 0 && t.kind[i] === TokenKind.punct && isQuote(text.charCodeAt(t.start[i]!))) i--;
  }
  const c = i >= 0 && t.kind[i] === TokenKind.punct ? text.charCodeAt(t.start[i]!) : 0;
  if (c === 44) out[B_COMMA] = 1;
  else if (c === 59) out[B_SEMI] = 1;
  else if (c === 0x2014 || c === 0x2013 || c === 45) out[B_DASH] = 1;
  else out[B_BARE] = 1;
  const joiner = t.kind[j] === TokenKind.word ? JOINER_COLUMN.get(t.hash[j]!) : undefined;
  // a dash or semicolon alone breaks before a clause's own first word: that word is its subject or not
  let next = j;
  if (joiner !== undefined) {
    out[joiner] = 1;
    next = j + 1;
  } else out[B_OTHER] = 1;
  if (next < t.count && t.end[next]! <= end) {
    const p = lowerBound(index.starts, t.start[next]!);
    // "and the couple …": a noun for people after an article
    const noun = t.hash[next] === THE && next + 1 < t.count ? next + 1 : next;
    if (startsClause(index, next) || PEOPLE_SUBJECTS.has(t.hash[noun]!) || index.starts[p] === t.start[next])
      out[B_SUBJECT] = 1;
  }
  if (j - tokenAtOrAfter(t, start) >= LONG_SIDE) out[B_LEFT_LONG] = 1;
  if (tokenAtOrAfter(t, end) - j >= LONG_SIDE) out[B_RIGHT_LONG] = 1;
}

/** The probability that readers break the unit at the break whose features are in `x`. */
export function boundaryProbability(model: BoundaryModel, x: Float64Array): number {
  let z = model.bias;
  for (let k = 0; k < NB; k++) z += model.weights[k]! * x[k]!;
  return 1 / (1 + Math.exp(-z));
}

/** A boundary model from its weights-file form (features by name; a missing one weighs nothing). */
export function compileBoundary(w: { bias: number; weights: Record<string, number> }): BoundaryModel {
  return { bias: w.bias, weights: Float64Array.from(BOUNDARY_FEATURES, (f) => w.weights[f] ?? 0) };
}
