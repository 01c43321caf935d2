/**
 * Cue patterns around a quotation: after it ("…,” an insider tells Woman's Day. / …,” says our
 * source.) and before it (She told friends: “…”, According to a pal, “…”).
 */
import { hashWord, wordSet } from '../../core/hash.ts';
import { CUE_ADVERBS as ADVERBS, QUOTING_VERBS } from '../../lexicon/quoting.ts';
import { ACCORDING, LISTENER_VERBS, REPORTING_VERBS, TO } from '../../lexicon/reporting.ts';
import { type Mention, TokenKind } from '../../pipeline/doc.ts';
import { isNameDot, tokenAtOrAfter } from '../../core/spans.ts';
import { possessiveLength } from '../../core/tokens.ts';
import type { Span } from '../../report/schema.ts';
import { BETWEEN, DETERMINERS, NOT_SUBJECT_AFTER, SUBORDINATORS } from './words.ts';
import { DOCUMENT_HEADS } from '../../lexicon/sources.ts';
import { NOT_NAMES } from '../../lexicon/stopwords.ts';
import {
  entityOf,
  isAdverb,
  longestMention,
  mentionAtOrAfter,
  type Reading,
  type SpeakerPhrase,
  speakerPhrase,
} from './speaker.ts';

/** A cue found beside a quotation, with its speaker and listener. */
export interface CueMatch {
  readonly cue: Span;
  readonly speaker: SpeakerPhrase;
  readonly listener: Span | null;
}

const STOP = new Set([44, 46, 59, 58, 33, 63, 0x201c, 0x201d, 34, 0x2014, 0x2013, 40, 41]);
const AS = hashWord('as');
const AFTER_LISTENER = wordSet([
  'on',
  'in',
  'at',
  'about',
  'after',
  'before',
  'during',
  'via',
  'that',
  'this',
  'last',
  'when',
  'while',
  'of',
  'over',
  'from',
]);
const PUT = hashWord('put');

/** True for a verb that can introduce quoted words: a reporting verb or a quoting verb ("dubbed"). */
export const isCueVerb = (h: number): boolean => REPORTING_VERBS.has(h) || QUOTING_VERBS.has(h);

/**
 * True when token `i` may stand between a speaker and its verb: an auxiliary or adverb of the lists
 * ("has", "often", "again") or a lower-case -ly adverb ("“…,” he said quietly", "she flatly said").
 */
function cueAdverb(doc: Reading, i: number): boolean {
  const t = doc.tokens;
  const h = t.hash[i]!;
  if (ADVERBS.has(h) || BETWEEN.has(h)) return true;
  return t.kind[i] === TokenKind.word && t.cap[i] !== 1 && isAdverb(doc.text, t.start[i]!, t.end[i]!, h);
}

/**
 * True when token `i` is a cue verb where it stands: a capitalised word inside a sentence after
 * another word is part of a name ("the United States", "Friends Say Inc."), not a verb.
 */
export function cueVerbAt(doc: Reading, i: number): boolean {
  const t = doc.tokens;
  if (!isCueVerb(t.hash[i]!)) return false;
  if (t.cap[i] !== 1 || i === 0) return true;
  return t.sentence[i - 1] !== t.sentence[i] || t.kind[i - 1] !== TokenKind.word;
}

/** Thresholds of the cue search, in tokens; the attribution stage exposes them as options. */
export interface CueWindow {
  /** How far before an opening mark's colon or comma the reporting verb may be ("X told friends: “…”"). */
  readonly before: number;
  /** How far after a closing mark the reporting verb may be, room for an appositive. */
  readonly after: number;
  /** How far back inside the quotation's sentence a verb may govern it ("Ryan said Obama’s words “…”"). */
  readonly sentence: number;
}

/** The default cue window. */
export const CUE_WINDOW: CueWindow = { before: 8, after: 24, sentence: 30 };

/**
 * Reaches of the cue patterns, in tokens (`npm run mutate:thresholds` moves each; the attribution
 * thresholds.test.ts pins them).
 */
