import assert from 'node:assert/strict';
import { test } from 'node:test';
import { yearOldAge } from './references.ts';

test('yearOldAge reads "42-year-old": one to three digits, any case, the whole token', () => {
  const cases: [string, number][] = [
    ['42-year-old', 42],
    ['7-Year-Old', 7],
    ['100-YEAR-OLD', 100],
    ['042-year-old', 42],
    ['0-year-old', 0],
    ['1000-year-old', -1],
    ['-year-old', -1],
    ['42-year-olds', -1],
    ['42-year-ol', -1],
    ['42–year-old', -1],
    ['42-yearxold', -1],
    ['42-year_old', -1],
    ['x42-year-old', -1],
  ];
  for (const [word, age] of cases) assert.equal(yearOldAge(word, 0, word.length), age, word);
  // inside a longer text, only the given range is read
  assert.equal(yearOldAge('the 42-year-old star', 4, 15), 42);
});
