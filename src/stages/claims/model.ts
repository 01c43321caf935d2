/**
 * The claim typer: a multinomial logistic regression over the features of features.ts, fitted on the
 * annotated training articles by `npm run fit:claims` and shipped in data/claims/weights.json. Five
 * classes: a fact checkable in public, a fact only insiders could know, mind-reading, speculation and
 * opinion. A claim's reason names the features that moved it most toward its class and away from the
 * runner-up; its cue is the word that fired the strongest of them.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { hashWord } from '../../core/hash.ts';
import type { Doc } from '../../pipeline/doc.ts';
import type { ClaimContent, Span } from '../../report/schema.ts';
import {
  bigramHash,
  columnName,
  type FeatureBuffer,
  FIXED_FEATURES,
  type FixedFeature,
  featureIndex,
  NCOL,
  NF,
  openerHash,
} from './features.ts';
import { type SoftmaxModel, softmaxInPlace } from './softmax.ts';
import { WordMap } from '../../core/word-table.ts';

/** The classes, in weights-file order. */
export const CLASSES = ['fact-public', 'fact-private', 'mental-state', 'speculation', 'opinion'] as const;
/** A class of the typer. */
export type ClaimClass = (typeof CLASSES)[number];

/** What a class means for the report: its content and (for facts) checkability. */
export const CLASS_READING: Readonly<
  Record<ClaimClass, { content: ClaimContent; checkable: 'public' | 'private' | null }>
> = {
  'fact-public': { content: 'fact', checkable: 'public' },
  'fact-private': { content: 'fact', checkable: 'private' },
  'mental-state': { content: 'mental-state', checkable: null },
  speculation: { content: 'speculation', checkable: null },
  opinion: { content: 'opinion', checkable: null },
};

const PerClass = z.array(z.number()).length(CLASSES.length);

/** The weights file schema. */
export const ClaimWeights = z.object({
  version: z.string().min(1),
  trainedOn: z
    .object({ dataset: z.string(), articles: z.number().int(), claims: z.number().int(), sha256: z.string() })
    .nullable(),
  classes: z.array(z.enum(CLASSES)).length(CLASSES.length),
  l2: z.number().nonnegative(),
  bias: PerClass,
  fixed: z.record(z.string(), PerClass).describe('Weights of the named features, per class'),
  vocab: z.record(z.string(), PerClass).describe('Weights of vocabulary words, per class'),
  cv: z.record(z.string(), z.number()).optional().describe('Cross-validated figures on the training set'),
});
/** A parsed weights file. */
export type ClaimWeights = z.infer<typeof ClaimWeights>;

/** A model ready to run: the softmax, the vocabulary as word hash → column, and the column names. */
export interface ClaimModel {
  readonly version: string;
  readonly softmax: SoftmaxModel;
  /**
   * The softmax weights by column (`byColumn[j * classes + k]`): a claim's few active columns then read
   * five neighbouring numbers each, not five rows apart.
   */
  readonly byColumn: Float64Array;
  readonly vocab: WordMap<number>;
  readonly words: readonly string[];
}

/** Builds the runnable model from a weights file (vocabulary words become columns after the fixed ones). */
export function compileModel(w: ClaimWeights): ClaimModel {
  const words = Object.keys(w.vocab);
  const D = NCOL + words.length;
  const K = CLASSES.length;
  const weights = new Float64Array(K * D);
  for (let j = 0; j < NCOL; j++) {
    const row = w.fixed[columnName(j)];
    if (row) for (let k = 0; k < K; k++) weights[k * D + j] = row[k]!;
  }
  const columns: [number, number][] = [];
  words.forEach((word, i) => {
    columns.push([vocabHash(word), NCOL + i]);
    const row = w.vocab[word]!;
    for (let k = 0; k < K; k++) weights[k * D + NCOL + i] = row[k]!;
  });
  const byColumn = new Float64Array(K * D);
  for (let k = 0; k < K; k++) for (let j = 0; j < D; j++) byColumn[j * K + k] = weights[k * D + j]!;
  return {
    version: w.version,
    softmax: { classes: K, columns: D, weights, bias: Float64Array.from(w.bias) },
    byColumn,
    vocab: new WordMap(columns),
    words,
  };
}

/** The vocabulary hash of a weights-file key: a word, "w1 w2" (a bigram) or "^ w" (a sentence opener). */
export function vocabHash(key: string): number {
  const sp = key.indexOf(' ');
  if (sp < 0) return hashWord(key);
  const a = key.slice(0, sp);
  const b = hashWord(key.slice(sp + 1));
  return a === '^' ? openerHash(b) : bigramHash(hashWord(a), b);
}

/** Where the shipped weights live; the same relative URL works from src/ (tsx) and dist/. */
export const CLAIM_WEIGHTS_URL = new URL('../../../data/claims/weights.json', import.meta.url);

