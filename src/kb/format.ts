/**
 * The knowledge-base file format: JSON Lines, one person or event per line, discriminated on `kind`.
 * Fields other than kind, id and name may be left out so hand-written files stay short; parsing fills
 * in the defaults so the rest of the code only ever sees complete `KbPerson` / `KbEvent` values.
 * The format is documented for users in `data/kb/README.md`; keep the two in step.
 */
import { z } from 'zod';
import { err, ok, type Result } from '../result.ts';
import type { KbEvent, KbPerson, KbRecord } from './types.ts';

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for YYYY, YYYY-MM or YYYY-MM-DD with a real month and day, since a typo'd date would silently never match. */
export function isKbDate(text: string): boolean {
  const m = DATE_RE.exec(text);
  if (!m) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const year = Number(m[1]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

const DATE_HINT = 'a date written YYYY-MM-DD, YYYY-MM or YYYY';

const text = z.string().trim().min(1, 'must not be empty');
const date = z.string().refine(isKbDate, { message: `must be ${DATE_HINT}` });
const ids = z.array(text).default([]);
const names = z.array(text).default([]);

/** A person line; strict so that a misspelt field ("alias") is reported instead of silently dropped. */
export const KbPersonLine = z.strictObject({
  kind: z.literal('person'),
  id: text,
  name: text,
  aliases: names,
  titles: names,
  gender: z.enum(['female', 'male']).nullable().default(null),
  born: date.nullable().default(null),
  died: date.nullable().default(null),
  spouses: ids,
  parents: ids,
  children: ids,
  siblings: ids,
  occupations: names,
});

/** An event line; the date is required because an undated event cannot be checked against anything. */
export const KbEventLine = z.strictObject({
  kind: z.literal('event'),
  id: text,
  name: text,
  aliases: names,
  date,
  participants: ids,
});

/** One line of a knowledge-base file, as written (defaults not yet applied). */
export const KbLine = z.discriminatedUnion('kind', [KbPersonLine, KbEventLine]);

/** What a person line may hold when written: everything but kind, id and name is optional. */
export type KbPersonInput = z.input<typeof KbPersonLine>;

/** What an event line may hold when written. */
export type KbEventInput = z.input<typeof KbEventLine>;

const describePath = (path: readonly PropertyKey[]): string => {
  if (path.length === 0) return 'the record';
  const [head, ...rest] = path;
  const tail = rest.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  return `field "${String(head)}${tail}"`;
};

const describeIssue = (issue: z.core.$ZodIssue, input: unknown): string => {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `"${k}"`).join(', ');
    return `unknown field ${keys}: a person may have kind, id, name, aliases, titles, gender, born, died, spouses, parents, children, siblings, occupations; an event kind, id, name, aliases, date, participants`;
  }
  if (issue.code === 'invalid_union' && issue.path.length === 1 && issue.path[0] === 'kind') {
    return 'field "kind" must be "person" or "event"';
  }
  const where = describePath(issue.path);
  let got: unknown = input;
  for (const key of issue.path) {
    got = got !== null && typeof got === 'object' ? (got as Record<PropertyKey, unknown>)[key] : undefined;
  }
  if (issue.code === 'invalid_type' && got === undefined) return `${where} is missing`;
  if (issue.code === 'invalid_value' && issue.path[0] === 'gender') {
    return `${where} must be "female", "male" or null (got ${JSON.stringify(got)})`;
  }
  const shown = got === undefined ? '' : ` (got ${JSON.stringify(got)})`;
  if (issue.code === 'invalid_type') return `${where} must be ${issue.expected}${shown}`;
  return `${where} ${issue.message}${shown}`;
};

/** Parses one line into a complete record; the error names the line, the record id when known, and the field. */
export function parseKbLine(line: string, lineNo: number): Result<KbRecord, string> {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return err(`line ${lineNo}: not valid JSON (${why}); each line must hold one JSON object`);
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return err(`line ${lineNo}: expected a JSON object like {"kind":"person","id":…,"name":…}`);
  }
  const parsed = KbLine.safeParse(json);
  if (!parsed.success) {
    const id = (json as { id?: unknown }).id;
    const which = typeof id === 'string' && id !== '' ? ` (id "${id}")` : '';
    const issue = parsed.error.issues[0];
    const detail = issue ? describeIssue(issue, json) : 'invalid record';
    return err(`line ${lineNo}${which}: ${detail}`);
  }
  const record: KbPerson | KbEvent = parsed.data;
  return ok(record);
}

/** Serialises a record as one line, leaving out empty fields so generated files stay small and diffable. */
export function formatKbLine(record: KbRecord): string {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === null || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  return JSON.stringify(out);
}
