/**
 * Matchers for relative expressions: "last Friday", "this summer", "next week", "two years ago",
 * "for months now", "the past few years", "in recent months".
 */
import { NUMBER_WORDS, SEASONS, UNITS, VAGUE_COUNTS, WEEKDAYS } from '../../lexicon/calendar.ts';
import { hashWord, WordMap, wordSet } from '../../core/hash.ts';
import { endsWithContraction } from './cursor.ts';
import {
  ago,
  duration,
  type Mode,
  monthOnly,
  relativeDay,
  relativeUnit,
  type Resolution,
  season,
  type Unit,
  vague,
} from './resolve.ts';
import type { DateScanner } from './scan.ts';

/** A matched expression: its first and last token and what it resolves to. */
export interface Match {
  readonly first: number;
  readonly last: number;
  readonly res: Resolution;
}

const h = hashWord;
const H = {
  last: h('last'),
  this: h('this'),
  next: h('next'),
  past: h('past'),
  the: h('the'),
  a: h('a'),
  an: h('an'),
  of: h('of'),
  ago: h('ago'),
  now: h('now'),
  night: h('night'),
  weekend: h('weekend'),
  couple: h('couple'),
  had: h('had'),
  been: h('been'),
};
const TODAY_PARTS = wordSet(['morning', 'afternoon', 'evening']);
const PERFECT = wordSet(['has', 'have', "hasn't", "haven't", 'hasnt', 'havent']);
/** The words that open a modified expression ("last Friday", "this summer", "past year") → their mode. */
export const MODES: ReadonlyMap<number, Mode> = new WordMap<Mode>([
  [H.last, 'last'],
  [H.this, 'this'],
  [H.next, 'next'],
  [H.past, 'last'],
]);

/** A count before a unit: a number, "two", "a", "a couple of" (2), or vague ("a few", "several": null). */
function count(s: DateScanner, i: number): { n: number | null; last: number } | null {
  const c = s.c;
  const w = c.hash(i);
  if ((w === H.a || w === H.an) && VAGUE_COUNTS.has(c.hash(i + 1))) {
    const couple = c.hash(i + 1) === H.couple;
    const last = c.hash(i + 2) === H.of ? i + 2 : i + 1;
    return { n: couple ? 2 : null, last };
  }
  if (VAGUE_COUNTS.has(w)) return { n: null, last: c.hash(i + 1) === H.of ? i + 1 : i };
  const n = NUMBER_WORDS.get(w) ?? c.integer(i);
  return n !== null && n > 0 && n < 1000 ? { n, last: i } : null;
}

/** The unit at token `u`, and whether it is written plural. */
function unitAt(s: DateScanner, u: number): { unit: Unit; plural: boolean } | null {
  const unit = UNITS.get(s.c.base(u));
  if (!unit) return null;
  // plural: the letter before any possessive ending is an s ("years", "months'", "weeks’")
  const last = s.c.t.end[u]! - s.c.possessive(u) - 1;
  return { unit, plural: (s.c.text.charCodeAt(last) | 32) === 115 };
}

/** "two years ago", "a month ago", "years ago" (vague: resolved null). */
export function agoAt(s: DateScanner, i: number): Match | null {
  // "ago" ends the expression at most four tokens on ("a couple of years ago"): test that first
  const c = s.c;
  if (
    c.hash(i + 1) !== H.ago &&
    c.hash(i + 2) !== H.ago &&
    c.hash(i + 3) !== H.ago &&
    c.hash(i + 4) !== H.ago
  )
    return null;
  const bare = unitAt(s, i);
  const cnt = bare ? null : count(s, i);
  const u = bare ? i : cnt ? cnt.last + 1 : -1;
  const unit = bare ?? (u >= 0 ? unitAt(s, u) : null);
  if (!unit || s.c.hash(u + 1) !== H.ago || !s.c.together(i, u + 1)) return null;
  const n = cnt?.n ?? null;
  const res = n === null ? vague(unit.unit === 'day' ? 'day' : 'range') : ago(n, unit.unit, s.anchor);
  return { first: i, last: u + 1, res };
}