let cached: ClaimModel | undefined;

/** The shipped model, read and validated once. */
export function shippedModel(): ClaimModel {
  cached ??= compileModel(ClaimWeights.parse(JSON.parse(readFileSync(CLAIM_WEIGHTS_URL, 'utf8'))));
  return cached;
}

/** A guide rule that fired: the class it decides or rules out (-1: none), and the feature it names. */
export interface Rule {
  readonly decide: number;
  readonly forbid: number;
  readonly feature: FixedFeature;
}

/**
 * A typed claim: its class and probability, and what its explanation needs (the runner-up and the
 * rule). The cue and the reason are built by `explain`, only for the claims that are reported.
 */
export interface Verdict {
  readonly cls: ClaimClass;
  /** True when one of the guide's rules decided the class outright. */
  readonly ruled: boolean;
  readonly probability: number;
  /** The class index of the verdict and of the runner-up. */
  readonly best: number;
  readonly second: number;
  readonly rule: Rule | null;
}

/** The cue and the reason of a verdict. */
export interface Explanation {
  readonly cue: Span | null;
  readonly reason: string;
}

const K = CLASSES.length;
const probs = new Float64Array(K);

/**
 * Class probabilities of the claim in `buf`, into the shared `probs` array (read before the next call).
 * Each class sums its bias, the fixed columns in column order (a quoted claim's copy right after each)
 * and then the words: the order, and so every rounding, of the weights file's sparse rows.
 */
export function classProbabilities(model: ClaimModel, buf: FeatureBuffer): Float64Array {
  const Wc = model.byColumn;
  const bias = model.softmax.bias;
  const v = buf.value;
  const quoted = v[F_QUOTED] !== 0;
  for (let k = 0; k < K; k++) probs[k] = bias[k]!;
  for (let j = 0; j < NF; j++) {
    const x = v[j]!;
    if (x === 0) continue;
    const o = j * K;
    for (let k = 0; k < K; k++) probs[k]! += Wc[o + k]! * x;
    if (quoted) {
      const oq = (NF + j) * K;
      for (let k = 0; k < K; k++) probs[k]! += Wc[oq + k]! * x;
    }
  }
  for (let q = 0; q < buf.nWords; q++) {
    const o = buf.words[q]! * K;
    for (let k = 0; k < K; k++) probs[k]! += Wc[o + k]!;
  }
  softmaxInPlace(probs);
  return probs;
}

const SPECULATION = CLASSES.indexOf('speculation');
const MENTAL = CLASSES.indexOf('mental-state');

// the rules, made once (a verdict points at the one that fired)
const RULE_HEARSAY: Rule = { decide: SPECULATION, forbid: -1, feature: 'hearsay-agentless' };
const RULE_TEASER: Rule = { decide: SPECULATION, forbid: -1, feature: 'teaser-question' };
const RULE_PREDICTION: Rule = { decide: SPECULATION, forbid: -1, feature: 'future-main' };
const RULE_OWN_FEELINGS: Rule = { decide: -1, forbid: MENTAL, feature: 'mental-first' };

const F_QUOTED = featureIndex('voice-quoted');
const F_HEARSAY = featureIndex('hearsay-agentless');
const F_TEASER = featureIndex('teaser-question');
const F_MENTAL_THIRD = featureIndex('mental-third');
const F_FUTURE_MAIN = featureIndex('future-main');
const F_ATTR_NONE = featureIndex('attr-none');
const F_ENTITY_OTHER = featureIndex('entity-other');
const F_NUMBER = featureIndex('number');
const F_PERSON = featureIndex('person');
const F_MENTAL_FIRST = featureIndex('mental-first');

/**
 * The guide's rules where they are clearer than the weights. A rule names its feature (the reason
 * quotes it) and either decides the class or rules one out:
 * - agentless hearsay on the writer's main clause ("reportedly", "is said to") is speculation;
 * - a question in the writer's voice (a teaser: "Is this the end?") is speculation;
 * - a speaker on their own feelings ("I love it") is not mind-reading of a third person;
 * - a "will" on the writer's main clause with nothing behind it (no source, no named person, place,
 *   organization or number: "They will split before summer") is a prediction: speculation.
 * A "will" that names who and where ("Nora Pike will also coach the cast for CBS") reads as an announced
 * plan, which the readers type as a fact: it is left to the weights (the `future-main` feature). On the
 * training articles every "will" made a prediction was right on 4 of 13 claims (train CV 0.722); the
 * narrow rule on 3 of 4 (0.729, with a capitalised "Will" inside a sentence no longer the future).
 * A scheduled future event ("the tour will continue through October") is no longer a rule ruling out
 * speculation: the `future-scheduled` feature's weights do it as well and the weights also weigh what
 * else the sentence says (train CV over seeds 0-4: accuracy 0.729 → 0.731, macro-F1 0.648 → 0.652, the
 * same on every deal; dev 0.690 → 0.692, macro-F1 0.582 → 0.585).
 */
