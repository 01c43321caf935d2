import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseArticle } from '../../article.ts';
import { bundledKb, emptyKb } from '../../kb/load.ts';
import type { Kb } from '../../kb/types.ts';
import { standard } from '../../pipeline/presets.ts';
import { docBefore, runStage } from '../../pipeline/processor.ts';
import { datesStage } from './stage.ts';

/** text, start, end, resolved, precision, rule */
type Row = [string, number, number, string | null, string, string];

/** The date mentions of `text` read on `date`, as rows that compare in one assertion. */
function dates(text: string, date: string | null = '2024-10-08', kb: Kb = emptyKb()): Row[] {
  const article = parseArticle({ text, date });
  if (!article.ok) throw article.error;
  const doc = docBefore(standard, 'dates', article.value, kb);
  return (runStage(datesStage, doc).dates ?? []).map((d) => [
    d.text,
    d.start,
    d.end,
    d.resolved,
    d.precision,
    d.rule,
  ]);
}

/** The expected row for the `nth` occurrence of `needle` in `text`. */
function row(
  text: string,
  needle: string,
  resolved: string | null,
  precision: string,
  rule: string,
  nth = 0,
): Row {
  let start = -1;
  for (let k = 0; k <= nth; k++) start = text.indexOf(needle, start + 1);
  assert.ok(start >= 0, `"${needle}" is in the text`);
  return [needle, start, start + needle.length, resolved, precision, rule];
}

describe('absolute dates', () => {
  test('the written forms of one day', () => {
    const t =
      'Friday, September 30, 2024 was busy. On 30 September 2024 too, and 2024-09-30, and Jan. 5, 2020.';
    assert.deepEqual(dates(t), [
      row(t, 'Friday, September 30, 2024', '2024-09-30', 'day', 'absolute'),
      row(t, '30 September 2024', '2024-09-30', 'day', 'absolute'),
      row(t, '2024-09-30', '2024-09-30', 'day', 'absolute'),
      row(t, 'Jan. 5, 2020', '2020-01-05', 'day', 'absolute'),
    ]);
  });

  test('an impossible day is found but not resolved', () => {
    const t = 'They wed on February 30, 2023.';
    assert.deepEqual(dates(t), [row(t, 'February 30, 2023', null, 'day', 'impossible-date')]);
  });
});

describe('month and day without a year', () => {
  test('the latest such day on or before the article date', () => {
    const t = 'He flew in on September 30. He left on Sept. 30 and on October 20, and again on October 8.';
    assert.deepEqual(dates(t), [
      row(t, 'September 30', '2024-09-30', 'day', 'month-day-past'),
      row(t, 'Sept. 30', '2024-09-30', 'day', 'month-day-past'),
      row(t, 'October 20', '2023-10-20', 'day', 'month-day-past'),
      row(t, 'October 8', '2024-10-08', 'day', 'month-day-past'),
    ]);
  });

  test('a day-first date and an ordinal', () => {
    const t = 'The party was on the 30th of September, not 2 October.';
    assert.deepEqual(dates(t), [
      row(t, '30th of September', '2024-09-30', 'day', 'month-day-past'),
      row(t, '2 October', '2024-10-02', 'day', 'month-day-past'),
    ]);
  });

  test('a sentence about the future points forward', () => {
    const t =
      'Harry will fly out on October 20. He flew out on October 20. She is set to return on June 13. ' +
      "They're going to visit on March 3. She sat next to him on March 3.";
    assert.deepEqual(dates(t), [
      row(t, 'October 20', '2024-10-20', 'day', 'month-day-future'),
      row(t, 'October 20', '2023-10-20', 'day', 'month-day-past', 1),
      row(t, 'June 13', '2025-06-13', 'day', 'month-day-future'),
      row(t, 'March 3', '2025-03-03', 'day', 'month-day-future'),
      row(t, 'March 3', '2024-03-03', 'day', 'month-day-past', 1),
    ]);
  });

  test("a weekday given with the date picks the date's year", () => {
    const t = 'The show debuts Friday, November 10. It aired on Tuesday, October 1.';
    assert.deepEqual(dates(t, '2017-11-07'), [
      row(t, 'Friday, November 10', '2017-11-10', 'day', 'month-day-weekday'),
      // no year has October 1 on a Tuesday on either side of the article date: the tense decides
      row(t, 'Tuesday, October 1', '2017-10-01', 'day', 'month-day-past'),
    ]);
  });

  test('29 February goes back to the last leap year', () => {
    const t = 'They met on February 29.';
    assert.deepEqual(dates(t, '2025-06-01'), [row(t, 'February 29', '2024-02-29', 'day', 'month-day-past')]);
  });
});

