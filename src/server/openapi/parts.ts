/** Pieces of the OpenAPI document shared by the analyser's and the corpus's paths. */
import { z } from 'zod';

/** A reference to a component schema. */
export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** The problem details object every error response carries. */
export const ProblemSchema = z.object({
  type: z.string().describe('A link to the code on the /docs page'),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().describe("The registry's one-line message"),
  code: z.string().describe('The registry code, HS_*'),
  instance: z.string().optional(),
});

/** A JSON Schema for OpenAPI, without the `$schema` key zod adds at the top. */
export const jsonSchema = (s: z.ZodType, io: 'input' | 'output' = 'output'): Record<string, unknown> => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(s, { target: 'draft-2020-12', io }) as Record<
    string,
    unknown
  >;
  return rest;
};

/** A problem+json response with a description. */
export const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});

/** The report in any of its formats. */
export const reportResponse = (description: string) => ({
  description,
  content: {
    'application/json': { schema: ref('Report') },
    'text/html': { schema: { type: 'string' } },
    'text/markdown': { schema: { type: 'string' } },
    'text/plain': { schema: { type: 'string' } },
  },
});

/** The body of an article to analyse: JSON (AnalyzeBody), plain text or HTML, plus any other types. */
export const articleBody = (more: Record<string, unknown> = {}) => ({
  required: true,
  content: {
    'application/json': { schema: ref('AnalyzeBody') },
    ...more,
    'text/plain': { schema: { type: 'string' } },
    'text/html': { schema: { type: 'string' } },
  },
});