export const CUE_LIMITS = {
  /** Most words of a listener after a telling verb ("told fans on Instagram"). */
  listenerWords: 6,
  /** Tokens after "according to" (after a closing mark) where its speaker must end. */
  accordingSpeakerWords: 14,
  /** Tokens after an inverted cue ("…,” says our source.") where its speaker must end. */
  invertedSpeakerWords: 10,
  /** Tokens before an opening mark's comma or colon searched back for "according to". */
  accordingBefore: 10,
  /** Most tokens of a name standing alone before a colon ("Philip Bump: “…”"). */
  colonNameWords: 4,
  /** Most tokens of a sentence-opening name set off by a comma before a colon ("Ruiz, the director, …:"). */
  colonCommaWords: 3,
  /** Most tokens back from a document noun before a mark to its verb ("released the following statement:"). */
  documentWords: 3,
  /** Tokens back from the word before a verb where its subject may start, less one ("A pal of the pair … said:"). */
  subjectWords: 8,
  /** Tokens after a sentence's first where an unlisted subject opening it may end, less one ("The … friend waved, saying"). */
  openingWords: 5,
  /** Most tokens of a parenthesis between a subject and its verb ("Rep. Jo Ruiz (D-Ore.) said"). */
  parenWords: 8,
};

/** The punctuation character at token `i`, or -1; the full stop of "Mr." or an initial is part of a name. */
export const punctAt = (doc: Reading, i: number): number =>
  // the bounds tested, not read past (a read past the end deoptimises every caller inlining this)
  i >= 0 &&
  i < doc.tokens.count &&
  doc.tokens.kind[i] === TokenKind.punct &&
  !isNameDot(doc.text, doc.tokens, i)
    ? doc.text.charCodeAt(doc.tokens.start[i]!)
    : -1;

/** The listener after a telling verb: "tells Woman's Day", "told reporters". */
export function listenerAt(doc: Reading, i: number, limit: number): Span | null {
  const t = doc.tokens;
  let j = i;
  // "told fans on Instagram": the listener ends before a preposition or "that"
  while (
    j < limit &&
    j < i + CUE_LIMITS.listenerWords &&
    // "told Life & Style": an ampersand between capitalised words is part of the name
    (t.kind[j] !== TokenKind.punct ||
      (j > i && doc.text.charCodeAt(t.start[j]!) === 38 && t.cap[j - 1] === 1 && t.cap[j + 1] === 1) ||
      // "tells E! News": a "!" glued to a capitalised word before another is part of the outlet's name
      (j > i &&
        j + 1 < limit &&
        doc.text.charCodeAt(t.start[j]!) === 33 &&
        t.end[j - 1] === t.start[j] &&
        t.cap[j - 1] === 1 &&
        t.cap[j + 1] === 1)) &&
    // a determiner opens the listener only: "told the BBC the report …" ends it at "BBC"
    (j === i || (!AFTER_LISTENER.has(t.hash[j]!) && !DETERMINERS.has(t.hash[j]!))) &&
    // "tells Us Weekly exclusively": an adverb after the name is no part of it
    !(j > i && t.cap[j - 1] === 1 && t.cap[j] !== 1 && /ly$/u.test(doc.text.slice(t.start[j]!, t.end[j]!)))
  )
    j++;
  return j > i ? { start: t.start[i]!, end: t.end[j - 1]! } : null;
}

/**
 * A cue search beside a quotation: from token `at` towards token `bound` (how each reads them is its
 * own), within the window's reach.
 */
export type CueSearch = (doc: Reading, at: number, bound: number, window?: CueWindow) => CueMatch | null;

