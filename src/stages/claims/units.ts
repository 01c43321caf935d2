/**
 * Claim units, as the annotation guide has them: one per sentence of the body, in text order, leaving
 * out captions, credits, site boilerplate ("Advertisement", "Related:", embed text) and questions to the
 * reader. A sentence that opens inside a quotation is the quoted speaker's (voice "quoted", the span is
 * the quoted words when the rest is only the attribution); any other sentence is the writer's, resting
 * on the source of the quotation or reported speech it holds. Each unit is bounded by its sentence, so
 * unmatched quotation marks can never repeat or stretch a claim.
 */
import {
  BOILERPLATE_OPENERS,
  BOILERPLATE_SECOND,
  CLAUSE_JOINERS,
  EMBED_WORDS,
  READER_IMPERATIVES,
  SECOND_PERSON,
} from '../../lexicon/claims.ts';
import { hashWord, wordSet } from '../../core/hash.ts';
import { BARE_JOINERS, CLAUSE_OPENERS } from './cue-words.ts';
import { type Doc, TokenKind } from '../../pipeline/doc.ts';
import { tokenAtOrAfter } from '../../core/spans.ts';
import type { Quote, Span } from '../../report/schema.ts';

/** A claim before typing: its span, voice and the quotation or reported speech it rests on. */
export interface ClaimUnit {
  readonly start: number;
  readonly end: number;
  readonly quoted: boolean;
  /** The quotation the claim is in (quoted) or cites (author), if any. */
  readonly quote: Quote | null;
  readonly sentence: number;
  /** True when the sentence ends with a question mark. */
  readonly question: boolean;
  readonly firstSentence: boolean;
}

/** Unit options: named so a test can pin them. */
export interface UnitOptions {
  /** A sentence with fewer words is not a claim ("Not now.", "Jennyd"). */
  readonly minWords: number;
  /** A line shorter than this that names a photo agency is a credit. */
  readonly creditMaxWords: number;
  /** A line with at least this many marks of social-media embed text ("A post shared by") is not a claim. */
  readonly embedMarks: number;
  /** How many characters back from a sentence's end a quoted question mark is looked for ("…?” she asked."). */
  readonly questionReach: number;
}

/** Defaults for the unit options. */
export const UNIT_DEFAULTS: UnitOptions = {
  minWords: 3,
  creditMaxWords: 12,
  embedMarks: 2,
  questionReach: 80,
};

// photo agencies and platforms that credit lines name ("Name/Getty Images", "Name/Instagram")
const CREDIT_WORDS = wordSet([
  'getty',
  'wireimage',
  'shutterstock',
  'filmmagic',
  'splash',
  'backgrid',
  'rex',
  'ap',
  'usatsi',
  'mega',
  'gc',
]);
const SLASH = 47;
const US = hashWord('us');
const BELOW = hashWord('below');
const BY = hashWord('by');
const SHARED = hashWord('shared');
const POST = hashWord('post');

/** The text's quotation marks and the punctuation that joins a quotation to its attribution. */
const isEdge = (c: number, end: boolean): boolean =>
  c === 32 ||
  c === 10 ||
  c === 13 ||
  c === 9 ||
  c === 0xa0 ||
  c === 34 ||
  c === 39 ||
  c === 0x201c ||
  c === 0x201d ||
  c === 0x2018 ||
  c === 0x2019 ||
  c === 44 ||
  c === 58 ||
  c === 59 ||
  c === 0x2013 ||
  c === 0x2014 ||
  c === 45 ||
  (!end && c === 46);

/** `[s, e)` without surrounding spaces, quotation marks and joining punctuation; null when nothing is left. */
export function trimSpan(text: string, s: number, e: number): Span | null {
  let a = s;
  let b = e;
  while (a < b && isEdge(text.charCodeAt(a), false)) a++;
  while (b > a && isEdge(text.charCodeAt(b - 1), true)) b--;
  return b > a ? { start: a, end: b } : null;
}

/** Word tokens in `[s, e)` and the index of the first one. */
function wordsBetween(doc: Doc, s: number, e: number): { n: number; first: number; last: number } {
  const t = doc.tokens;
  let n = 0;
  let first = -1;
  let last = -1;
  for (let i = tokenAtOrAfter(t, s); i < t.count && t.end[i]! <= e; i++) {
    if (t.kind[i] === TokenKind.punct) continue;
    if (first < 0) first = i;
    last = i;
    n++;
  }
  return { n, first, last };
}

