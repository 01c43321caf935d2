/**
 * Quoted stretches: paired marks become direct-quotation candidates (`quoted`), or scare quotes and
 * titles when they hold a few words with no reporting cue beside them. A quotation left open at a
 * paragraph's end runs on when the next paragraph opens with a mark (the print convention), and is
 * flagged broken otherwise. The attribution stage turns candidates into quotations with speakers and
 * ids; this stage writes no quotation itself.
 */
import { z } from 'zod';
import { type Doc, TokenKind } from '../../pipeline/doc.ts';
import { defineStage } from '../../pipeline/stage.ts';
import { isNameDot, tokenAtOrAfter, tokenEndingBy, wordsIn } from '../../core/spans.ts';
import { hashWord, wordSet } from '../../core/hash.ts';
import { NAMING_VERBS, QUOTING_VERBS, RELATED_LABELS } from '../../lexicon/quoting.ts';
import { REPORTING_VERBS } from '../../lexicon/reporting.ts';
import type { QuoteFlag, ScareQuote, Span } from '../../report/schema.ts';
import { pairMarks } from '../../segment/marks.ts';
import { isSpace } from '../../core/tokens.ts';
import { PREPOSITIONS, WORK_LINKS, WORK_VERBS } from '../../lexicon/works.ts';

/** A direct quotation between marks, before attribution gives it a speaker and an id. */
export interface Quoted {
  readonly start: number;
  readonly end: number;
  readonly flags: readonly QuoteFlag[];
  /** Index in `quoted` of the quotation this one continues (run across paragraphs), or -1. */
  readonly continues: number;
  readonly words: number;
}

const OPENING = new Set([0x201c, 34, 0x2018, 39]);
// Small words Title Case leaves in lower case (Chicago Manual of Style, 8.159).
const TITLE_SMALL_WORDS = wordSet([
  'a',
  'an',
  'the',
  'and',
  'but',
  'or',
  'nor',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'with',
  'by',
  'from',
  'up',
  'as',
]);

function trim(text: string, s: number, e: number): Span {
  let a = s;
  let b = e;
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  return { start: a, end: b };
}

/** The quotes stage's thresholds. */
export const QuotesOptions = z.object({
  cueReach: z
    .number()
    .int()
    .nonnegative()
    .default(10)
    .describe('Tokens after a closing mark where a reporting verb makes the marked words a quotation'),
  cueReachBefore: z
    .number()
    .int()
    .nonnegative()
    .default(4)
    .describe(
      'Tokens before an opening mark where a reporting verb makes them a quotation; further back a short fragment stays a scare quote inside reported speech',
    ),
  scareWords: z
    .number()
    .int()
    .nonnegative()
    .default(4)
    .describe('Most words a double-marked stretch with no cue beside it may hold and still be a scare quote'),
  scareWordsSingle: z
    .number()
    .int()
    .nonnegative()
    .default(6)
    .describe('The same for single marks, which British copy also uses for scare quotes and headlines'),
  titleWords: z
    .number()
    .int()
    .nonnegative()
    .default(10)
    .describe('Most words of a Title Case stretch read as a title ("Keeping Up with the Kardashians")'),
  titleMinWords: z
    .number()
    .int()
    .nonnegative()
    .default(2)
    .describe(
      'Least words of a Title Case stretch read as a title: one capitalised word may be a word said (“Dancing”)',
    ),
  headingWords: z
    .number()
    .int()
    .nonnegative()
    .default(12)
    .describe('Most words of a quoted line standing alone as its own paragraph read as a heading'),
  relatedLabelWords: z
    .number()
    .int()
    .nonnegative()
    .default(4)
    .describe(
      'Tokens at a paragraph’s start within which an all-caps related-story label ends in its colon ("RELATED STORY:")',
    ),
  unopenedWords: z
    .number()
    .int()
    .nonnegative()
    .default(3)
    .describe('Least words of a stretch closed by a mark with no opening mark for it to be a quotation'),
  cueScareWords: z
    .number()
    .int()
    .nonnegative()
    .default(2)
    .describe(
      'Most words in single marks, not closing like speech, that stay a scare quote beside a reporting verb (‘slowly thawing’, she said)',
    ),
});
/** The quotes stage's thresholds. */
export type QuotesOptions = z.output<typeof QuotesOptions>;

const REASONS = {
  scare: 'a few words in quotation marks that no one is said to say: a scare quote, a label or a nickname',
  title: 'Title Case words in quotation marks: the title of a song, show, film or book',
  heading: 'a quoted line standing alone as a heading, with no one said to say it',
  related: 'a related-story line (RELATED, READ MORE, WATCH), not a statement',
} as const;