function rule(buf: FeatureBuffer): Rule | null {
  const v = buf.value;
  if (!v[F_QUOTED] && v[F_HEARSAY]) return RULE_HEARSAY;
  if (v[F_TEASER]) return RULE_TEASER;
  if (
    !v[F_QUOTED] &&
    v[F_FUTURE_MAIN] &&
    !v[F_MENTAL_THIRD] &&
    v[F_ATTR_NONE] &&
    !v[F_ENTITY_OTHER] &&
    !v[F_NUMBER] &&
    !v[F_PERSON]
  )
    return RULE_PREDICTION;
  if (v[F_MENTAL_FIRST] && !v[F_MENTAL_THIRD]) return RULE_OWN_FEELINGS;
  return null;
}

const FACT_PUBLIC = CLASSES.indexOf('fact-public');
const FACT_PRIVATE = CLASSES.indexOf('fact-private');

/**
 * Types the claim whose features are in `buf`: its class and probability (no strings built). The content
 * comes first, a fact weighed by its public and private probabilities summed, then which fact by the larger:
 * the single most probable of the five classes split a fact's mass between its halves (README, Claims).
 */
export function classify(model: ClaimModel, buf: FeatureBuffer): Verdict {
  const p = classProbabilities(model, buf);
  const r = rule(buf);
  let best = r && r.decide >= 0 ? r.decide : -1;
  let second = -1;
  if (best < 0) {
    // the content first, a fact counted once (public + private), then which fact
    const fact = p[FACT_PUBLIC]! + p[FACT_PRIVATE]!;
    let top = -1;
    let topP = -1;
    for (let k = 0; k < p.length; k++) {
      if (k === FACT_PUBLIC || k === FACT_PRIVATE || k === r?.forbid) continue;
      if (p[k]! > topP) {
        top = k;
        topP = p[k]!;
      }
    }
    best = fact >= topP ? (p[FACT_PUBLIC]! >= p[FACT_PRIVATE]! ? FACT_PUBLIC : FACT_PRIVATE) : top;
  }
  if (best < 0) {
    best = r?.forbid === 0 ? 1 : 0;
    for (let k = 0; k < p.length; k++) if (k !== r?.forbid && p[k]! > p[best]!) best = k;
  }
  for (let k = 0; k < p.length; k++) if (k !== best && (second < 0 || p[k]! > p[second]!)) second = k;
  return {
    cls: CLASSES[best]!,
    ruled: r !== null && r.decide >= 0,
    probability: p[best]!,
    best,
    second,
    rule: r,
  };
}

const pullOf = new Float64Array(NF);
// the strongest pulls of the verdict being explained (named features and words), `top` of them;
// grown (rarely: only when a caller asks for more entries than ever before) by `explain`
let topPull = new Float64Array(3);
let topLabel: string[] = ['', '', ''];
let topToken = new Int32Array(3);
let top = 3;

/** Offers a pull to the top `top`, keeping them in decreasing order (ties: the first offered stays ahead). */
function offer(label: string, pull: number, token: number): void {
  if (pull <= topPull[top - 1]!) return;
  let k = top - 1;
  while (k > 0 && pull > topPull[k - 1]!) {
    topPull[k] = topPull[k - 1]!;
    topLabel[k] = topLabel[k - 1]!;
    topToken[k] = topToken[k - 1]!;
    k--;
  }
  topPull[k] = pull;
  topLabel[k] = label;
  topToken[k] = token;
}

/**
 * The cue and the reason of a verdict, from the features it was typed on (`buf` must still hold them):
 * the `entries` features that pulled most toward its class and away from the runner-up (the stage's
 * `reasonFeatures` option; a rule that fired is the first of them).
 */
