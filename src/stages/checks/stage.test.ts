import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { analyze } from '../../index.ts';
import type { Check } from '../../report/schema.ts';

const FIXTURES = new URL('../../../test/fixtures/checks/', import.meta.url);

/** The checks of an article, through the standard preset. */
function checksOf(text: string, date?: string | null): Check[] {
  return analyze(text, date === undefined ? {} : { date }).checks;
}

/** The span of the `nth` occurrence of `needle`. */
function spanOf(text: string, needle: string, nth = 0): { start: number; end: number } {
  let start = -1;
  for (let k = 0; k <= nth; k++) start = text.indexOf(needle, start + 1);
  assert.ok(start >= 0, `"${needle}" is in the text`);
  return { start, end: start + needle.length };
}

/** Kind, status and span text of each check, for assertions that read like the article. */
const rows = (text: string, checks: readonly Check[]): [string, string, string][] =>
  checks.map((c) => [c.kind, c.status, text.slice(c.span.start, c.span.end)]);

const read = (name: string): string => readFileSync(new URL(name, FIXTURES), 'utf8');

interface Twin {
  readonly name: string;
  /** The planted error: the check kind that must catch it and the exact text of its span. */
  readonly planted: readonly [Check['kind'], string];
  /** Checks the correct twin must pass. */
  readonly passes: readonly (readonly [Check['kind'], string])[];
}

const TWINS: readonly Twin[] = [
  {
    name: 'age',
    planted: ['age', 'Prince William, 44'],
    passes: [
      ['age', 'Prince William, 42'],
      ['relation', 'his wife, Catherine, Princess of Wales'],
    ],
  },
  {
    name: 'weekday',
    planted: ['weekday', 'Thursday, June 10'],
    passes: [
      ['age', 'The Princess Royal, 74'],
      ['weekday', 'Tuesday, June 10'],
      ['relation', 'Her daughter, Zara Tindall'],
    ],
  },
  {
    name: 'relation',
    planted: ['relation', 'her aunt, Princess Anne'],
    passes: [
      ['age', 'Zara, 42'],
      ['relation', 'her mother, Princess Anne'],
      ['relation', 'her husband, Mike Tindall'],
    ],
  },
  {
    name: 'future-event',
    planted: ['future-event', 'October 11, 2024'],
    passes: [
      ['age', 'Harry, 40'],
      ['relation', 'his mother, Princess Diana'],
    ],
  },
  {
    name: 'event-date',
    planted: ['event-date', 'September 2021'],
    passes: [
      ['event-date', 'September 2022'],
      ['event-date', 'May 2023'],
      ['relation', 'his wife, Meghan'],
    ],
  },
];

describe('fixture twins: one planted error each', () => {
  for (const twin of TWINS) {
    test(`${twin.name}: the correct twin has no inconsistency`, () => {
      const text = read(`${twin.name}.correct.txt`);
      const checks = checksOf(text);
      assert.deepEqual(
        rows(text, checks).filter(([, status]) => status === 'inconsistent'),
        [],
      );
      for (const [kind, needle] of twin.passes) {
        const span = spanOf(text, needle);
        const found = checks.find(
          (c) => c.kind === kind && c.span.start === span.start && c.span.end === span.end,
        );
        assert.equal(found?.status, 'consistent', `${kind} on "${needle}": ${found?.detail}`);
      }
    });

    test(`${twin.name}: the planted error is caught on its exact span`, () => {
      const text = read(`${twin.name}.wrong.txt`);
      const [kind, needle] = twin.planted;
      const bad = checksOf(text).filter((c) => c.status === 'inconsistent');
      assert.deepEqual(
        bad.map((c) => [c.kind, c.span]),
        [[kind, spanOf(text, needle)]],
      );
      assert.ok(bad[0]!.detail.length > 20, 'a detail a reader understands');
    });
  }
});

describe('age', () => {
  test('detail and evidence give the dates', () => {
    const text = 'Prince Harry, 41, flew in.';
    const [c] = checksOf(text, '2024-10-08');
    assert.deepEqual(c, {
      kind: 'age',
      status: 'inconsistent',
      span: spanOf(text, 'Prince Harry, 41'),
      detail: 'The article says 41, but Prince Harry was 40 on 2024-10-08 (born 1984-09-15).',
      evidence: ['Prince Harry, Duke of Sussex: born 1984-09-15'],
    });
  });

  test('no article date, or no birth date in the KB: unverifiable', () => {
    assert.deepEqual(rows('Prince Harry, 40, flew in.', checksOf('Prince Harry, 40, flew in.', null)), [
      ['age', 'unverifiable', 'Prince Harry, 40'],
    ]);
    const text = 'Trevor Engelson, 48, was not invited.';
    assert.deepEqual(rows(text, checksOf(text, '2024-10-08')), [
      ['age', 'unverifiable', 'Trevor Engelson, 48'],
    ]);
  });

  test('the age of someone who has died is their age at death', () => {
    const text = 'Queen Elizabeth II, 96, is still missed.';
    const [c] = checksOf(text, '2024-10-08');
    assert.equal(c?.status, 'consistent');
    assert.match(c?.detail ?? '', /died on 2022-09-08 aged 96/);
  });

  test('ages from epithets ("the 28-year-old") do not conflict: they may be two people', () => {
    const text = 'Jane Roe, 28, met Tom Poe. The 48-year-old was charmed.';
    assert.deepEqual(
      checksOf(text, '2024-10-08').filter((c) => c.kind === 'age-conflict'),
      [],
    );
  });

  test('two ages for one person conflict, with or without the KB', () => {
    const text = 'Prince Harry, 40, landed in London. Hours later Harry, 43, left.';
    assert.deepEqual(rows(text, checksOf(text, '2024-10-08')), [
      ['age', 'consistent', 'Prince Harry, 40'],
      ['age', 'inconsistent', 'Harry, 43'],
      ['age-conflict', 'inconsistent', 'Harry, 43'],
    ]);
  });
});

