/**
 * Claims: one per sentence of the body (claims/units.ts), split into clauses only where the content
 * type changes; each typed by the fitted classifier (claims/model.ts) as a fact (public or private),
 * mind-reading, speculation or opinion, with the source it rests on kept apart from what it asserts.
 */
import { z } from 'zod';
import type { Doc } from '../../pipeline/doc.ts';
import { defineStage } from '../../pipeline/stage.ts';
import type { Claim, Quote, SourceKind, Span } from '../../report/schema.ts';
import {
  type ClaimContext,
  claimIndex,
  extractFeatures,
  FeatureBuffer,
  firstSpanFrom,
  lowerBound,
  type PersonIndex,
} from './features.ts';
import { CLASS_READING, type ClaimModel, classify, explain, shippedModel, type Verdict } from './model.ts';
import {
  type ClaimUnit,
  claimUnits,
  clauseBreaks,
  trimSpan,
  UNIT_DEFAULTS,
  type UnitOptions,
} from './units.ts';

/** The claims stage's thresholds (the unit options of claims/units.ts and the clause split). */
export const ClaimOptions = z.object({
  minWords: z
    .number()
    .int()
    .nonnegative()
    .default(UNIT_DEFAULTS.minWords)
    .describe('A sentence with fewer words is not a claim ("Not now.")'),
  creditMaxWords: z
    .number()
    .int()
    .nonnegative()
    .default(UNIT_DEFAULTS.creditMaxWords)
    .describe('A line with at most this many words naming a photo agency after a slash is a credit'),
  embedMarks: z
    .number()
    .int()
    .positive()
    .default(UNIT_DEFAULTS.embedMarks)
    .describe(
      'A line with at least this many marks of embed text ("A post shared by", "Video loading") is not a claim',
    ),
  questionReach: z
    .number()
    .int()
    .nonnegative()
    .default(UNIT_DEFAULTS.questionReach)
    .describe(
      'Characters back from a sentence end within which a quoted "?" makes it a question ("…?” she asked.")',
    ),
  reasonFeatures: z
    .number()
    .int()
    .positive()
    .default(3)
    .describe('A claim’s reason names at most this many features (the rule that fired counts as one)'),
  clauseConfidence: z
    .number()
    .min(0)
    .max(1)
    .default(0.3)
    .describe('Both clauses of a split must be typed differently, each with at least this probability'),
  clauseMinWords: z
    .number()
    .int()
    .positive()
    .default(4)
    .describe('Each clause of a split keeps at least this many words'),
  maxClauseSplits: z
    .number()
    .int()
    .nonnegative()
    .default(3)
    .describe('At most this many split points are tried per sentence (keeps the stage linear)'),
});
/** The claims stage's options. */
export type ClaimOptions = z.output<typeof ClaimOptions> & UnitOptions;

/** The defaults of the claims stage. */
export const CLAIM_DEFAULTS: ClaimOptions = ClaimOptions.parse({});

interface Typed {
  readonly verdict: Verdict;
  readonly experiencer: string | null;
  readonly cue: Span | null;
  readonly reason: string;
}

// Three feature buffers, reused for every document: the whole sentence's, and the left and right
// clauses of the split being tried. A verdict is explained (the costly part: strings) only once it is
// reported, while its buffer still holds its features; splits tried and dropped build no reason.
const wholeBuf = new FeatureBuffer();
const leftBuf = new FeatureBuffer();
const rightBuf = new FeatureBuffer();

