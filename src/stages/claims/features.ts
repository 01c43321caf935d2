/**
 * Claim features: one pass over a claim's tokens with hash lookups into the lexicons, writing into a
 * reusable buffer (no allocation per token). Fixed features are named (the reason names them); words of
 * the fitted vocabulary are added as extra columns. The claim typer (model.ts) and the fit script
 * (scripts/fit-claims.ts) both read claims through this function, so training and use cannot drift.
 */
import {
  BOILERPLATE_OPENERS,
  CONDITIONAL,
  DEONTIC,
  FIRST_PERSON,
  FIRST_SUBJECTS,
  FUTURE,
  GENERIC,
  INTENSIFIERS,
  NEGATION,
  PAST,
  PERCEPTION,
  POSSIBILITY_MODALS,
  PRESENT,
  PRIVATE_LIFE,
  PUBLIC_RECORD,
  QUESTION_OPENERS,
  SCHEDULE,
  SECOND_PERSON,
  SUBORDINATORS,
  THIRD_SUBJECTS,
} from '../../lexicon/claims.ts';
import { SUPERLATIVES } from '../../lexicon/emotive.ts';
import { COGNITION, EVALUATIVE, MENTAL } from '../../lexicon/mental.ts';
import { REPORTING_VERBS } from '../../lexicon/reporting.ts';
import { type Doc, TokenKind } from '../../pipeline/doc.ts';
import { tokenAtOrAfter } from '../../pipeline/spans.ts';
import type { SourceKind, Span } from '../../report/schema.ts';

/** The named features, with the words a reason uses for each. Order is the column order. */
export const FIXED_FEATURES = [
  ['voice-quoted', 'in quotation marks'],
  ['attr-named', 'put down to a named source'],
  ['attr-anonymous', 'put down to an anonymous source'],
  ['attr-media', 'put down to unnamed reports'],
  ['attr-document', 'put down to a document'],
  ['attr-none', 'no source given'],
  ['question', 'a question'],
  ['teaser-question', 'a question in the writer’s voice'],
  ['question-opener', 'opens like a question'],
  ['exclamation', 'an exclamation'],
  ['hedge', 'a hedge'],
  ['hearsay-agentless', 'hearsay with no one behind it'],
  ['hearsay-anonymous', 'hearsay from unnamed people'],
  ['booster', 'a booster'],
  ['modal', 'a modal of possibility'],
  ['future', 'the future tense'],
  ['future-scheduled', 'a scheduled future event'],
  ['deontic', 'advice or obligation'],
  ['conditional', 'a condition'],
  ['mental', 'a word of thinking or feeling'],
  ['mental-third', 'a third person’s thoughts or feelings'],
  ['mental-first', 'the speaker’s own feelings'],
  ['mental-cognition', 'a verb of thinking or wanting'],
  ['mental-cognition-first', '“I think”: the speaker’s own view'],
  ['perception', 'a verb of perception'],
  ['evaluative', 'an evaluative word'],
  ['superlative', 'a superlative'],
  ['intensifier', 'an intensifier'],
  ['generic', 'a general statement'],
  ['first-person', 'the first person'],
  ['second-person', 'addressed to “you”'],
  ['third-subject', 'a third-person subject'],
  ['person', 'a named person'],
  ['entity-other', 'a named place or organization'],
  ['date', 'a date'],
  ['number', 'a number'],
  ['past', 'the past tense'],
  ['present', 'the present tense'],
  ['negation', 'a negation'],
  ['reporting', 'a reporting verb'],
  ['private-life', 'life behind closed doors'],
  ['public-record', 'a matter of public record'],
  ['first-sentence', 'the opening sentence'],
  ['short', 'a short sentence'],
  ['long', 'a long sentence'],
  ['quoted-first-person', 'a speaker on themselves'],
  ['hedge-evaluative', 'a hedged evaluation'],
  ['boilerplate-opener', 'a site label'],
  ['hedge-main', 'a hedge on the main clause'],
  ['modal-main', 'a modal on the main clause'],
  ['future-main', 'the future on the main clause'],
  ['mental-main', 'thinking or feeling in the main clause'],
  ['mental-third-main', 'a third person’s mind in the main clause'],
  ['evaluative-main', 'an evaluation in the main clause'],
  ['question-quoted', 'a quoted question'],
] as const;

/** A fixed feature's id. */
export type FixedFeature = (typeof FIXED_FEATURES)[number][0];

const INDEX: Readonly<Record<FixedFeature, number>> = Object.fromEntries(
  FIXED_FEATURES.map(([id], i) => [id, i]),
) as Record<FixedFeature, number>;

/** Number of named features. */
export const NF = FIXED_FEATURES.length;

