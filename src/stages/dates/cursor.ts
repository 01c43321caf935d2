/**
 * Token access for the date matchers: reading numbers, ordinals, years and month names at a token
 * index without slicing the text into strings more than one short token at a time.
 */
import { DATE_DEFAULTS, type DateOptions } from './options.ts';
import {
  AMBIGUOUS_MONTHS,
  BE_FORMS,
  FUTURE_AFTER_BE,
  FUTURE_MARKERS,
  MONTH_ABBREVIATIONS,
  MONTHS,
} from '../../lexicon/calendar.ts';
import { hashRange, hashWord } from '../../core/hash.ts';
import { possessiveLength } from '../../core/tokens.ts';
import { type Tokens, TokenKind } from '../../pipeline/doc.ts';

const WILL = hashWord('will');
const NEXT = hashWord('next');
const TO = hashWord('to');

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Whether `a`, `b` (lowercased by `| 32`) are an English ordinal suffix: st, nd, rd or th. */
const ordinalSuffix = (a: number, b: number): boolean =>
  (a === 115 && b === 116) ||
  (a === 110 && b === 100) ||
  (a === 114 && b === 100) ||
  (a === 116 && b === 104);

/** A month name found at a token: its number and the last token it covers ("Sept" "." → the stop). */
export interface MonthAt {
  readonly m: number;
  readonly last: number;
}

/** The token arrays of one document, with the readers the date matchers share. */
export class Cursor {
  private readonly futureBySentence = new Map<number, boolean>();

  constructor(
    readonly text: string,
    readonly t: Tokens,
    /** Which four-digit numbers are years. */
    readonly years: Pick<DateOptions, 'earliestYear' | 'latestYear'> = DATE_DEFAULTS,
  ) {}

  /** The hash of token `i`, or 0 past either end (no word hashes to 0 in practice). */
  hash(i: number): number {
    return i >= 0 && i < this.t.count ? this.t.hash[i]! : 0;
  }

  /** Length of a possessive ending on word `i` ("year's", "Friday’s"): 2, or 0 if there is none. */
  possessive(i: number): number {
    if (!this.isWord(i) || this.t.end[i]! - this.t.start[i]! < 3) return 0;
    // the tokenizer keeps "year's" whole; a possessive is a letter or digit, an apostrophe, then s
    return possessiveLength(this.text, this.t.end[i]!);
  }

  /** The hash of word `i` without a possessive ending: "last year's" reads as "last year". */
  base(i: number): number {
    const p = this.possessive(i);
    return p === 0 ? this.hash(i) : hashRange(this.text, this.t.start[i]!, this.t.end[i]! - p);
  }

  /** Whether token `i` is a word. */
  isWord(i: number): boolean {
    return i >= 0 && i < this.t.count && this.t.kind[i] === TokenKind.word;
  }

  /** Whether token `i` is the one-character punctuation `c`. */
  isPunct(i: number, c: string): boolean {
    return (
      i >= 0 &&
      i < this.t.count &&
      this.t.kind[i] === TokenKind.punct &&
      this.text.charCodeAt(this.t.start[i]!) === c.charCodeAt(0)
    );
  }

  /** The text of token `i`. */
  word(i: number): string {
    return i >= 0 && i < this.t.count ? this.text.slice(this.t.start[i]!, this.t.end[i]!) : '';
  }

  /** Whether tokens `a` and `b` are in the same sentence (prepositions never reach across one). */
  together(a: number, b: number): boolean {
    return (
      a >= 0 && b >= 0 && a < this.t.count && b < this.t.count && this.t.sentence[a] === this.t.sentence[b]
    );
  }

  /** The hash of the word just before `i` in its sentence, or 0. */
  prev(i: number): number {
    return this.together(i - 1, i) && this.isWord(i - 1) ? this.t.hash[i - 1]! : 0;
  }

  /**
   * The value of a plain integer token of 1 to 4 ASCII digits (no "2,000", no "3.5"), or -1. Read from
   * the character codes: no string is built per token.
   */
  private digits(i: number): number {
    if (i < 0 || i >= this.t.count || this.t.kind[i] !== TokenKind.number) return -1;
    const s = this.t.start[i]!;
    const e = this.t.end[i]!;
    if (e - s > 4) return -1;
    let n = 0;
    for (let k = s; k < e; k++) {
      const c = this.text.charCodeAt(k);
      if (!isDigit(c)) return -1;
      n = n * 10 + (c - 48);
    }
    return n;
  }