/** Looks right of a closing mark at `from`, up to token `limit` (exclusive), for `SPEAKER CUE` or `CUE SPEAKER`. */
export const cueAfter: CueSearch = (doc, from, limit, window = CUE_WINDOW) => {
  const t = doc.tokens;
  let i = from;
  while (i < limit && (punctAt(doc, i) === 44 || punctAt(doc, i) === 0x2014 || punctAt(doc, i) === 0x2013))
    i++;
  if (i >= limit) return null;
  // "“…,” according to Dr. Omar Patel, a family physician."
  if (t.hash[i] === ACCORDING && t.hash[i + 1] === TO) {
    let j = i + 2;
    while (j < limit && !STOP.has(punctAt(doc, j)) && j < i + CUE_LIMITS.accordingSpeakerWords) j++;
    const sp = speakerPhrase(doc, i + 2, j - 1);
    return sp ? { cue: { start: t.start[i]!, end: t.end[i + 1]! }, speaker: sp, listener: null } : null;
  }
  // "reports claim": a noun that looks like a verb, followed by the real cue (in lower case: "said
  // State Senator Jo Ruiz" is inverted)
  if (isCueVerb(t.hash[i]!) && !(isCueVerb(t.hash[i + 1] ?? 0) && t.cap[i + 1] !== 1)) {
    // inverted: "says our source"
    let j = i + 1;
    while (j < limit && !STOP.has(punctAt(doc, j)) && j < i + CUE_LIMITS.invertedSpeakerWords) j++;
    // "said a longtime adviser to the mayor": the longest noun phrase the words open with, cut before
    // a preposition, speaks
    let sp: SpeakerPhrase | null = null;
    for (let e = j - 1; e > i && !sp; e--)
      if (e === j - 1 || NOT_SUBJECT_AFTER.has(t.hash[e + 1]!)) sp = speakerPhrase(doc, i + 1, e);
    return sp ? { cue: { start: t.start[i]!, end: t.end[i]! }, speaker: sp, listener: null } : null;
  }
  // room for an appositive: "Poppy Lang, a spokesperson for Vane Music Group, said"
  // the token before a parenthesis after the speaker ("Rep. Jo Ruiz (D-Ore.) said"), or -1
  let beforeParen = -1;
  for (let c = i + 1; c < limit && c < i + window.after; c++) {
    // the "." of "okmagazine.com" sits inside a word and stops nothing
    const inWord = t.end[c - 1] === t.start[c] && t.end[c] === t.start[c + 1];
    if (punctAt(doc, c) === 40 && beforeParen < 0) {
      let close = c + 1;
      while (close < limit && close <= c + CUE_LIMITS.parenWords && punctAt(doc, close) !== 41) close++;
      if (punctAt(doc, close) === 41 && close <= c + CUE_LIMITS.parenWords) {
        beforeParen = c - 1;
        c = close;
        continue;
      }
    }
    if (STOP.has(punctAt(doc, c)) && punctAt(doc, c) !== 44 && !inWord) return null;
    // "…,” okmagazine.com quoted a source as saying.": the one quoted speaks
    const quoted = quotedAs(doc, c, limit);
    if (quoted) return { cue: { start: t.start[c]!, end: t.end[c]! }, speaker: quoted, listener: null };
    if (!cueVerbAt(doc, c)) continue;
    let end = c - 1;
    if (beforeParen >= i && beforeParen < end && punctAt(doc, end) === 41) end = beforeParen;
    while (end > i && cueAdverb(doc, end)) end--;
    // "Jane Doe, a spokesperson for X, said": the speaker is the name before the appositive;
    // "…,” the dawn of an era, Bozell says": the phrase after the last comma speaks
    const comma = findComma(doc, i, end);
    const lastComma = findLastComma(doc, i, end);
    const sp =
      (lastComma >= i && lastComma < end ? speakerPhrase(doc, lastComma + 1, end) : null) ??
      speakerPhrase(doc, i, comma > i ? comma - 1 : end) ??
      (comma < 0 ? describedName(doc, i, end) : null);
    if (!sp) return null;
    const listener = LISTENER_VERBS.has(t.hash[c]!) ? listenerAt(doc, c + 1, limit) : null;
    return { cue: { start: t.start[c]!, end: t.end[c]! }, speaker: sp, listener };
  }
  return null;
};

/**
 * "…,” election law expert Jo Ruiz tweeted": lower-case words describing a name that ends the
 * stretch `[a, b]` before the verb; the name speaks and the mention is the whole phrase.
 */
