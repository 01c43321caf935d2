/**
 * Signals about who stands behind the article: unnamed insiders, other publications' reports, rumour
 * talk, and on the other side people speaking on the record in their own words or their own posts.
 * Each matches phrases in the text (src/score/lexicon.ts) merged with what the engine found.
 */
import {
  type Feature,
  listNames,
  type Measurement,
  phrases,
  plural,
  type ScoreInput,
  share,
  span,
  withExamples,
} from './feature-kit.ts';
import {
  ANONYMOUS_PHRASE,
  FIRST_PERSON,
  OWN_POSTS,
  POST_CUES,
  RUMOUR_WORDS,
  TABLOID_NAMES,
  UNNAMED_MEDIA,
} from './lexicon.ts';
import { findAll, mergeSpans, quoteAround, textOf } from './text-match.ts';

/** A log1p-count measurement over spans, with a few of the phrases as examples. */
const counted = (r: ScoreInput, evidence: ReturnType<typeof mergeSpans>, max = 3): Measurement => ({
  value: Math.log1p(evidence.length),
  count: evidence.length,
  evidence,
  examples: phrases(r, evidence, max),
});

// Names that merely contain "insider" or "source" (Business Insider, a newsletter's "INSIDER").
const NOT_ANONYMOUS = /\b(?:INSIDER|SOURCE)\b|(?:Business|Celebrity|Image|Photo) (?:Insider|Source)/;

/** Unnamed sources: the engine's anonymous sources, its anonymous hearsay cues and the phrase list. */
export function anonymousAttributions(r: ScoreInput): ReturnType<typeof mergeSpans> {
  const phrases = findAll(r.text, ANONYMOUS_PHRASE).filter(
    (s) => !NOT_ANONYMOUS.test(r.text.slice(Math.max(0, s.start - 9), s.end)),
  );
  return mergeSpans(
    r.sources.filter((s) => s.kind === 'anonymous').flatMap((s) => s.mentions),
    r.hedges.filter((h) => h.kind === 'hearsay' && !h.agentless),
    phrases,
  );
}

/** Folds an outlet name for comparison: "HollywoodLife.com" and "Hollywood Life" are one outlet. */
const outletKey = (name: string): string =>
  name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/\.com$/, '')
    .replace(/[^a-z0-9&]/g, '');

// "HollywoodLife has EXCLUSIVELY learned", "told Radar exclusively": the article's own outlet speaking.
const SELF_AFTER =
  /^\s*(?:has\s+)?(?:EXCLUSIVELY|exclusively|learned|can (?:exclusively )?(?:reveal|confirm))\b/;

/** Tabloids named in the text, less the article's own outlet (from its metadata or its own voice). */
export function tabloidMentions(r: ScoreInput): ReturnType<typeof mergeSpans> {
  const own = r.meta.outlet ? outletKey(r.meta.outlet) : null;
  return findAll(r.text, TABLOID_NAMES).filter((s) => {
    if (own && outletKey(textOf(r.text, s)) === own) return false;
    return !SELF_AFTER.test(r.text.slice(s.end, s.end + 40));
  });
}

const named = (kind: string): boolean => kind === 'named-person' || kind === 'named-organization';
const onRecord = (kind: string): boolean => named(kind) || kind === 'document';

/** Signals about sourcing, in the order the weights file lists them. */
export const SOURCING_FEATURES: readonly Feature[] = [
  {
    id: 'anonymous-attribution',
    compute: (r) => counted(r, anonymousAttributions(r)),
    describe: (_v, _c, m) =>
      m.count === 0
        ? 'Nothing is put down to an unnamed source or insider.'
        : withExamples(
            `It puts things down to unnamed sources ${plural(m.count, 'time', 'times')}`,
            m.examples,
          ),
  },
  {
    id: 'tabloid-reports',
    compute: (r) => {
      const evidence = mergeSpans(tabloidMentions(r), findAll(r.text, UNNAMED_MEDIA));
      return counted(r, evidence);
    },
    describe: (_v, _c, m) =>
      m.count === 0
        ? 'It does not pass on tabloid or other unchecked reports.'
        : withExamples(
            `It passes on tabloid or unnamed reports ${plural(m.count, 'time', 'times')}`,
            m.examples,
          ),
  },
  {
    id: 'rumour-talk',
    compute: (r) => counted(r, findAll(r.text, RUMOUR_WORDS)),
    describe: (_v, _c, m) =>
      m.count === 0
        ? 'It does not talk in terms of rumours or claims.'
        : withExamples(`It talks about rumours and claims ${plural(m.count, 'time', 'times')}`, m.examples),
  },
  {
    id: 'named-quoted-share',
    compute: (r) => {
      const total = r.quotes.reduce((a, q) => a + q.words, 0);
      const mine = r.quotes.filter((q) => named(q.speaker.kind));
      const words = mine.reduce((a, q) => a + q.words, 0);
      return {
        value: share(words, total),
        count: words,
        of: total,
        evidence: mine.map(span),
        examples: [...new Set(mine.map((q) => q.speaker.name))],
      };
    },
    describe: (v, _c, m) => {
      if (!m.of) return 'Nothing is quoted, so no quoted words come from a named source.';
      if (m.count === 0) return `None of the ${m.of} quoted words comes from a named source.`;
      return `${Math.round(v * 100)}% of the quoted words (${m.count} of ${m.of}) come from named sources: ${listNames(m.examples ?? [])}.`;
    },
  },
  {
    id: 'first-person-quotes',
    compute: (r) => {
      const hits = findAll(r.text, FIRST_PERSON).filter((s) => {
        const q = quoteAround(r.quotes, s);
        return q !== undefined && q.kind !== 'indirect' && onRecord(q.speaker.kind);
      });
      const speakers = [...new Set(hits.map((s) => quoteAround(r.quotes, s)!.speaker.name))];
      return { value: Math.log1p(hits.length), count: hits.length, evidence: hits, examples: speakers };
    },
    describe: (_v, _c, m) =>
      m.count === 0
        ? 'No named person is quoted speaking for themselves ("I", "my", "we").'
        : `Named people speak for themselves in the quotations (${plural(m.count, 'first-person word', 'first-person words')}, from ${listNames(m.examples ?? [])}).`,
  },
  {
    id: 'own-posts',
    compute: (r) => {
      const cues = r.quotes
        .filter((q) => q.cue && named(q.speaker.kind) && POST_CUES.test(textOf(r.text, q.cue)))
        .map((q) => q.cue!);
      return counted(r, mergeSpans(cues, findAll(r.text, OWN_POSTS)));
    },
    describe: (_v, _c, m) =>
      m.count === 0
        ? "It does not cite anyone's own posts."
        : withExamples(`It cites the people's own posts ${plural(m.count, 'time', 'times')}`, m.examples),
  },
];