/**
 * Number of fixed model columns: each named feature once, and once more for quoted claims (a hedge or
 * "I" weighs differently in a speaker's words than in the writer's). Vocabulary word j is column NCOL + j.
 */
export const NCOL = 2 * NF;

/** The weights-file name of fixed column c: the feature id, with "@quoted" for the quoted copy. */
export const columnName = (c: number): string =>
  c < NF ? FIXED_FEATURES[c]![0] : `${FIXED_FEATURES[c - NF]![0]}@quoted`;

/** Writes the active fixed columns of `buf` into `cols`/`vals` (length ≥ NCOL); returns how many. */
export function fixedColumns(buf: FeatureBuffer, cols: Int32Array, vals: Float64Array): number {
  const quoted = buf.get('voice-quoted') !== 0;
  let n = 0;
  for (let j = 0; j < NF; j++) {
    const v = buf.value[j]!;
    if (v === 0) continue;
    cols[n] = j;
    vals[n++] = v;
    if (quoted) {
      cols[n] = NF + j;
      vals[n++] = v;
    }
  }
  return n;
}

/** What the claim's surroundings say about it (voice, attribution, place in the article). */
export interface ClaimContext {
  readonly quoted: boolean;
  readonly attribution: SourceKind | null;
  readonly firstSentence: boolean;
  /** True when the sentence holding the claim ends with a question mark. */
  readonly question: boolean;
}

/**
 * The features of one claim. `value[j]`/`at[j]` hold the fixed columns (at: the first token that fired
 * it, or -1); `words`/`wordAt` list vocabulary columns. The buffer is reused from claim to claim.
 */
export class FeatureBuffer {
  readonly value = new Float64Array(NF);
  readonly at = new Int32Array(NF);
  words = new Int32Array(64);
  wordAt = new Int32Array(64);
  nWords = 0;

  /** Clears the buffer for the next claim. */
  reset(): void {
    this.value.fill(0);
    this.at.fill(-1);
    this.nWords = 0;
  }

  /** Sets a fixed feature, remembering the first token that fired it. */
  set(f: FixedFeature, v = 1, token = -1): void {
    const j = INDEX[f];
    if (this.value[j] === 0 && token >= 0) this.at[j] = token;
    this.value[j] = v;
  }

  /** Adds one to a counted feature (its value is log1p(count) once `finish` runs). */
  count(f: FixedFeature, token: number): void {
    const j = INDEX[f];
    if (this.value[j] === 0) this.at[j] = token;
    this.value[j]! += 1;
  }

  /** Adds a vocabulary column (grows the arrays rarely, never per token once warm). */
  word(col: number, token: number): void {
    if (this.nWords === this.words.length) {
      const w = new Int32Array(this.words.length * 2);
      w.set(this.words);
      this.words = w;
      const a = new Int32Array(this.wordAt.length * 2);
      a.set(this.wordAt);
      this.wordAt = a;
    }
    this.words[this.nWords] = col;
    this.wordAt[this.nWords] = token;
    this.nWords++;
  }

  /** The value of a fixed feature. */
  get(f: FixedFeature): number {
    return this.value[INDEX[f]]!;
  }
}

/** Counted features enter the model as log1p(count), so a long sentence cannot dominate. */
const COUNTED: readonly FixedFeature[] = [
  'person',
  'entity-other',
  'number',
  'past',
  'present',
  'private-life',
  'public-record',
  'evaluative',
  'intensifier',
  'first-person',
];

/** Person mentions (names, pronouns resolved to a person) sorted by start, for the subject look-up. */
export interface PersonIndex {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly entity: readonly string[];
  /** Other entity mentions (places, organizations, events), sorted by start. */
  readonly otherStarts: Int32Array;
}

/** Builds the person index once per document. */
export function personIndex(doc: Doc): PersonIndex {
  const kind = new Map(doc.entities.map((e) => [e.id, e.kind]));
  const persons = doc.mentions
    .filter((m) => kind.get(m.entityId) === 'person')
    .sort((a, b) => a.start - b.start);
  const others = doc.mentions.filter((m) => kind.get(m.entityId) !== 'person' && kind.has(m.entityId));
  return {
    starts: Int32Array.from(persons, (m) => m.start),
    ends: Int32Array.from(persons, (m) => m.end),
    entity: persons.map((m) => m.entityId),
    otherStarts: Int32Array.from(others, (m) => m.start).sort(),
  };
}

