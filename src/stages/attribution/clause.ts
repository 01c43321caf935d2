/**
 * The learned clause model: one logistic model that decides, for each reported clause the finder built
 * around a candidate cue (the rules' and the cue model's), whether it is an attribution. The cue model
 * sees one word and its neighbours; this one sees the whole clause: the cue word and its class, how sure
 * the cue model was, who the source is (named person, pronoun, organization, anonymous descriptor, none),
 * where the cue stands, "that" or a colon after it, the tense of the cue, the clause's length and side.
 * Fitted on PolNeAR train and the tabloid train gold by `npm run fit:attribution` and shipped as
 * data/attribution/clause-model.json; the threshold is `minClauseProbability`, chosen on dev.
 *
 * Features are (template, value) pairs hashed as the cue model's (`featureHash`), into a reused buffer:
 * scoring a clause allocates nothing. The weights file names every feature in words.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { hashRange, hashWord, WordSet } from '../../core/hash.ts';
import { tokenAtOrAfter, wordsIn } from '../../core/spans.ts';
import {
  ACCORDING,
  BELIEF_VERBS,
  RELATIVE_PRONOUNS as RELATIVES,
  STATEMENT_CUES,
  THAT,
} from '../../lexicon/reporting.ts';
import { TokenKind } from '../../pipeline/doc.ts';
import { type Span, SourceKind } from '../../report/schema.ts';
import { BOUNDARY, featureHash, linearLogit, WeightTable } from './model.ts';
import type { Reading, SpeakerPhrase } from './speaker.ts';
import { DETERMINERS, FINITE, PAST, PRONOUN_SOURCES, SUBJECTS, SUBORDINATORS } from './words.ts';

/** Where the shipped clause weights live; the same relative URL works from src/ (tsx) and dist/. */
export const CLAUSE_MODEL_URL = new URL('../../../data/attribution/clause-model.json', import.meta.url);

/** The finders a clause may come from, in a fixed order (their index is a feature value). */
export const FINDERS = ['trailing', 'leading', 'parenthetical', 'participle', 'model'] as const;

/**
 * Source kinds as feature values: the index in this list, or 0 for no source words at all. The
 * report's own `SourceKind` list follows the two of this stage, in its order (a kind added there comes
 * last here, so the fitted weights keep their meaning).
 */
const SOURCE_KINDS = ['none', 'unreadable', ...SourceKind.options] as const;

