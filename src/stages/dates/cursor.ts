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
import { hashRange, hashWord } from '../../lexicon/hash.ts';
import { possessiveLength } from '../../segment/tokens.ts';
import { type Tokens, TokenKind } from '../../pipeline/doc.ts';

const WILL = hashWord('will');
const NEXT = hashWord('next');
const TO = hashWord('to');
const ORDINAL = /^(\d{1,2})(?:st|nd|rd|th)$/i;

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

  /** A plain integer token (no "2,000", no "3.5"), or null. */
  integer(i: number): number | null {
    if (i < 0 || i >= this.t.count || this.t.kind[i] !== TokenKind.number) return null;
    const s = this.word(i);
    return /^\d{1,4}$/.test(s) ? Number(s) : null;
  }

  /** A day of the month: "30" or "30th". */
  day(i: number): number | null {
    let d = this.integer(i);
    if (d !== null && this.word(i).length > 2) d = null;
    if (d === null && this.isWord(i)) {
      const m = ORDINAL.exec(this.word(i));
      d = m ? Number(m[1]) : null;
    }
    return d !== null && d >= 1 && d <= 31 ? d : null;
  }

  /** A four-digit year in the stage's range (1800 to 2099 by default). */
  year(i: number): number | null {
    const y = this.integer(i);
    const { earliestYear, latestYear } = this.years;
    return y !== null && this.word(i).length === 4 && y >= earliestYear && y <= latestYear ? y : null;
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
    const w = this.word(k);
    return w.length > 3 && /['’]ll$/i.test(w);
  }
}