function describedName(doc: Reading, a: number, b: number): SpeakerPhrase | null {
  const t = doc.tokens;
  let k = a;
  while (k < b && t.kind[k] === TokenKind.word && t.cap[k] !== 1 && !NOT_NAMES.has(t.hash[k]!)) k++;
  if (k === a || k > b || t.cap[k] !== 1) return null;
  const sp = speakerPhrase(doc, k, b);
  if (sp?.kind !== 'named-person') return null;
  return { ...sp, span: { start: t.start[a]!, end: sp.span.end } };
}

const QUOTED = hashWord('quoted');
const AS_WHAT = wordSet(['saying', 'telling', 'writing', 'stating']);

/** "quoted a source as saying": the speaker between "quoted" at token `c` and "as", or null. */
function quotedAs(doc: Reading, c: number, limit: number): SpeakerPhrase | null {
  const t = doc.tokens;
  if (t.hash[c] !== QUOTED) return null;
  for (let k = c + 2; k < limit && k <= c + CUE_LIMITS.invertedSpeakerWords; k++) {
    if (punctAt(doc, k) >= 0) return null;
    if (t.hash[k] === AS && AS_WHAT.has(t.hash[k + 1]!)) return speakerPhrase(doc, c + 1, k - 1);
  }
  return null;
}

/** The name or title mention that ends at `end`, found by binary search. */
function mentionEndingAt(doc: Reading, end: number): Mention | undefined {
  const ms = doc.mentions;
  for (let i = mentionAtOrAfter(doc, end - longestMention(doc)); i < ms.length && ms[i]!.start < end; i++) {
    const m = ms[i]!;
    if (m.end === end && (m.form === 'name' || m.form === 'title')) return m;
  }
  return undefined;
}

function findLastComma(doc: Reading, a: number, b: number): number {
  for (let k = b; k >= a; k--) if (punctAt(doc, k) === 44) return k;
  return -1;
}

function findComma(doc: Reading, a: number, b: number): number {
  for (let k = a; k <= b; k++) if (punctAt(doc, k) === 44) return k;
  return -1;
}

/** Looks left of an opening mark at token `markTok`, back to token `floor`, for `SPEAKER CUE [LISTENER][:,]`. */
export const cueBefore: CueSearch = (doc, markTok, floor, window = CUE_WINDOW) => {
  const t = doc.tokens;
  let k = markTok - 1;
  const p = punctAt(doc, k);
  if (p !== 58 && p !== 44) return null;
  k--;
  let c = -1;
  for (let j = k; j >= floor && j > k - window.before; j--) {
    if (STOP.has(punctAt(doc, j))) break;
    if (cueVerbAt(doc, j) || (t.hash[j] === PUT && t.hash[j - 2] === AS)) {
      c = j;
      break;
    }
  }
  // "According to a source close to the pair, “…”"
  if (c < 0) {
    for (let j = k; j >= floor && j > k - CUE_LIMITS.accordingBefore; j--) {
      if (t.hash[j] === ACCORDING && t.hash[j + 1] === TO) {
        const sp = speakerPhrase(doc, j + 2, k);
        return sp ? { cue: { start: t.start[j]!, end: t.end[j + 1]! }, speaker: sp, listener: null } : null;
      }
    }
    return issued(doc, k, floor) ?? (p === 58 ? colonSubject(doc, markTok - 1, floor) : null);
  }
  // "X quoted a source as saying: “…”"
  let q = c;
  if (t.hash[c - 1] === AS && AS_WHAT.has(t.hash[c]!))
    while (q > floor && q > c - CUE_LIMITS.invertedSpeakerWords && t.hash[q] !== QUOTED) q--;
  const quoted = q < c ? quotedAs(doc, q, c) : null;
  if (quoted) return { cue: { start: t.start[q]!, end: t.end[q]! }, speaker: quoted, listener: null };
  const sp = speakerOfVerb(doc, c, floor, k);
  if (!sp) return null;
  const listener = LISTENER_VERBS.has(t.hash[c]!) ? listenerAt(doc, c + 1, k + 1) : null;
  return { cue: { start: t.start[c]!, end: t.end[c]! }, speaker: sp, listener };
};

