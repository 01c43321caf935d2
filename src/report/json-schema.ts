/**
 * The report's JSON Schema, derived from the zod definition in schema.ts: the one derivation that both
 * `npm run schema` (schema/report.schema.json) and the server's OpenAPI document use.
 */
import { z } from 'zod';
import { Report } from './schema.ts';

/** The report as JSON Schema draft 2020-12 (the dialect of OpenAPI 3.1 too). */
export const reportJsonSchema = (): Record<string, unknown> =>
  z.toJSONSchema(Report, { target: 'draft-2020-12' }) as Record<string, unknown>;
