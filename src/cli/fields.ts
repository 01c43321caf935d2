/** `hearsay batch --fields`: which parts of the report each output line holds. */
import { HearsayError } from '../errors.ts';
import { REPORT_SECTIONS } from '../report/schema.ts';

/** The parts of a report `--fields` can choose: the article's text and metadata, and every section. */
export const REPORT_FIELDS = ['text', 'meta', ...REPORT_SECTIONS] as const;
/** One part of a report `--fields` can choose. */
export type ReportField = (typeof REPORT_FIELDS)[number];

const known: ReadonlySet<string> = new Set(REPORT_FIELDS);

/**
 * Parses a comma-separated `--fields` list (`quotes,sources,score`) into fields in report order;
 * an unknown or empty name is HS_BAD_OPTION naming the valid ones.
 */
export function parseFields(list: string): ReportField[] {
  const names = list.split(',').map((s) => s.trim());
  for (const n of names) {
    if (!known.has(n))
      throw new HearsayError(
        'HS_BAD_OPTION',
        `--fields: ${n === '' ? 'an empty name' : `no field "${n.slice(0, 40)}"`}; choose among ${REPORT_FIELDS.join(', ')}`,
      );
  }
  const chosen = new Set(names);
  return REPORT_FIELDS.filter((f) => chosen.has(f));
}