/** Finds and types the claims of a document. */
export function findClaims(
  doc: Doc,
  options: ClaimOptions = CLAIM_DEFAULTS,
  model: ClaimModel = shippedModel(),
): Claim[] {
  const claims: Claim[] = [];
  const persons = claimIndex(doc, model.vocab);
  const kindOf = new Map<string, SourceKind>();
  const entityOf = new Map<string, string | null>();
  for (const s of doc.sources) {
    kindOf.set(s.id, s.kind);
    entityOf.set(s.id, s.entityId);
  }
  const type = (span: Span, ctx: ClaimContext, buf: FeatureBuffer): Verdict => {
    extractFeatures(doc, span, ctx, persons, buf);
    return classify(model, buf);
  };
  const typed = (v: Verdict, buf: FeatureBuffer): Typed => {
    const { cue, reason } = explain(doc, model, buf, v, options.reasonFeatures);
    return { verdict: v, experiencer: buf.experiencer, cue, reason };
  };
  for (const unit of claimUnits(doc, options)) {
    const sourceId = unit.quote?.sourceId ?? null;
    const kind = sourceId ? (kindOf.get(sourceId) ?? null) : null;
    const ctx = (question: boolean): ClaimContext => ({
      quoted: unit.quoted,
      attribution: kind,
      firstSentence: unit.firstSentence,
      question,
    });
    let from = unit.start;
    // a rule that decides the whole sentence ("All signs point to …", a teaser question) scopes over
    // every clause of it: the sentence stays one claim
    const whole = type(unit, ctx(unit.question), wholeBuf);
    const breaks = whole.ruled
      ? []
      : clauseBreaks(doc, unit, options.clauseMinWords, options.maxClauseSplits);
    for (const b of breaks) {
      const left = trimSpan(doc.text, from, b);
      const right = trimSpan(doc.text, b, unit.end);
      if (!left || !right) continue;
      const l = type(left, ctx(false), leftBuf);
      const r = type(right, ctx(unit.question), rightBuf);
      if (
        CLASS_READING[l.cls].content === CLASS_READING[r.cls].content ||
        l.probability < options.clauseConfidence ||
        r.probability < options.clauseConfidence
      )
        continue;
      claims.push(
        toClaim(doc, claims.length, left, unit, typed(l, leftBuf), sourceId, kind, entityOf, persons),
      );
      from = b;
    }
    const last = trimSpan(doc.text, from, unit.end) ?? unit;
    const t =
      from === unit.start
        ? typed(whole, wholeBuf)
        : typed(type(last, ctx(unit.question), rightBuf), rightBuf);
    claims.push(toClaim(doc, claims.length, last, unit, t, sourceId, kind, entityOf, persons));
  }
  return claims;
}

function toClaim(
  doc: Doc,
  n: number,
  span: Span,
  unit: ClaimUnit,
  typed: Typed,
  sourceId: string | null,
  kind: SourceKind | null,
  entityOf: ReadonlyMap<string, string | null>,
  persons: PersonIndex,
): Claim {
  const { content, checkable } = CLASS_READING[typed.verdict.cls];
  const mental = content === 'mental-state';
  // a handful of ids at most: an array in first-seen order is cheaper than a Set
  const about: string[] = [];
  if (mental && typed.experiencer) about.push(typed.experiencer);
  // a speaker on their own feelings or doings: the claim is about the speaker
  const speaker = unit.quoted && sourceId ? entityOf.get(sourceId) : null;
  if (speaker && !mental && !about.includes(speaker)) about.push(speaker);
  for (
    let p = lowerBound(persons.starts, span.start);
    p < persons.starts.length && persons.starts[p]! < span.end;
    p++
  ) {
    const e = persons.entity[p]!;
    if (!about.includes(e)) about.push(e);
  }
  const hedges: Span[] = [];
  const boosters: Span[] = [];
  for (
    let k = firstSpanFrom(doc.hedges, span.start);
    k < doc.hedges.length && doc.hedges[k]!.start < span.end;
    k++
  ) {
    const h = doc.hedges[k]!;
    if (h.end > span.end) continue;
    (h.kind === 'booster' ? boosters : hedges).push({ start: h.start, end: h.end });
  }
  return {
    id: `c${n + 1}`,
    start: span.start,
    end: span.end,
    voice: unit.quoted ? 'quoted' : 'author',
    content,
    checkable,
    attribution: sourceId && kind ? { sourceId, kind } : null,
    quoteId: quoteIdOf(unit.quote),
    about,
    experiencer: mental ? (typed.experiencer ?? about[0] ?? null) : null,
    hedges,
    boosters,
    cue: typed.cue,
    confidence: Math.round(typed.verdict.probability * 1000) / 1000,
    reason: typed.reason,
  };
}

const quoteIdOf = (q: Quote | null): string | null => q?.id ?? null;

/** Finds and types claims. */
export const claimsStage = defineStage({
  name: 'claims',
  about:
    'Claims: fact (public or private), mental-state, speculation or opinion, and the source each rests on',
  needs: ['tokens', 'sentences', 'captions', 'quotes', 'sources', 'entities', 'mentions', 'hedges', 'dates'],
  gives: ['claims'],
  options: ClaimOptions,
  run: (doc, options) => ({ claims: findClaims(doc, options) }),
});
