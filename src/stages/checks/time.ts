/**
 * Checks on the calendar alone, no KB needed: a weekday that does not fall on its date, and an event
 * told in the past tense but dated after the article was published.
 */
import type { CheckOptions } from './options.ts';
import { WEEKDAY_NAMES, WEEKDAYS } from '../../lexicon/calendar.ts';
import { ARTICLES, CLAUSE_JOINS, CLAUSE_WORDS } from '../../lexicon/checks.ts';
import { hashWord, wordSet } from '../../core/hash.ts';
import { type Doc, TokenKind } from '../../pipeline/doc.ts';
import type { Check, DateMention } from '../../report/schema.ts';
import { Cursor } from '../dates/cursor.ts';
import { bounds, isoDay, parseDay, weekday } from '../dates/days.ts';
import { isPast } from './tense.ts';
import { tokenAtOrAfter, tokenEndingBy } from '../../core/spans.ts';

/** Rules whose day comes with its own month and day, so a weekday next to it can be checked. */
const CALENDAR_RULES = new Set(['absolute', 'month-day-past', 'month-day-future', 'month-day-weekday']);

/** "Friday, September 30, 2024" where September 30, 2024 is not a Friday. */
function weekdayCheck(m: DateMention): Check | null {
  if (!CALENDAR_RULES.has(m.rule) || m.resolved === null) return null;
  const first = /^[A-Za-z]+/.exec(m.text)?.[0];
  const named = first ? WEEKDAYS.get(hashWord(first)) : undefined;
  const day = parseDay(m.resolved);
  if (named === undefined || day === null || first!.length === m.text.length) return null;
  const actual = weekday(day);
  const how =
    m.rule === 'month-day-past'
      ? 'read as the latest on or before the article date'
      : m.rule === 'month-day-future'
        ? 'read as the first on or after the article date'
        : 'the weekday places it in that year';
  const read = m.rule === 'absolute' ? '' : ` (no year given: ${how})`;
  const ok = actual === named;
  return {
    kind: 'weekday',
    status: ok ? 'consistent' : 'inconsistent',
    span: { start: m.start, end: m.end },
    detail: ok
      ? `${m.resolved} was a ${WEEKDAY_NAMES[actual]}, as the article says${read}.`
      : `The article says ${WEEKDAY_NAMES[named]}, but ${m.resolved} was a ${WEEKDAY_NAMES[actual]}${read}.`,
    evidence: [`${m.resolved} is a ${WEEKDAY_NAMES[actual]} (Gregorian calendar)`],
  };
}

/** Rules that chose the future from the sentence's tense: checking their tense again would be circular. */
const NOT_CHECKED = new Set([
  'month-day-future',
  'month-day-weekday',
  'month-future',
  'season-future',
  'weekday-future',
  'duration',
  'vague',
  'no-article-date',
  'impossible-date',
  'kb-event',
]);
const CLAUSE = wordSet(CLAUSE_WORDS);
/** After a comma these start a new clause: "Tomorrow is Fat Tuesday, and I've got…". */
const JOINS = wordSet(CLAUSE_JOINS);
const CLAUSE_MARKS = new Set([';', ':', '–', '—', '(', ')', '“', '”', '"']);
const ARTICLE_WORDS = wordSet(ARTICLES);

/** The first past-tense verb in the clause around tokens a..b, unless the clause speaks of the future. */
function pastVerbAround(c: Cursor, a: number, b: number, reach: number): string | null {
  const { t, text } = c;
  const stops = (k: number): boolean =>
    !c.together(k, a) ||
    (t.kind[k] === TokenKind.punct && CLAUSE_MARKS.has(text[t.start[k]!]!)) ||
    CLAUSE.has(t.hash[k]!) ||
    (JOINS.has(t.hash[k]!) && c.isPunct(k - 1, ','));
  let from = a;
  while (from > 0 && a - from < reach && !stops(from - 1)) from--;
  let to = b;
  while (to + 1 < t.count && to - b < reach && !stops(to + 1)) to++;
  let verb: string | null = null;
  for (let k = from; k <= to; k++) {
    if (k >= a && k <= b) continue;
    if (c.futureAt(k)) return null;
    if (verb || !c.isWord(k)) continue;
    // capitalised mid-sentence: a name ("Ted"), not a verb
    if (t.cap[k] === 1 && c.together(k - 1, k)) continue;
    const w = c.word(k).toLowerCase();
    if (isPast(w, c.word(k - 1).toLowerCase())) verb = c.word(k);
  }
  return verb;
}

/** A date after the article's own date, in a clause told in the past tense. */
function futureEventCheck(c: Cursor, m: DateMention, anchor: number, reach: number): Check | null {
  if (NOT_CHECKED.has(m.rule)) return null;
  const b = bounds(m.resolved);
  if (!b || b.first <= anchor) return null;
  const a = tokenAtOrAfter(c.t, m.start);
  const z = tokenEndingBy(c.t, m.end);
  // "the 2025 Invictus Games", "a 2026 tour", "2025's tour", "Emma (1996)": a year naming a thing, not
  // dating the clause's verb
  if (
    m.precision === 'year' &&
    (ARTICLE_WORDS.has(c.prev(a)) || c.isPunct(a - 1, '(') || c.possessive(a) > 0)
  )
    return null;
  const verb = pastVerbAround(c, a, z, reach);
  if (!verb) return null;
  const date = isoDay(anchor);
  return {
    kind: 'future-event',
    status: 'inconsistent',
    span: { start: m.start, end: m.end },
    detail: `The article tells this in the past tense ("${verb}"), but ${m.text} (${m.resolved}) comes after the article's own date, ${date}.`,
    evidence: [`article date: ${date}`],
  };
}

/** Weekday and future-event checks of a document's dates. */
export function timeChecks(doc: Doc, o: CheckOptions): Check[] {
  const out: Check[] = [];
  const anchor = parseDay(doc.meta.date);
  const c = new Cursor(doc.text, doc.tokens);
  for (const m of doc.dates) {
    const w = weekdayCheck(m);
    if (w) out.push(w);
    const f = anchor === null ? null : futureEventCheck(c, m, anchor, o.pastVerbReach);
    if (f) out.push(f);
  }
  return out;
}