/** Reasons for the finer cases of a kind: the report says why in words a reader understands. */
const WHY = {
  lyrics: 'lines of a song in quotation marks, divided by slashes: lyrics, not a statement',
  work: 'the title or the lines of a work after a verb of making or performing it (directed, sang, starred in)',
  nickname: 'a nickname in quotation marks between a first name and a surname',
} as const;

const SENTENCE_END = new Set([46, 33, 63]);
// a naming verb before a word or two in marks makes a nickname ("friends call me “catalog”"), not a cue
const isCue = (h: number): boolean =>
  REPORTING_VERBS.has(h) || (QUOTING_VERBS.has(h) && !NAMING_VERBS.has(h));

const WHICH = hashWord('which');
const AFTER = 1;
const BEFORE = 2;

/**
 * A reporting verb within `reach` tokens after the closing mark (AFTER) or before the opening mark
 * (BEFORE), in the same sentence; 0 when there is none.
 */
function cueBeside(doc: Doc, open: number, close: number, reach: number, reachBefore: number): number {
  const t = doc.tokens;
  if (close >= 0) {
    const a = tokenAtOrAfter(t, close + 1);
    // “OTR II,” which will continue …: a relative clause after the marks makes them a noun
    const w = a < t.count && doc.text.charCodeAt(t.start[a]!) === 44 ? a + 1 : a;
    if (w < t.count && t.hash[w] === WHICH) return 0;
    for (let i = a; i < Math.min(t.count, a + reach); i++) {
      const gap = i > a ? t.end[i - 1]! : close + 1;
      // a verb in the next paragraph is not beside the mark ("“Title.”\n\nThe source added …"), nor
      // one in a quotation opening right after (“mommy mode,” “Let me tell you …”)
      if (lineBreakBetween(doc.text, gap, t.start[i]!) || (i === a && opening(doc.text, t, i))) break;
      // “traumatized”? Tell us below: the marks' sentence ended
      if (
        i === a &&
        t.kind[i] === TokenKind.punct &&
        SENTENCE_END.has(doc.text.charCodeAt(t.start[i]!)) &&
        i + 1 < t.count &&
        t.sentence[i + 1] !== t.sentence[i]
      )
        break;
      // the full stop of "Mr." or an initial ("“…,” Mr. Ruiz said") ends no sentence
      if (
        t.kind[i] === TokenKind.punct &&
        SENTENCE_END.has(doc.text.charCodeAt(t.start[i]!)) &&
        i > a &&
        !isNameDot(doc.text, t, i)
      )
        break;
      if (isCue(t.hash[i]!)) return AFTER;
    }
  }
  if (open >= 0) {
    const b = tokenEndingBy(t, open);
    if (b >= 0 && doc.text.charCodeAt(t.start[b]!) === 58) return BEFORE; // "she said: …"
    let comma = false;
    for (let i = b; i > Math.max(-1, b - reachBefore); i--) {
      if (t.kind[i] === TokenKind.punct && SENTENCE_END.has(doc.text.charCodeAt(t.start[i]!))) break;
      if (t.kind[i] === TokenKind.punct) comma = true;
      // "said about the next “KUWTK” episode", "reports of a “second look”": the verb's own
      // preposition takes the marked words as a noun
      if (isCue(t.hash[i]!)) return !comma && i < b && PREPOSITIONS.has(t.hash[i + 1]!) ? 0 : BEFORE;
    }
  }
  return 0;
}

/** True when token `i` is a double quotation mark: after a closing mark, another quotation opens. */
function opening(text: string, t: Doc['tokens'], i: number): boolean {
  if (t.kind[i] !== TokenKind.punct) return false;
  const c = text.charCodeAt(t.start[i]!);
  return c === 0x201c || c === 34;
}

