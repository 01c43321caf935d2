/**
 * Signals about the headline: whether it passes on a report, turns on private life or someone's
 * feelings, or names a public event. The headline is not part of `report.text`, so these signals give
 * no evidence spans; their sentences quote the words of the headline that set them off.
 */
import { type Feature, type Measurement, measurement, type ScoreInput } from './feature-kit.ts';
import { headlineHit } from './text-match.ts';
import type { ListName } from './token-match.ts';

/** Whether the article has a headline to read. */
export const hasHeadline = (r: ScoreInput): boolean => (r.meta.title ?? '').trim() !== '';

/** What is said of a headline signal when there is no headline. */
export const NO_HEADLINE = 'There is no headline to read.';

/** A 0/1 measurement: whether the headline matches a word list, with the matched words as the example. */
function headline(r: ScoreInput, list: ListName): Measurement {
  if (!hasHeadline(r)) return measurement(0, 0, [], undefined, undefined, true);
  const hit = headlineHit(r, list);
  return measurement(hit ? 1 : 0, hit ? 1 : 0, [], hit ? [`“${hit}”`] : []);
}

/** Whether a character is an ASCII letter or digit, for the edges of a number in the headline. */
const isWordChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * The first word of the headline that starts with a digit ("2018", "30", "3rd", "$5M"), or null: a
 * year, an age, a count or a season is something specific a reader can check. The headline is short and
 * is not the article's text, so it is read character by character.
 */
export function headlineNumber(title: string): string | null {
  for (let k = 0; k < title.length; k++) {
    const c = title.charCodeAt(k);
    if (c < 48 || c > 57 || (k > 0 && isWordChar(title.charCodeAt(k - 1)))) continue;
    let end = k + 1;
    while (
      end < title.length &&
      (isWordChar(title.charCodeAt(end)) ||
        ((title.charCodeAt(end) === 44 || title.charCodeAt(end) === 46) &&
          end + 1 < title.length &&
          title.charCodeAt(end + 1) >= 48 &&
          title.charCodeAt(end + 1) <= 57))
    )
      end++;
    return title.slice(k, end);
  }
  return null;
}

/**
 * The first quotation of the headline ("Star on her split: “We are still friends”"), or null: a
 * headline that puts words in quotation marks gives them to someone instead of asserting them itself.
 * Double marks (“ ” ") always quote; a single ‘ or ' quotes only when it opens a word (after the start,
 * a space or a colon) and a matching ’ or ' closes a later word at least two characters on, so an apostrophe ("Kim's", "rock 'n'")
 * is not taken for one.
 */
export function headlineQuote(title: string): string | null {
  for (let k = 0; k < title.length; k++) {
    const c = title[k]!;
    if (c === '“' || c === '"') {
      const close = title.indexOf(c === '“' ? '”' : '"', k + 1);
      if (close > k + 1) return title.slice(k, close + 1);
      continue;
    }
    if ((c === '‘' || c === "'") && (k === 0 || title[k - 1] === ' ' || title[k - 1] === ':')) {
      const mark = c === '‘' ? '’' : "'";
      // the closing mark ends a word: a letter or punctuation before it, no letter after it
      for (let e = title.indexOf(mark, k + 3); e > 0; e = title.indexOf(mark, e + 1)) {
        const after = title[e + 1];
        if (title[e - 1] !== ' ' && (after === undefined || !/[\p{L}\d]/u.test(after)))
          return title.slice(k, e + 1);
      }
    }
  }
  return null;
}

/** "The headline … (“word”)." or the plain sentence when it does not match. */
const said =
  (yes: string, no: string) =>
  (v: number, _c: number, m: Measurement): string =>
    m.missing ? NO_HEADLINE : v > 0 ? `${yes} (${m.examples?.[0] ?? ''}).` : no;

/** Signals about the headline, in weights-file order. */
export const HEADLINE_FEATURES: readonly Feature[] = [
  {
    id: 'headline-hearsay',
    direction: -1,
    compute: (r) => headline(r, 'headlineHearsay'),
    describe: said(
      'The headline itself passes on a report or a rumour',
      'The headline does not pass on a report or a rumour.',
    ),
  },
  {
    id: 'headline-private-life',
    direction: -1,
    compute: (r) => headline(r, 'privateLife'),
    describe: said(
      'The headline turns on private life, which outsiders cannot see',
      'The headline is not about private life.',
    ),
  },
  {
    id: 'headline-mind-reading',
    direction: -1,
    compute: (r) => headline(r, 'headlineMind'),
    describe: said(
      'The headline says what someone feels or wants, which only they can know',
      'The headline does not say what someone feels or wants.',
    ),
  },
  {
    id: 'headline-work',
    direction: 1,
    compute: (r) => headline(r, 'publicWork'),
    describe: said(
      'The headline is about public work (a film, a show, a record) anyone can look up',
      'The headline is not about a film, a show or a record.',
    ),
  },
  {
    id: 'headline-appearance',
    direction: 1,
    compute: (r) => headline(r, 'appearance'),
    describe: said(
      'The headline is about how someone looked at an appearance others saw',
      'The headline is not about what someone wore.',
    ),
  },
  {
    id: 'headline-question',
    direction: -1,
    compute: (r) => {
      if (!hasHeadline(r)) return measurement(0, 0, [], undefined, undefined, true);
      const asks = (r.meta.title ?? '').includes('?');
      return measurement(asks ? 1 : 0, asks ? 1 : 0, []);
    },
    describe: (v, _c, m) =>
      m.missing
        ? NO_HEADLINE
        : v > 0
          ? 'The headline asks a question instead of telling what happened.'
          : 'The headline does not ask a question.',
  },
  {
    id: 'headline-number',
    direction: 1,
    compute: (r) => {
      if (!hasHeadline(r)) return measurement(0, 0, [], undefined, undefined, true);
      const hit = headlineNumber(r.meta.title ?? '');
      return measurement(hit ? 1 : 0, hit ? 1 : 0, [], hit ? [`“${hit}”`] : []);
    },
    describe: said(
      'The headline gives a number (a year, an age, a count), something specific to check',
      'The headline gives no number to check.',
    ),
  },
  {
    // a headline that quotes gives its words to someone who said them (an on-record statement, a post)
    id: 'headline-quote',
    direction: 1,
    compute: (r) => {
      if (!hasHeadline(r)) return measurement(0, 0, [], undefined, undefined, true);
      const hit = headlineQuote(r.meta.title ?? '');
      return measurement(hit ? 1 : 0, hit ? 1 : 0, [], hit ? [hit] : []);
    },
    describe: said(
      'The headline quotes someone’s own words instead of asserting them itself',
      'The headline quotes no one.',
    ),
  },
  {
    id: 'headline-event',
    direction: 1,
    compute: (r) => headline(r, 'events'),
    describe: said(
      'The headline is about a public event anyone could check',
      'The headline does not name a public event.',
    ),
  },
];
