/** The entities stage's thresholds: each named, documented and overridable (`{ entities: { … } }`). */
import { z } from 'zod';

/** Options of the entities stage. */
export const EntityOptions = z.object({
  resolveReach: z
    .number()
    .int()
    .nonnegative()
    .default(40)
    .describe('How many sentences back a pronoun, epithet or relation may find the person it points to'),
  weakNameReach: z
    .number()
    .int()
    .nonnegative()
    .default(2)
    .describe(
      'How many sentences back a name known only by its capitals may be taken when no surer person is near',
    ),
  maxNameTokens: z
    .number()
    .int()
    .positive()
    .default(12)
    .describe(
      'Most tokens read as one capitalised name: real names stop well short ("Prince Henry Charles Albert David of Sussex" is 7), and the bound keeps a text of nothing but capitals linear',
    ),
  epithetReach: z
    .number()
    .int()
    .positive()
    .default(3)
    .describe(
      'How many words after "the" a role noun may come and still make an epithet ("the brilliant Welsh actress")',
    ),
  relationModifiers: z
    .number()
    .int()
    .nonnegative()
    .default(2)
    .describe(
      'How many lower-case words may stand between a possessive and its relation noun ("his controversial new wife")',
    ),
  maxAge: z
    .number()
    .int()
    .positive()
    .default(119)
    .describe('Largest number read as an age beside a name ("Harry, 40"); a larger one is something else'),
});
/** Options of the entities stage. */
export type EntityOptions = z.output<typeof EntityOptions>;
/** The default options. */
export const ENTITY_DEFAULTS: EntityOptions = EntityOptions.parse({});