/** True when the text between offsets `a` and `b` (the gap between two tokens) holds a line break. */
function lineBreakBetween(text: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** True when the mark at `open` begins a sentence: at a paragraph's start or after a full stop. */
function opensSentence(doc: Doc, open: number): boolean {
  const t = doc.tokens;
  // a mark written with two characters ('' in wire and NYT copy) opens at its first
  const c = doc.text.charCodeAt(open);
  const first = (c === 39 || c === 96) && doc.text.charCodeAt(open - 1) === c ? open - 1 : open;
  const b = tokenEndingBy(t, first);
  if (b < 0) return true;
  const a = tokenAtOrAfter(t, open);
  if (t.sentence[b] !== t.sentence[a]) return true;
  return t.kind[b] === TokenKind.punct && SENTENCE_END.has(doc.text.charCodeAt(t.start[b]!));
}

/**
 * Marked words that the words around them show are no statement, whatever their length: song lines
 * divided by slashes, the title or lines after a verb of making or performing a work ("who directed
 * “Mother!”", "crooning “…”", "starred in “…”", up to `titleWords` words), a nickname between a first
 * name and a surname (Shuntel “Telli” Swift). Null otherwise.
 */
function notSpoken(doc: Doc, span: Span, open: number, close: number, o: QuotesOptions): ScareQuote | null {
  const t = doc.tokens;
  const text = doc.text;
  // a ScareQuote literal at each return (no `{ ...mark }`): V8 gives spread objects hidden classes
  // of their own, so every consumer of scare quotes saw a new one per article
  const end = close + 1;
  for (let k = span.start + 1; k < span.end - 1; k++)
    if (text.charCodeAt(k) === 47 && text.charCodeAt(k - 1) === 32 && text.charCodeAt(k + 1) === 32)
      return { start: open, end, kind: 'title', reason: WHY.lyrics };
  const b = tokenEndingBy(t, open);
  if (b < 0 || t.kind[b] !== TokenKind.word) return null;
  const words = wordsIn(t, span.start, span.end);
  const verb = WORK_LINKS.has(t.hash[b]!) && b > 0 ? b - 1 : b;
  if (WORK_VERBS.has(t.hash[verb]!) && words <= o.titleWords)
    return { start: open, end, kind: 'title', reason: WHY.work };
  // a capitalised word on each side and one or two words inside, with no punctuation
  const a = tokenAtOrAfter(t, close + 1);
  if (
    words <= 2 &&
    t.cap[b] === 1 &&
    a < t.count &&
    t.cap[a] === 1 &&
    t.kind[a] === TokenKind.word &&
    t.start[a] === close + 2 &&
    t.end[b] === open - 1 &&
    t.sentence[a] === t.sentence[b]
  ) {
    for (let i = tokenAtOrAfter(t, span.start); i < t.count && t.end[i]! <= span.end; i++)
      if (t.kind[i] === TokenKind.punct) return null;
    return { start: open, end, kind: 'scare', reason: WHY.nickname };
  }
  return null;
}

/** Judges a marked stretch: a scare quote, a title or a heading, or null for a real quotation. */
function scareKind(
  doc: Doc,
  span: Span,
  single: boolean,
  open: number,
  close: number,
  alone: boolean,
  o: QuotesOptions,
): ScareQuote['kind'] | null {
  const t = doc.tokens;
  let words = 0;
  let lowerContent = 0;
  let innerPunct = false;
  let anyPunct = false;
  // titles may hold a colon or a comma ("I, Tina: My Life Story"); sentences hold stops
  let innerStop = false;
  const a = tokenAtOrAfter(t, span.start);
  for (let i = a; i < t.count && t.end[i]! <= span.end; i++) {
    if (t.kind[i] === TokenKind.punct) {
      const c = doc.text.charCodeAt(t.start[i]!);
      const sentence = c === 46 || c === 33 || c === 63 || c === 44 || c === 0x2026 || c === 58 || c === 59;
      if (sentence) anyPunct = true;
      // punctuation closing the marked words (American style puts it inside) does not make a sentence
      if (sentence && t.end[i]! < span.end) {
        innerPunct = true;
        if (c !== 44 && c !== 58) innerStop = true;
      }
    } else {
      words++;
      if (t.cap[i] !== 1 && t.kind[i] !== TokenKind.number && !TITLE_SMALL_WORDS.has(t.hash[i]!))
        lowerContent++;
    }
  }
  const endsInPunct = anyPunct && !innerPunct;
  const last = doc.text.charCodeAt(span.end - 1);
  const endsInStop = endsInPunct && (last === 46 || last === 33 || last === 63 || last === 0x2026);
  const cue = cueBeside(doc, open, close, o.cueReach, o.cueReachBefore);
  // Title Case runs ("Keeping Up with the Kardashians") are titles even beside a verb ("she sang
  // “Dancing Queen”"), unless they close like speech before the cue ("“Thank You!” she said")
  const titleCase = words >= o.titleMinWords && lowerContent === 0;
  if (titleCase && !innerStop && words <= o.titleWords && !(anyPunct && cue === AFTER)) return 'title';
  // a whole sentence in marks standing on its own (“Every bed is taken.”) is someone's words
  if (endsInStop && opensSentence(doc, open)) return null;
  // ‘thawing’ next to "said" is still a scare quote; ‘No,’ she said and called him a “booty call”
  // are quotations
  if (cue && words > 0 && (words > o.cueScareWords || endsInPunct || !single)) return null;
  if (!innerPunct && words <= (single ? o.scareWordsSingle : o.scareWords)) return 'scare';
  if (alone && !anyPunct && words <= o.headingWords) return 'heading';
  return null;
}

/** True when the paragraph opens with an all-caps related-story label ending in a colon. */
function relatedLine(doc: Doc, para: Span, o: QuotesOptions): boolean {
  const t = doc.tokens;
  const a = tokenAtOrAfter(t, para.start);
  for (let i = a; i < t.count && i < a + o.relatedLabelWords && t.start[i]! < para.end; i++) {
    if (t.kind[i] === TokenKind.punct) return i > a && doc.text.charCodeAt(t.start[i]!) === 58;
    if (!RELATED_LABELS.has(t.hash[i]!)) return false;
    const w = doc.text.slice(t.start[i]!, t.end[i]!);
    if (w !== w.toUpperCase()) return false;
  }
  return false;
}

/** Finds the quoted stretches with the given options. */
export function findQuoted(doc: Doc, o: QuotesOptions): { quoted: Quoted[]; scareQuotes: ScareQuote[] } {
  const quotes: Quoted[] = [];
  const scareQuotes: ScareQuote[] = [];
  const capStarts = new Set(doc.captions.map((c) => c.start));
  const paras = doc.paragraphs.filter((p) => !capStarts.has(p.start));
  let carried = -1; // index of a quotation that runs on into the next paragraph
  for (let p = 0; p < paras.length; p++) {
    const para = paras[p]!;
    const marked = pairMarks(doc.text, para.start, para.end);
    const related = relatedLine(doc, para, o);
    const carriedNow = carried;
    carried = -1;
    let first = true;
    for (const m of marked) {
      const flags: QuoteFlag[] = [];
      const contentEnd = m.close >= 0 ? m.close : m.until;
      const span = trim(doc.text, m.open >= 0 ? m.open + 1 : Math.max(m.from, para.start), contentEnd);
      if (span.end <= span.start) continue;
      if (related) {
        if (m.open >= 0 && m.close >= 0)
          scareQuotes.push({ start: m.open, end: m.close + 1, kind: 'related', reason: REASONS.related });
        continue;
      }
      if (m.open >= 0 && m.close >= 0) {
        const alone =
          trim(doc.text, para.start, para.end).start === m.open &&
          trim(doc.text, para.start, para.end).end === m.close + 1;
        const not = notSpoken(doc, span, m.open, m.close, o);
        if (not) {
          scareQuotes.push(not);
          continue;
        }
        const kind = scareKind(doc, span, m.single, m.open, m.close, alone, o);
        if (kind) {
          scareQuotes.push({ start: m.open, end: m.close + 1, kind, reason: REASONS[kind] });
          continue;
        }
      }
      if (m.open < 0) {
        if (wordsIn(doc.tokens, span.start, span.end) < o.unopenedWords) continue;
        flags.push('unopened');
      }
      if (m.single) flags.push('single-marks');
      let continues = -1;
      if (first && carriedNow >= 0 && m.open === para.start) {
        continues = carriedNow;
        flags.push('continuation');
      }
      first = false;
      const id = quotes.length;
      if (m.close < 0) {
        const next = paras[p + 1];
        // only a stretch left open at the paragraph's end runs on; one cut by the next opening mark does not
        if (next && m.until === para.end && OPENING.has(doc.text.charCodeAt(next.start))) {
          flags.push('continued');
          carried = id;
        } else flags.push('unclosed');
      }
      quotes.push({
        start: span.start,
        end: span.end,
        continues,
        flags,
        words: wordsIn(doc.tokens, span.start, span.end),
      });
    }
  }
  return { quoted: quotes, scareQuotes };
}

/** Finds direct-quotation candidates, scare quotes, quoted titles and headings. */
export const quotesStage = defineStage({
  name: 'quotes',
  about: 'Quoted stretches: direct-quotation candidates; scare quotes, titles, headings, related-story lines',
  needs: ['tokens', 'paragraphs', 'captions'],
  gives: ['quoted', 'scareQuotes'],
  options: QuotesOptions,
  run: findQuoted,
});
