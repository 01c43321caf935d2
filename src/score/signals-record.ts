/**
 * Signals about people on the record: how much of what is quoted comes from named sources, whether
 * they speak for themselves ("I", "my"), whether their own posts are cited, and whether quotations are
 * introduced plainly ("said", "wrote") by named speakers.
 */
import type { Quote, Span } from '../report/schema.ts';
import { type Feature, listNames, measurement, plural, share, span } from './feature-kit.ts';
import { hashRange, wordSet } from '../core/hash.ts';
import { ON_RECORD_CUES, POST_CUES } from './lexicon.ts';
import { counted, timesSentence } from './signals-sourcing.ts';
import { hitsOf, mergeSpans, quoteAround } from './text-match.ts';

const POST_CUE_SET = wordSet(POST_CUES);
const ON_RECORD_CUE_SET = wordSet(ON_RECORD_CUES);
/** Whether a quotation's cue is one word of a cue list. */
const cueIn = (text: string, q: Quote, set: ReadonlySet<number>): boolean =>
  q.cue !== null && set.has(hashRange(text, q.cue.start, q.cue.end));

const named = (q: Quote): boolean =>
  q.speaker.kind === 'named-person' || q.speaker.kind === 'named-organization';
const onRecord = (q: Quote): boolean => named(q) || q.speaker.kind === 'document';

/** Signals about named, on-record speech, in weights-file order. */
export const RECORD_FEATURES: readonly Feature[] = [
  {
    id: 'named-quoted-share',
    direction: 1,
    compute: (r) => {
      const total = r.quotes.reduce((a, q) => a + q.words, 0);
      const mine = r.quotes.filter(named);
      const words = mine.reduce((a, q) => a + q.words, 0);
      return measurement(
        share(words, total),
        words,
        mine.map(span),
        [...new Set(mine.map((q) => q.speaker.name))],
        total,
      );
    },
    describe: (v, _c, m) => {
      if (!m.of) return 'Nothing is quoted, so no quoted words come from a named source.';
      if (m.count === 0) return `None of the ${m.of} quoted words comes from a named source.`;
      return `${Math.round(v * 100)}% of the quoted words (${m.count} of ${m.of}) come from named sources: ${listNames(m.examples ?? [])}.`;
    },
  },
  {
    id: 'first-person-quotes',
    direction: 1,
    compute: (r) => {
      const hits: Span[] = [];
      const speakers = new Set<string>();
      for (const s of hitsOf(r).firstPerson) {
        const q = quoteAround(r.quotes, s);
        if (q === undefined || q.kind === 'indirect' || !onRecord(q)) continue;
        hits.push(s);
        speakers.add(q.speaker.name);
      }
      return measurement(Math.log1p(hits.length), hits.length, hits, [...speakers]);
    },
    describe: (_v, _c, m) =>
      m.count === 0
        ? 'No named person is quoted speaking for themselves ("I", "my", "we").'
        : `Named people speak for themselves in the quotations (${plural(m.count, 'first-person word', 'first-person words')}, from ${listNames(m.examples ?? [])}).`,
  },
  {
    id: 'own-posts',
    direction: 1,
    compute: (r) => {
      const cues = r.quotes.filter((q) => named(q) && cueIn(r.text, q, POST_CUE_SET)).map((q) => q.cue!);
      return counted(r, mergeSpans(cues, hitsOf(r).ownPosts));
    },
    describe: timesSentence("It does not cite anyone's own posts.", "It cites the people's own posts"),
  },
  {
    id: 'on-record-cues',
    direction: 1,
    compute: (r) => {
      const hits = r.quotes.filter(
        (q) => q.speaker.kind === 'named-person' && cueIn(r.text, q, ON_RECORD_CUE_SET),
      );
      const c = counted(r, mergeSpans(hits.map((q) => q.cue!)));
      return measurement(c.value, c.count, c.evidence, [...new Set(hits.map((q) => q.speaker.name))]);
    },
    describe: (_v, _c, m) =>
      m.count === 0
        ? 'No named person is plainly quoted as having said or written something.'
        : `${plural(m.count, 'quotation is', 'quotations are')} plainly put to named people ("said", "wrote"): ${listNames(m.examples ?? [])}.`,
  },
];
