/**
 * Signals about what the article reports: specific dates and public events anyone could check, against
 * private-life talk that only insiders could know, questions put to the reader and a headline that
 * itself passes on a report.
 */
import { type Feature, phrases, plural, type ScoreInput, withExamples } from './feature-kit.ts';
import {
  CALENDAR_DATE,
  HEADLINE_HEARSAY,
  PRIVATE_LIFE,
  PUBLIC_EVENTS,
  READER_PROMPTS,
  WEEKDAY_OR_NIGHT,
} from './lexicon.ts';
import { findAll, mergeSpans } from './text-match.ts';

/** Specific dates and times: the dates stage's day and month dates, weekdays, month dates and clock times. */
export function datedDetails(r: ScoreInput): ReturnType<typeof mergeSpans> {
  const resolved = r.dates.filter((d) => d.precision === 'day' || d.precision === 'month');
  return mergeSpans(resolved, findAll(r.text, WEEKDAY_OR_NIGHT), findAll(r.text, CALENDAR_DATE));
}

/** Public events: the engine's event entities and the event phrase list. */
export function publicEvents(r: ScoreInput): ReturnType<typeof mergeSpans> {
  const entities = r.entities.filter((e) => e.kind === 'event').flatMap((e) => e.mentions);
  return mergeSpans(entities, findAll(r.text, PUBLIC_EVENTS));
}

/** Signals about the specifics the article gives, in the order the weights file lists them. */
export const SPECIFICS_FEATURES: readonly Feature[] = [
  {
    id: 'dated-details',
    compute: (r) => {
      const evidence = datedDetails(r);
      return {
        value: Math.log1p(evidence.length),
        count: evidence.length,
        evidence,
        examples: phrases(r, evidence, 3),
      };
    },
    describe: (_v, _c, m) =>
      m.count === 0
        ? 'It gives no specific day, date or time for what happened.'
        : withExamples(
            `It gives ${plural(m.count, 'specific date or time', 'specific dates or times')}`,
            m.examples,
          ),
  },
  {
    id: 'public-events',
    compute: (r) => {
      const evidence = publicEvents(r);
      return {
        value: Math.log1p(evidence.length),
        count: evidence.length,
        evidence,
        examples: phrases(r, evidence, 3),
      };
    },
    describe: (_v, _c, m) =>
      m.count === 0
        ? 'It reports no public event (a ceremony, an episode, a performance) anyone could check.'
        : withExamples(
            `It reports public events anyone could check ${plural(m.count, 'time', 'times')}`,
            m.examples,
          ),
  },
  {
    id: 'private-life',
    compute: (r) => {
      const evidence = findAll(r.text, PRIVATE_LIFE);
      return {
        value: Math.log1p(evidence.length),
        count: evidence.length,
        evidence,
        examples: phrases(r, evidence, 3),
      };
    },
    describe: (_v, _c, m) =>
      m.count === 0
        ? 'It says nothing about private life (romance, a split, a pregnancy).'
        : withExamples(
            `It turns on private life, which outsiders cannot see (${plural(m.count, 'mention', 'mentions')})`,
            m.examples,
          ).replace(/\)\s\(/, '; '),
  },
  {
    id: 'reader-prompts',
    compute: (r) => {
      const evidence = findAll(r.text, READER_PROMPTS);
      return {
        value: Math.log1p(evidence.length),
        count: evidence.length,
        evidence,
        examples: phrases(r, evidence, 2),
      };
    },
    describe: (_v, _c, m) =>
      m.count === 0
        ? 'It does not ask readers to guess along.'
        : withExamples(`It asks readers to guess along ${plural(m.count, 'time', 'times')}`, m.examples),
  },
  {
    id: 'headline-hearsay',
    compute: (r) => {
      const hit = HEADLINE_HEARSAY.exec(r.meta.title ?? '');
      return { value: hit ? 1 : 0, count: hit ? 1 : 0, evidence: [], examples: hit ? [`“${hit[0]}”`] : [] };
    },
    describe: (v, _c, m) =>
      v > 0
        ? `The headline itself passes on a report or a rumour (${m.examples?.[0] ?? ''}).`
        : 'The headline does not pass on a report or a rumour.',
  },
];
