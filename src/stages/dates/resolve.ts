/**
 * Resolution of parsed date expressions against the article date (a day number, or null when the
 * article has none). The rules themselves are documented at the top of `../dates.ts`.
 */
import type { DateMention } from '../../report/schema.ts';
import {
  addMonths,
  dayNumber,
  isoDay,
  isoMonth,
  isoRange,
  isRealDay,
  mondayOf,
  weekday,
  ymd,
} from './days.ts';

/** What a date expression resolves to. */
export type Resolution = Pick<DateMention, 'resolved' | 'precision' | 'rule'>;

/** A time unit of relative expressions. */
export type Unit = 'day' | 'week' | 'month' | 'year' | 'decade';

/** How a relative expression points: explicitly (last/this/next) or by the sentence's tense. */
export type Mode = 'last' | 'this' | 'next' | 'past' | 'future';

/** A relative expression that needs the article date it does not have. */
const undated = (precision: Resolution['precision']): Resolution => ({
  resolved: null,
  precision,
  rule: 'no-article-date',
});

/** A day. */
export const onDay = (n: number, rule: string): Resolution => ({
  resolved: isoDay(n),
  precision: 'day',
  rule,
});

/** A fully given date ("30 September 2024"); an impossible one resolves to null. */
export function absolute(y: number, m: number, d: number): Resolution {
  if (!isRealDay(y, m, d)) return { resolved: null, precision: 'day', rule: 'impossible-date' };
  return onDay(dayNumber(y, m, d), 'absolute');
}

/** A month and day with no year: the latest on or before the article date, or the next on or after. */
export function monthDay(m: number, d: number, anchor: number | null, future: boolean): Resolution {
  if (d > 31 || !isRealDay(2024, m, d)) return { resolved: null, precision: 'day', rule: 'impossible-date' };
  if (anchor === null) return undated('day');
  const y0 = ymd(anchor).y;
  // 29 February may need up to eight years to come round again
  for (let k = 0; k < 9; k++) {
    const y = future ? y0 + k : y0 - k;
    if (!isRealDay(y, m, d)) continue;
    const n = dayNumber(y, m, d);
    if (future ? n >= anchor : n <= anchor) return onDay(n, future ? 'month-day-future' : 'month-day-past');
  }
  return undated('day');
}

/** A month named alone ("in May", "last September"). */
export function monthOnly(m: number, anchor: number | null, mode: Mode): Resolution {
  if (anchor === null) return undated('month');
  const a = ymd(anchor);
  let y = a.y;
  if (mode === 'past' && m > a.m) y--;
  else if (mode === 'last' && m >= a.m) y--;
  else if (mode === 'future' && m < a.m) y++;
  else if (mode === 'next' && m <= a.m) y++;
  return { resolved: isoMonth(y, m), precision: 'month', rule: `month-${mode}` };
}

/** A month of the year before, of or after the article's ("December of last year"). */
export function monthOfYear(m: number, offset: number, anchor: number | null): Resolution {
  if (anchor === null) return undated('month');
  return { resolved: isoMonth(ymd(anchor).y + offset, m), precision: 'month', rule: 'month-of-year' };
}

/** A month of a given year ("September 2022"). */
export const monthYear = (y: number, m: number): Resolution => ({
  resolved: isoMonth(y, m),
  precision: 'month',
  rule: 'month-year',
});

/** A year ("in 2019"). */
export const year = (y: number, rule = 'year'): Resolution => ({
  resolved: String(y).padStart(4, '0'),
  precision: 'year',
  rule,
});

/** A span of years ("2000-2005"). */
export const years = (from: number, to: number): Resolution => ({
  resolved: isoRange(dayNumber(from, 1, 1), dayNumber(to, 12, 31)),
  precision: 'range',
  rule: 'year-range',
});

/** A decade ("the 1990s"). */
export const decade = (y: number): Resolution => ({
  resolved: isoRange(dayNumber(y, 1, 1), dayNumber(y + 9, 12, 31)),
  precision: 'range',
  rule: 'decade',
});

/** The season starting in month `first` of year `y` (winter runs December–February). */
const seasonOf = (first: number, y: number): [number, number] => [
  dayNumber(y, first, 1),
  dayNumber(y, first + 3, 0),
];

/** A season: of a given year, or relative to the article date. */
export function season(first: number, anchor: number | null, mode: Mode | number): Resolution {
  const range = (y: number, rule: string): Resolution => {
    const [a, b] = seasonOf(first, y);
    return { resolved: isoRange(a, b), precision: 'range', rule };
  };
  if (typeof mode === 'number') return range(mode, 'season');
  if (anchor === null) return undated('range');
  const y0 = ymd(anchor).y;
  // the instance holding the article date if any, else the one starting in the article's year
  let thisY = y0;
  const [pa, pb] = seasonOf(first, y0 - 1);
  if (anchor >= pa && anchor <= pb) thisY = y0 - 1;
  if (mode === 'this') return range(thisY, 'season');
  if (mode === 'next') return range(thisY + 1, 'season');
  if (mode === 'last') {
    let y = thisY;
    while (seasonOf(first, y)[1] >= anchor) y--;
    return range(y, 'season');
  }
  if (mode === 'past') {
    let y = thisY;
    while (seasonOf(first, y)[0] > anchor) y--;
    return range(y, 'season-past');
  }
  let y = thisY - 1;
  while (seasonOf(first, y)[1] < anchor) y++;
  return range(y, 'season-future');
}

