/** The checks stage's thresholds: each named, documented and overridable (`{ checks: { … } }`). */
import { z } from 'zod';

const count = (n: number, about: string) => z.number().int().nonnegative().default(n).describe(about);

/** Options of the checks stage. */
export const CheckOptions = z.object({
  relationLookBack: count(
    4,
    'How many sentences before a relation ("his wife") to look for whose relative is meant',
  ),
  eventDateGap: count(
    4,
    'Most tokens between a known event and a date for the date to be read as the event\'s ("in 2022 after the Queen\'s death")',
  ),
  anniversaryReach: count(
    3,
    'Tokens before an event in which "anniversary" makes the date the anniversary\'s, not the event\'s',
  ),
  deathWordReach: count(
    4,
    'Tokens after a dead person\'s name within which a death word ("died", "passing") makes it their death',
  ),
  pastVerbReach: count(
    6,
    'Tokens on each side of a future date within which a past-tense verb makes it a past event dated in the future',
  ),
});
/** Options of the checks stage. */
export type CheckOptions = z.output<typeof CheckOptions>;
/** The default options. */
export const CHECK_DEFAULTS: CheckOptions = CheckOptions.parse({});