describe('relation', () => {
  const one = (text: string): [string, string, string][] =>
    rows(text, checksOf(text, '2024-10-08')).filter(([kind]) => kind === 'relation');

  test('synonyms and words the KB does not track', () => {
    assert.deepEqual(one('Prince Harry arrived with his dad, King Charles.'), [
      ['relation', 'consistent', 'his dad, King Charles'],
    ]);
    assert.deepEqual(one('Prince Harry arrived with his fiancée, Meghan Markle.'), [
      ['relation', 'consistent', 'his fiancée, Meghan Markle'],
    ]);
    assert.deepEqual(one('Prince Harry arrived with his ex-wife, Meghan Markle.'), [
      ['relation', 'unverifiable', 'his ex-wife, Meghan Markle'],
    ]);
  });

  test('a bare relation noun may be an epithet: never called wrong', () => {
    assert.deepEqual(one('Prince Harry was seen with new mom Kate Middleton.'), [
      ['relation', 'unverifiable', 'mom Kate Middleton'],
    ]);
  });

  test('a relative the KB does not know is unverifiable', () => {
    assert.deepEqual(one('Prince Harry arrived with his wife, Jane Doe.'), [
      ['relation', 'unverifiable', 'his wife, Jane Doe'],
    ]);
  });

  test('a wrong relation names what the KB has', () => {
    const text = 'Prince Harry arrived with his brother, King Charles.';
    const c = checksOf(text, '2024-10-08').find((x) => x.kind === 'relation');
    assert.equal(c?.status, 'inconsistent');
    assert.equal(
      c?.detail,
      "The article calls Charles III Prince Harry's brother, but the knowledge base has him as Prince Harry's father.",
    );
    assert.deepEqual(c?.evidence, ['Charles III to Prince Harry, Duke of Sussex: parent, father']);
  });
});

describe('event-date', () => {
  const events = (text: string): [string, string, string][] =>
    rows(text, checksOf(text, '2024-10-08')).filter(([kind]) => kind === 'event-date');

  test('a death told with a verb, against the KB death date', () => {
    assert.deepEqual(events('Prince Philip died in April 2021.'), [
      ['event-date', 'consistent', 'April 2021'],
    ]);
    assert.deepEqual(events('Prince Philip died in 2020.'), [['event-date', 'inconsistent', '2020']]);
  });

  test('"after the event" needs a date on or after it', () => {
    assert.deepEqual(events("In October 2022, after the Queen's death, they met."), [
      ['event-date', 'consistent', 'October 2022'],
    ]);
    assert.deepEqual(events("In August 2022, after the Queen's death, they met."), [
      ['event-date', 'inconsistent', 'August 2022'],
    ]);
  });

  test('an anniversary is not the event', () => {
    assert.deepEqual(events("On the anniversary of the Queen's death on Sunday, Harry visited."), []);
  });
});

describe('weekday and future-event', () => {
  test('a weekday that does not fall on its date', () => {
    const text = 'Harry landed on Friday, September 30, 2024.';
    const c = checksOf(text, '2024-10-08').find((x) => x.kind === 'weekday');
    assert.deepEqual(c?.span, spanOf(text, 'Friday, September 30, 2024'));
    assert.equal(c?.status, 'inconsistent');
    assert.equal(c?.detail, 'The article says Friday, but 2024-09-30 was a Monday.');
  });

  test('a weekday that picked the year is consistent', () => {
    const text = 'The show debuts Friday, November 10.';
    const c = checksOf(text, '2017-11-07').find((x) => x.kind === 'weekday');
    assert.equal(c?.status, 'consistent');
    assert.equal(
      c?.detail,
      '2017-11-10 was a Friday, as the article says (no year given: the weekday places it in that year).',
    );
  });

  test('only past-tense events after the article date are flagged', () => {
    const bad = (text: string): [string, string, string][] =>
      rows(text, checksOf(text, '2024-10-08')).filter(([kind]) => kind === 'future-event');
    assert.deepEqual(bad('Harry flew to Lesotho in 2026.'), [['future-event', 'inconsistent', '2026']]);
    assert.deepEqual(bad('Harry is set to fly to Lesotho on October 11, 2024.'), []);
    assert.deepEqual(bad('Harry announced a tour in 2026.'), []);
    assert.deepEqual(bad('Harry flew to Lesotho on October 1, 2024.'), []);
  });
});