/**
 * "His rep released the following statement, “…”", "X issued a statement: “…”": a document named
 * right before the mark's comma or colon (token `k`), after a verb and a determiner; the verb's
 * subject speaks, the verb is the cue.
 */
function issued(doc: Reading, k: number, floor: number): CueMatch | null {
  const t = doc.tokens;
  if (!DOCUMENT_HEADS.has(t.hash[k]!)) return null;
  for (let j = k - 1; j > floor && j >= k - CUE_LIMITS.documentWords; j--) {
    if (t.kind[j] !== TokenKind.word) return null;
    if (!DETERMINERS.has(t.hash[j + 1]!) || DETERMINERS.has(t.hash[j]!)) continue;
    const sp = subjectBefore(doc, j, floor);
    return sp && sp.kind !== 'unknown'
      ? { cue: { start: t.start[j]!, end: t.end[j]! }, speaker: sp, listener: null }
      : null;
  }
  return null;
}

/**
 * Who speaks through the verb at token `c`: for a participle after a comma or a second verb after
 * "and" ("…, reporting:", "… and called it"), the clause's subject; otherwise the phrase before the
 * verb; for a verb opening its sentence ("Said Dorothy Poynter, …:", "Continued Stone:"), the phrase
 * after it, up to token `last`.
 */
function speakerOfVerb(doc: Reading, c: number, floor: number, last: number): SpeakerPhrase | null {
  const t = doc.tokens;
  const before = t.hash[c - 1];
  if (punctAt(doc, c - 1) === 44 || before === AND || before === BUT) {
    // “…,” Quint told Extra that they “…,” but added, “…”: the subject may precede the quotation before
    let a = floor;
    while (a > 0 && t.sentence[a - 1] === t.sentence[c]) a--;
    return clauseSubject(doc, c, floor) ?? (a < floor ? clauseSubject(doc, c, a) : null);
  }
  const sp = subjectBefore(doc, c, floor);
  if (sp) return sp;
  if ((c === floor || t.sentence[c - 1] !== t.sentence[c]) && c < last) {
    let e = c + 1;
    while (e < last && punctAt(doc, e + 1) < 0) e++;
    return speakerPhrase(doc, c + 1, e);
  }
  return clauseSubject(doc, c, floor);
}

/** The speaker phrase right before the verb at token `c` ("the militant group said", "Jane Doe, a spokesperson for X, said"). */
export function subjectBefore(
  doc: Reading,
  c: number,
  floor: number,
  read: (doc: Reading, a: number, b: number) => SpeakerPhrase | null = speakerPhrase,
): SpeakerPhrase | null {
  const t = doc.tokens;
  let s = c - 1;
  if (punctAt(doc, s) === 44) s--;
  while (s >= floor && cueAdverb(doc, s)) s--;
  // "Rep. Jo Ruiz (D-Ore.) said": a parenthesis after the subject is not part of it
  if (punctAt(doc, s) === 41) {
    let o = s - 1;
    while (o > floor && o > s - CUE_LIMITS.parenWords && punctAt(doc, o) !== 40) o--;
    if (punctAt(doc, o) === 40) s = o - 1;
  }
  let a = s;
  while (
    a > floor &&
    a > s - CUE_LIMITS.subjectWords &&
    !STOP.has(punctAt(doc, a - 1)) &&
    t.sentence[a - 1] === t.sentence[s]
  )
    a--;
  // drop a leading "As" of "As one pal put it"
  if (t.hash[a] === AS) a++;
  let own: SpeakerPhrase | null = null;
  for (let start = a; start <= s && !own; start++) own = read(doc, start, s);
  // "In Salem, Ruiz said", "Later Monday, he said": a name or pronoun right before the verb is its
  // subject, whatever the comma follows
  if (own && (own.pronoun || own.kind === 'named-person')) return own;
  // "Jane Doe, a spokesperson for X, said:": the name before the appositive speaks, when it opens
  // its clause (not "in Salem, the mayor said")
  if (punctAt(doc, a - 1) === 44) {
    const name = mentionEndingAt(doc, t.end[a - 2]!);
    if (name) {
      const first = tokenAtOrAfter(t, name.start);
      const sp = opensClause(doc, first) ? read(doc, first, a - 2) : null;
      if (sp?.kind === 'named-person') return sp;
    }
  }
  return own;
}

