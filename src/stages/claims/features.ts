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
import {
  ADJECTIVE_SUFFIXES,
  BEFORE_TO_FUTURE,
  COPULAS,
  IMPERSONAL_SUBJECTS,
  NOT_SUBJECTS,
  SPECULATIVE,
} from '../../lexicon/claim-cues.ts';
import { SUPERLATIVES } from '../../lexicon/emotive.ts';
import { hashWord, THE } from '../../core/hash.ts';
import { COGNITION, EVALUATIVE, MENTAL } from '../../lexicon/mental.ts';
import { REPORTING_VERBS } from '../../lexicon/reporting.ts';
import { type Doc, type Mention, TokenKind } from '../../pipeline/doc.ts';
import { tokenAtOrAfter } from '../../core/spans.ts';
import type { SourceKind, Span } from '../../report/schema.ts';
import { WordMap } from '../../core/word-table.ts';
import {
  MORE_COGNITION,
  MORE_EVALUATIVE,
  MORE_MENTAL,
  MORE_PRIVATE,
  MORE_SCHEDULE,
  MORE_SPECULATIVE,
} from './cue-words.ts';

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
  ['impersonal-subject', 'opens on “it”, “this” or “there”'],
  ['speculative', 'a word of guessing or rumour'],
  ['speculative-content', 'guessing or rumour in what is asserted'],
  ['mental-third-content', 'a third person’s mind in what is asserted'],
  ['mental-predicate', 'a state of mind said of someone'],
  ['mental-impersonal', 'a word of feeling about a thing'],
  ['evaluative-predicate', 'an evaluation said of something'],
  ['adjective-suffix', 'adjectives of quality'],
] as const;

/** A fixed feature's id. */
export type FixedFeature = (typeof FIXED_FEATURES)[number][0];

const INDEX: Readonly<Record<FixedFeature, number>> = Object.fromEntries(
  FIXED_FEATURES.map(([id], i) => [id, i]),
) as Record<FixedFeature, number>;

/**
 * The column of each named feature, for the buffer's methods: `out.set(F.modal)`. A column number,
 * not the id string, goes through the hot loop (a string key costs a property look-up per call).
 */
export const F: Readonly<Record<FixedFeature, number>> = INDEX;

