/**
 * The versioned weights file (data/score/weights.json): written by `scripts/fit.ts`, read by the score.
 * It is validated on load so a stale or hand-edited file fails loudly instead of scoring silently wrong.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { FEATURES } from './features.ts';

/** Where the shipped weights live; the same relative URL works from src/score (tsx) and dist/score. */
export const WEIGHTS_URL = new URL('../../data/score/weights.json', import.meta.url);

const MeanSd = z.object({ mean: z.number(), sd: z.number() });

/** The weights file schema. */
export const Weights = z.object({
  version: z.string().min(1).describe('Goes into score.model so every score names the weights behind it'),
  trainedOn: z
    .object({
      dataset: z.string(),
      articles: z.number().int(),
      positives: z.number().int().describe('Articles labelled real'),
      negatives: z.number().int().describe('Articles labelled fake'),
      sha256: z.string(),
    })
    .nullable(),
  target: z.literal('real').describe('The model gives the probability that an article is real'),
  features: z.array(
    z.object({
      id: z.string(),
      mean: z.number(),
      std: z.number().positive(),
      weight: z.number().describe('Log-odds per standard deviation of the feature'),
    }),
  ),
  bias: z.number().describe('Log-odds of an article whose every feature sits at its mean'),
  scale: z.number().positive().describe('Score points per unit of log-odds: points = 5 + scale × logit'),
  l2: z.number().nonnegative().optional(),
  cv: z.record(z.string(), z.object({ signals: MeanSd, tfidf: MeanSd.optional() })).optional(),
});
/** A parsed weights file. */
export type Weights = z.infer<typeof Weights>;

/** Validates weights: the schema, then that every id is a known feature and appears once. */
export function parseWeights(json: unknown): Weights {
  const weights = Weights.parse(json);
  const known = new Set(FEATURES.map((f) => f.id));
  const seen = new Set<string>();
  for (const f of weights.features) {
    if (!known.has(f.id)) throw new Error(`weights ${weights.version}: unknown feature "${f.id}"`);
    if (seen.has(f.id)) throw new Error(`weights ${weights.version}: feature "${f.id}" listed twice`);
    seen.add(f.id);
  }
  return weights;
}

let cached: Weights | undefined;

/** Reads and validates a weights file; the shipped one is read once and cached. */
export function loadWeights(url: URL = WEIGHTS_URL): Weights {
  // the shipped file by identity first: the score asks for it once per article
  if (cached && (url === WEIGHTS_URL || url.href === WEIGHTS_URL.href)) return cached;
  const weights = parseWeights(JSON.parse(readFileSync(url, 'utf8')));
  if (url.href === WEIGHTS_URL.href) cached = weights;
  return weights;
}