/**
 * True when the name at token `first` may open a clause: it starts its sentence or follows
 * punctuation or a conjunction, not a preposition or another capitalised word ("in Salem", "New
 * Hampshire").
 */
function opensClause(doc: Reading, first: number): boolean {
  const t = doc.tokens;
  const p = first - 1;
  if (p < 0 || t.sentence[p] !== t.sentence[first] || t.kind[p] === TokenKind.punct) return true;
  const h = t.hash[p]!;
  if (h === AND || h === BUT) return true;
  if (NOT_SUBJECT_AFTER.has(h) || SUBORDINATORS.has(h) || DETERMINERS.has(h)) return false;
  return t.cap[p] !== 1 || t.sentence[p - 1] !== t.sentence[p];
}

const AND = hashWord('and');
const BUT = hashWord('but');
// the sentence index bounds the search; a semicolon or another quotation ends it too
const SENTENCE_END = new Set([59, 0x201c, 0x201d, 34]);

/**
 * A verb earlier in the quotation's own sentence that governs it: "Ryan said Obama’s words “amount
 * to …”", "Bush referred to Rubio as “a bright leader”", "Clinton celebrated, declaring it “…”". The
 * speaker is the phrase before the verb, or for a participle after a comma the sentence's first
 * named speaker.
 */
export const cueInSentence: CueSearch = (doc, markTok, floor, window = CUE_WINDOW) => {
  const t = doc.tokens;
  const sentence = t.sentence[markTok];
  for (let c = markTok - 1; c >= floor && c > markTok - window.sentence; c--) {
    if (t.sentence[c] !== sentence || SENTENCE_END.has(punctAt(doc, c))) return null;
    if (!cueVerbAt(doc, c)) continue;
    // "…, calling him “a total stiff”" / "… and called the system “rotten”": the clause's subject speaks
    const sp = speakerOfVerb(doc, c, floor, -1);
    if (!sp) return null;
    const listener = LISTENER_VERBS.has(t.hash[c]!) ? listenerAt(doc, c + 1, markTok) : null;
    return { cue: { start: t.start[c]!, end: t.end[c]! }, speaker: sp, listener };
  }
  return null;
};

