/**
 * The check every report passes beyond its shape (issue 16): each span, wherever it sits, is a real
 * range of `report.text` — `0 ≤ start ≤ end ≤ text.length` — so `text.slice(start, end)` is what it says.
 */

/** One span that is not a range of the text, with its path in the report ("quotes.3.cue"). */
export interface BadSpan {
  readonly path: string;
  readonly start: unknown;
  readonly end: unknown;
}

/** Every object with numeric `start` and `end` anywhere in the value, checked against a text length. */
export function badSpans(value: unknown, textLength: number, path = '', out: BadSpan[] = []): BadSpan[] {
  if (value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++)
      badSpans(value[i], textLength, path ? `${path}.${i}` : String(i), out);
    return out;
  }
  const o = value as Record<string, unknown>;
  if (typeof o.start === 'number' && typeof o.end === 'number') {
    if (!(o.start >= 0 && o.start <= o.end && o.end <= textLength))
      out.push({ path, start: o.start, end: o.end });
  }
  for (const [k, v] of Object.entries(o))
    if (v !== null && typeof v === 'object') badSpans(v, textLength, path ? `${path}.${k}` : k, out);
  return out;
}
