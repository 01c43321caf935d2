/** The corpus routes in the OpenAPI document (filled in with the store's query shapes). */

/** Component schemas of the corpus routes. */
export const CORPUS_SCHEMAS = (): Record<string, unknown> => ({});

/** Paths of the corpus routes. */
export const CORPUS_PATHS = (_common: Record<string, unknown>): Record<string, unknown> => ({});