/** The first person or organization named in the sentence before token `c`: the subject of "…, saying “…”". */
export function clauseSubject(doc: Reading, c: number, floor: number): SpeakerPhrase | null {
  const t = doc.tokens;
  const sentence = t.sentence[c];
  const lo = t.start[floor]!;
  const ms = doc.mentions;
  // the last token of the last mention passed over as a place or object
  let skipped = -2;
  for (let i = mentionAtOrAfter(doc, lo); i < ms.length && ms[i]!.start < t.start[c]!; i++) {
    const m = ms[i]!;
    if (m.end > t.start[c]!) continue;
    const first = tokenAtOrAfter(t, m.start);
    if (t.sentence[first] !== sentence) continue;
    // "in Salem, Trump went after Bush, calling …": a place or object after a preposition is no subject
    let p = first - 1;
    while (p >= 0 && t.sentence[p] === sentence && DETERMINERS.has(t.hash[p]!)) p--;
    // "the lawyer told TMZ …, further saying": nor is the listener of a telling verb; nor the rest of
    // a place passed over, set off by commas ("in Ames, Iowa, on Sunday")
    if (
      p >= 0 &&
      t.sentence[p] === sentence &&
      (NOT_SUBJECT_AFTER.has(t.hash[p]!) ||
        SUBORDINATORS.has(t.hash[p]!) ||
        LISTENER_VERBS.has(t.hash[p]!) ||
        (punctAt(doc, p) === 44 && p - 1 === skipped && punctAt(doc, tokenAtOrAfter(t, m.end)) === 44))
    ) {
      skipped = tokenAtOrAfter(t, m.end) - 1;
      continue;
    }
    const last = tokenAtOrAfter(t, m.end) - 1;
    // "Mr. Trump's use of …": a name owning a noun is no subject of the clause
    if (possessiveLength(doc.text, t.end[last]!) > 0) continue;
    const sp = speakerPhrase(doc, first, last);
    if (sp && sp.kind !== 'unknown') return sp;
  }
  let a = floor;
  while (a < c && t.sentence[a] !== sentence) a++;
  // "“…,” the lawyer told TMZ, further saying …": the subject of the clause's own cue before
  for (let v = c - 2; v > a; v--) {
    if (!cueVerbAt(doc, v)) continue;
    const sp = subjectBefore(doc, v, a);
    if (sp && sp.kind !== 'unknown') return sp;
    break;
  }
  // no listed name: the shortest speaker phrase opening the sentence ("The Florida senator …")
  for (let k = a; k < c && k <= a + CUE_LIMITS.openingWords && punctAt(doc, k) < 0; k++) {
    const sp = speakerPhrase(doc, a, k);
    if (sp) return sp;
  }
  return null;
}

/**
 * "Her opponent, Sasha Kell, was less gracious: “…”": a sentence that names one person and ends in a
 * colon introduces that person's words; the colon is the cue.
 */
function colonSubject(doc: Reading, colon: number, floor: number): CueMatch | null {
  const t = doc.tokens;
  const sentence = t.sentence[colon];
  const names: Mention[] = [];
  const ms = doc.mentions;
  for (let i = mentionAtOrAfter(doc, t.start[floor]!); i < ms.length && ms[i]!.start < t.start[colon]!; i++) {
    const m = ms[i]!;
    if (
      m.end <= t.start[colon]! &&
      (m.form === 'name' || m.form === 'title') &&
      t.sentence[tokenAtOrAfter(t, m.start)] === sentence &&
      entityOf(doc, m.entityId)?.kind === 'person'
    )
      names.push(m);
  }
  const first = names[0];
  if (!first) return openingName(doc, colon, floor);
  if (names.some((m) => m.entityId !== first.entityId)) return null;
  const a = tokenAtOrAfter(t, first.start);
  const sp = speakerPhrase(doc, a, tokenAtOrAfter(t, first.end) - 1);
  if (sp?.kind !== 'named-person') return null;
  return { cue: { start: t.start[colon]!, end: t.end[colon]! }, speaker: sp, listener: null };
}

/**
 * "Ruiz, the clinic's director, is more blunt: “…”" when the entities stage did not list the name: the
 * sentence opens with a capitalised name set off by a comma.
 */
function openingName(doc: Reading, colon: number, floor: number): CueMatch | null {
  const t = doc.tokens;
  let a = colon;
  while (a > floor && t.sentence[a - 1] === t.sentence[colon]) a--;
  if (t.cap[a] !== 1) return null;
  // "Philip Bump: “…”": a name alone before the colon
  if (colon - a <= CUE_LIMITS.colonNameWords) {
    const sp = speakerPhrase(doc, a, colon - 1);
    if (sp?.kind === 'named-person' && sp.span.end === t.end[colon - 1])
      return { cue: { start: t.start[colon]!, end: t.end[colon]! }, speaker: sp, listener: null };
  }
  for (let k = a + 1; k < colon && k <= a + CUE_LIMITS.colonCommaWords; k++) {
    if (punctAt(doc, k) !== 44) continue;
    const sp = speakerPhrase(doc, a, k - 1);
    if (sp?.kind !== 'named-person') return null;
    return { cue: { start: t.start[colon]!, end: t.end[colon]! }, speaker: sp, listener: null };
  }
  return null;
}
