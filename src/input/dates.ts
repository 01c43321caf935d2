/**
 * Date normalisation for page and feed metadata. A leading ISO date is taken literally rather than
 * through `Date`, so "2024-03-05T23:30:00-05:00" stays the publisher's local day, not UTC's.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const pad = (n: number): string => String(n).padStart(2, '0');

const build = (y: number, m: number, d: number): string | null => {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
};

const month = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** Normalises a date as pages and feeds write it (ISO 8601, RFC 822, "March 5, 2024") to YYYY-MM-DD, or null. */
export const toIsoDate = (raw: string | null | undefined): string | null => {
  const s = raw?.trim();
  if (!s) return null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/.exec(s);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(s);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(s);
  if (m && month(m[2]!) > 0) return build(Number(m[3]), month(m[2]!), Number(m[1]));
  m = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  if (m && month(m[1]!) > 0) return build(Number(m[3]), month(m[1]!), Number(m[2]));
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  return build(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
};