/** The column of a named feature. */
export const featureIndex = (f: FixedFeature): number => INDEX[f];

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
  const quoted = buf.get(F['voice-quoted']) !== 0;
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
  words: Int32Array;
  wordAt: Int32Array;
  nWords = 0;
  /** The entity whose mind a mental word reads (see `extractFeatures`), or null. */
  experiencer: string | null = null;

  /** A buffer with room for `words` vocabulary columns before it grows. */
  constructor(words = 64) {
    this.words = new Int32Array(Math.max(1, words));
    this.wordAt = new Int32Array(Math.max(1, words));
  }

  /** Clears the buffer for the next claim. */
  reset(): void {
    this.value.fill(0);
    this.at.fill(-1);
    this.nWords = 0;
    this.experiencer = null;
  }

  /** Sets the fixed feature of column `j` (see `F`), remembering the first token that fired it. */
  set(j: number, v = 1, token = -1): void {
    if (this.value[j] === 0 && token >= 0) this.at[j] = token;
    this.value[j] = v;
  }

  /** Adds one to the counted feature of column `j` (its value becomes log1p(count) at the end). */
  count(j: number, token: number): void {
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

  /** The value of the fixed feature of column `j`. */
  get(j: number): number {
    return this.value[j]!;
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
  'adjective-suffix',
];
const COUNTED_INDEX = Int32Array.from(COUNTED, (f) => INDEX[f]);

// Lexicon classes as bits: one hash look-up per token gives every class the token belongs to.
const B_FIRST_SUBJECT = 1 << 0;
const B_THIRD_SUBJECT = 1 << 1;
const B_SUBORDINATOR = 1 << 2;
const B_FIRST_PERSON = 1 << 3;
const B_SECOND_PERSON = 1 << 4;
const B_MODAL = 1 << 5;
const B_FUTURE = 1 << 6;
const B_DEONTIC = 1 << 7;
const B_CONDITIONAL = 1 << 8;
const B_NEGATION = 1 << 9;
const B_PERCEPTION = 1 << 10;
const B_INTENSIFIER = 1 << 11;
const B_GENERIC = 1 << 12;
const B_PRIVATE = 1 << 13;
const B_PUBLIC = 1 << 14;
const B_SCHEDULE = 1 << 15;
const B_REPORTING = 1 << 16;
const B_EVALUATIVE = 1 << 17;
const B_SUPERLATIVE = 1 << 18;
const B_PAST = 1 << 19;
const B_PRESENT = 1 << 20;
const B_MENTAL = 1 << 21;
const B_COGNITION = 1 << 22;
const B_QUESTION_OPENER = 1 << 23;
const B_BOILERPLATE = 1 << 24;
const B_COPULA = 1 << 25;
const B_IMPERSONAL = 1 << 26;
const B_SPECULATIVE = 1 << 27;
const B_BEFORE_TO = 1 << 28;
const B_TO = 1 << 29;
// "is a total triumph": the predicate runs on past an article
const H_A = hashWord('a');
const H_AN = hashWord('an');
// set per document from the spelling, not from a lexicon
const B_ED = 1 << 30;
const B_ADJ_SUFFIX = 1 << 31;

/** Every lexicon class of a word hash, as bits (built once, at load). */
const LEXICON_BITS: WordMap<number> = (() => {
  const m = new Map<number, number>();
  const add = (set: ReadonlySet<number>, bit: number): void => {
    for (const h of set) m.set(h, (m.get(h) ?? 0) | bit);
  };
  add(FIRST_SUBJECTS, B_FIRST_SUBJECT);
  add(THIRD_SUBJECTS, B_THIRD_SUBJECT);
  add(SUBORDINATORS, B_SUBORDINATOR);
  add(FIRST_PERSON, B_FIRST_PERSON);
  add(SECOND_PERSON, B_SECOND_PERSON);
  add(POSSIBILITY_MODALS, B_MODAL);
  add(FUTURE, B_FUTURE);
  add(DEONTIC, B_DEONTIC);
  add(CONDITIONAL, B_CONDITIONAL);
  add(NEGATION, B_NEGATION);
  add(PERCEPTION, B_PERCEPTION);
  add(INTENSIFIERS, B_INTENSIFIER);
  add(GENERIC, B_GENERIC);
  add(PRIVATE_LIFE, B_PRIVATE);
  add(PUBLIC_RECORD, B_PUBLIC);
  add(SCHEDULE, B_SCHEDULE);
  add(REPORTING_VERBS, B_REPORTING);
  add(EVALUATIVE, B_EVALUATIVE);
  add(SUPERLATIVES, B_SUPERLATIVE);
  add(PAST, B_PAST);
  add(PRESENT, B_PRESENT);
  add(MENTAL, B_MENTAL);
  add(MORE_MENTAL, B_MENTAL);
  add(COGNITION, B_COGNITION);
  add(MORE_COGNITION, B_COGNITION);
  add(MORE_EVALUATIVE, B_EVALUATIVE);
  add(MORE_SPECULATIVE, B_SPECULATIVE);
  add(MORE_SCHEDULE, B_SCHEDULE);
  add(MORE_PRIVATE, B_PRIVATE);
  add(QUESTION_OPENERS, B_QUESTION_OPENER);
  add(BOILERPLATE_OPENERS, B_BOILERPLATE);
  add(COPULAS, B_COPULA);
  add(IMPERSONAL_SUBJECTS, B_IMPERSONAL);
  add(SPECULATIVE, B_SPECULATIVE);
  add(BEFORE_TO_FUTURE, B_BEFORE_TO);
  m.set(hashWord('to'), (m.get(hashWord('to')) ?? 0) | B_TO);
  return new WordMap(m);
})();

const SUFFIX_CODES = ADJECTIVE_SUFFIXES.map((s) => Array.from(s, (c) => c.charCodeAt(0)));
/** The suffixes by their last letter, so a word is compared only with those it could end in. */
const SUFFIX_BY_LAST: readonly (readonly (readonly number[])[])[] = (() => {
  const by: number[][][] = Array.from({ length: 128 }, () => []);
  for (const c of SUFFIX_CODES) by[c[c.length - 1]!]!.push(c);
  return by;
})();

/** True when the word `text[s, e)` ends in an adjective suffix (and is three letters longer than it). */
function adjectiveSuffix(text: string, s: number, e: number): boolean {
  const last = text.charCodeAt(e - 1);
  if (last >= 128) return false;
  const list = SUFFIX_BY_LAST[last]!;
  for (let k = 0; k < list.length; k++) if (endsWithCodes(text, s, e, list[k]!)) return true;
  return false;
}

/**
 * What the typer needs of a document, computed once per document: the person index, and per token its
 * lexicon classes and vocabulary columns (word, and the bigram with the word before it). A claim and
 * each clause tried for a split then read these arrays; no token is hashed or looked up twice.
 * The per-token arrays are shared scratch, valid until the next `claimIndex` call (they may be longer
 * than the document: read them by token index only).
 */
export interface ClaimIndex extends PersonIndex {
  readonly bits: Int32Array;
  /** The vocabulary column of the token's word, or -1. */
  readonly word: Int32Array;
  /** The vocabulary column of (previous word, this word), or -1 (only read when both are in the claim). */
  readonly bigram: Int32Array;
  readonly vocab: WordMap<number>;
}

// Allocating three typed arrays per document cost more than filling them (a typed array is a runtime
// call and an external backing store): one set, grown to the longest document, serves every document.
let scratchBits = new Int32Array(1024);
let scratchWord = new Int32Array(1024);
let scratchBigram = new Int32Array(1024);

/** Builds the claim index of a document for a model's vocabulary (its arrays: see `ClaimIndex`). */
export function claimIndex(doc: Doc, vocab: WordMap<number>): ClaimIndex {
  const t = doc.tokens;
  const text = doc.text;
  const n = t.count;
  if (scratchBits.length < n) {
    const cap = Math.max(n, 2 * scratchBits.length);
    scratchBits = new Int32Array(cap);
    scratchWord = new Int32Array(cap);
    scratchBigram = new Int32Array(cap);
  }
  const bits = scratchBits;
  const word = scratchWord;
  const bigram = scratchBigram;
  const kinds = t.kind;
  const hashes = t.hash;
  let prev = -1;
  for (let i = 0; i < n; i++) {
    const kind = kinds[i]!;
    bits[i] = 0;
    word[i] = -1;
    bigram[i] = -1;
    if (kind === TokenKind.punct) {
      // a bigram does not run across punctuation other than a hyphen
      if (text.charCodeAt(t.start[i]!) !== 45) prev = -1;
      continue;
    }
    if (kind === TokenKind.number) {
      prev = -1;
      continue;
    }
    const h = hashes[i]!;
    const s = t.start[i]!;
    const e = t.end[i]!;
    let b = LEXICON_BITS.get(h) ?? 0;
    if (endsWith(text, s, e, ED)) b |= B_ED;
    if (t.cap[i] === 0 && adjectiveSuffix(text, s, e)) b |= B_ADJ_SUFFIX;
    bits[i] = b;
    word[i] = vocab.get(h) ?? -1;
    if (prev >= 0) bigram[i] = vocab.get(bigramHash(hashes[prev]!, h)) ?? -1;
    prev = i;
  }
  const persons = personIndex(doc);
  return {
    starts: persons.starts,
    ends: persons.ends,
    entity: persons.entity,
    otherStarts: persons.otherStarts,
    bits,
    word,
    bigram,
    vocab,
  };
}

/** Person mentions (names, pronouns resolved to a person) sorted by start, for the subject look-up. */
export interface PersonIndex {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly entity: readonly string[];
  /** Other entity mentions (places, organizations, events), sorted by start. */
  readonly otherStarts: readonly number[];
}

const byStart = (a: Mention, b: Mention): number => a.start - b.start;
const ascending = (a: number, b: number): number => a - b;

/** Builds the person index once per document (plain arrays: a few entries, cheaper than typed ones). */
export function personIndex(doc: Doc): PersonIndex {
  const kind = new Map<string, string>();
  for (const e of doc.entities) kind.set(e.id, e.kind);
  const persons: Mention[] = [];
  const otherStarts: number[] = [];
  let sorted = true;
  let otherSorted = true;
  for (const m of doc.mentions) {
    const k = kind.get(m.entityId);
    if (k === undefined) continue;
    if (k === 'person') {
      if (persons.length > 0 && persons[persons.length - 1]!.start > m.start) sorted = false;
      persons.push(m);
    } else {
      if (otherStarts.length > 0 && otherStarts[otherStarts.length - 1]! > m.start) otherSorted = false;
      otherStarts.push(m.start);
    }
  }
  // mentions usually come in text order: sort (stably, as before) only when they do not
  if (!sorted) persons.sort(byStart);
  if (!otherSorted) otherStarts.sort(ascending);
  const starts = new Array<number>(persons.length);
  const ends = new Array<number>(persons.length);
  const entity = new Array<string>(persons.length);
  for (let k = 0; k < persons.length; k++) {
    const m = persons[k]!;
    starts[k] = m.start;
    ends[k] = m.end;
    entity[k] = m.entityId;
  }
  return { starts, ends, entity, otherStarts };
}

/** Index of the first value ≥ x in a sorted array. */
export function lowerBound(a: ArrayLike<number>, x: number): number {
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
 * Fills `out` with the features of the claim `[span.start, span.end)`, reading the document's claim
 * index. The experiencer of a mental word is the last third-person subject before it (a person mention
 * or he/she/they); its entity id, when the subject is a resolved mention, goes to `out.experiencer`.
 */
export function extractFeatures(
  doc: Doc,
  span: Span,
  ctx: ClaimContext,
  index: ClaimIndex,
  out: FeatureBuffer,
): void {
  out.reset();
  const t = doc.tokens;
  const text = doc.text;
  const bitsOf = index.bits;
  let experiencer: string | null = null;
  if (ctx.quoted) out.set(F['voice-quoted']);
  const attr = ctx.attribution;
  if (attr === null) out.set(F['attr-none']);
  else if (attr === 'anonymous') out.set(F['attr-anonymous']);
  else if (attr === 'unnamed-media') out.set(F['attr-media']);
  else if (attr === 'document') out.set(F['attr-document']);
  else if (attr !== 'unknown') out.set(F['attr-named']);
  else out.set(F['attr-none']);
  if (ctx.firstSentence) out.set(F['first-sentence']);

  // subject tracking: 0 none, 1 first person, 2 impersonal ("it", "this"), 3 third person (with the
  // entity when it is a mention)
  let subject = 0;
  let subjectEntity: string | null = null;
  const starts = index.starts;
  let p = lowerBound(starts, span.start);
  let o = lowerBound(index.otherStarts, span.start);
  let words = 0;
  let firstWord = -1;
  let prevWord = -1;
  // the main clause ends at the first comma, semicolon, dash or subordinator: cues after it are embedded
  let main = true;
  let mainEnd = Number.MAX_SAFE_INTEGER;
  // the content of reported speech ("A source says she is heartbroken") is what the claim asserts
  let content = true;
  // the token right after a copula ("is", "was so"): its predicate
  let predicate = false;
  // after a third person's verb of thinking or fearing: its content
  let inMind = false;
  for (let i = tokenAtOrAfter(t, span.start); i < t.count && t.end[i]! <= span.end; i++) {
    const s = t.start[i]!;
    const kind = t.kind[i]!;
    if (kind === TokenKind.punct) {
      const c = text.charCodeAt(s);
      if (c !== 45) prevWord = -1;
      if (main && words > 0 && (c === 44 || c === 59 || c === 0x2014 || c === 0x2013 || c === 58)) {
        main = false;
        mainEnd = s;
      }
      if (content && words > 0 && (c === 59 || c === 0x2014 || c === 0x2013)) content = false;
      if (c === 63) out.set(F.question, 1, i);
      else if (c === 33) out.set(F.exclamation, 1, i);
      predicate = false;
      continue;
    }
    words++;
    if (firstWord < 0) firstWord = i;
    if (kind === TokenKind.number) {
      out.count(F.number, i);
      prevWord = -1;
      predicate = false;
      continue;
    }
    const col = index.word[i]!;
    if (col >= 0) out.word(col, i);
    if (prevWord >= 0) {
      const bi = index.bigram[i]!;
      if (bi >= 0) out.word(bi, i);
    } else if (i === firstWord) {
      const op = index.vocab.get(openerHash(t.hash[i]!)) ?? -1;
      if (op >= 0) out.word(op, i);
    }
    prevWord = i;
    const b = bitsOf[i]!;
    // a person mention starting here is a third-person subject for what follows
    while (p < starts.length && starts[p]! < s) p++;
    if (p < starts.length && starts[p] === s) {
      out.count(F.person, i);
      // "The Duke's travel plans": a possessive names an owner, not a subject
      const e = index.ends[p]!;
      const possessive = text.charCodeAt(e) === 39 || text.charCodeAt(e) === 0x2019;
      // only a nominative is a subject: "Her new single …", "He told her …"
      if (!possessive && !NOT_SUBJECTS.has(t.hash[i]!)) {
        subject = 3;
        subjectEntity = index.entity[p]!;
      }
    }
    while (o < index.otherStarts.length && index.otherStarts[o]! < s) o++;
    if (o < index.otherStarts.length && index.otherStarts[o] === s) out.count(F['entity-other'], i);
    const wasPredicate = predicate;
    predicate = false;
    const h = t.hash[i]!;
    if (wasPredicate && (h === H_A || h === H_AN || h === THE)) predicate = true;
    if (b === 0) continue;
    if (b & B_FIRST_SUBJECT) {
      subject = 1;
      subjectEntity = null;
    } else if (b & B_THIRD_SUBJECT) {
      if (subject !== 3 || subjectEntity === null) subject = 3;
      out.set(F['third-subject'], 1, i);
    } else if (b & B_IMPERSONAL && (i === firstWord || t.kind[i - 1] === TokenKind.punct)) {
      // only where a clause starts: "that" after a word is a conjunction or a relative
      subject = 2;
      subjectEntity = null;
      if (i === firstWord) out.set(F['impersonal-subject'], 1, i);
    }
    if (main && words > 1 && b & B_SUBORDINATOR) {
      main = false;
      mainEnd = s;
    }
    if (b & B_FIRST_PERSON) out.count(F['first-person'], i);
    if (b & B_SECOND_PERSON) out.set(F['second-person'], 1, i);
    if (b & B_MODAL && (t.cap[i] === 0 || i === firstWord)) {
      out.set(F.modal, 1, i);
      if (main) out.set(F['modal-main'], 1, i);
    }
    // a capitalised "Will" inside a sentence is a name or a title ("Will & Grace"), not the future
    // "She fears the split will hurt her": a future inside what a third person fears is theirs, not a prediction
    if (
      !inMind &&
      ((b & B_FUTURE && (t.cap[i] === 0 || i === firstWord)) ||
        (b & B_BEFORE_TO && i + 1 < t.count && bitsOf[i + 1]! & B_TO))
    ) {
      out.set(F.future, 1, i);
      if (main) out.set(F['future-main'], 1, i);
    }
    if (b & B_DEONTIC) out.set(F.deontic, 1, i);
    if (b & B_CONDITIONAL) out.set(F.conditional, 1, i);
    if (b & B_NEGATION) out.set(F.negation, 1, i);
    if (b & B_PERCEPTION) out.set(F.perception, 1, i);
    if (b & B_INTENSIFIER) {
      out.count(F.intensifier, i);
      // "was so sweet": the predicate runs on past an intensifier
      if (wasPredicate) predicate = true;
    }
    if (b & B_GENERIC) out.set(F.generic, 1, i);
    if (b & B_PRIVATE) out.count(F['private-life'], i);
    if (b & B_PUBLIC) out.count(F['public-record'], i);
    if (b & B_SCHEDULE) out.set(F['future-scheduled'], 0.5, i);
    if (b & B_SPECULATIVE) {
      out.set(F.speculative, 1, i);
      if (content) out.set(F['speculative-content'], 1, i);
    }
    if (b & B_REPORTING) {
      out.set(F.reporting, 1, i);
      // "A source told the magazine that …": the report's content starts after the cue
      if (main && subject !== 0) {
        main = false;
        mainEnd = t.end[i]!;
        content = true;
        subject = 0;
        subjectEntity = null;
      }
    }
    // "Harry fears the worst": an evaluation inside what a third person fears is theirs, not the writer's
    if (b & B_EVALUATIVE && !inMind) {
      out.count(F.evaluative, i);
      // "holds great remorse": an adjective before the predicate's noun
      if (wasPredicate) predicate = true;
      if (main) out.set(F['evaluative-main'], 1, i);
      if (wasPredicate && !(b & B_MENTAL)) out.set(F['evaluative-predicate'], 1, i);
    }
    if (b & B_ADJ_SUFFIX) {
      out.count(F['adjective-suffix'], i);
      if (wasPredicate && !(b & B_MENTAL)) out.set(F['evaluative-predicate'], 1, i);
    }
    if (b & B_SUPERLATIVE && !inMind) out.set(F.superlative, 1, i);
    if (b & (B_PAST | B_ED)) out.count(F.past, i);
    if (b & B_PRESENT) out.count(F.present, i);
    if (b & B_MENTAL) {
      out.set(F.mental, 1, i);
      if (main) out.set(F['mental-main'], 1, i);
      if (main && subject === 3) out.set(F['mental-third-main'], 1, i);
      if (content && subject === 3) out.set(F['mental-third-content'], 1, i);
      if (wasPredicate && subject === 3) out.set(F['mental-predicate'], 1, i);
      const cognition = (b & B_COGNITION) !== 0;
      // "She fears the split will hurt her": what follows a verb of thinking is its content, not the main clause
      if (subject === 3 && cognition) inMind = true;
      if (main && subject !== 0 && cognition) {
        main = false;
        mainEnd = t.end[i]!;
      }
      if (cognition) out.set(F['mental-cognition'], 1, i);
      if (subject === 1) {
        out.set(F['mental-first'], 1, i);
        if (cognition) out.set(F['mental-cognition-first'], 1, i);
      } else if (subject === 3) {
        out.set(F['mental-third'], 1, i);
        if (experiencer === null) experiencer = subjectEntity;
      } else if (subject === 2) out.set(F['mental-impersonal'], 1, i);
    }
    if (b & B_COPULA) predicate = true;
  }
  if (firstWord >= 0) {
    const b = bitsOf[firstWord]!;
    if (b & B_QUESTION_OPENER) out.set(F['question-opener'], 1, firstWord);
    if (b & B_BOILERPLATE && t.cap[firstWord] === 1) out.set(F['boilerplate-opener'], 1, firstWord);
  }
  const qAt = F.question;
  if (ctx.question) out.set(F.question, 1, out.at[qAt]! >= 0 ? out.at[qAt]! : -1);
  if (out.get(F.question) && !ctx.quoted) out.set(F['teaser-question'], 1, out.at[qAt]!);
  if (out.get(F.question) && ctx.quoted) out.set(F['question-quoted'], 1, out.at[qAt]!);
  // the hedges stage already matched hedges, boosters and hearsay as phrases
  for (let k = firstSpanFrom(doc.hedges, span.start); k < doc.hedges.length; k++) {
    const h = doc.hedges[k]!;
    if (h.start >= span.end) break;
    if (h.end > span.end) continue;
    const tok = tokenAtOrAfter(t, h.start);
    if (h.kind === 'booster') out.set(F.booster, 1, tok);
    else if (h.kind === 'hedge') {
      out.set(F.hedge, 1, tok);
      if (h.start < mainEnd) out.set(F['hedge-main'], 1, tok);
    } else if (h.agentless) out.set(F['hearsay-agentless'], 1, tok);
    else out.set(F['hearsay-anonymous'], 1, tok);
  }
  const d = firstSpanFrom(doc.dates, span.start);
  const date = doc.dates[d];
  let dated = false;
  if (date && date.end <= span.end) {
    out.set(F.date, 1, tokenAtOrAfter(t, date.start));
    // a day or a year ("Sept. 17", "in 2026"), not a season ("before the summer"): a calendar date
    for (let c = date.start; c < date.end && !dated; c++) {
      const code = text.charCodeAt(c);
      dated = code >= 48 && code <= 57;
    }
  }
  // interactions the guide spells out
  // "the tour will continue through October": the future with a word of the calendar or schedule
  // "… will air on Sept. 17": a future event with its calendar date is on a schedule, not a guess
  if (out.get(F.future) && (out.get(F['future-scheduled']) || dated))
    out.set(F['future-scheduled'], 1, out.at[F['future-scheduled']]! >= 0 ? -1 : out.at[F.date]!);
  else if (!out.get(F.future)) out.set(F['future-scheduled'], 0);
  if (ctx.quoted && out.get(F['first-person'])) out.set(F['quoted-first-person']);
  if ((out.get(F.hedge) || out.get(F.modal)) && out.get(F.evaluative)) out.set(F['hedge-evaluative']);
  if (words <= 6) out.set(F.short);
  if (words >= 30) out.set(F.long);
  for (let q = 0; q < COUNTED_INDEX.length; q++) {
    const j = COUNTED_INDEX[q]!;
    out.value[j] = Math.log1p(out.value[j]!);
  }
  out.experiencer = experiencer;
}

/** True when `text[start, end)` ends with the character codes `suffix` and is longer by three or more. */
function endsWithCodes(text: string, start: number, end: number, suffix: readonly number[]): boolean {
  const n = suffix.length;
  if (end - start < n + 3) return false;
  for (let k = 0; k < n; k++) if (text.charCodeAt(end - n + k) !== suffix[k]) return false;
  return true;
}

/** True when `text[start, end)` ends with `suffix` (ASCII, lower case). */
function endsWith(text: string, start: number, end: number, suffix: string): boolean {
  const n = suffix.length;
  if (end - start <= n + 1) return false;
  for (let k = 0; k < n; k++) if (text.charCodeAt(end - n + k) !== suffix.charCodeAt(k)) return false;
  return true;
}