describe('ambiguous words', () => {
  test('"may" the verb is not May the month', () => {
    const t = 'He may not have been there. They met on May 5. Theresa May spoke. In May it rained.';
    assert.deepEqual(dates(t), [
      row(t, 'May 5', '2024-05-05', 'day', 'month-day-past'),
      row(t, 'May', '2024-05', 'month', 'month-past', 2),
    ]);
  });

  test('"march" the verb is not March the month', () => {
    const t = 'Fans march on the palace in March. March on, they said.';
    assert.deepEqual(dates(t), [row(t, 'March', '2024-03', 'month', 'month-past', 0)]);
  });

  test('weekdays in names, and "due to" and "as expected" that are not about the future', () => {
    const t =
      'She told the Sunday Times. He hosted Saturday Night Live. She spoke on Primetime Thursday. ' +
      'She cancelled on March 3 due to illness. She arrived on June 3, as expected.';
    assert.deepEqual(dates(t), [
      row(t, 'March 3', '2024-03-03', 'day', 'month-day-past'),
      row(t, 'June 3', '2024-06-03', 'day', 'month-day-past'),
    ]);
  });

  test('ages and counts are not years', () => {
    const t =
      'Harry, 40, and the 42-year-old met 2,000 fans. A crowd of 2000 fans and 2015 people came. ' +
      'They first met in 2019.';
    assert.deepEqual(dates(t), [row(t, '2019', '2019', 'year', 'year')]);
  });
});

describe('months and years', () => {
  test('month and year', () => {
    const t = 'The couples met in September 2022 and in May of 2019.';
    assert.deepEqual(dates(t), [
      row(t, 'September 2022', '2022-09', 'month', 'month-year'),
      row(t, 'May of 2019', '2019-05', 'month', 'month-year'),
    ]);
  });

  test('years in context, decades and joined years', () => {
    const t =
      'Between 2019 and 2021, at the 2019 Met Gala, in the 1990s, by mid-2019, in a 2017 interview, ' +
      'in Emma (1996), married 2000-2005, not the 2000 cars.';
    assert.deepEqual(dates(t), [
      row(t, '2019', '2019', 'year', 'year'),
      row(t, '2021', '2021', 'year', 'year'),
      row(t, '2019', '2019', 'year', 'year', 1),
      row(t, '1990s', '1990-01-01/1999-12-31', 'range', 'decade'),
      row(t, 'mid-2019', '2019', 'year', 'year'),
      row(t, '2017', '2017', 'year', 'year'),
      row(t, '1996', '1996', 'year', 'year'),
      row(t, '2000-2005', '2000-01-01/2005-12-31', 'range', 'year-range'),
    ]);
  });

  test('a month alone after last/this/next', () => {
    const t = 'Since last September and until next May.';
    assert.deepEqual(dates(t), [
      row(t, 'last September', '2024-09', 'month', 'month-last'),
      row(t, 'next May', '2025-05', 'month', 'month-next'),
    ]);
  });

  test('captions carry dates too', () => {
    const t = 'Harry spoke.\n\nThe two couples in September 2022. (Credit: Getty)\n\nHe left.';
    assert.deepEqual(dates(t), [row(t, 'September 2022', '2022-09', 'month', 'month-year')]);
  });
});

