/**
 * The stage contract. A stage declares what it reads (`needs`), what it writes (`gives`) and its
 * tunable thresholds (`options`, a zod object whose every field has a default and a description), so
 * a processor can check a preset before running it and ARCHITECTURE.md can show who owns each slot.
 *
 *   export const captionsStage = defineStage({
 *     name: 'captions',
 *     needs: ['paragraphs'],
 *     gives: ['captions'],
 *     options: z.object({ maxLength: z.number().int().default(400).describe('…') }),
 *     run: (doc, o) => ({ captions: findCaptions(doc, o) }),
 *   });
 */
import { z } from 'zod';
import type { Doc, Findings } from './doc.ts';

/** A slot of the document a stage can need or give: every key of the findings. */
export type Slot = keyof Findings;

/** What every stage may read without declaring it: the article itself and the knowledge base. */
export const INPUTS = ['id', 'text', 'bodyStart', 'meta', 'kb'] as const;

/** The options of a stage that has none. */
export const NO_OPTIONS = z.object({});

/** A named, pure stage with its declared contract. */
export interface Stage<O extends object = object> {
  /** Unique within a preset; the key of its options in `createProcessor(stages, { options })`. */
  readonly name: string;
  /** One line: what the stage finds (shown in ARCHITECTURE.md). */
  readonly about: string;
  /** Slots the stage reads; an earlier stage of the preset must give each. */
  readonly needs: readonly Slot[];
  /** Slots the stage writes; no other stage of the preset may give them. */
  readonly gives: readonly Slot[];
  /**
   * Slots the stage reads and replaces though an earlier stage gave them. A transitional escape for
   * the quotation slot (quotes → attribution → indirect → sources), which issue 9 item 2 folds into
   * one writer; new stages must not use it.
   */
  readonly rewrites: readonly Slot[];
  /** The stage's thresholds: a zod object, every field with a default and a description. */
  readonly options: z.ZodType<O>;
  /** Reads the document, returns the slots it gives (and rewrites). */
  run(doc: Doc, options: O): Partial<Findings>;
}

/** Exactly the slots a stage gives, as it must return them. */
export type Given<G extends Slot> = { readonly [K in G]: Findings[K] };

/** What `defineStage` takes: the contract, and a `run` typed by it. */
export interface StageSpec<G extends Slot, R extends Slot, S extends z.ZodType<object>> {
  readonly name: string;
  readonly about: string;
  readonly needs: readonly Slot[];
  readonly gives: readonly G[];
  readonly rewrites?: readonly R[];
  readonly options?: S;
  readonly run: (doc: Doc, options: z.output<S>) => Given<G> & Partial<Given<R>>;
}

/**
 * Declares a stage. `run` must return every slot in `gives` (the compiler checks it); options default
 * to none. The options schema is made strict so a misspelt override is an error, not a silent no-op.
 */
export function defineStage<
  G extends Slot,
  R extends Slot = never,
  S extends z.ZodType<object> = typeof NO_OPTIONS,
>(spec: StageSpec<G, R, S>): Stage<z.output<S>> {
  const schema = (spec.options ?? NO_OPTIONS) as unknown as z.ZodType<z.output<S>>;
  const strict =
    schema instanceof z.ZodObject ? (schema.strict() as unknown as z.ZodType<z.output<S>>) : schema;
  return {
    name: spec.name,
    about: spec.about,
    needs: spec.needs,
    gives: spec.gives,
    rewrites: spec.rewrites ?? [],
    options: strict,
    run: spec.run,
  };
}

/** The documented options of a stage: name, default and description of each field, for docs and tests. */
export function optionTable(stage: Stage): { name: string; default: unknown; about: string }[] {
  const schema = stage.options;
  if (!(schema instanceof z.ZodObject)) return [];
  const defaults = schema.parse({}) as Record<string, unknown>;
  return Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, field]) => ({
    name,
    default: defaults[name],
    about: field.description ?? '',
  }));
}

/** A stage's default options (what runs when nothing is overridden). */
export const defaultOptions = <O extends object>(stage: Stage<O>): O => stage.options.parse({});