/** Whether the sentence before `i` is in the present perfect ("has been … for two years"). */
function perfectBefore(s: DateScanner, i: number): boolean {
  const c = s.c;
  for (let k = i - 1; k >= 0 && c.together(k, i); k--) {
    const w = c.hash(k);
    if (
      PERFECT.has(w) ||
      (c.t.end[k]! - c.t.start[k]! >= 3 && endsWithContraction(c.text, c.t.end[k]!, 118, 101))
    )
      return true;
    if (w === H.been && c.hash(k - 1) !== H.had) return true;
  }
  return false;
}

/**
 * "for months now", "for two years", "for the past few weeks": a range ending at the article date.
 * Without "now" or "the past", only a present-perfect sentence ties the span to the article date.
 */
export function forAt(s: DateScanner, i: number): Match | null {
  const c = s.c;
  let j = i + 1;
  let explicit = false;
  if (c.hash(j) === H.the && (c.hash(j + 1) === H.past || c.hash(j + 1) === H.last)) {
    j += 2;
    explicit = true;
  }
  const cnt = count(s, j);
  const u = cnt ? cnt.last + 1 : j;
  const unit = unitAt(s, u);
  if (!unit || !c.together(i, u) || (!cnt && !unit.plural)) return null;
  let last = u;
  if (c.hash(u + 1) === H.now && c.together(u, u + 1)) {
    last = u + 1;
    explicit = true;
  }
  if (!explicit && !perfectBefore(s, i)) return null;
  return { first: i, last, res: duration(cnt?.n ?? 2, unit.unit, s.anchor) };
}

/** "recent months", "recent years": at least two units up to the article date. */
export function recentAt(s: DateScanner, i: number): Match | null {
  const unit = unitAt(s, i + 1);
  if (!unit?.plural || !s.c.together(i, i + 1)) return null;
  return { first: i, last: i + 1, res: duration(2, unit.unit, s.anchor) };
}

/** "last/this/next/past" followed by a weekday, month, season, unit, or a count of units. */
export function modifierAt(s: DateScanner, i: number): Match | null {
  const c = s.c;
  let mode = MODES.get(c.hash(i));
  if (!mode) return null;
  const past = c.hash(i) === H.past;
  let j = i + 1;
  if (mode === 'this' && c.hash(j) === H.past) {
    mode = 'last';
    j++;
  }
  if (!c.together(i, j) || !c.isWord(j)) return null;
  const hj = c.base(j);
  if (WEEKDAYS.has(hj)) {
    const m = s.weekdayLed(j, mode);
    if (!m) return null;
    return m.last > j ? m : { first: i, last: j, res: m.res };
  }
  const mo = c.month(j);
  if (mo) {
    const followed = c.day(mo.last + 1) !== null || c.year(mo.last + 1) !== null;
    return followed || mo.last !== j ? null : { first: i, last: j, res: monthOnly(mo.m, s.anchor, mode) };
  }
  const first = SEASONS.get(hj);
  if (first !== undefined) return { first: i, last: j, res: season(first, s.anchor, mode) };
  if (hj === H.night && mode === 'last') return { first: i, last: j, res: relativeDay(-1, s.anchor) };
  if (TODAY_PARTS.has(hj) && mode === 'this') return { first: i, last: j, res: relativeDay(0, s.anchor) };
  const unit = hj === H.weekend ? null : unitAt(s, j);
  if (hj === H.weekend || (unit && !unit.plural && unit.unit !== 'day')) {
    // "the last year" and "the past year" are the twelve months up to now; "last year" is the calendar one
    if (unit && (past || c.prev(i) === H.the || unit.unit === 'decade')) {
      return mode === 'next' ? null : { first: i, last: j, res: duration(1, unit.unit, s.anchor) };
    }
    const offset = mode === 'last' ? -1 : mode === 'next' ? 1 : 0;
    return { first: i, last: j, res: relativeUnit(unit?.unit ?? 'weekend', offset, s.anchor) };
  }
  const cnt = mode === 'next' ? null : count(s, j);
  const counted = cnt ? unitAt(s, cnt.last + 1) : null;
  if (!cnt || !counted?.plural || !c.together(i, cnt.last + 1)) return null;
  return { first: i, last: cnt.last + 1, res: duration(cnt.n ?? 2, counted.unit, s.anchor) };
}
