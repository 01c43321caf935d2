/**
 * The mutation check's list of thresholds (scripts/mutate-thresholds.ts): every numeric and boolean
 * option is listed with where its default is written, and a string choice is left out instead of
 * stopping the script (it crashed on attribution's `reported` before).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { thresholds } from '../../scripts/mutate-thresholds.ts';

test('the thresholds list skips the string choice attribution.reported and finds the speaker limits', () => {
  const all = thresholds();
  const keys = all.map((t) => `${t.group}.${t.option}`);
  assert.ok(!keys.includes('attribution.reported'));
  const letters = all.find((t) => t.group === 'attribution-speaker' && t.option === 'adverbLetters');
  assert.ok(letters);
  assert.equal(letters.value, 5);
  assert.equal(letters.step, 1);
  // the range is the default's own text in its file, which the script rewrites for each move
  assert.equal(readFileSync(letters.file, 'utf8').slice(letters.start, letters.end), '5');
});
