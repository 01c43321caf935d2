/** One JSON Lines record in, one report line (or a one-line error) out: shared by batch and its workers. */
import { z } from 'zod';
import type { ErrorCode } from '../errors.ts';
import { type AnalysisLimits, analyzeArticle } from '../index.ts';
import type { Kb } from '../kb/types.ts';
import { type PresetName, spine, standard } from '../pipeline/presets.ts';
import type { CaptionHint } from '../pipeline/doc.ts';
import type { Slot } from '../pipeline/stage.ts';
import type { Report } from '../report/schema.ts';
import type { ReportField } from './fields.ts';

export type { ReportField } from './fields.ts';

/** What a JSON Lines record of `hearsay batch` holds (other keys are ignored). */
export const Record = z.object({
  id: z.union([z.string(), z.number()]).nullish(),
  text: z.string().min(1, 'text is empty'),
  title: z.string().nullish(),
  date: z.string().nullish(),
  outlet: z.string().nullish(),
  url: z.string().nullish(),
  byline: z.string().nullish(),
  /** A page's figure captions, as offsets into `text` (ingest and the queue write them for pages). */
  captionHints: z
    .array(
      z.object({
        start: z.number().int().nonnegative(),
        end: z.number().int().nonnegative(),
        credit: z.string().nullable(),
      }),
    )
    .nullish(),
});

type RecordFields = z.output<typeof Record>;
const optionalString = (v: unknown): boolean => v === undefined || v === null || typeof v === 'string';

/**
 * The record when it is plainly well formed, checked by hand: what `Record` accepts, without building
 * zod's parse context per line (a batch checks millions). Anything else goes to `Record.safeParse`,
 * which accepts or refuses it with its message, so users get the same answers either way.
 */
export function wellFormed(value: unknown): RecordFields | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const v = value as { [K in keyof RecordFields]?: unknown };
  if (typeof v.text !== 'string' || v.text.length === 0) return null;
  if (!(optionalString(v.id) || (typeof v.id === 'number' && Number.isFinite(v.id)))) return null;
  if (!(optionalString(v.title) && optionalString(v.date) && optionalString(v.outlet))) return null;
  if (!(optionalString(v.url) && optionalString(v.byline))) return null;
  // caption hints are checked by the schema: only records made from pages carry them
  if (v.captionHints !== undefined && v.captionHints !== null) return null;
  return v as RecordFields;
}

/** What a JSON value is, in the words of the error messages ("a number", "an array", "null"). */
function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return 'a string';
  if (typeof v === 'number') return 'a number';
  if (typeof v === 'boolean') return String(v);
  return typeof v;
}

/**
 * The first schema issue of a record said as a user reads it: which field is missing or of the wrong
 * kind ('field "text" is missing', 'field "title": want a string, not a number'), rather than zod's
 * "Invalid input: expected string, received undefined".
 */
export function issueText(
  issue:
    | {
        readonly code: string;
        readonly path: readonly PropertyKey[];
        readonly message: string;
        readonly expected?: string;
      }
    | undefined,
  value: unknown,
): string {
  if (!issue) return 'record: not a record';
  if (issue.path.length === 0)
    return `the line is ${kindOf(value)}, not a record: write one JSON object per line`;
  const where = `field "${issue.path.map(String).join('.')}"`;
  let at: unknown = value;
  for (const k of issue.path) at = (at as Record<PropertyKey, unknown> | undefined)?.[k];
  if (at === '') return `${where} is empty`;
  // the one union of the record: an id is a string or a number
  if (issue.code === 'invalid_union') return `${where}: want a string or a number, not ${kindOf(at)}`;
  if (issue.code !== 'invalid_type') return `${where}: ${issue.message}`;
  if (at === undefined) return `${where} is missing`;
  const want = issue.expected;
  return `${where}: want ${want === 'array' || want === 'object' ? `an ${want}` : `a ${want ?? 'value of another kind'}`}, not ${kindOf(at)}`;
}

/** The outcome for one line: the report as JSON, or an error saying what is wrong with the line. */
export type RecordOutcome =
  | { readonly ok: true; readonly json: string }
  | { readonly ok: false; readonly code: ErrorCode; readonly error: string };

/**
 * The literal text of the top-level `"id"` value when it is a number, read from the raw line: JSON.parse
 * has already rounded 12345678901234567891 to 12345678901234567000, so the parsed value cannot tell.
 * One pass, tracking only depth and strings; the last top-level `"id"` wins, as in JSON.parse.
 */
export function rawNumericId(line: string): string | null {
  let depth = 0;
  let found: string | null = null;
  let i = 0;
  while (i < line.length) {
    const c = line.charCodeAt(i);
    if (c === 34) {
      // a string: skip to its closing quote, and see whether it is the top-level key "id"
      const start = i + 1;
      i++;
      while (i < line.length && line.charCodeAt(i) !== 34) i += line.charCodeAt(i) === 92 ? 2 : 1;
      const isIdKey = depth === 1 && i - start === 2 && line.startsWith('id', start);
      i++;
      if (!isIdKey) continue;
      let j = i;
      while (j < line.length && /\s/.test(line[j]!)) j++;
      if (line[j] !== ':') continue;
      j++;
      while (j < line.length && /\s/.test(line[j]!)) j++;
      const m = /^-?\d[\d.eE+-]*/.exec(line.slice(j, j + 400));
      found = m ? m[0] : null;
      i = j;
      continue;
    }
    if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) depth--;
    i++;
  }
  return found;
}