/** The clause templates, in a fixed order: a template's index is part of every feature's hash. */
export const CLAUSE_TEMPLATES: readonly {
  readonly name: string;
  readonly value: 'word' | 'int' | 'word|int';
}[] = [
  { name: 'bias-like', value: 'int' },
  { name: 'cue', value: 'word' },
  // 0 other, 1 verb of saying, 2 belief or intention
  { name: 'cue-class', value: 'int' },
  // the cue model's probability in tenths (10 for a rule's cue)
  { name: 'cue-p', value: 'int' },
  { name: 'finder', value: 'int' },
  { name: 'source-kind', value: 'int' },
  { name: 'pronoun', value: 'int' },
  // 1 when the reported words come before the cue ("…, she said.")
  { name: 'before', value: 'int' },
  // 1 "that" right after the cue, 2 a colon
  { name: 'marked', value: 'int' },
  { name: 'words', value: 'int' },
  { name: 'cue-position', value: 'int' },
  { name: 'quote-in-sentence', value: 'int' },
  { name: 'listener', value: 'int' },
  { name: 'first-word', value: 'word' },
  { name: 'before-cue', value: 'word' },
  // 0 other, 1 -ed or a past form, 2 -s, 3 -ing
  { name: 'tense', value: 'int' },
  { name: 'source-words', value: 'int' },
  { name: 'gap', value: 'int' },
  // the reported words open with a subject or hold a finite verb soon: a clause, not an object
  { name: 'clause', value: 'int' },
  { name: 'cue-class|source-kind', value: 'int' },
  { name: 'cue-class|clause', value: 'int' },
  { name: 'cue|before', value: 'word|int' },
  { name: 'to-end', value: 'int' },
  // the first reported word: 0 other, 1 a subject, 2 a determiner, 3 capitalised, 4 "to", 5 a
  // preposition, 6 a complementiser ("that", "if", "whether", "how")
  { name: 'first-class', value: 'int' },
  { name: 'cue|clause', value: 'word|int' },
  { name: 'cue|first-class', value: 'word|int' },
  { name: 'cue|marked', value: 'word|int' },
  // the word right after the cue ("complied with", "protested the", "said the"): what the verb takes
  { name: 'after-cue', value: 'word' },
  // the source's first and last words ("Mr. Obama", "officials", "The Latest")
  { name: 'source-first', value: 'word' },
  { name: 'source-head', value: 'word' },
  // the side of the reported words with the class of their first word: "In offering …, X said" is
  // a preposed adverbial, not what was said
  { name: 'before|first-class', value: 'int' },
  // the reported words hold a finite verb ("is", "will", "had"): a proposition, not a noun phrase
  { name: 'content-finite', value: 'int' },
  { name: 'cue|source-kind', value: 'word|int' },
  // the cue's stem ("said", "says", "saying" → "sai"/"say"): inflections of one verb share weight
  { name: 'cue-stem', value: 'word' },
  // the class of the source's first word (as `first-class`, 7 for another lower-case word: "loudly",
  // "backed in the"): words the speaker reader took for a source that name no one
  { name: 'source-class', value: 'int' },
  // the source holds a finite verb or a past tense ("Trump started his by"): a misread source
  { name: 'source-verb', value: 'int' },
  // a relative pronoun just before the source or the cue ("who wanted", "which allow"): the clause
  // describes someone rather than reports them
  { name: 'relative', value: 'int' },
  // the class of the word right after the cue ("called on", "said at", "said that", "said the")
  { name: 'after-class', value: 'int' },
  { name: 'cue-stem|after-class', value: 'word|int' },
  { name: 'cue-stem|first-class', value: 'word|int' },
  // where the reported words end: 0 inside the sentence, 1 at its end, 2 before a comma
  { name: 'content-end', value: 'int' },
  // the sentence's place in the article (bucketed): the first is often a headline
  { name: 'sentence-index', value: 'int' },
  { name: 'source-kind|before', value: 'int' },
  { name: 'cue-class|words', value: 'int' },
  { name: 'source-class|source-kind', value: 'int' },
  // a verb of saying inside the reported words ("…, the Times reported", "…, and he added that …"):
  // 0 none, 1 in their last 3 words, 2 earlier; the clause likely runs into another attribution
  { name: 'content-cue', value: 'int' },
  // the reported words hold a past or "-ed" form, or a finite verb, in their first 8 words
  { name: 'content-verb', value: 'int' },
  // the cue model's probability in twentieths
  { name: 'cue-p20', value: 'int' },
  // the reported words' second and last words ("on Twitter on Monday", "… in 1991")
  { name: 'second-word', value: 'word' },
  { name: 'last-word', value: 'word' },
  // the source opens with a subordinator ("While Comey", "As President Obama"): a misread source
  { name: 'source-subordinate', value: 'int' },
  { name: 'cue-stem|before', value: 'word|int' },
  { name: 'cue-stem|source-kind', value: 'word|int' },
  // how many verbs of saying the sentence holds (bucketed): several attributions share it
  { name: 'sentence-cues', value: 'int' },
  // a quotation mark inside the reported words (a quoted fragment)
  { name: 'content-quote', value: 'int' },
  { name: 'content-verb|words', value: 'int' },
  { name: 'source-words|source-kind', value: 'int' },
  { name: 'cue-class|before|marked', value: 'int' },
  // the news preset's candidate kind (news-candidates.ts `CANDIDATE_KINDS`): 0 the finder's own, 1
  // words cut before another clause; with the length, since a cut often leaves a bare object
  { name: 'candidate', value: 'int' },
  { name: 'candidate|words', value: 'int' },
];

const CT: Record<string, number> = Object.fromEntries(CLAUSE_TEMPLATES.map((t, i) => [t.name, i]));
/** The most features one clause has. */
export const CLAUSE_FEATURES = CLAUSE_TEMPLATES.length;

/** What the clause model reads of one reported clause (the finder's `ReportedClause` fits it). */
export interface ClauseLike {
  readonly content: Span;
  readonly cue: Span;
  readonly source: Span | null;
  readonly speaker: SpeakerPhrase | null;
  readonly listener: Span | null;
  readonly by: (typeof FINDERS)[number];
  readonly p: number;
  readonly candidate: number;
}

const bucket = (n: number): number => (n <= 3 ? n : n <= 5 ? 4 : n <= 8 ? 5 : n <= 12 ? 6 : n <= 20 ? 7 : 8);
const COLON = 58;

/** Whether words from `from` on read as a clause: a finite verb within 8 tokens. */
export function finiteSoon(doc: Reading, from: number, b: number): boolean {
  const t = doc.tokens;
  for (let i = from + 1; i <= b && i < from + 8; i++) if (FINITE.has(t.hash[i]!)) return true;
  return false;
}