  /** A plain integer token (no "2,000", no "3.5"), or null. */
  integer(i: number): number | null {
    const n = this.digits(i);
    return n < 0 ? null : n;
  }

  /** A day of the month: "30" or "30th". */
  day(i: number): number | null {
    let d = -1;
    if (i >= 0 && i < this.t.count) {
      const s = this.t.start[i]!;
      const e = this.t.end[i]!;
      if (this.t.kind[i] === TokenKind.number) {
        if (e - s <= 2) d = this.digits(i);
      } else if (this.t.kind[i] === TokenKind.word && e - s >= 3 && e - s <= 4) {
        // "30th", "1st": one or two digits, then the suffix in any case
        const text = this.text;
        if (ordinalSuffix(text.charCodeAt(e - 2) | 32, text.charCodeAt(e - 1) | 32)) {
          d = 0;
          for (let k = s; k < e - 2 && d >= 0; k++) {
            const c = text.charCodeAt(k);
            d = isDigit(c) ? d * 10 + (c - 48) : -1;
          }
        }
      }
    }
    return d >= 1 && d <= 31 ? d : null;
  }

  /** A four-digit year in the stage's range (1800 to 2099 by default). */
  year(i: number): number | null {
    const y = this.digits(i);
    const { earliestYear, latestYear } = this.years;
    return y >= 0 && this.t.end[i]! - this.t.start[i]! === 4 && y >= earliestYear && y <= latestYear
      ? y
      : null;
  }

  /**
   * A month name at `i`. Abbreviations and the month words that are also verbs or names (may, march,
   * August) count only when capitalised; `needDate` callers decide whether a day or year must follow.
   */
  month(i: number): MonthAt | null {
    if (!this.isWord(i)) return null;
    const h = this.t.hash[i]!;
    const m = MONTHS.get(h);
    if (m === undefined) return null;
    if ((MONTH_ABBREVIATIONS.has(h) || AMBIGUOUS_MONTHS.has(h)) && this.t.cap[i] !== 1) return null;
    const dot =
      MONTH_ABBREVIATIONS.has(h) && this.isPunct(i + 1, '.') && this.t.start[i + 1] === this.t.end[i];
    return { m, last: dot ? i + 1 : i };
  }

  /** Whether the sentence holding token `i` speaks of the future ("will", "is set to", "next"…). */
  future(i: number): boolean {
    const s = this.t.sentence[i] ?? -1;
    if (s < 0) return false;
    const known = this.futureBySentence.get(s);
    if (known !== undefined) return known;
    let a = i;
    while (a > 0 && this.t.sentence[a - 1] === s) a--;
    let found = false;
    for (let k = a; k < this.t.count && this.t.sentence[k] === s && !found; k++) found = this.futureAt(k);
    this.futureBySentence.set(s, found);
    return found;
  }

  /** Whether token `k` is a future marker. */
  futureAt(k: number): boolean {
    if (!this.isWord(k)) return false;
    const h = this.t.hash[k]!;
    // "Will" capitalised is as often Will Smith as a question
    if (h === WILL) return this.t.cap[k] !== 1;
    // "next to him" is a place, not a time
    if (h === NEXT && this.hash(k + 1) === TO) return false;
    if (FUTURE_MARKERS.has(h)) return true;
    if (FUTURE_AFTER_BE.has(h) && BE_FORMS.has(this.prev(k))) return true;
    // "she'll", "they’ll": read from the character codes, no string per token
    const e = this.t.end[k]!;
    return e - this.t.start[k]! > 3 && endsWithContraction(this.text, e, 108, 108);
  }
}

/**
 * Whether `text` before `end` ends with an apostrophe (' or ’) and the two letters `a`, `b` (lower
 * case codes, matched in any case): "'ll", "’ve".
 */
export function endsWithContraction(text: string, end: number, a: number, b: number): boolean {
  const q = text.charCodeAt(end - 3);
  return (
    (q === 39 || q === 0x2019) &&
    (text.charCodeAt(end - 2) | 32) === a &&
    (text.charCodeAt(end - 1) | 32) === b
  );
}
