/**
 * Calendar words for the dates stage: month and weekday names with the abbreviations AP and Guardian
 * style allow (Jan., Feb., Aug., Sept., Oct., Nov., Dec.; never May, June, July abbreviated), the four
 * northern-hemisphere meteorological seasons (as the Met Office counts them: spring = March–May), the
 * time units and number words of "two years ago", and the future markers that make a yearless date
 * point forward. Gathered from those style guides and from the date phrasing of celebrity copy.
 */
import { wordMap, wordSet } from '../core/hash.ts';

const numbered = (entries: Record<string, number>): ReadonlyMap<number, number> =>
  wordMap(Object.entries(entries));

/** Month names and their abbreviations → month number 1–12. */
export const MONTHS = numbered({
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
});

/** Month words that are also everyday words or names (may, march, august, April…): need date context. */
export const AMBIGUOUS_MONTHS = wordSet(['may', 'march', 'august', 'april', 'june', 'jan', 'mar', 'dec']);

/** Abbreviated month forms: only read as months when capitalised. */
export const MONTH_ABBREVIATIONS = wordSet(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** Weekday names → day of the week, Sunday = 0 (as `Date.getUTCDay`). */
export const WEEKDAYS = numbered({
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
});

/** English weekday names for details, Sunday = 0. */
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** Seasons → first month (meteorological, northern hemisphere); each lasts three months. */
export const SEASONS = numbered({ spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 });

/** Season words that are also verbs or names ("fall", "Summer Walker"): need "this/last/next" or a year. */
export const AMBIGUOUS_SEASONS = wordSet(['fall', 'spring']);

/** Units of "two years ago" and "for months now", singular and plural. */
export const UNITS: ReadonlyMap<number, 'day' | 'week' | 'month' | 'year' | 'decade'> = wordMap(
  (
    [
      ['day', 'day'], ['days', 'day'], ['week', 'week'], ['weeks', 'week'], ['month', 'month'],
      ['months', 'month'], ['year', 'year'], ['years', 'year'], ['decade', 'decade'], ['decades', 'decade'],
    ] as const
  ),
);

/** Number words of relative dates ("a month ago", "two years ago"). */
export const NUMBER_WORDS = numbered({
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, fifty: 50,
});

/** Vague counts ("a few", "several"): the range they give starts the minimum they imply, two units back. */
export const VAGUE_COUNTS = wordSet(['few', 'several', 'couple', 'many', 'some']);

/** "yesterday", "today"… → days from the article date. */
export const RELATIVE_DAYS = numbered({ yesterday: -1, today: 0, tonight: 0, tomorrow: 1 });

/**
 * Words that make a sentence about the future, so a yearless date in it points forward. "due",
 * "expected" and "scheduled" count only after a form of "be": "due to illness" and "as expected" are not
 * about the future.
 */
export const FUTURE_MARKERS = wordSet([
  'will', 'shall', 'next', 'upcoming', 'forthcoming', 'planning', 'plans', 'hopes', 'intends', "won't", 'wont',
  'tomorrow',
]);

/** Words that read as "is set to", "is going to": a future marker when a form of "be" precedes them. */
export const FUTURE_AFTER_BE = wordSet(['set', 'going', 'due', 'expected', 'scheduled', 'slated', 'poised']);

/** Forms of "be" before FUTURE_AFTER_BE words. */
export const BE_FORMS = wordSet(["is", 'are', 'am', 'was', 'were', "he's", "she's", "they're", "it's", "i'm", "we're", "you're", 'be']);

/** Words before a month or season alone that make it a date ("in May", not "May I" or "Theresa May"). */
export const DATE_CONTEXT = wordSet([
  'in', 'on', 'since', 'until', 'till', 'by', 'from', 'during', 'before', 'after', 'through', 'throughout',
  'of', 'early', 'late', 'around', 'over', 'into', 'last', 'this', 'next',
]);

/** Words that join a second date to a first ("between 2019 and 2021", "May to July"). */
export const DATE_JOINERS = wordSet(['and', 'or', 'to', 'through', 'until', 'till']);

/** Words before a bare four-digit year that make it a year ("in 2019", not "the 2000 fans"). */
export const YEAR_CONTEXT = wordSet([
  'in', 'since', 'until', 'till', 'by', 'from', 'during', 'before', 'after', 'through', 'throughout',
  'of', 'early', 'late', 'mid', 'between', 'around', 'circa', 'c', 'year',
]);

/** Plural nouns that mark a four-digit number as a count even after "in"/"of" ("of 2000 people"). */
export const COUNT_NOUNS = wordSet([
  'people', 'men', 'women', 'children', 'kids', 'staff', 'crew', 'police', 'personnel', 'feet', 'pounds',
  'dollars', 'euros', 'miles', 'metres', 'meters', 'calories', 'guests', 'fans', 'followers', 'words',
  'times', 'copies', 'acres', 'homes', 'square', 'per', 'percent',
]);

/** Lower-case words ending in -s that are not plural nouns, so a year before them is still a year. */
export const NOT_PLURAL = wordSet([
  'was', 'has', 'is', 'this', 'his', 'its', 'as', 'always', 'thus', 'perhaps', 'plus', 'whereas', 'across',
  'unless', 'yes', 'us', 'less', 'does',
]);
