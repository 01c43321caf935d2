/**
 * Turns a report into its explained 0–10 score. The model is a logistic regression for "real", read on
 * the log-odds scale: points = 5 + scale × logit. Log-odds add up across features, so each signal's
 * contribution is its own term and base + Σ contributions = value holds exactly (in tenths, once rounded).
 */
import { z } from 'zod';
import type { Score, Signal } from '../report/schema.ts';
import { FEATURES, type Feature, type Measurement, type ScoreInput } from './features.ts';
import { loadWeights, type Weights } from './weights.ts';

/** Score where the model is undecided (probability 0.5 of real). */
export const MIDPOINT = 5;

/** The score stage's thresholds: where the bands begin. */
export const ScoreOptions = z.object({
  wellSupportedFrom: z.number().min(0).max(10).default(7).describe('Lowest score called "well supported"'),
  partlySupportedFrom: z
    .number()
    .min(0)
    .max(10)
    .default(5)
    .describe('Lowest score called "partly supported"; below it an article is "likely unreliable"'),
});
/** The score stage's options. */
export type ScoreOptions = z.output<typeof ScoreOptions>;
const SCORE_DEFAULTS: ScoreOptions = ScoreOptions.parse({});

/** The band a score falls in. */
export function band(value: number, cuts: ScoreOptions = SCORE_DEFAULTS): Score['band'] {
  if (value >= cuts.wellSupportedFrom) return 'well supported';
  if (value >= cuts.partlySupportedFrom) return 'partly supported';
  return 'likely unreliable';
}

const clamp10 = (x: number): number => Math.min(10, Math.max(0, x));

/**
 * Rounds terms to integer tenths so they sum exactly to `target` tenths: round each, then move the
 * leftover tenths one at a time to the terms that rounding treated worst (ties by index, so deterministic).
 */
export function roundToSum(values: readonly number[], target: number): number[] {
  const n = values.length;
  const rounded = roundInto(values, n, target, new Float64Array(n), new Float64Array(n));
  return Array.from(rounded);
}

/**
 * `roundToSum` over the first `n` of `values`, into caller-owned tables (`tenths` the exact tenths,
 * `rounded` the result), so the score of an article allocates no arrays for it.
 */
function roundInto(
  values: ArrayLike<number>,
  n: number,
  target: number,
  tenths: Float64Array,
  rounded: Float64Array,
): Float64Array {
  let gap = target;
  for (let i = 0; i < n; i++) {
    tenths[i] = values[i]! * 10;
    rounded[i] = Math.round(tenths[i]!);
    gap -= rounded[i]!;
  }
  while (gap !== 0 && n > 0) {
    const dir = gap > 0 ? 1 : -1;
    let best = 0;
    let bestError = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      const error = dir * (tenths[i]! - rounded[i]!);
      if (error > bestError) {
        bestError = error;
        best = i;
      }
    }
    rounded[best]! += dir;
    gap -= dir;
  }
  return rounded;
}

const FEATURE_BY_ID: ReadonlyMap<string, Feature> = new Map(FEATURES.map((f) => [f.id, f]));

// Every feature id's place in localeCompare order, computed once: the signals' last tie-break compares
// two numbers instead of collating two strings per comparison.
const ID_RANK: ReadonlyMap<string, number> = new Map(
  FEATURES.map((f) => f.id)
    .sort((a, b) => a.localeCompare(b))
    .map((id, k) => [id, k]),
);

/** A weights file's features resolved to the signals they weigh, and their tie-break ranks. */
interface Resolved {
  readonly features: readonly Feature[];
  readonly ranks: Int32Array;
}

// per weights' feature list, resolved once (the shipped weights are one list for the whole process)
const RESOLVED = new WeakMap<Weights['features'], Resolved>();

function resolve(weights: Weights): Resolved {
  let r = RESOLVED.get(weights.features);
  if (r) return r;
  const features = weights.features.map((w) => {
    const feature = FEATURE_BY_ID.get(w.id);
    if (!feature) throw new Error(`scoreReport: weights ${weights.version} name unknown feature "${w.id}"`);
    return feature;
  });
  r = { features, ranks: Int32Array.from(features, (f) => ID_RANK.get(f.id)!) };
  RESOLVED.set(weights.features, r);
  return r;
}

/**
 * Whether signal a goes strictly before signal b: larger rounded contribution, larger exact one, id.
 * `rounded` and `size` hold each signal's |contribution| and |exact contribution|, computed once.
 */
