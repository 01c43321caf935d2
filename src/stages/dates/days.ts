/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian, UTC): integers
 * compare and subtract directly, and UTC never shifts a day the way a local-time `Date` can.
 */

const MS_PER_DAY = 86_400_000;

/** A calendar date split into parts; month and day count from 1. */
export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Day number of a date; the parts may overflow (month 13 is January of the next year). */
export const dayNumber = (y: number, m: number, d: number): number =>
  Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);

/** The parts of a day number. */
export function ymd(n: number): Ymd {
  const t = new Date(n * MS_PER_DAY);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Whether y-m-d names a real day (no 30 February). */
export function isRealDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

/** Days in a month. */
export const daysInMonth = (y: number, m: number): number => ymd(dayNumber(y, m + 1, 0)).d;

/**
 * The one age function: whole years from a birth date of any precision (YYYY-MM-DD, YYYY-MM or YYYY)
 * to day number `on`, as [least, most]; equal when the birthday is known. A partial birth date gives
 * both ages the person may be ("born 1984" is 39 or 40 on 8 October 2024). Null if unreadable.
 */
export function ageRange(born: string | null, on: number | null): readonly [number, number] | null {
  const b = born ? bounds(born) : null;
  if (!b || on === null) return null;
  const d = ymd(on);
  const years = (from: number): number => {
    const f = ymd(from);
    return d.y - f.y - (d.m < f.m || (d.m === f.m && d.d < f.d) ? 1 : 0);
  };
  return [years(b.last), years(b.first)];
}

/** YYYY-MM-DD of a day number. */
export function isoDay(n: number): string {
  const { y, m, d } = ymd(n);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** YYYY-MM of a month. */
export const isoMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;

/** START/END of a range of day numbers. */
export const isoRange = (a: number, b: number): string => `${isoDay(a)}/${isoDay(b)}`;

/** Day of the week, Sunday = 0; 1970-01-01 was a Thursday. */
export const weekday = (n: number): number => (((n + 4) % 7) + 7) % 7;

/** Monday of the week holding a day (weeks run Monday–Sunday, as ISO 8601 and British usage count them). */
export const mondayOf = (n: number): number => n - ((weekday(n) + 6) % 7);

/** The same day `k` months later, clamped to the month's end (31 March − 1 month = 29 February). */
export function addMonths(n: number, k: number): number {
  const { y, m, d } = ymd(n);
  const first = ymd(dayNumber(y, m + k, 1));
  return dayNumber(first.y, first.m, Math.min(d, daysInMonth(first.y, first.m)));
}

/** Day number of a YYYY-MM-DD string, or null when it is not one. */
export function parseDay(s: string | null): number | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(s) : null;
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDay(y, mo, d) ? dayNumber(y, mo, d) : null;
}

/**
 * First and last day a resolved value covers: a day covers itself, YYYY-MM its month, YYYY its year,
 * START/END its range. Null for null or malformed values.
 */
export function bounds(resolved: string | null): { first: number; last: number } | null {
  if (!resolved) return null;
  const slash = resolved.indexOf('/');
  if (slash >= 0) {
    const first = parseDay(resolved.slice(0, slash));
    const last = parseDay(resolved.slice(slash + 1));
    return first === null || last === null ? null : { first, last };
  }
  const day = parseDay(resolved);
  if (day !== null) return { first: day, last: day };
  let m = /^(\d{4})-(\d{2})$/.exec(resolved);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    return { first: dayNumber(y, mo, 1), last: dayNumber(y, mo + 1, 0) };
  }
  m = /^(\d{4})$/.exec(resolved);
  if (m) return { first: dayNumber(Number(m[1]), 1, 1), last: dayNumber(Number(m[1]), 12, 31) };
  return null;
}
