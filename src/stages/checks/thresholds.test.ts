/**
 * The checks stage's named thresholds (src/stages/checks/options.ts), each pinned by a pair of
 * fixtures just inside and just outside it, run through the stage itself. Moving a default by one
 * step fails one of each pair; the override cases show each option reaches its rule.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseArticle } from '../../article.ts';
import { bundledKb } from '../../kb/load.ts';
import { standard } from '../../pipeline/presets.ts';
import { docBefore, runStage } from '../../pipeline/processor.ts';
import { checksStage } from './stage.ts';
import type { CheckOptions } from './options.ts';

/** The checks of `text` (dated 2024-10-08) as "kind/status: span text". */
function checks(text: string, options: Partial<CheckOptions> = {}): string[] {
  const a = parseArticle({ text, date: '2024-10-08' });
  if (!a.ok) throw a.error;
  const doc = docBefore(standard, 'checks', a.value, bundledKb());
  return (runStage(checksStage, doc, options).checks ?? []).map(
    (c) => `${c.kind}/${c.status}: ${text.slice(c.span.start, c.span.end)}`,
  );
}

const fill = (n: number): string => ' Rain fell.'.repeat(n);

describe('relationLookBack (4 sentences)', () => {
  const at = (gap: number): string =>
    `Zara Tindall arrived early.${fill(gap - 1)} Her aunt, Princess Anne, waved.`;
  test('the owner named 4 sentences back is found: the wrong relation is flagged', () => {
    assert.deepEqual(checks(at(4)), ['relation/inconsistent: Her aunt, Princess Anne']);
  });
  test('named 5 sentences back she is out of reach: unverifiable', () => {
    assert.deepEqual(checks(at(5)), ['relation/unverifiable: Her aunt, Princess Anne']);
    assert.deepEqual(checks(at(5), { relationLookBack: 5 }), [
      'relation/inconsistent: Her aunt, Princess Anne',
    ]);
  });
});

describe('eventDateGap (4 tokens)', () => {
  const inside = "Fans recalled the Queen's death, which was in September 2021.";
  const outside = "Fans recalled the Queen's death, which was just in September 2021.";
  test('a date 4 tokens after the event is its date', () => {
    assert.deepEqual(checks(inside), ['event-date/inconsistent: September 2021']);
  });
  test('5 tokens after, it is not', () => {
    assert.deepEqual(checks(outside), []);
    assert.deepEqual(checks(outside, { eventDateGap: 5 }), ['event-date/inconsistent: September 2021']);
  });
});

describe('anniversaryReach (3 tokens)', () => {
  const inside = "Fans held an anniversary, marking the Queen's death in September 2021.";
  const outside = "Fans held an anniversary, quietly marking the Queen's death in September 2021.";
  test('"anniversary" 3 tokens before the event dates the anniversary: no check', () => {
    assert.deepEqual(checks(inside), []);
  });
  test("4 tokens before, the date is the event's again", () => {
    assert.deepEqual(checks(outside), ['event-date/inconsistent: September 2021']);
    assert.deepEqual(checks(outside, { anniversaryReach: 4 }), []);
  });
});

describe('deathWordReach (4 tokens from the name)', () => {
  const inside = 'Prince Philip sadly had died in April 2020.';
  const outside = 'Prince Philip sadly had suddenly died in April 2020.';
  test('"died" 4 tokens from the start of the name makes his death an event', () => {
    assert.deepEqual(checks(inside), ['event-date/inconsistent: April 2020']);
  });
  test('5 tokens away it does not', () => {
    assert.deepEqual(checks(outside), []);
    assert.deepEqual(checks(outside, { deathWordReach: 5 }), ['event-date/inconsistent: April 2020']);
  });
});

describe('pastVerbReach (6 tokens)', () => {
  const inside = 'Harry flew to the mountain kingdom on October 11, 2024.';
  const outside = 'Harry flew to the small mountain kingdom on October 11, 2024.';
  test('a past verb 6 tokens before a future date is a past event dated in the future', () => {
    assert.deepEqual(checks(inside), ['future-event/inconsistent: October 11, 2024']);
  });
  test("7 tokens before, the verb is out of the clause's reach", () => {
    assert.deepEqual(checks(outside), []);
    assert.deepEqual(checks(outside, { pastVerbReach: 7 }), ['future-event/inconsistent: October 11, 2024']);
  });
});