function before(a: number, b: number, rounded: Float64Array, size: Float64Array, ranks: Int32Array): boolean {
  const ca = rounded[a]!;
  const cb = rounded[b]!;
  if (ca !== cb) return ca > cb;
  const ea = size[a]!;
  const eb = size[b]!;
  if (ea !== eb) return ea > eb;
  return ranks[a]! < ranks[b]!;
}

// The score's per-signal tables, reused from one article to the next (grown for a longer weights
// file): scoreReport runs to completion before the next starts and hands none of them out.
let contributionTable = new Float64Array(64);
let exactTable = new Float64Array(64);
let tenthsTable = new Float64Array(64);
let exactTenthsTable = new Float64Array(64);
let orderTable = new Int32Array(64);
let roundedTable = new Float64Array(64);
let sizeTable = new Float64Array(64);

function tablesFor(n: number): void {
  if (contributionTable.length >= n) return;
  contributionTable = new Float64Array(n);
  exactTable = new Float64Array(n);
  tenthsTable = new Float64Array(n);
  exactTenthsTable = new Float64Array(n);
  orderTable = new Int32Array(n);
  roundedTable = new Float64Array(n);
  sizeTable = new Float64Array(n);
}

/** Scores a report (its own score, if any, is ignored): value, band, base and the signals behind them. */
export function scoreReport(
  report: ScoreInput,
  weights: Weights = loadWeights(),
  cuts: ScoreOptions = SCORE_DEFAULTS,
): Score {
  const { features, ranks } = resolve(weights);
  const n = features.length;
  tablesFor(n);
  const contributions = contributionTable;
  const measured: Measurement[] = [];
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const w = weights.features[i]!;
    const m = features[i]!.compute(report);
    // A broken measurement should not poison the whole score: it counts as an average article's.
    // So does a signal with nothing to measure (no headline to read).
    const z = !m.missing && Number.isFinite(m.value) ? (m.value - w.mean) / w.std : 0;
    measured.push(m);
    contributions[i] = weights.scale * w.weight * z;
    sum += contributions[i]!;
  }
  const base = clamp10(MIDPOINT + weights.scale * weights.bias);
  const raw = base + sum;
  const value = clamp10(raw);
  // Past the ends of the scale, shrink every contribution by the same factor so they still add up.
  const factor = value !== raw && sum !== 0 ? (value - base) / sum : 1;
  const baseTenths = Math.round(base * 10);
  const valueTenths = n > 0 ? Math.round(value * 10) : baseTenths;
  const exact = exactTable;
  for (let i = 0; i < n; i++) exact[i] = contributions[i]! * factor;
  const tenths = roundInto(exact, n, valueTenths - baseTenths, exactTenthsTable, tenthsTable);
  // largest rounded contribution first, then largest exact one, then by id: an insertion sort of the
  // indices (a few dozen signals), stable like Array.prototype.sort, with no comparator closure
  const order = orderTable;
  // the sort keys, once per signal rather than once per comparison
  const rounded = roundedTable;
  const size = sizeTable;
  for (let i = 0; i < n; i++) {
    rounded[i] = Math.abs(tenths[i]! / 10 + 0);
    size[i] = Math.abs(exact[i]!);
  }
  for (let i = 0; i < n; i++) {
    let k = i;
    while (k > 0 && before(i, order[k - 1]!, rounded, size, ranks)) {
      order[k] = order[k - 1]!;
      k--;
    }
    order[k] = i;
  }
  // the signals are built in that order, straight into the list the score gives (describing is pure)
  const out: Signal[] = [];
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    const m = measured[i]!;
    const contribution = tenths[i]! / 10 + 0; // + 0 turns −0 into 0
    out.push({
      id: features[i]!.id,
      value: m.value,
      weight: weights.features[i]!.weight,
      contribution,
      reason: features[i]!.describe(m.value, contribution, m),
      evidence: m.evidence,
    });
  }
  if (factor !== 1) {
    out.push({
      id: 'score-limit',
      value: raw,
      weight: 0,
      contribution: 0,
      reason: `The signals add up to ${(Math.round(raw * 10) / 10).toFixed(1)}, past the end of the 0–10 scale, so each contribution is scaled by ${factor.toFixed(2)} to land on ${(valueTenths / 10).toFixed(1)}.`,
      evidence: [],
    });
  }
  return {
    value: valueTenths / 10,
    band: band(valueTenths / 10, cuts),
    base: baseTenths / 10,
    model: weights.version,
    signals: out,
  };
}