/**
 * Whether words from `from` on read as a clause: a finite verb soon ("the pair are …"), or a past
 * tense ("the agency hid …", "the team signed …") after the subject's first word.
 */
export function clauseSoon(doc: Reading, from: number, b: number): boolean {
  if (finiteSoon(doc, from, b)) return true;
  const t = doc.tokens;
  const text = doc.text;
  for (let i = from + 1; i <= b && i < from + 6; i++) {
    if (t.kind[i] === TokenKind.punct) return false;
    if (t.cap[i] === 1 || DETERMINERS.has(t.hash[i - 1]!)) continue;
    if (PAST.has(t.hash[i]!)) return true;
    const e = t.end[i]!;
    if (e - t.start[i]! >= 5 && text.charCodeAt(e - 1) === 100 && text.charCodeAt(e - 2) === 101) return true;
  }
  return false;
}

const PREPOSITIONS = new WordSet(
  ['for', 'about', 'on', 'in', 'with', 'of', 'at', 'from', 'over', 'off', 'up', 'out', 'into', 'by'].map(
    hashWord,
  ),
);
const COMPLEMENTISERS = new WordSet(
  ['that', 'if', 'whether', 'how', 'why', 'what', 'when', 'who'].map(hashWord),
);
const TO_WORD = hashWord('to');

/**
 * Where the stem of the word `text[s, e)` ends: before a final "ing", "ed", "es", "s" or "d" (the
 * word is kept at 3 letters at least). `cueStem` and the `cue-stem` feature share it.
 */
function stemEnd(text: string, s: number, e: number): number {
  const at = (k: number): number => text.charCodeAt(e - k) | 0x20;
  if (e - s > 5 && at(3) === 105 && at(2) === 110 && at(1) === 103) return e - 3;
  if (e - s > 4 && at(2) === 101 && (at(1) === 100 || at(1) === 115)) return e - 2;
  if (e - s > 3 && (at(1) === 115 || at(1) === 100)) return e - 1;
  return e;
}

/** The stem of a word as the `cue-stem` feature reads it ("saying" → "say", "argued" → "argu"). */
export const cueStem = (word: string): string => word.slice(0, stemEnd(word, 0, word.length));

/** The hash of token `c`'s stem (no string is made). */
function stemHash(doc: Reading, c: number): number {
  const t = doc.tokens;
  const s = t.start[c]!;
  return hashRange(doc.text, s, stemEnd(doc.text, s, t.end[c]!));
}

/** Class of the first word of a source (`source-class`): `firstClass`, or 7 for another lower-case word. */
function sourceClass(doc: Reading, i: number): number {
  const t = doc.tokens;
  const fc = firstClass(doc, i);
  if (fc !== 0) return fc;
  return t.kind[i] === TokenKind.word && t.cap[i] !== 1 && !RELATIVES.has(t.hash[i]!) ? 7 : fc;
}

/** Class of the first reported word (see the `first-class` template). */
function firstClass(doc: Reading, i: number): number {
  const t = doc.tokens;
  if (i >= t.count) return 0;
  const h = t.hash[i]!;
  if (COMPLEMENTISERS.has(h)) return 6;
  if (SUBJECTS.has(h)) return 1;
  if (DETERMINERS.has(h)) return 2;
  if (h === TO_WORD) return 4;
  if (PREPOSITIONS.has(h)) return 5;
  return t.cap[i] === 1 ? 3 : 0;
}

/** Tense of the word ending at `end` from its suffix: 1 "-ed" (or a listed past form), 2 "-s", 3 "-ing". */
function tense(doc: Reading, c: number): number {
  const t = doc.tokens;
  const text = doc.text;
  const e = t.end[c]!;
  const last = text.charCodeAt(e - 1) | 0x20;
  if (PAST.has(t.hash[c]!) || (last === 100 && (text.charCodeAt(e - 2) | 0x20) === 101)) return 1;
  if (last === 103 && (text.charCodeAt(e - 2) | 0x20) === 110) return 3;
  if (last === 115) return 2;
  return 0;
}

/**
 * Writes the hashed features of clause `h` of the sentence `[a, b]` into `out` (`CLAUSE_FEATURES`
 * slots). `quoted` says whether the sentence holds a quotation mark.
 */
