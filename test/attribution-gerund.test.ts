/**
 * Reported words that open with a gerund after a verb of saying ("denied cheating on …", "admitted
 * having …"): a proposition of their own, found without "that"; a noun in "-ing" ("said nothing")
 * is the verb's object and reports nothing. Invented fixtures.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { quotationRows } from '../src/stages/attribution/fixture.ts';

describe('reported speech opening with a gerund', () => {
  test('"X denied cheating on …"', () => {
    assert.deepEqual(quotationRows('The actor denied cheating on his wife.', true), [
      ['indirect', 'cheating on his wife', 'The actor', 'The actor', 'anonymous', 'cue', 'denied'],
    ]);
  });
  test('"X admitted having …" (an object cue: the gerund makes it a clause)', () => {
    assert.deepEqual(quotationRows('The chef admitted having an affair with the waiter.', true), [
      [
        'indirect',
        'having an affair with the waiter',
        'The chef',
        'The chef',
        'anonymous',
        'cue',
        'admitted',
      ],
    ]);
  });
  test('"said nothing about …" reports nothing', () => {
    assert.deepEqual(quotationRows('She said nothing about the wedding.', true), []);
  });
});
