/**
 * Signals about what the article reports: specific dates and public events anyone could check, against
 * private-life talk that only insiders could know, and questions put to the reader.
 */
import type { Span } from '../report/schema.ts';
import {
  type Feature,
  measurement,
  phrases,
  plural,
  type ScoreInput,
  sentencesWith,
  share,
  withExamples,
} from './feature-kit.ts';
import { counted, timesSentence } from './signals-sourcing.ts';
import { hitsOf, mergeSpans, quoteAround } from './text-match.ts';

/**
 * The article's own negations: what it says is not so, outside quotations (a star or a rep denying
 * something on the record is their word, not the article's). The token pass finds them: the negators
 * of NEGATIONS as words, and words closed by "n't" / "n’t", whose span is the whole word.
 */
export function negations(r: ScoreInput): Span[] {
  const out: Span[] = [];
  for (const s of hitsOf(r).negations) if (quoteAround(r.quotes, s) === undefined) out.push(s);
  return out;
}

// A date mention is specific when it names a weekday, a month or a number: "Sunday", "Jan. 28",
// "September 2016"; not "today", "last month" or "years ago".
const SPECIFIC =
  /\d|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/;

/**
 * Specific dates and times: the dates stage's day and month dates that name a weekday, a month or a
 * number, and the weekday, month-date and clock-time phrases.
 */
export function datedDetails(r: ScoreInput): Span[] {
  const resolved = r.dates.filter(
    (d) => (d.precision === 'day' || d.precision === 'month') && SPECIFIC.test(d.text),
  );
  return mergeSpans(resolved, hitsOf(r).weekday, hitsOf(r).calendar);
}

/** Public events: the engine's event entities and the event phrase list. */
export function publicEvents(r: ScoreInput): Span[] {
  const entities: Span[] = [];
  for (const e of r.entities) if (e.kind === 'event') for (const m of e.mentions) entities.push(m);
  return mergeSpans(entities, hitsOf(r).events);
}

/** Signals about the specifics the article gives, in the order the weights file lists them. */
export const SPECIFICS_FEATURES: readonly Feature[] = [
  {
    id: 'dated-details',
    direction: 1,
    compute: (r) => counted(r, datedDetails(r), 3, true),
    describe: (_v, _c, m) =>
      m.count === 0
        ? 'It gives no specific day, date or time for what happened.'
        : `It gives ${plural(m.count, 'specific date or time', 'specific dates or times')} (${(m.examples ?? []).join(', ')}).`,
  },
  {
    id: 'public-events',
    direction: 1,
    compute: (r) => counted(r, publicEvents(r)),
    describe: timesSentence(
      'It reports no public event (a ceremony, an episode, a performance) anyone could check.',
      'It reports public events anyone could check',
    ),
  },
  {
    id: 'shown-media',
    direction: 1,
    compute: (r) => counted(r, hitsOf(r).shownMedia, 2),
    describe: timesSentence(
      'It points the reader to no photo or video.',
      'It points the reader to a photo or a video',
    ),
  },
  {
    // the share of sentences that turn on private life, not a log count: a long piece that mentions a
    // split once is not a story about one (CV AUC over seeds 1-5 +0.0005 against the log count)
    id: 'private-life',
    direction: -1,
    compute: (r) => {
      const hits = hitsOf(r).privateLife;
      const n = sentencesWith(r, hits);
      return measurement(share(n, r.sentences.length), n, hits, phrases(r, hits, 3), r.sentences.length);
    },
    describe: (_v, _c, m) =>
      m.count === 0
        ? 'It says nothing about private life (romance, a split, a pregnancy).'
        : withExamples(
            `${m.count} of ${plural(m.of ?? 0, 'sentence', 'sentences')} ${m.count === 1 ? 'turns' : 'turn'} on private life, which outsiders cannot see`,
            m.examples,
          ),
  },
  {
    // the share of sentences that say what is not so: negative claims (not dating, did not go, does
    // not want) cannot be shown by a photo, a date or a record (CV AUC +0.0014 over seeds 1-5, 18 of 25
    // folds; a rate per 100 words gave +0.0008)
    id: 'negative-claims',
    direction: -1,
    compute: (r) => {
      const hits = negations(r);
      const of = r.sentences.length;
      const n = sentencesWith(r, hits);
      return measurement(share(n, of), n, hits, phrases(r, hits, 3), of);
    },
    describe: (_v, _c, m) =>
      m.count === 0
        ? 'It makes no negative claims (that something is not so).'
        : withExamples(
            `${m.count} of ${plural(m.of ?? 0, 'sentence', 'sentences')} ${m.count === 1 ? 'says' : 'say'} what is not so: negative claims no photo, date or record can show`,
            m.examples,
          ),
  },
  {
    id: 'reader-prompts',
    direction: -1,
    compute: (r) => counted(r, hitsOf(r).readerPrompts, 2),
    describe: timesSentence('It does not ask readers to guess along.', 'It asks readers to guess along'),
  },
];