export function clauseFeatures(
  doc: Reading,
  a: number,
  b: number,
  h: ClauseLike,
  quoted: boolean,
  out: Uint32Array,
): void {
  const t = doc.tokens;
  const c = tokenAtOrAfter(t, h.cue.start);
  const cw = t.hash[c]!;
  const cls = STATEMENT_CUES.has(cw) ? 1 : BELIEF_VERBS.has(cw) ? 2 : 0;
  const from = tokenAtOrAfter(t, h.content.start);
  const before = h.content.start < h.cue.start ? 1 : 0;
  const next = c + 1 <= b ? c + 1 : c;
  const marked = before
    ? 0
    : t.hash[next] === THAT
      ? 1
      : doc.text.charCodeAt(t.start[next]!) === COLON
        ? 2
        : 0;
  const sk = h.speaker ? SOURCE_KINDS.indexOf(h.speaker.kind) : h.source ? 1 : 0;
  const words = wordsIn(t, h.content.start, h.content.end);
  const srcWords = h.source ? wordsIn(t, h.source.start, h.source.end) : 0;
  const clause = before || marked || SUBJECTS.has(t.hash[from]!) || clauseSoon(doc, from, b) ? 1 : 0;
  const gap = before ? c - tokenAtOrAfter(t, h.content.end) : from - c;
  const set = (name: string, v: number): void => {
    const k = CT[name]!;
    out[k] = featureHash(k, v);
  };
  set('bias-like', 1);
  set('cue', cw);
  set('cue-class', cls);
  set('cue-p', Math.min(10, Math.floor(h.p * 10)));
  set('finder', FINDERS.indexOf(h.by));
  set('source-kind', sk);
  set(
    'pronoun',
    h.speaker?.pronoun || (h.source && PRONOUN_SOURCES.has(t.hash[tokenAtOrAfter(t, h.source.start)]!))
      ? 1
      : 0,
  );
  set('before', before);
  set('marked', marked);
  set('words', bucket(words));
  set('cue-position', bucket(c - a));
  set('quote-in-sentence', quoted ? 1 : 0);
  set('listener', h.listener ? 1 : 0);
  set('first-word', from <= b ? t.hash[from]! : BOUNDARY);
  set('before-cue', c - 1 >= a ? t.hash[c - 1]! : BOUNDARY);
  set('tense', tense(doc, c));
  set('source-words', bucket(srcWords));
  set('gap', bucket(Math.max(0, gap)));
  set('clause', clause);
  set('cue-class|source-kind', cls * 16 + sk);
  set('cue-class|clause', cls * 2 + clause);
  const fc = firstClass(doc, from);
  set('to-end', bucket(Math.max(0, b - tokenAtOrAfter(t, h.content.end))));
  set('first-class', fc);
  const pair = (name: string, v: number): void => {
    const k = CT[name]!;
    out[k] = featureHash(k, cw, v + 1);
  };
  pair('cue|before', before);
  pair('cue|clause', clause);
  pair('cue|first-class', fc);
  pair('cue|marked', marked);
  set('after-cue', c + 1 <= b ? t.hash[c + 1]! : BOUNDARY);
  const s0 = h.source ? tokenAtOrAfter(t, h.source.start) : -1;
  const s1 = h.source ? tokenAtOrAfter(t, h.source.end) - 1 : -1;
  set('source-first', s0 >= 0 ? t.hash[s0]! : BOUNDARY);
  set('source-head', s1 >= 0 ? t.hash[s1]! : BOUNDARY);
  set('before|first-class', before * 8 + fc);
  let finite = 0;
  for (let i = from; i < t.count && t.start[i]! < h.content.end && !finite; i++)
    if (FINITE.has(t.hash[i]!)) finite = 1;
  set('content-finite', finite);
  pair('cue|source-kind', sk);
  const stem = stemHash(doc, c);
  set('cue-stem', stem);
  const sc = s0 >= 0 ? sourceClass(doc, s0) : 0;
  set('source-class', sc);
  let sv = 0;
  for (let i = s0; i >= 0 && i <= s1 && !sv; i++) if (FINITE.has(t.hash[i]!) || PAST.has(t.hash[i]!)) sv = 1;
  set('source-verb', sv);
  const lead = s0 >= 0 ? Math.min(s0, c) : c;
  set(
    'relative',
    lead - 1 >= a && RELATIVES.has(t.hash[lead - 1]!)
      ? 1
      : c - 1 >= a && RELATIVES.has(t.hash[c - 1]!)
        ? 1
        : 0,
  );
  const ac = c + 1 <= b ? firstClass(doc, c + 1) : 8;
  set('after-class', ac);
  const stemPair = (name: string, v: number): void => {
    const k = CT[name]!;
    out[k] = featureHash(k, stem, v + 1);
  };
  stemPair('cue-stem|after-class', ac);
  stemPair('cue-stem|first-class', fc);
  const last = tokenAtOrAfter(t, h.content.end);
  set(
    'content-end',
    last > b ? 1 : t.hash[last] === COMMA ? 2 : last === b && t.kind[b] === TokenKind.punct ? 1 : 0,
  );
  set('sentence-index', bucket(t.sentence[a] ?? 0));
  set('source-kind|before', sk * 2 + before);
  set('cue-class|words', cls * 16 + bucket(words));
  set('source-class|source-kind', sc * 16 + sk);
  const text = doc.text;
  let ccue = 0;
  let verb = 0;
  let qm = 0;
  for (let i = from; i < last && i < t.count; i++) {
    const w = t.hash[i]!;
    if (!ccue && (STATEMENT_CUES.has(w) || w === ACCORDING)) ccue = i >= last - 3 ? 1 : 2;
    if (!verb && i < from + 8) {
      const e = t.end[i]!;
      if (
        FINITE.has(w) ||
        PAST.has(w) ||
        (e - t.start[i]! >= 4 &&
          (text.charCodeAt(e - 1) | 0x20) === 100 &&
          (text.charCodeAt(e - 2) | 0x20) === 101)
      )
        verb = 1;
    }
    if (!qm && t.kind[i] === TokenKind.punct) {
      const ch = text.charCodeAt(t.start[i]!);
      if (ch === 34 || ch === 0x201c || ch === 0x201d) qm = 1;
    }
  }
  set('content-cue', ccue);
  set('content-verb', verb);
  set('cue-p20', Math.min(20, Math.floor(h.p * 20)));
  set('second-word', from + 1 < last ? t.hash[from + 1]! : BOUNDARY);
  set('last-word', last - 1 > from ? t.hash[last - 1]! : BOUNDARY);
  set('source-subordinate', s0 >= 0 && SUBORDINATORS.has(t.hash[s0]!) ? 1 : 0);
  stemPair('cue-stem|before', before);
  stemPair('cue-stem|source-kind', sk);
  let cues = 0;
  for (let i = a; i <= b; i++) if (STATEMENT_CUES.has(t.hash[i]!)) cues++;
  set('sentence-cues', bucket(cues));
  set('content-quote', qm);
  set('content-verb|words', verb * 16 + bucket(words));
  set('source-words|source-kind', bucket(srcWords) * 16 + sk);
  set('cue-class|before|marked', cls * 8 + before * 4 + marked);
  const kind = h.candidate;
  set('candidate', kind);
  set('candidate|words', kind * 16 + bucket(words));
}
const COMMA = hashWord(',');

