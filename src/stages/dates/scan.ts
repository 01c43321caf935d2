/**
 * The date matchers: one pass over the tokens, trying at each token the expressions that can start
 * there, longest first, and skipping past whatever matched so that no token is read twice as a date.
 */
import { DATE_DEFAULTS, type DateOptions } from './options.ts';
import {
  AMBIGUOUS_SEASONS,
  COUNT_NOUNS,
  NOT_PLURAL,
  DATE_CONTEXT,
  DATE_JOINERS,
  MONTHS,
  RELATIVE_DAYS,
  SEASONS,
  WEEKDAYS,
  YEAR_CONTEXT,
} from '../../lexicon/calendar.ts';
import { hashWord, THE, WordMap, WordSet } from '../../core/hash.ts';
import { type Tokens, TokenKind } from '../../pipeline/doc.ts';
import type { DateMention } from '../../report/schema.ts';
import { Cursor } from './cursor.ts';
import { agoAt, forAt, MODES, modifierAt, type Match, recentAt } from './relative.ts';
import {
  absolute,
  decade,
  type Mode,
  monthDay,
  monthOfYear,
  monthOnly,
  monthYear,
  onDay,
  type Resolution,
  relativeDay,
  season,
  weekdayNamed,
  year,
  years,
} from './resolve.ts';
import { parseDay, weekday, ymd } from './days.ts';

const H = {
  ago: hashWord('ago'),
  of: hashWord('of'),
  the: THE,
  for: hashWord('for'),
  recent: hashWord('recent'),
  year: hashWord('year'),
};
const ARTICLES = new WordSet([H.the, hashWord('a'), hashWord('an')]);
const YEAR_OFFSETS = new WordMap([
  [hashWord('last'), -1],
  [hashWord('this'), 0],
  [hashWord('next'), 1],
]);
/**
 * Every word a word-led expression can open with, by its hash or by its hash without a possessive:
 * relative days, "for", "recent", last/this/next/past, months, weekdays and seasons. A word outside it
 * that opens with neither a digit nor "mid-" can only start an "ago" expression, so the matchers are
 * not tried one by one at the most common tokens.
 */
