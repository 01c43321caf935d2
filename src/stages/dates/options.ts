/** The dates stage's thresholds: each named, documented and overridable (`{ dates: { … } }`). */
import { z } from 'zod';

/** Options of the dates stage. */
export const DateOptions = z.object({
  earliestYear: z
    .number()
    .int()
    .default(1800)
    .describe('Earliest four-digit number read as a year ("in 1799" is more likely a count)'),
  latestYear: z.number().int().default(2099).describe('Latest four-digit number read as a year'),
});
/** Options of the dates stage. */
export type DateOptions = z.output<typeof DateOptions>;
/** The default options. */
export const DATE_DEFAULTS: DateOptions = DateOptions.parse({});
