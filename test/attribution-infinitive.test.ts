/**
 * A cue in the infinitive ("… to announce that …") has the clause's subject as its speaker, never the
 * word "to": the sentence's person or organization, or the nearest subject pronoun before it,
 * resolved to whom it refers. Invented fixtures.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { quotationRows } from '../src/stages/attribution/fixture.ts';

describe('reported speech with an infinitive cue', () => {
  test('"when she popped back up … to announce that …": "she", resolved to the singer', () => {
    const text =
      'Ariadne Vole has been quiet for months. Nobody expected it when she popped back up, out of nowhere, to announce that she is about to release new songs.';
    assert.deepEqual(quotationRows(text, true), [
      [
        'indirect',
        'she is about to release new songs',
        'she',
        'Ariadne Vole',
        'named-person',
        'pronoun',
        'announce',
      ],
    ]);
  });
  test('"Harrowgate Rovers met on Monday to confirm that …": the club that met, not "to"', () => {
    const rows = quotationRows('Harrowgate Rovers met on Monday to confirm that the coach would stay.', true);
    // [kind, words, mention, …, cue]: the club's kind is the entity reader's, not asserted here
    assert.deepEqual(
      rows.map((r) => [r[0], r[1], r[2], r[6]]),
      [['indirect', 'the coach would stay', 'Harrowgate Rovers', 'confirm']],
    );
  });
});