/**
 * True for site boilerplate and lines to the reader: "Advertisement", "RELATED: …", "Sign up for …",
 * "A post shared by …", "Tell us below!", "What do you think?", short photo credits.
 */
function notAClaim(doc: Doc, s: Span, question: boolean, opts: UnitOptions): boolean {
  const t = doc.tokens;
  const text = doc.text;
  const { n, first } = wordsBetween(doc, s.start, s.end);
  if (n < opts.minWords) {
    // "Advertisement" and "Jennyd" alike: too short to assert anything; but an exclamation of a word
    // or two ("Aww!", "It's crazy!") is the writer's or speaker's evaluation, a claim of its own
    return !(n > 0 && endsWithExclamation(text, s));
  }
  const h0 = t.hash[first]!;
  const next = first + 1 < t.count ? first + 1 : first;
  const h1 = t.hash[next]!;
  const colon = t.kind[next] === TokenKind.punct && text.charCodeAt(t.start[next]!) === 58;
  if (BOILERPLATE_OPENERS.has(h0) && t.cap[first] === 1 && (colon || BOILERPLATE_SECOND.has(h1))) return true;
  if (READER_IMPERATIVES.has(h0) && t.cap[first] === 1 && (h1 === US || h1 === BELOW)) return true;
  let second = false;
  let credit = false;
  let embed = 0;
  for (let i = first; i < t.count && t.end[i]! <= s.end; i++) {
    const h = t.hash[i]!;
    // "you" only matters in a question to the reader
    if (question && !second && SECOND_PERSON.has(h)) second = true;
    // the cheap tests first: a look-up only for a word after a slash, or a capitalised one
    if (i > first && text.charCodeAt(t.start[i]! - 1) === SLASH && CREDIT_WORDS.has(h)) credit = true;
    // "A post shared by …": an embed's own line, whatever else it holds
    if (h === SHARED && t.hash[i + 1] === BY && t.hash[i - 1] === POST) embed += 2;
    if (t.cap[i] === 1 && EMBED_WORDS.has(h)) embed++;
  }
  if (question && second) return true;
  if (credit && n <= opts.creditMaxWords) return true;
  return embed >= opts.embedMarks;
}

/** The claim units of a document, in text order. */
export function claimUnits(doc: Doc, opts: UnitOptions = UNIT_DEFAULTS): ClaimUnit[] {
  const units: ClaimUnit[] = [];
  const text = doc.text;
  const quotes = doc.quotes;
  const captions = doc.captions;
  let q0 = 0;
  let c0 = 0;
  let body = 0;
  for (let si = 0; si < doc.sentences.length; si++) {
    const sent = doc.sentences[si]!;
    while (c0 < captions.length && captions[c0]!.end <= sent.start) c0++;
    if (c0 < captions.length && captions[c0]!.start < sent.end) continue;
    const span = trimSpan(text, sent.start, sent.end);
    if (!span) continue;
    let last = span.end - 1;
    while (last > span.start && isEdge(text.charCodeAt(last), true)) last--;
    const question =
      text.charCodeAt(last) === 63 ||
      text.charCodeAt(sent.end - 1) === 63 ||
      endsWithQuestion(text, span, opts.questionReach);
    if (notAClaim(doc, span, question, opts)) continue;
    while (q0 < quotes.length && quotes[q0]!.end <= sent.start) q0++;
    // the quotation the sentence opens in, and the first one it cites
    let opening: Quote | null = null;
    let cited: Quote | null = null;
    for (let k = q0; k < quotes.length && quotes[k]!.start < sent.end; k++) {
      const q = quotes[k]!;
      if (q.end <= sent.start) continue;
      if (q.kind === 'direct' && q.start <= span.start + 1 && q.end > span.start && !opening) opening = q;
      if (!cited || (cited.kind === 'direct' && q.kind !== 'direct')) cited = q;
    }
    let start = span.start;
    let end = span.end;
    if (opening) {
      start = Math.max(start, opening.start);
      // "…,” she said.": the attribution after the quotation is not part of the claim
      const rest = trimSpan(text, Math.min(opening.end, span.end), span.end);
      if (rest && attributionOnly(doc, rest, opening)) end = Math.min(end, opening.end);
      const inner = trimSpan(text, start, end) ?? span;
      start = inner.start;
      end = inner.end;
    }
    units.push({
      start,
      end,
      quoted: opening !== null,
      quote: opening ?? cited,
      sentence: si,
      question,
      firstSentence: body === 0,
    });
    body++;
  }
  return units;
}