const Weights = z.record(z.string(), z.record(z.string(), z.number()));
const ClauseFile = z.object({
  version: z.string().min(1),
  trainedOn: z.object({ datasets: z.array(z.string()), clauses: z.number().int(), right: z.number().int() }),
  bias: z.number(),
  weights: Weights,
});
/** The clause weights file as stored. */
export type ClauseModelFile = z.infer<typeof ClauseFile>;

/** The loaded clause model. */
export interface ClauseModel {
  readonly version: string;
  readonly bias: number;
  readonly weights: WeightTable;
}

/** The hash of a named feature value as the weights file writes it (a "word|int" value is "said|1"). */
export function clauseValueHash(template: number, v: string): number {
  if (CLAUSE_TEMPLATES[template]!.value === 'word|int') {
    const bar = v.lastIndexOf('|');
    return featureHash(template, hashWord(v.slice(0, bar)), Number(v.slice(bar + 1)) + 1);
  }
  return featureHash(template, CLAUSE_TEMPLATES[template]!.value === 'int' ? Number(v) : hashWord(v));
}

/** Reads and validates a clause weights file's JSON. */
export function parseClauseModel(json: unknown): ClauseModel {
  const f = ClauseFile.parse(json);
  const entries: [number, number][] = [];
  for (const [name, values] of Object.entries(f.weights)) {
    const k = CT[name];
    if (k === undefined) throw new Error(`clause model: unknown feature template "${name}"`);
    for (const [v, w] of Object.entries(values)) entries.push([clauseValueHash(k, v), w]);
  }
  return { version: f.version, bias: f.bias, weights: new WeightTable(entries) };
}

let shipped: ClauseModel | null = null;

/** The shipped clause model (data/attribution/clause-model.json), read once. */
export function clauseModel(): ClauseModel {
  shipped ??= parseClauseModel(JSON.parse(readFileSync(CLAUSE_MODEL_URL, 'utf8')));
  return shipped;
}

/** The clause model's log-odds for one clause's hashed features. */
export const clauseLogit = (m: ClauseModel, f: Uint32Array): number => linearLogit(m, f, CLAUSE_FEATURES);