const OPENERS = new WordSet([
  ...RELATIVE_DAYS.keys(),
  H.for,
  H.recent,
  ...MODES.keys(),
  ...MONTHS.keys(),
  ...WEEKDAYS.keys(),
  ...SEASONS.keys(),
]);
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DECADE = /^(1[89]\d0|20\d0)s$/;
const YEAR_WORD = /^(?:mid-)?(\d{4})(?:['’]s)?$/i;
const YEAR_RANGE = /^((?:18|19|20)\d\d)-((?:18|19|20)\d\d)$/;

/** The matching state: the cursor, the article date and where the last date ended. */
export class DateScanner {
  readonly c: Cursor;
  /** Index of the last token of the previous date found, for "between 2019 and 2021". */
  private lastEnd = -10;
  /** Index of the next "ago" after the token last asked about (`count` when there is none). */
  private nextAgo = -1;

  constructor(
    text: string,
    t: Tokens,
    readonly anchor: number | null,
    options: DateOptions = DATE_DEFAULTS,
  ) {
    this.c = new Cursor(text, t, options);
  }

  /** Every date expression in the document, in text order. */
  scan(): DateMention[] {
    const { t, text } = this.c;
    const out: DateMention[] = [];
    for (let i = 0; i < t.count; i++) {
      const m = t.kind[i] === TokenKind.punct ? null : this.at(i);
      if (!m) continue;
      const start = t.start[m.first]!;
      // "last year's tour": the date is "last year"
      const end = t.end[m.last]! - this.c.possessive(m.last);
      // written out, not `...m.res`: a spread object gets a hidden class of its own
      const r = m.res;
      out.push({
        start,
        end,
        text: text.slice(start, end),
        resolved: r.resolved,
        precision: r.precision,
        rule: r.rule,
      });
      this.lastEnd = m.last;
      i = m.last;
    }
    return out;
  }

  /**
   * Whether "ago" comes within four tokens after `i`, where an "ago" expression must end: most
   * tokens are passed without trying one. `at` asks in increasing `i`, so the search moves forward only.
   */
  private agoNear(i: number): boolean {
    if (this.nextAgo <= i) {
      const t = this.c.t;
      let k = i + 1;
      while (k < t.count && t.hash[k] !== H.ago) k++;
      this.nextAgo = k;
    }
    return this.nextAgo <= i + 4;
  }

  /** An "ago" expression at `i`, tried only when an "ago" is near. */
  private ago(i: number): Match | null {
    return this.agoNear(i) ? agoAt(this, i) : null;
  }

  /** Whether a word before `i` makes what follows a date: "in May", or "and" right after a date. */
  private dated(i: number): boolean {
    const p = this.c.prev(i);
    return DATE_CONTEXT.has(p) || (DATE_JOINERS.has(p) && this.lastEnd === i - 2);
  }

  /** The tense-driven mode of a relative expression at `i`. */
  tense(i: number): Mode {
    return this.c.future(i) ? 'future' : 'past';
  }

  /** The expression starting at token `i`; a number can only start a day-first date, an "ago" or a year. */
  private at(i: number): Match | null {
    const c = this.c;
    const h = c.hash(i);
    if (c.t.kind[i] === TokenKind.number) return this.dayLed(i) ?? this.ago(i) ?? this.bareYear(i);
    // only a word opening with a digit can be an ISO date: no string is built for the others
    const d0 = c.text.charCodeAt(c.t.start[i]!);
    const digit = d0 >= 48 && d0 <= 57;
    // bounds tested, not read past (a read past the end of the text deoptimises `at`)
    const mid =
      (d0 | 32) === 109 && c.t.start[i]! + 3 < c.text.length && c.text.charCodeAt(c.t.start[i]! + 3) === 45;
    if (!digit && !mid && !OPENERS.has(h) && (c.possessive(i) === 0 || !OPENERS.has(c.base(i))))
      return this.ago(i);
    const iso = digit ? ISO.exec(c.word(i)) : null;
    if (iso) {
      const n = parseDay(iso[0]);
      return n === null ? null : { first: i, last: i, res: onDay(n, 'absolute') };
    }
    const rel = RELATIVE_DAYS.get(h);
    if (rel !== undefined) return { first: i, last: i, res: relativeDay(rel, this.anchor) };
    if (h === H.for) return forAt(this, i);
    if (h === H.recent) return recentAt(this, i);
    return (
      modifierAt(this, i) ??
      this.weekdayLed(i, null) ??
      this.monthLed(i, true) ??
      this.seasonAt(i) ??
      this.dayLed(i) ??
      this.yearWord(i) ??
      this.ago(i)
    );
  }

  /**
   * "September 30, 2024", "Sept. 30", "September 2022", "May of 2019", and — when `alone` — a month
   * on its own after a date preposition ("in May").
   */
  monthLed(i: number, alone: boolean): Match | null {
    const c = this.c;
    const mo = c.month(i);
    if (!mo) return null;
    const j = mo.last + 1;
    const d = c.together(i, j) ? c.day(j) : null;
    if (d !== null) {
      const w = this.withYear(mo.m, d, j + 1, i);
      return { first: i, last: w.last, res: w.res };
    }
    let y = c.together(i, j) ? c.year(j) : null;
    if (y !== null) return { first: i, last: j, res: monthYear(y, mo.m) };
    y = c.hash(j) === H.of && c.together(i, j + 1) ? c.year(j + 1) : null;
    if (y !== null) return { first: i, last: j + 1, res: monthYear(y, mo.m) };
    // "December of last year"
    const offset =
      c.hash(j) === H.of && c.hash(j + 2) === H.year ? YEAR_OFFSETS.get(c.hash(j + 1)) : undefined;
    if (offset !== undefined && c.together(i, j + 2)) {
      return { first: i, last: j + 2, res: monthOfYear(mo.m, offset, this.anchor) };
    }
    if (!alone || mo.last !== i || !this.dated(i)) return null;
    return { first: i, last: i, res: monthOnly(mo.m, this.anchor, this.tense(i)) };
  }

  /** A month and day, then a year if one follows ("30 September 2024", "September 30, 2024"). */
  private withYear(m: number, d: number, k: number, from: number): { last: number; res: Resolution } {
    const c = this.c;
    const comma = c.isPunct(k, ',') ? 1 : 0;
    const y = c.together(from, k + comma) ? c.year(k + comma) : null;
    if (y !== null) return { last: k + comma, res: absolute(y, m, d) };
    return { last: k - 1, res: monthDay(m, d, this.anchor, this.c.future(from)) };
  }

  /** "30 September 2024", "30th of September", "30 Sept." */
  dayLed(i: number): Match | null {
    const c = this.c;
    const d = c.day(i);
    if (d === null) return null;
    let j = i + 1;
    if (c.hash(j) === H.of) j++;
    const mo = c.together(i, j) ? c.month(j) : null;
    if (!mo) return null;
    const w = this.withYear(mo.m, d, mo.last + 1, i);
    return { first: i, last: w.last, res: w.res };
  }

  /** "Friday, September 30, 2024", "Monday, June 13", or a weekday alone ("on Friday"). */
  weekdayLed(i: number, mode: Mode | null): Match | null {
    const c = this.c;
    const w = WEEKDAYS.get(c.base(i));
    if (w === undefined) return null;
    const j = c.isPunct(i + 1, ',') ? i + 2 : i + 1;
    if (c.together(i, j) && c.possessive(i) === 0) {
      const dated = this.monthLed(j, false) ?? this.dayLed(j);
      if (dated && dated.res.precision === 'day')
        return { first: i, last: dated.last, res: this.byWeekday(dated.res, w) };
    }
    // "the Sunday Times", "Saturday Night Live", "Primetime Thursday": a weekday in a name
    const afterName =
      i > 0 &&
      c.t.cap[i - 1] === 1 &&
      c.isWord(i - 1) &&
      i >= 2 &&
      c.together(i - 2, i - 1) &&
      c.together(i - 1, i);
    if (mode === null && (c.prev(i) === H.the || this.beforeName(i) || afterName)) return null;
    return { first: i, last: i, res: weekdayNamed(w, this.anchor, mode ?? this.tense(i)) };
  }

  /**
   * A yearless date with a weekday ("Monday, July 16"): when the tense's year puts it on another weekday
   * but the other side of the article date matches, the text's own weekday decides the year.
   */
  private byWeekday(res: Resolution, w: number): Resolution {
    if (res.rule !== 'month-day-past' && res.rule !== 'month-day-future') return res;
    const n = parseDay(res.resolved);
    if (n === null || weekday(n) === w) return res;
    const { m, d } = ymd(n);
    const other = monthDay(m, d, this.anchor, res.rule === 'month-day-past');
    const o = parseDay(other.resolved);
    // the fields written out rather than spread: a spread object gets a hidden class of its own
    return o !== null && weekday(o) === w
      ? { resolved: other.resolved, precision: other.precision, rule: 'month-day-weekday' }
      : res;
  }

  /** "summer 2019", "summer of 2019", "in the summer". */
  seasonAt(i: number): Match | null {
    const c = this.c;
    const first = SEASONS.get(c.base(i));
    if (first === undefined) return null;
    let y = c.together(i, i + 1) ? c.year(i + 1) : null;
    if (y !== null) return { first: i, last: i + 1, res: season(first, this.anchor, y) };
    y = c.hash(i + 1) === H.of && c.together(i, i + 2) ? c.year(i + 2) : null;
    if (y !== null) return { first: i, last: i + 2, res: season(first, this.anchor, y) };
    if (AMBIGUOUS_SEASONS.has(c.base(i)) || this.beforeName(i)) return null;
    const p = c.prev(i);
    if (!DATE_CONTEXT.has(p) && !(p === H.the && DATE_CONTEXT.has(c.prev(i - 1)))) return null;
    return { first: i, last: i, res: season(first, this.anchor, this.tense(i)) };
  }

  /** Whether a capitalised word follows `i` in its sentence, as in a name ("Summer Walker"). */
  private beforeName(i: number): boolean {
    const c = this.c;
    return c.together(i, i + 1) && c.isWord(i + 1) && c.t.cap[i + 1] === 1 && !c.month(i + 1);
  }

  /** "1990s", "2000-2005", "2019's", "mid-2019". */
  private yearWord(i: number): Match | null {
    // every form opens with a digit or with "mid-": other words are passed without building a string
    const { t, text } = this.c;
    const s = t.start[i]!;
    const d0 = text.charCodeAt(s);
    if ((d0 < 48 || d0 > 57) && !((d0 | 32) === 109 && text.charCodeAt(s + 3) === 45 && t.end[i]! - s >= 8))
      return null;
    const w = this.c.word(i);
    const dec = DECADE.exec(w);
    if (dec) return { first: i, last: i, res: decade(Number(dec[1])) };
    const span = YEAR_RANGE.exec(w);
    if (span && Number(span[1]) < Number(span[2])) {
      return { first: i, last: i, res: years(Number(span[1]), Number(span[2])) };
    }
    const m = YEAR_WORD.exec(w);
    const y = m ? Number(m[1]) : 0;
    // the stage's own year range, as for a bare year (cursor.year), not a copy of its defaults
    const { earliestYear, latestYear } = this.c.years;
    return y >= earliestYear && y <= latestYear ? { first: i, last: i, res: year(y) } : null;
  }

  /** A four-digit year in year context: "in 2019", "between 2019 and 2021", "the 2019 Met Gala". */
  private bareYear(i: number): Match | null {
    const c = this.c;
    const y = c.year(i);
    if (y === null) return null;
    const next = i + 1;
    const nextWord = c.together(i, next) && c.isWord(next) && c.t.cap[next] !== 1 ? c.word(next) : '';
    // "of 2000 fans": a count, not a year
    if (COUNT_NOUNS.has(c.hash(next)) && nextWord !== '') return null;
    if (/^[a-z]+[^s]s$/.test(nextWord) && !NOT_PLURAL.has(c.hash(next))) return null;
    const p = c.prev(i);
    const ok =
      YEAR_CONTEXT.has(p) ||
      (DATE_JOINERS.has(p) && this.lastEnd === i - 2) ||
      // "the 2019 Met Gala", "a 2017 interview": a year naming an occasion (plural counts are out above)
      (ARTICLES.has(p) && c.together(i, next) && c.isWord(next)) ||
      // "Emma (1996)": a film's or book's year
      (c.isPunct(i - 1, '(') && c.isPunct(next, ')'));
    return ok ? { first: i, last: i, res: year(y) } : null;
  }
}