/** Index of the first value ≥ x in a sorted array. */
export function lowerBound(a: Int32Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first span (in a list sorted by start) that starts at or after `x`. */
export function firstSpanFrom(spans: readonly Span[], x: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const ED = 'ed';

/** The vocabulary key of two consecutive words ("can't wait", "going to"): their hashes mixed. */
export const bigramHash = (a: number, b: number): number => (Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b) >>> 0;

/** The vocabulary key of a unit's first word ("Is …", "We …"), kept apart from the same word elsewhere. */
export const openerHash = (a: number): number => Math.imul(a ^ 0x27d4eb2f, 0x165667b1) >>> 0;

/**
 * Fills `out` with the features of the claim `[span.start, span.end)`. `vocab` maps a word hash to its
 * vocabulary column (NCOL + j). The experiencer of a mental word is the last third-person subject before it
 * (a person mention or he/she/they); its entity id, when the subject is a resolved mention, is returned.
 */
export function extractFeatures(
  doc: Doc,
  span: Span,
  ctx: ClaimContext,
  persons: PersonIndex,
  vocab: ReadonlyMap<number, number>,
  out: FeatureBuffer,
): { experiencer: string | null } {
  out.reset();
  const t = doc.tokens;
  const text = doc.text;
  let experiencer: string | null = null;
  if (ctx.quoted) out.set('voice-quoted');
  const attr = ctx.attribution;
  if (attr === null) out.set('attr-none');
  else if (attr === 'anonymous') out.set('attr-anonymous');
  else if (attr === 'unnamed-media') out.set('attr-media');
  else if (attr === 'document') out.set('attr-document');
  else if (attr !== 'unknown') out.set('attr-named');
  else out.set('attr-none');
  if (ctx.firstSentence) out.set('first-sentence');

  // subject tracking: 0 none, 1 first person, 3 third person (with the entity when it is a mention)
  let subject = 0;
  let subjectEntity: string | null = null;
  let p = lowerBound(persons.starts, span.start);
  let o = lowerBound(persons.otherStarts, span.start);
  let words = 0;
  let firstWord = -1;
  let prevWord = -1;
  // the main clause ends at the first comma, semicolon, dash or subordinator: cues after it are embedded
  let main = true;
  let mainEnd = Number.MAX_SAFE_INTEGER;
  for (let i = tokenAtOrAfter(t, span.start); i < t.count && t.end[i]! <= span.end; i++) {
    const s = t.start[i]!;
    const kind = t.kind[i]!;
    if (kind === TokenKind.punct) {
      const c = text.charCodeAt(s);
      // a bigram does not run across punctuation other than an apostrophe-free joiner
      if (c !== 45) prevWord = -1;
      if (main && words > 0 && (c === 44 || c === 59 || c === 0x2014 || c === 0x2013 || c === 58)) {
        main = false;
        mainEnd = s;
      }
      if (c === 63) out.set('question', 1, i);
      else if (c === 33) out.set('exclamation', 1, i);
      continue;
    }
    words++;
    if (firstWord < 0) firstWord = i;
    if (kind === TokenKind.number) {
      out.count('number', i);
      prevWord = -1;
      continue;
    }
    const h = t.hash[i]!;
    const col = vocab.get(h);
    if (col !== undefined) out.word(col, i);
    const bi =
      prevWord >= 0
        ? vocab.get(bigramHash(t.hash[prevWord]!, h))
        : i === firstWord
          ? vocab.get(openerHash(h))
          : undefined;
    if (bi !== undefined) out.word(bi, i);
    prevWord = i;
    // a person mention starting here is a third-person subject for what follows
    while (p < persons.starts.length && persons.starts[p]! < s) p++;
    if (p < persons.starts.length && persons.starts[p] === s) {
      out.count('person', i);
      // "The Duke's travel plans": a possessive names an owner, not a subject
      const e = persons.ends[p]!;
      const possessive = text.charCodeAt(e) === 39 || text.charCodeAt(e) === 0x2019;
      if (!possessive) {
        subject = 3;
        subjectEntity = persons.entity[p]!;
      }
    }
    while (o < persons.otherStarts.length && persons.otherStarts[o]! < s) o++;
    if (o < persons.otherStarts.length && persons.otherStarts[o] === s) out.count('entity-other', i);
    if (FIRST_SUBJECTS.has(h)) {
      subject = 1;
      subjectEntity = null;
    } else if (THIRD_SUBJECTS.has(h)) {
      if (subject !== 3 || subjectEntity === null) subject = 3;
      out.set('third-subject', 1, i);
    }
    if (main && words > 1 && SUBORDINATORS.has(h)) {
      main = false;
      mainEnd = s;
    }
    if (FIRST_PERSON.has(h)) out.count('first-person', i);
    if (SECOND_PERSON.has(h)) out.set('second-person', 1, i);
    if (POSSIBILITY_MODALS.has(h) && (t.cap[i] === 0 || i === firstWord)) {
      out.set('modal', 1, i);
      if (main) out.set('modal-main', 1, i);
    }
    if (FUTURE.has(h)) {
      out.set('future', 1, i);
      if (main) out.set('future-main', 1, i);
    }
    if (DEONTIC.has(h)) out.set('deontic', 1, i);
    if (CONDITIONAL.has(h)) out.set('conditional', 1, i);
    if (NEGATION.has(h)) out.set('negation', 1, i);
    if (PERCEPTION.has(h)) out.set('perception', 1, i);
    if (INTENSIFIERS.has(h)) out.count('intensifier', i);
    if (GENERIC.has(h)) out.set('generic', 1, i);
    if (PRIVATE_LIFE.has(h)) out.count('private-life', i);
    if (PUBLIC_RECORD.has(h)) out.count('public-record', i);
    if (SCHEDULE.has(h)) out.set('future-scheduled', 0.5, i);
    if (REPORTING_VERBS.has(h)) {
      out.set('reporting', 1, i);
      // "A source told the magazine that …": the report's content starts after the cue
      if (main && subject !== 0) {
        main = false;
        mainEnd = t.end[i]!;
      }
    }
    if (EVALUATIVE.has(h)) {
      out.count('evaluative', i);
      if (main) out.set('evaluative-main', 1, i);
    }
    if (SUPERLATIVES.has(h)) out.set('superlative', 1, i);
    if (PAST.has(h) || endsWith(text, s, t.end[i]!, ED)) out.count('past', i);
    if (PRESENT.has(h)) out.count('present', i);
    if (MENTAL.has(h)) {
      out.set('mental', 1, i);
      if (main) out.set('mental-main', 1, i);
      if (main && subject === 3) out.set('mental-third-main', 1, i);
      // "She fears the split will hurt her": what follows a verb of thinking is its content, not the main clause
      if (main && subject !== 0 && COGNITION.has(h)) {
        main = false;
        mainEnd = t.end[i]!;
      }
      const cognition = COGNITION.has(h);
      if (cognition) out.set('mental-cognition', 1, i);
      if (subject === 1) {
        out.set('mental-first', 1, i);
        if (cognition) out.set('mental-cognition-first', 1, i);
      } else if (subject === 3) {
        out.set('mental-third', 1, i);
        if (experiencer === null) experiencer = subjectEntity;
      }
    }
  }
  if (firstWord >= 0) {
    if (QUESTION_OPENERS.has(t.hash[firstWord]!)) out.set('question-opener', 1, firstWord);
    if (BOILERPLATE_OPENERS.has(t.hash[firstWord]!) && t.cap[firstWord] === 1)
      out.set('boilerplate-opener', 1, firstWord);
  }
  if (ctx.question) out.set('question', 1, out.at[INDEX.question]! >= 0 ? out.at[INDEX.question]! : -1);
  if (out.get('question') && !ctx.quoted) out.set('teaser-question', 1, out.at[INDEX.question]!);
  if (out.get('question') && ctx.quoted) out.set('question-quoted', 1, out.at[INDEX.question]!);
  // the hedges stage already matched hedges, boosters and hearsay as phrases
  for (let k = firstSpanFrom(doc.hedges, span.start); k < doc.hedges.length; k++) {
    const h = doc.hedges[k]!;
    if (h.start >= span.end) break;
    if (h.end > span.end) continue;
    const tok = tokenAtOrAfter(t, h.start);
    if (h.kind === 'booster') out.set('booster', 1, tok);
    else if (h.kind === 'hedge') {
      out.set('hedge', 1, tok);
      if (h.start < mainEnd) out.set('hedge-main', 1, tok);
    } else if (h.agentless) out.set('hearsay-agentless', 1, tok);
    else out.set('hearsay-anonymous', 1, tok);
  }
  const d = firstSpanFrom(doc.dates, span.start);
  const date = doc.dates[d];
  if (date && date.end <= span.end) out.set('date', 1, tokenAtOrAfter(t, date.start));
  // interactions the guide spells out
  // "the tour will continue through October": the future with a word of the calendar or schedule
  if (out.get('future') && out.get('future-scheduled')) out.set('future-scheduled', 1);
  else if (!out.get('future')) out.set('future-scheduled', 0);
  if (ctx.quoted && out.get('first-person')) out.set('quoted-first-person');
  if ((out.get('hedge') || out.get('modal')) && out.get('evaluative')) out.set('hedge-evaluative');
  if (words <= 6) out.set('short');
  if (words >= 30) out.set('long');
  for (const f of COUNTED) {
    const j = INDEX[f];
    out.value[j] = Math.log1p(out.value[j]!);
  }
  return { experiencer };
}

/** True when `text[start, end)` ends with `suffix` (ASCII, lower case). */
function endsWith(text: string, start: number, end: number, suffix: string): boolean {
  const n = suffix.length;
  if (end - start <= n + 1) return false;
  for (let k = 0; k < n; k++) if (text.charCodeAt(end - n + k) !== suffix.charCodeAt(k)) return false;
  return true;
}
