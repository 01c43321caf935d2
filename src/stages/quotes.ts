/**
 * Quoted stretches: paired marks become direct-quotation candidates (`quoted`), or scare quotes and
 * titles when they hold a few words with no reporting cue beside them. A quotation left open at a
 * paragraph's end runs on when the next paragraph opens with a mark (the print convention), and is
 * flagged broken otherwise. The attribution stage turns candidates into quotations with speakers and
 * ids; this stage writes no quotation itself.
 */
import { type Doc, type Stage, TokenKind } from '../pipeline/doc.ts';
import { tokenAtOrAfter, tokenEndingBy, wordsIn } from '../pipeline/spans.ts';
import { wordSet } from '../lexicon/hash.ts';
import { REPORTING_VERBS } from '../lexicon/reporting.ts';
import type { QuoteFlag, ScareQuote, Span } from '../report/schema.ts';
import { pairMarks } from '../segment/marks.ts';
import { isSpace } from '../segment/tokens.ts';

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

/** A reporting verb within three tokens after the closing mark or before the opening mark. */
function cueBeside(doc: Doc, open: number, close: number): boolean {
  const t = doc.tokens;
  if (close >= 0) {
    const a = tokenAtOrAfter(t, close + 1);
    for (let i = a; i < Math.min(t.count, a + 4); i++) if (REPORTING_VERBS.has(t.hash[i]!)) return true;
  }
  if (open >= 0) {
    const b = tokenEndingBy(t, open);
    if (b >= 0 && doc.text.charCodeAt(t.start[b]!) === 58) return true; // "she said: …"
    for (let i = b; i >= Math.max(0, b - 3); i--) if (REPORTING_VERBS.has(t.hash[i]!)) return true;
  }
  return false;
}

/** Judges a short marked stretch: a scare quote, a title, or null for a real quotation. */
function scareKind(
  doc: Doc,
  span: Span,
  single: boolean,
  open: number,
  close: number,
): 'scare' | 'title' | null {
  const t = doc.tokens;
  let words = 0;
  let _capital = 0;
  let lowerContent = 0;
  let sentencePunct = false;
  const a = tokenAtOrAfter(t, span.start);
  for (let i = a; i < t.count && t.end[i]! <= span.end; i++) {
    if (t.kind[i] === TokenKind.punct) {
      const c = doc.text.charCodeAt(t.start[i]!);
      if (c === 46 || c === 33 || c === 63 || c === 44 || c === 0x2026) sentencePunct = true;
    } else {
      words++;
      if (t.cap[i] === 1 || t.kind[i] === TokenKind.number) _capital++;
      else if (!TITLE_SMALL_WORDS.has(t.hash[i]!)) lowerContent++;
    }
  }
  const endsInPunct = /[,.!?…]$/.test(doc.text.slice(span.start, span.end));
  // ‘thawing’ next to "said" is still a scare quote; ‘No,’ she said is a quotation
  if (cueBeside(doc, open, close) && words > 0 && (words > 2 || endsInPunct || !single)) return null;
  const limit = single ? 6 : 4;
  // Title Case runs ("Keeping Up with the Kardashians") are titles; a name used as a label is a scare quote
  const titleCase = words >= 2 && lowerContent === 0;
  if (!sentencePunct && words <= limit) return titleCase && words >= 3 ? 'title' : 'scare';
  if (!sentencePunct && words <= 10 && titleCase) return 'title';
  return null;
}

function run(doc: Doc): { quoted: Quoted[]; scareQuotes: ScareQuote[] } {
  const quotes: Quoted[] = [];
  const scareQuotes: ScareQuote[] = [];
  const capStarts = new Set(doc.captions.map((c) => c.start));
  const paras = doc.paragraphs.filter((p) => !capStarts.has(p.start));
  let carried = -1; // index of a quotation that runs on into the next paragraph
  for (let p = 0; p < paras.length; p++) {
    const para = paras[p]!;
    const marked = pairMarks(doc.text, para.start, para.end);
    const carriedNow = carried;
    carried = -1;
    let first = true;
    for (const m of marked) {
      const flags: QuoteFlag[] = [];
      const contentEnd = m.close >= 0 ? m.close : para.end;
      const span = trim(doc.text, m.open >= 0 ? m.open + 1 : Math.max(m.from, para.start), contentEnd);
      if (span.end <= span.start) continue;
      if (m.open >= 0 && m.close >= 0) {
        const kind = scareKind(doc, span, m.single, m.open, m.close);
        if (kind) {
          scareQuotes.push({ start: m.open, end: m.close + 1, kind });
          continue;
        }
      }
      if (m.open < 0) {
        if (wordsIn(doc.tokens, span.start, span.end) < 3) continue;
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
        if (next && OPENING.has(doc.text.charCodeAt(next.start))) {
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

/** Finds direct-quotation candidates, scare quotes and quoted titles. */
export const quotesStage: Stage = { name: 'quotes', run };
