/**
 * A one-word alias of the knowledge base ("Kim", "Blake", "Harry") followed by a surname of its own
 * names someone else; followed by a word of its own record's names, or by a word in capitals, it is
 * still the person the knowledge base knows.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../index.ts';

/** Each entity as [kind, name, its mentions' texts], for the people and organizations found. */
const people = (text: string) => {
  const r = analyze(text);
  return r.entities.map((e) => [e.kind, e.name, e.mentions.map((m) => r.text.slice(m.start, m.end))]);
};

test('"Kim Vale" is a person of her own, not the Kim of the knowledge base; her "Kim" and "she" follow', () => {
  const text =
    'date 2025-03-01\n\nKim Vale arrived in Paris on Monday. "I am thrilled," she said. Kim stayed a week.\n\nKim Kardashian was not there.\n';
  assert.deepEqual(people(text), [
    ['person', 'Kim Vale', ['Kim Vale', 'she', 'Kim']],
    ['place', 'Paris', ['Paris']],
    ['person', 'Kim Kardashian', ['Kim Kardashian']],
  ]);
});

test('a hyphenated surname holding a word of the record\'s names is that record: "Kim Kardashian-West"', () => {
  const text = 'date 2025-03-01\n\nKim Kardashian-West arrived in Lyon on Monday.\n';
  const [first] = people(text);
  assert.deepEqual(first, ['person', 'Kim Kardashian', ['Kim']]);
});

test('a word in capitals after a one-word alias is emphasis, not a surname: "Selena EXCLUSIVELY"', () => {
  const text = 'date 2025-03-01\n\nWe can reveal that Selena EXCLUSIVELY told friends about the move.\n';
  const [first] = people(text);
  assert.deepEqual(first, ['person', 'Selena Gomez', ['Selena']]);
});

test('a one-word alias before a weekday stays the known person: "saw Kim Monday at the gym"', () => {
  const text = 'date 2025-03-01\n\nFans saw Kim Monday at the gym, and Kim said nothing.\n';
  const r = analyze(text);
  assert.deepEqual(
    r.entities.filter((e) => e.kind === 'person').map((e) => e.name),
    ['Kim Kardashian'],
  );
});
