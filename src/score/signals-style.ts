/**
 * Signals of style: emotive wording, shouting and a clickbait headline. They are measured and weighed
 * like the rest, but the score is never built on them alone: sourcing and specifics carry most weight.
 */
import { sortedBy } from '../core/spans.ts';
import {
  byStart,
  type Feature,
  fmt,
  measurement,
  phrases,
  plural,
  ratePer100,
  span,
  withExamples,
} from './feature-kit.ts';
import { hasHeadline, NO_HEADLINE } from './signals-headline.ts';

/** Signals about style, in weights-file order. */
export const STYLE_FEATURES: readonly Feature[] = [
  {
    id: 'emotive-density',
    direction: -1,
    compute: (r) => {
      const hits = sortedBy(r.language.emotive.map(span), byStart);
      const value =
        r.summary.emotivePer100Words > 0
          ? r.summary.emotivePer100Words
          : ratePer100(hits.length, r.summary.words);
      return measurement(value, hits.length, hits, phrases(r, hits));
    },
    describe: (v, _c, m) =>
      m.count === 0 && v === 0
        ? 'It uses no emotive wording.'
        : withExamples(`It uses ${fmt(v)} emotive words per 100 words`, m.examples),
  },
  {
    id: 'shouting',
    direction: -1,
    compute: (r) => {
      const hits = sortedBy([...r.language.exclamations, ...r.language.allCaps].map(span), byStart);
      return measurement(ratePer100(hits.length, r.summary.words), hits.length, hits);
    },
    describe: (v, _c, m) =>
      m.count === 0
        ? 'There are no exclamation marks or all-caps words.'
        : `It has ${plural(m.count, 'exclamation mark or all-caps word', 'exclamation marks or all-caps words')} (${fmt(v)} per 100 words).`,
  },
  {
    id: 'clickbait-title',
    direction: -1,
    compute: (r) => {
      if (!hasHeadline(r)) return measurement(0, 0, [], undefined, undefined, true);
      const reasons = r.language.clickbait.map((c) => c.reason);
      return measurement(reasons.length > 0 ? 1 : 0, reasons.length, [], reasons);
    },
    describe: (v, _c, m) =>
      m.missing
        ? NO_HEADLINE
        : v > 0
          ? `The headline reads as clickbait: ${(m.examples?.[0] ?? 'it teases rather than tells').replace(/\.$/, '')}.`
          : 'The headline does not read as clickbait.',
  },
];