/** The id as the record gives it: strings untouched, numbers as written; an unsafe integer is refused. */
function idOf(value: string | number, line: string, lineNo: number): { id: string } | { error: string } {
  if (typeof value === 'string') return { id: value };
  const raw = rawNumericId(line) ?? String(value);
  if (Number.isInteger(value) && !Number.isSafeInteger(value))
    return {
      error: `line ${lineNo}: field "id": the number ${raw.slice(0, 40)} is beyond 2^53 and would be rounded: write it as a string ("id": "${raw.slice(0, 40)}")`,
    };
  return { id: raw };
}

const spineGives: ReadonlySet<string> = new Set(spine.flatMap((s) => [...s.gives]));
const rewrittenAfterSpine: ReadonlySet<string> = new Set(
  standard.slice(spine.length).flatMap((s) => [...s.rewrites]),
);

/**
 * The cheapest preset whose report holds `fields` as the standard preset gives them: the spine when every
 * chosen section is the spine's and no later stage rewrites it (the stages are a prefix of standard's);
 * a `preset` other than standard (`batch --preset news`) is that preset.
 */
export function presetFor(
  fields: readonly ReportField[] | undefined,
  preset: PresetName = 'standard',
): PresetName {
  // a chosen reading other than the standard one is run whole: the spine shortcut is the standard's prefix
  if (preset !== 'standard') return preset;
  if (!fields) return 'standard';
  const sections = fields.filter((f) => f !== 'text' && f !== 'meta');
  return sections.every((f) => spineGives.has(f as Slot) && !rewrittenAfterSpine.has(f))
    ? 'spine'
    : 'standard';
}

/** The report with only `fields` (plus `schemaVersion` and `id`, always), as JSON, in report order. */
export function projectReport(report: Report, fields: readonly ReportField[]): string {
  const r = report as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = { schemaVersion: report.schemaVersion, id: report.id };
  for (const f of fields) out[f] = r[f];
  return JSON.stringify(out);
}

/** A line read as a record: its fields and its id as the report gives it, or what is wrong with it. */
export type CheckedRecord =
  | { readonly ok: true; readonly record: RecordFields; readonly id: string | null }
  | { readonly ok: false; readonly code: ErrorCode; readonly error: string };

/**
 * Parses and checks one JSON Lines record without analysing it (a byte-order mark before line 1 is
 * allowed): what batch, the store's ingest and `hearsay enqueue` all accept, with the same errors.
 */
export function checkRecord(line: string, lineNo: number): CheckedRecord {
  const text = lineNo === 1 && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // a NUL, or a byte that is not UTF-8 (decoded as U+FFFD), means a binary file, not a bad line; looked
    // for only once the line has failed, so good records pay nothing
    if (text.includes('\u0000') || text.includes('\ufffd'))
      return { ok: false, code: 'HS_BINARY_INPUT', error: `line ${lineNo}` };
    return { ok: false, code: 'HS_BAD_JSON_LINE', error: `line ${lineNo}` };
  }
  const fast = wellFormed(value);
  const rec = fast ? { success: true as const, data: fast } : Record.safeParse(value);
  if (!rec.success) {
    return {
      ok: false,
      code: 'HS_BAD_RECORD',
      error: `line ${lineNo}: ${issueText(rec.error.issues[0], value)} (want {id, text, title?, date?, outlet?, url?})`,
    };
  }
  const r = rec.data;
  let id: string | null = null;
  if (r.id != null) {
    const got = idOf(r.id, text, lineNo);
    if ('error' in got) return { ok: false, code: 'HS_BAD_RECORD', error: got.error };
    id = got.id;
  }
  return { ok: true, record: r, id };
}

/** The limits of one record's analysis, and the preset it is read with (`batch --preset`). */
export type RecordLimits = AnalysisLimits & { readonly preset?: PresetName };

/**
 * Parses and analyses one JSON Lines record (a byte-order mark before line 1 is allowed). With
 * `fields`, the report holds only those parts, and stages none of them needs are not run.
 */
export function analyzeRecord(
  line: string,
  lineNo: number,
  kb: Kb,
  limits: RecordLimits = {},
  fields?: readonly ReportField[],
  // the store's ingest thread reads the report object, not its JSON parsed back (hook of the corpus work),
  // and keeps the record's caption hints with the stored record, so `reanalyze` has them too
  onReport?: (report: Report, captionHints: readonly CaptionHint[] | undefined) => void,
): RecordOutcome {
  const checked = checkRecord(line, lineNo);
  if (!checked.ok) return checked;
  const { record: r, id } = checked;
  const out = analyzeArticle(
    {
      id,
      text: r.text,
      title: r.title ?? null,
      date: r.date ?? null,
      outlet: r.outlet ?? null,
      url: r.url ?? null,
      byline: r.byline ?? null,
      ...(r.captionHints ? { captionHints: r.captionHints } : {}),
    },
    kb,
    { ...limits, preset: presetFor(fields, limits.preset) },
  );
  if (!out.ok) return { ok: false, code: out.error.code, error: `line ${lineNo}: ${out.error.detail}` };
  onReport?.(out.value, r.captionHints ?? undefined);
  return { ok: true, json: fields ? projectReport(out.value, fields) : JSON.stringify(out.value) };
}