/** True when the span's last character before closing quotation marks is "!". */
function endsWithExclamation(text: string, s: Span): boolean {
  let i = s.end - 1;
  while (i > s.start && isQuoteMark(text.charCodeAt(i))) i--;
  return text.charCodeAt(i) === 33;
}

/** "…?” she asked.": a quoted question followed by its attribution. */
function endsWithQuestion(text: string, s: Span, reach: number): boolean {
  for (let i = s.end - 1, k = 0; i > s.start && k < reach; i--, k++) {
    const c = text.charCodeAt(i);
    if (c === 63) return text.charCodeAt(i + 1) === 0x201d || text.charCodeAt(i + 1) === 34;
    if (c === 46 || c === 33) return false;
  }
  return false;
}

/**
 * True when every word of `s` is the quotation's speaker, cue or listener, or joins them
 * ("according to", "that"): the writer's part is only the attribution.
 */
function attributionOnly(doc: Doc, s: Span, q: Quote): boolean {
  const t = doc.tokens;
  const parts = [q.speaker.mention, q.cue, q.listenerSpan];
  for (let i = tokenAtOrAfter(t, s.start); i < t.count && t.end[i]! <= s.end; i++) {
    if (t.kind[i] === TokenKind.punct || JOINERS.has(t.hash[i]!)) continue;
    const a = t.start[i]!;
    let inside = false;
    for (const p of parts) if (p && p.start <= a && t.end[i]! <= p.end) inside = true;
    if (!inside) return false;
  }
  return true;
}

const JOINERS = wordSet([
  'according',
  'to',
  'that',
  'also',
  'later',
  'then',
  'exclusively',
  'with',
  'as',
  'and',
  'on',
  'in',
  'a',
  'an',
  'the',
]);

const isQuoteMark = (c: number): boolean => c === 34 || c === 39 || c === 0x201d || c === 0x2019;

/**
 * Where a unit could split into two clauses of different types: before a joining conjunction after a
 * comma, semicolon or dash ("…, but she still hopes …"), or after a semicolon or dash alone. Offsets are
 * the start of the second clause; each side keeps at least `minSide` words.
 */
export function clauseBreaks(doc: Doc, unit: Span, minSide: number, max: number): number[] {
  const t = doc.tokens;
  const text = doc.text;
  const out: number[] = [];
  const a = tokenAtOrAfter(t, unit.start);
  let before = 0;
  let total = 0;
  for (let i = a; i < t.count && t.end[i]! <= unit.end; i++) if (t.kind[i] !== TokenKind.punct) total++;
  for (let i = a; i < t.count && t.end[i]! <= unit.end && out.length < max; i++) {
    if (t.kind[i] !== TokenKind.punct) {
      // "… more in love than ever but still …": "but" joins two clauses without a comma too
      if (
        before >= minSide &&
        total - before >= minSide &&
        BARE_JOINERS.has(t.hash[i]!) &&
        t.kind[i - 1] === TokenKind.word
      )
        out.push(t.start[i]!);
      before++;
      continue;
    }
    const c = text.charCodeAt(t.start[i]!);
    const strong = c === 59 || c === 0x2014 || c === 0x2013;
    if (c !== 44 && !strong) continue;
    let j = i + 1;
    // "…well,’ but …": a closing quotation mark between the comma and the joiner
    while (j < t.count && t.kind[j] === TokenKind.punct && isQuoteMark(text.charCodeAt(t.start[j]!))) j++;
    if (j >= t.count || t.end[j]! > unit.end) break;
    const joiner =
      t.kind[j] === TokenKind.word && (CLAUSE_JOINERS.has(t.hash[j]!) || CLAUSE_OPENERS.has(t.hash[j]!));
    if (!joiner && !strong) continue;
    if (before < minSide || total - before < minSide) continue;
    out.push(t.start[j]!);
  }
  return out;
}