describe('relative dates', () => {
  test('days, weeks, months and years around the article date (a Tuesday)', () => {
    const t =
      'yesterday, today, tomorrow, last night, last week, this week, next week, last month, this year.';
    assert.deepEqual(dates(t), [
      row(t, 'yesterday', '2024-10-07', 'day', 'relative-day'),
      row(t, 'today', '2024-10-08', 'day', 'relative-day'),
      row(t, 'tomorrow', '2024-10-09', 'day', 'relative-day'),
      row(t, 'last night', '2024-10-07', 'day', 'relative-day'),
      row(t, 'last week', '2024-09-30/2024-10-06', 'range', 'relative-week'),
      row(t, 'this week', '2024-10-07/2024-10-13', 'range', 'relative-week'),
      row(t, 'next week', '2024-10-14/2024-10-20', 'range', 'relative-week'),
      row(t, 'last month', '2024-09', 'month', 'relative-month'),
      row(t, 'this year', '2024', 'year', 'relative-year'),
    ]);
  });

  test('seasons are northern-hemisphere ranges', () => {
    const t = 'Last summer. This summer. Next summer. This winter. Last fall.';
    assert.deepEqual(dates(t), [
      row(t, 'Last summer', '2024-06-01/2024-08-31', 'range', 'season'),
      row(t, 'This summer', '2024-06-01/2024-08-31', 'range', 'season'),
      row(t, 'Next summer', '2025-06-01/2025-08-31', 'range', 'season'),
      row(t, 'This winter', '2024-12-01/2025-02-28', 'range', 'season'),
      row(t, 'Last fall', '2023-09-01/2023-11-30', 'range', 'season'),
    ]);
  });

  test('a season read by the tense of its sentence', () => {
    const t = 'They met in the summer. They will meet in the summer. In the fall of Rome.';
    assert.deepEqual(dates(t, '2025-03-10'), [
      row(t, 'summer', '2024-06-01/2024-08-31', 'range', 'season-past'),
      row(t, 'summer', '2025-06-01/2025-08-31', 'range', 'season-future', 1),
    ]);
  });

  test('weekdays', () => {
    const t =
      'They met on Friday. She met him last Friday. He will see her on Friday. This Friday, next Friday.';
    assert.deepEqual(dates(t), [
      row(t, 'Friday', '2024-10-04', 'day', 'weekday-past'),
      row(t, 'last Friday', '2024-10-04', 'day', 'weekday-past'),
      row(t, 'Friday', '2024-10-11', 'day', 'weekday-future', 2),
      row(t, 'This Friday', '2024-10-11', 'day', 'weekday-next'),
      row(t, 'next Friday', '2024-10-18', 'day', 'weekday-next'),
    ]);
  });

  test('weekends: the nearest one is "this weekend"', () => {
    const t = 'this weekend, last weekend, next weekend';
    // 2024-10-08 is a Tuesday: this weekend is the one just gone
    assert.deepEqual(dates(t), [
      row(t, 'this weekend', '2024-10-05/2024-10-06', 'range', 'weekend'),
      row(t, 'last weekend', '2024-10-05/2024-10-06', 'range', 'weekend'),
      row(t, 'next weekend', '2024-10-12/2024-10-13', 'range', 'weekend'),
    ]);
    // 2024-10-10 is a Thursday: this weekend is the one to come
    assert.deepEqual(dates(t, '2024-10-10'), [
      row(t, 'this weekend', '2024-10-12/2024-10-13', 'range', 'weekend'),
      row(t, 'last weekend', '2024-10-05/2024-10-06', 'range', 'weekend'),
      row(t, 'next weekend', '2024-10-19/2024-10-20', 'range', 'weekend'),
    ]);
  });

  test('a possessive ending is not part of the date', () => {
    const t = "At last year's gala, Friday's show and 2019's tour.";
    assert.deepEqual(dates(t), [
      row(t, 'last year', '2023', 'year', 'relative-year'),
      row(t, 'Friday', '2024-10-04', 'day', 'weekday-past'),
      row(t, '2019', '2019', 'year', 'year'),
    ]);
  });

  test('a month of a relative year', () => {
    const t = 'It happened back in December of last year.';
    assert.deepEqual(dates(t), [row(t, 'December of last year', '2023-12', 'month', 'month-of-year')]);
  });

  test('"ago" takes the precision of its unit', () => {
    const t = 'two years ago, a month ago, three weeks ago, 5 days ago, years ago.';
    assert.deepEqual(dates(t), [
      row(t, 'two years ago', '2022', 'year', 'ago'),
      row(t, 'a month ago', '2024-09', 'month', 'ago'),
      row(t, 'three weeks ago', '2024-09-16/2024-09-22', 'range', 'ago'),
      row(t, '5 days ago', '2024-10-03', 'day', 'ago'),
      row(t, 'years ago', null, 'range', 'vague', 1),
    ]);
  });

  test('durations end at the article date', () => {
    const t =
      "She's been working on him for months now. They have been married for six years. " +
      'She stayed for two weeks. They shared the past few years.';
    assert.deepEqual(dates(t), [
      row(t, 'for months now', '2024-08-08/2024-10-08', 'range', 'duration'),
      row(t, 'for six years', '2018-10-08/2024-10-08', 'range', 'duration'),
      row(t, 'past few years', '2022-10-08/2024-10-08', 'range', 'duration'),
    ]);
  });
});

describe('known events', () => {
  test('an event the knowledge base knows is dated by it', () => {
    const t = 'They met in September 2022 after the passing of the Queen. Then the royal wedding.';
    assert.deepEqual(dates(t, '2024-10-08', bundledKb()), [
      row(t, 'September 2022', '2022-09', 'month', 'month-year'),
      row(t, 'the passing of the Queen', '2022-09-08', 'day', 'kb-event'),
    ]);
  });
});

describe('no article date', () => {
  test('absolute dates resolve, relative ones do not', () => {
    const t =
      'On September 30, 2024, in 2019, in September 2022, on September 30, yesterday and last Friday.';
    assert.deepEqual(dates(t, null), [
      row(t, 'September 30, 2024', '2024-09-30', 'day', 'absolute'),
      row(t, '2019', '2019', 'year', 'year'),
      row(t, 'September 2022', '2022-09', 'month', 'month-year'),
      row(t, 'September 30', null, 'day', 'no-article-date', 1),
      row(t, 'yesterday', null, 'day', 'no-article-date'),
      row(t, 'last Friday', null, 'day', 'no-article-date'),
    ]);
  });
});
