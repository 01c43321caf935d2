/**
 * The explainable signals of the score. Each reads a report (without its score) and returns a number
 * for the model plus the spans that justify it, and can say in one sentence what it found. Counts
 * enter the model as log1p(count) and rates as shares, so one extreme article cannot dominate a weight.
 */
import {
  byStart,
  claimShare,
  describeClaimShare,
  type Feature,
  fmt,
  listNames,
  type Measurement,
  phrases,
  plural,
  ratePer100,
  type ScoreInput,
  share,
  sourceCount,
  sourcesOf,
  span,
  withExamples,
} from './feature-kit.ts';

export type { Feature, Measurement, ScoreInput } from './feature-kit.ts';

/** The signals, in a fixed order: the weights file refers to them by id. */
export const FEATURES: readonly Feature[] = [
  {
    id: 'anonymous-quote-share',
    compute: (r) => {
      const anonymous = r.quotes.filter((q) => q.speaker.kind === 'anonymous');
      return {
        value: share(anonymous.length, r.quotes.length),
        count: anonymous.length,
        of: r.quotes.length,
        evidence: anonymous.map((q) => q.speaker.mention ?? span(q)).sort(byStart),
      };
    },
    describe: (_v, _c, m) => {
      if (!m.of) return 'There are no quotations.';
      if (m.count === 0)
        return m.of === 1
          ? 'The only quotation does not come from an anonymous source.'
          : `None of the ${m.of} quotations comes from an anonymous source.`;
      if (m.of === 1) return 'The only quotation comes from an anonymous source.';
      if (m.count === m.of) return `All ${m.of} quotations come from anonymous sources.`;
      return `${m.count} of ${m.of} quotations come from anonymous sources.`;
    },
  },
  {
    id: 'named-sources-quoted',
    compute: (r) => sourceCount(r, ['named-person', 'named-organization'], true),
    describe: (_v, _c, m) =>
      m.count === 0
        ? 'No one is quoted by name.'
        : `${plural(m.count, 'named source is', 'named sources are')} quoted on the record: ${listNames(m.examples ?? [])}.`,
  },
  {
    id: 'documents-cited',
    compute: (r) => sourceCount(r, ['document']),
    describe: (_v, _c, m) =>
      m.count === 0
        ? 'No document (court filing, statement, record) is cited.'
        : `The article cites ${plural(m.count, 'document', 'documents')}: ${listNames(m.examples ?? [])}.`,
  },
  {
    id: 'quoted-share',
    compute: (r) => {
      const s =
        r.summary.quotedShare > 0 ? r.summary.quotedShare : share(r.summary.quotedWords, r.summary.words);
      return {
        value: s,
        count: r.summary.quotedWords,
        of: r.summary.words,
        evidence: r.quotes.map(span).sort(byStart),
      };
    },
    describe: (v, _c, m) =>
      m.count === 0 && v === 0
        ? "None of the article's words are quoted."
        : `${Math.round(v * 100)}% of the article's words are quotations (${m.count} of ${m.of ?? 0}).`,
  },
  {
    id: 'quotes-per-claim',
    compute: (r) => ({
      value: Math.log1p(r.quotes.length / Math.max(r.claims.length, 1)),
      count: r.quotes.length,
      of: r.claims.length,
      evidence: [],
    }),
    describe: (_v, _c, m) =>
      `There ${m.count === 1 ? 'is' : 'are'} ${plural(m.count, 'quotation', 'quotations')} for ${plural(m.of ?? 0, 'claim', 'claims')}.`,
  },
  {
    id: 'unquoted-mind-reading',
    compute: (r) => {
      const quoted = new Set<string>();
      for (const s of r.sources) {
        if (s.quotes === 0) continue;
        quoted.add(s.name);
        if (s.entityId) quoted.add(s.entityId);
      }
      const hits = r.claims.filter((c) => c.type === 'mental-state' && !c.about.some((a) => quoted.has(a)));
      const count = r.summary.unquotedMindReading;
      return {
        value: share(count, r.claims.length),
        count,
        of: r.claims.length,
        evidence: hits.map(span).sort(byStart),
      };
    },
    describe: (_v, _c, m) =>
      m.count === 0
        ? 'No claim says what an unquoted person thinks or feels.'
        : `${m.count} of ${plural(m.of ?? 0, 'claim', 'claims')} ${m.count === 1 ? 'says' : 'say'} what someone who is not quoted thinks or feels.`,
  },
  {
    id: 'agentless-hearsay',
    compute: (r) => {
      const hits = r.hedges
        .filter((h) => h.kind === 'hearsay' && h.agentless)
        .map(span)
        .sort(byStart);
      return {
        value: Math.log1p(hits.length),
        count: hits.length,
        evidence: hits,
        examples: phrases(r, hits),
      };
    },
    describe: (_v, _c, m) =>
      m.count === 0
        ? 'Nothing is passed on without someone to say it.'
        : withExamples(
            `${plural(m.count, 'thing is', 'things are')} passed on with no one to say ${m.count === 1 ? 'it' : 'them'}`,
            m.examples,
          ),
  },
  {
    id: 'hedge-density',
    compute: (r) => {
      const hits = r.hedges
        .filter((h) => h.kind === 'hedge')
        .map(span)
        .sort(byStart);
      const value =
        r.summary.hedgesPer100Words > 0
          ? r.summary.hedgesPer100Words
          : ratePer100(hits.length, r.summary.words);
      return { value, count: hits.length, evidence: hits, examples: phrases(r, hits) };
    },
    describe: (v, _c, m) =>
      m.count === 0 && v === 0
        ? 'The article does not hedge.'
        : withExamples(`It hedges ${fmt(v)} times per 100 words`, m.examples),
  },
  {
    id: 'emotive-density',
    compute: (r) => {
      const hits = r.language.emotive.map(span).sort(byStart);
      const value =
        r.summary.emotivePer100Words > 0
          ? r.summary.emotivePer100Words
          : ratePer100(hits.length, r.summary.words);
      return { value, count: hits.length, evidence: hits, examples: phrases(r, hits) };
    },
    describe: (v, _c, m) =>
      m.count === 0 && v === 0
        ? 'It uses no emotive wording.'
        : withExamples(`It uses ${fmt(v)} emotive words per 100 words`, m.examples),
  },
  {
    id: 'shouting',
    compute: (r) => {
      const hits = [...r.language.exclamations, ...r.language.allCaps].map(span).sort(byStart);
      return { value: ratePer100(hits.length, r.summary.words), count: hits.length, evidence: hits };
    },
    describe: (v, _c, m) =>
      m.count === 0
        ? 'There are no exclamation marks or all-caps words.'
        : `It has ${plural(m.count, 'exclamation mark or all-caps word', 'exclamation marks or all-caps words')} (${fmt(v)} per 100 words).`,
  },
  {
    id: 'clickbait-title',
    compute: (r) => {
      const reasons = r.language.clickbait.map((c) => c.reason);
      return { value: reasons.length > 0 ? 1 : 0, count: reasons.length, evidence: [], examples: reasons };
    },
    describe: (v, _c, m) =>
      v > 0
        ? `The headline reads as clickbait: ${(m.examples?.[0] ?? 'it teases rather than tells').replace(/\.$/, '')}.`
        : 'The headline does not read as clickbait.',
  },
  {
    id: 'inconsistent-checks',
    compute: (r) => {
      const hits = r.checks.filter((c) => c.status === 'inconsistent');
      return {
        value: Math.log1p(hits.length),
        count: hits.length,
        evidence: hits.map((c) => span(c.span)).sort(byStart),
        examples: hits.map((c) => c.detail),
      };
    },
    describe: (_v, _c, m) =>
      m.count === 0
        ? 'No checkable fact is contradicted.'
        : `${plural(m.count, 'checkable fact does', 'checkable facts do')} not add up: ${(m.examples?.[0] ?? '').replace(/\.$/, '')}.`,
  },
  {
    id: 'consistent-checks',
    compute: (r) => {
      const hits = r.checks.filter((c) => c.status === 'consistent');
      return {
        value: Math.log1p(hits.length),
        count: hits.length,
        evidence: hits.map((c) => span(c.span)).sort(byStart),
      };
    },
    describe: (_v, _c, m) =>
      m.count === 0
        ? 'No age, date or relation in it could be checked and found consistent.'
        : `${plural(m.count, 'checkable fact (an age, a date, a relation) is', 'checkable facts (ages, dates, relations) are')} consistent.`,
  },
  {
    id: 'fact-share',
    compute: (r) => claimShare(r, 'fact'),
    describe: describeClaimShare('is a plain statement of fact', 'are plain statements of fact'),
  },
  {
    id: 'speculation-share',
    compute: (r) => claimShare(r, 'speculation'),
    describe: describeClaimShare('is speculation', 'are speculation'),
  },
  {
    id: 'opinion-share',
    compute: (r) => claimShare(r, 'opinion'),
    describe: describeClaimShare('is opinion', 'are opinion'),
  },
  {
    id: 'reported-share',
    compute: (r) => claimShare(r, 'reported'),
    describe: describeClaimShare('is reported from someone else', 'are reported from someone else'),
  },
  {
    id: 'length',
    compute: (r) => ({ value: Math.log1p(r.summary.words), count: r.summary.words, evidence: [] }),
    describe: (_v, _c, m) => `The article is ${plural(m.count, 'word', 'words')} long.`,
  },
  {
    id: 'distinct-sources',
    compute: (r) =>
      sourceCount(r, [
        'named-person',
        'named-organization',
        'anonymous',
        'unnamed-media',
        'document',
        'outlet',
      ]),
    describe: (_v, _c, m) =>
      m.count === 0
        ? 'The article cites no source at all.'
        : `The article cites ${plural(m.count, 'distinct source', 'distinct sources')}.`,
  },
  {
    id: 'outlets-cited',
    compute: (r) => sourceCount(r, ['outlet']),
    describe: (_v, _c, m) =>
      m.count === 0
        ? 'No other publication is named as a source.'
        : `It names ${plural(m.count, 'publication', 'publications')} as ${m.count === 1 ? 'a source' : 'sources'}: ${listNames(m.examples ?? [])}.`,
  },
  {
    id: 'unnamed-media',
    compute: (r) => {
      const found = sourcesOf(r, ['unnamed-media']);
      const evidence = found.flatMap((s) => s.mentions.map(span)).sort(byStart);
      const count = Math.max(evidence.length, found.length);
      return { value: Math.log1p(count), count, evidence, examples: phrases(r, evidence) };
    },
    describe: (_v, _c, m) =>
      m.count === 0
        ? 'It does not lean on unnamed reports.'
        : withExamples(`It leans on unnamed media ${plural(m.count, 'time', 'times')}`, m.examples),
  },
];

/** Every feature's measurement, in FEATURES order. */
export function measure(report: ScoreInput): Measurement[] {
  return FEATURES.map((f) => f.compute(report));
}

/** The model inputs only, in FEATURES order: what the fit script trains on. */
export function featureVector(report: ScoreInput): number[] {
  return FEATURES.map((f) => f.compute(report).value);
}