export function explain(
  doc: Doc,
  model: ClaimModel,
  buf: FeatureBuffer,
  v: Verdict,
  entries = 3,
): Explanation {
  if (entries > topPull.length) {
    topPull = new Float64Array(entries);
    topLabel = new Array<string>(entries).fill('');
    topToken = new Int32Array(entries);
  }
  top = entries;
  const { best, second, probability, rule: r } = v;
  const Wc = model.byColumn;
  const v0 = buf.value;
  const quoted = v0[F_QUOTED] !== 0;
  // a feature and its quoted copy pull together: one entry per named feature
  for (let j = 0; j < NF; j++) {
    const x = v0[j]!;
    let pull = 0;
    if (x !== 0) {
      pull += x * (Wc[j * K + best]! - Wc[j * K + second]!);
      if (quoted) pull += x * (Wc[(NF + j) * K + best]! - Wc[(NF + j) * K + second]!);
    }
    pullOf[j] = pull;
  }
  const ruleFeature = r ? featureIndex(r.feature) : -1;
  topPull.fill(0);
  topToken.fill(-1);
  topLabel.fill('');
  // and the strongest cue word among all
  let cuePull = 0;
  let cueToken = -1;
  for (let j = 0; j < NF; j++) {
    const pull = pullOf[j]!;
    if (pull <= 0 || j === ruleFeature) continue;
    offer(FIXED_FEATURES[j]![1], pull, buf.at[j]!);
    if (CUE_COLUMNS[j] === 1 && buf.at[j]! >= 0 && pull > cuePull) {
      cuePull = pull;
      cueToken = buf.at[j]!;
    }
  }
  for (let q = 0; q < buf.nWords; q++) {
    const col = buf.words[q]!;
    offer('the word', Wc[col * K + best]! - Wc[col * K + second]!, buf.wordAt[q]!);
  }
  let named = '';
  let nNamed = 0;
  const ruleToken = r ? buf.at[ruleFeature]! : -1;
  if (r) {
    named = label(doc, `by rule, ${FIXED_FEATURES[ruleFeature]![1]}`, ruleToken);
    nNamed = 1;
  }
  for (let k = 0; k < top && nNamed < top; k++)
    if (topPull[k]! > 0) {
      const entry = label(doc, topLabel[k]!, topToken[k]!);
      named = nNamed === 0 ? entry : `${named}; ${entry}`;
      nNamed++;
    }
  // the cue is the rule's word, else the strongest cue word among all the pulls
  const cueAt = ruleToken >= 0 ? ruleToken : cueToken;
  const cls = CLASSES[best]!;
  const runnerUp = CLASSES[second]!;
  return {
    cue: cueAt >= 0 ? cueSpan(doc, cueAt) : null,
    reason: `${DESCRIBE[cls]} (${Math.round(probability * 100)}%, rather than ${DESCRIBE_LOWER[runnerUp]}): ${
      nNamed ? named : 'nothing marks it otherwise'
    }.`,
  };
}

/** The span a cue token stands for: a cue that starts a hedge phrase ("is said to", "all signs point to") is the whole phrase. */
function cueSpan(doc: Doc, token: number): Span {
  const t = doc.tokens;
  return hedgeAt(doc, t.start[token]!) ?? { start: t.start[token]!, end: t.end[token]! };
}

/** A reason's entry: the feature's words, with the text of its token when it has one. */
function label(doc: Doc, words: string, token: number): string {
  if (token < 0) return words;
  const s = cueSpan(doc, token);
  return `${words} “${doc.text.slice(s.start, s.end)}”`;
}

/** Features whose word can be a claim's cue: the words the guide types by (not names, tense or plain words). */
const CUE_FEATURES: ReadonlySet<string> = new Set<FixedFeature>([
  'question',
  'teaser-question',
  'question-quoted',
  'hedge',
  'hedge-main',
  'hearsay-agentless',
  'hearsay-anonymous',
  'booster',
  'modal',
  'modal-main',
  'future',
  'future-main',
  'future-scheduled',
  'deontic',
  'conditional',
  'mental',
  'mental-third',
  'mental-third-main',
  'mental-main',
  'mental-first',
  'mental-cognition',
  'mental-cognition-first',
  'perception',
  'evaluative',
  'evaluative-main',
  'superlative',
  'intensifier',
  'generic',
  'second-person',
  'private-life',
  'public-record',
  'date',
  'number',
  'speculative',
  'speculative-content',
  'mental-third-content',
  'mental-predicate',
  'evaluative-predicate',
]);

/** 1 for the named features whose word can be a cue, by column. */
const CUE_COLUMNS = Uint8Array.from(FIXED_FEATURES, ([id]) => (CUE_FEATURES.has(id) ? 1 : 0));

/** The hedge phrase starting at `offset`, if there is one (hedges are sorted by start). */
function hedgeAt(doc: Doc, offset: number): Span | null {
  let lo = 0;
  let hi = doc.hedges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.hedges[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  const h = doc.hedges[lo];
  return h && h.start === offset ? { start: h.start, end: h.end } : null;
}

const DESCRIBE: Readonly<Record<ClaimClass, string>> = {
  'fact-public': 'A fact anyone could check',
  'fact-private': 'A fact only insiders could know',
  'mental-state': 'Mind-reading',
  speculation: 'Speculation',
  opinion: 'Opinion',
};

/** The same, lower-cased, as the runner-up ("rather than speculation"). */
const DESCRIBE_LOWER = Object.fromEntries(
  CLASSES.map((c) => [c, DESCRIBE[c].toLowerCase()]),
) as unknown as Readonly<Record<ClaimClass, string>>;