/** A weekday named alone ("on Friday", "last Friday", "next Friday"). */
export function weekdayNamed(w: number, anchor: number | null, mode: Mode): Resolution {
  if (anchor === null) return undated('day');
  const back = (((weekday(anchor) - w) % 7) + 7) % 7;
  const ahead = (((w - weekday(anchor)) % 7) + 7) % 7;
  if (mode === 'last') return onDay(anchor - (back === 0 ? 7 : back), 'weekday-past');
  if (mode === 'past') return onDay(anchor - back, 'weekday-past');
  if (mode === 'future') return onDay(anchor + ahead, 'weekday-future');
  if (mode === 'this') return onDay(anchor + ahead, 'weekday-next');
  // "next Friday": the Friday of next week, so that it differs from "this Friday"
  return onDay(mondayOf(anchor) + 7 + ((w + 6) % 7), 'weekday-next');
}

/** "yesterday", "today", "tomorrow": days from the article date. */
export const relativeDay = (offset: number, anchor: number | null): Resolution =>
  anchor === null ? undated('day') : onDay(anchor + offset, 'relative-day');

/**
 * The Saturday of "this weekend" (offset 0): the weekend nearest the article date, so that a Monday's
 * "this weekend" is the one just gone and a Thursday's the one to come; "last weekend" (-1) is the latest
 * one over before the article date, "next weekend" (+1) the one after this weekend or, if this weekend is
 * over, the coming one.
 */
function weekendSaturday(anchor: number, offset: -1 | 0 | 1): number {
  const wd = weekday(anchor);
  if (offset === -1) return anchor - (wd === 0 ? 7 : wd) - 1;
  const coming = anchor + ((6 - wd + 7) % 7);
  const current = wd === 1 || wd === 2 ? coming - 7 : wd === 0 ? anchor - 1 : coming;
  if (offset === 0) return current;
  return current < anchor - 1 ? coming : current + 7;
}

/** "last week", "this month", "next year", "last weekend": the calendar unit before, holding or after. */
export function relativeUnit(unit: Unit | 'weekend', offset: -1 | 0 | 1, anchor: number | null): Resolution {
  const precision = unit === 'month' ? 'month' : unit === 'year' ? 'year' : 'range';
  if (anchor === null) return undated(precision);
  if (unit === 'week' || unit === 'day') {
    const monday = mondayOf(anchor) + 7 * offset;
    return { resolved: isoRange(monday, monday + 6), precision: 'range', rule: 'relative-week' };
  }
  if (unit === 'weekend') {
    const saturday = weekendSaturday(anchor, offset);
    return { resolved: isoRange(saturday, saturday + 1), precision: 'range', rule: 'weekend' };
  }
  const a = ymd(anchor);
  if (unit === 'month') {
    const m = ymd(dayNumber(a.y, a.m + offset, 1));
    return { resolved: isoMonth(m.y, m.m), precision: 'month', rule: 'relative-month' };
  }
  const step = unit === 'decade' ? 10 : 1;
  return year(a.y + offset * step, 'relative-year');
}

/** "two years ago": the day, week, month or year that many units before the article date. */
export function ago(n: number, unit: Unit, anchor: number | null): Resolution {
  const precision = unit === 'day' ? 'day' : unit === 'week' ? 'range' : unit === 'month' ? 'month' : 'year';
  if (anchor === null) return undated(precision);
  if (unit === 'day') return onDay(anchor - n, 'ago');
  if (unit === 'week') {
    const monday = mondayOf(anchor - 7 * n);
    return { resolved: isoRange(monday, monday + 6), precision, rule: 'ago' };
  }
  if (unit === 'month') {
    const m = ymd(addMonths(anchor, -n));
    return { resolved: isoMonth(m.y, m.m), precision, rule: 'ago' };
  }
  return year(ymd(anchor).y - n * (unit === 'decade' ? 10 : 1), 'ago');
}

/** An expression too vague to place ("years ago", "a few weeks ago"). */
export const vague = (precision: Resolution['precision']): Resolution => ({
  resolved: null,
  precision,
  rule: 'vague',
});

/** "for months now", "for two years", "the past few weeks": a range ending at the article date. */
export function duration(n: number, unit: Unit, anchor: number | null): Resolution {
  if (anchor === null) return undated('range');
  let start = anchor - n;
  if (unit === 'week') start = anchor - 7 * n;
  else if (unit === 'month') start = addMonths(anchor, -n);
  else if (unit === 'year' || unit === 'decade')
    start = addMonths(anchor, -12 * n * (unit === 'decade' ? 10 : 1));
  return { resolved: isoRange(start, anchor), precision: 'range', rule: 'duration' };
}
