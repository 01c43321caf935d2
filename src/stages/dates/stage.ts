/**
 * Dates: every date expression in the article, resolved against the article's date (`meta.date`).
 *
 * Resolution rules (the `rule` each DateMention carries):
 *   absolute          "September 30, 2024", "30 September 2024", "Friday, September 30, 2024",
 *                     "2024-09-30", "30th of Sept. 2024" → that day. An impossible day ("February 30,
 *                     2024") resolves to null with rule `impossible-date`.
 *   month-day-past    a month and day with no year ("September 30", "Sept. 30", "30 September") → the
 *                     latest such day on or before the article date…
 *   month-day-future  …unless the sentence is about the future ("will", "'ll", "shall", "won't",
 *                     "next", "upcoming", "forthcoming", "plans", "planning", "hopes", "tomorrow", and
 *                     after a form of "be": "set to", "going to", "due to", "expected to", "scheduled
 *                     to"): then the first such day on or after the article date.
 *   month-day-weekday a yearless date with a weekday ("Monday, July 16") whose weekday does not fall on
 *                     the day the rules above choose but does on the one on the other side of the
 *                     article date: the text's weekday picks the year.
 *   month-year        "September 2022", "May of 2019" → YYYY-MM.
 *   month-of-year     "December of last year" → YYYY-MM of the year before (this/next: of/after) the
 *                     article's.
 *   year              a four-digit year (1800–2099) after a year preposition ("in", "since", "by",
 *                     "during", "of", "between"…), after "and"/"to" right after another date, after
 *                     "the"/"a" before a word ("the 2019 Met Gala", "a 2017 interview"), or in brackets
 *                     ("Emma (1996)"); also "2019's", "mid-2019". Not a year: "2,000", "the 2000 fans",
 *                     "of 2000 people" (a plural or count noun follows), ages ("Harry, 40", "the
 *                     42-year-old").
 *   year-range        "2000-2005" → 2000-01-01/2005-12-31.
 *   decade            "the 1990s" → 1990-01-01/1999-12-31.
 *   month-past / month-future / month-last / month-this / month-next
 *                     a month alone after a date word ("in May", "since March", "last September") →
 *                     YYYY-MM: the latest on or before the article's month (the next on or after in a
 *                     future sentence); "last" is strictly before, "next" strictly after, "this" is
 *                     the article's year.
 *   season            seasons are meteorological, northern hemisphere: spring March–May, summer
 *                     June–August, autumn/fall September–November, winter December–February (winter
 *                     YEAR starts in December of YEAR). "summer 2019" / "summer of 2019" → that one;
 *                     "this summer" → the one holding the article date, else the one starting in the
 *                     article's year; "next summer" → the one after that; "last summer" → the latest
 *                     one that ended before the article date. Resolved as START/END.
 *   season-past / season-future
 *                     a season after a date word ("in the summer") → the latest that has started by
 *                     the article date, or in a future sentence the first that has not yet ended.
 *   relative-day      "yesterday", "today", "tonight", "tomorrow", "last night", "this morning".
 *   weekday-past      "on Friday" → the latest Friday on or before the article date; "last Friday" →
 *                     the latest strictly before it.
 *   weekday-future    "on Friday" in a future sentence → the first Friday on or after the article date.
 *   weekday-next      "this Friday" → the first on or after the article date; "next Friday" → the
 *                     Friday of the next Monday–Sunday week.
 *   relative-week     "last week", "this week", "next week" → the Monday–Sunday week, as START/END.
 *   weekend           "this weekend" → the Saturday–Sunday nearest the article date (on a Monday or
 *                     Tuesday the one just gone, from Wednesday on the one to come); "last weekend" →
 *                     the latest one over before the article date; "next weekend" → the one after
 *                     this weekend, or the coming one if this weekend is over.
 *   relative-month    "last month", "this month", "next month" → YYYY-MM.
 *   relative-year     "last year", "this year", "next year" → YYYY.
 *   ago               "two days ago" → the day; "three weeks ago" → that Monday–Sunday week; "a month
 *                     ago" → YYYY-MM; "two years ago" → YYYY (the unit sets the precision).
 *   duration          "for months now", "for two years" (in a present-perfect sentence), "for the
 *                     past few weeks", "the past year", "last two years", "in recent months" → a range
 *                     ending at the article date and starting that many units before it; a vague
 *                     count ("months", "a few", "several") counts as two units, the least it can mean.
 *                     Approximate by nature: precision `range`.
 *   kb-event          a known event named by a knowledge-base alias ("the passing of the Queen",
 *                     "the King's coronation") → the date the knowledge base gives it.
 *   vague             "years ago", "a few weeks ago" → found but not placed: resolved null.
 *   no-article-date   any relative expression when the article has no date: resolved null (absolute
 *                     dates, month-year, years, decades and seasons of a given year still resolve).
 *
 * Ambiguity: month names that are also words or names (May, March, August, April, June) and
 * abbreviations count only when capitalised; alone (no day or year after them) a month needs a date
 * word before it, so "may" the verb, "march" the verb, "Theresa May" and "April Ryan" are not dates.
 * "fall" and "spring" need "this/last/next" or a year. A weekday alone inside a name ("the Sunday
 * Times", "Saturday Night Live", "Primetime Thursday") is not a date; "due to" and "as expected" do not
 * make a sentence future. Captions are read like any paragraph.
 */
import type { Doc, EventMention } from '../../pipeline/doc.ts';
import { defineStage } from '../../pipeline/stage.ts';
import type { DateMention } from '../../report/schema.ts';
import { parseDay } from './days.ts';
import { eventDate, namedEvents } from './events.ts';
import { DATE_DEFAULTS, DateOptions } from './options.ts';
import { DateScanner } from './scan.ts';

/** Finds and resolves the date expressions of a document's text, and the known events it names. */
export function findDates(
  doc: Pick<Doc, 'text' | 'tokens' | 'meta' | 'kb' | 'entities'>,
  o: DateOptions = DATE_DEFAULTS,
): {
  dates: DateMention[];
  events: EventMention[];
} {
  const scanner = new DateScanner(doc.text, doc.tokens, parseDay(doc.meta.date), o);
  const events = namedEvents(doc, scanner.c);
  // concat, not a spread of the two: a spread's inlined iteration deoptimised on each new array kind
  const dates = scanner.scan().concat(events.map((n) => eventDate(n, doc.text)));
  return { dates: dates.sort((a, b) => a.start - b.start), events };
}

/** The dates stage: resolves every date expression against the article date. */
export const datesStage = defineStage({
  name: 'dates',
  about: 'Date expressions resolved against the article date; dates of known events named',
  needs: ['tokens', 'entities'],
  gives: ['dates', 'events'],
  options: DateOptions,
  run: (doc, o) => findDates(doc, o),
});
