/** One JSON Lines record in, one report line (or a one-line error) out: shared by batch and its workers. */
import { z } from 'zod';
import { analyzeArticle } from '../index.ts';
import type { Kb } from '../kb/types.ts';

const Record = z.object({
  id: z.union([z.string(), z.number()]).nullish(),
  text: z.string().min(1, 'text is empty'),
  title: z.string().nullish(),
  date: z.string().nullish(),
  outlet: z.string().nullish(),
  url: z.string().nullish(),
  byline: z.string().nullish(),
});

/** The outcome for one line: the report as JSON, or an error saying what is wrong with the line. */
export type RecordOutcome =
  | { readonly ok: true; readonly json: string }
  | {
      readonly ok: false;
      readonly code: 'HS_BAD_JSON_LINE' | 'HS_BAD_RECORD' | 'HS_BAD_DATE';
      readonly error: string;
    };

/** Parses and analyses one JSON Lines record. */
export function analyzeRecord(line: string, lineNo: number, kb: Kb): RecordOutcome {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { ok: false, code: 'HS_BAD_JSON_LINE', error: `line ${lineNo}` };
  }
  const rec = Record.safeParse(value);
  if (!rec.success) {
    const issue = rec.error.issues[0];
    const where = issue?.path.length ? `field "${issue.path.join('.')}"` : 'record';
    return {
      ok: false,
      code: 'HS_BAD_RECORD',
      error: `line ${lineNo}: ${where}: ${issue?.message ?? 'invalid'} (want {id, text, title?, date?, outlet?, url?})`,
    };
  }
  const r = rec.data;
  const out = analyzeArticle(
    {
      id: r.id == null ? null : String(r.id),
      text: r.text,
      title: r.title ?? null,
      date: r.date ?? null,
      outlet: r.outlet ?? null,
      url: r.url ?? null,
      byline: r.byline ?? null,
    },
    kb,
  );
  if (!out.ok) return { ok: false, code: 'HS_BAD_RECORD', error: `line ${lineNo}: ${out.error.message}` };
  return { ok: true, json: JSON.stringify(out.value) };
}
