/**
 * Rules of the twelfth round (issue 10: tabloid quotation recall), on invented sentences, through the
 * attribution stage: each asserts the exact reported words, speaker mention, name, kind, how the
 * speaker was found and the cue.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { quotationRows } from './fixture.ts';

/** Every quotation of `text` as [kind, content, mention, speaker name, speaker kind, via, cue]. */
const quotes = (text: string): (string | null)[][] => quotationRows(text, true);

describe('a trailing cue may be followed by a phrase of time or channel, or a clause of the writer’s', () => {
  test('"…, Kerr announced on Instagram, Wednesday."', () =>
    assert.deepEqual(
      quotes('The barn will be sold next spring, Oona Kerr announced on Instagram, Wednesday.'),
      [
        [
          'indirect',
          'The barn will be sold next spring',
          'Oona Kerr',
          'Oona Kerr',
          'named-person',
          'cue',
          'announced',
        ],
      ],
    ));
  test('"…, Vole explained in a statement on Monday."', () =>
    assert.deepEqual(quotes('The duo parted ways in May, Dana Vole explained in a statement on Monday.'), [
      [
        'indirect',
        'The duo parted ways in May',
        'Dana Vole',
        'Dana Vole',
        'named-person',
        'cue',
        'explained',
      ],
    ]));
  test('"…, Turner said as …": a subordinator opens the writer’s clause', () =>
    assert.deepEqual(
      quotes('The order will not stop the visits, Ray Turner said as it gives him some room.'),
      [
        [
          'indirect',
          'The order will not stop the visits',
          'Ray Turner',
          'Ray Turner',
          'named-person',
          'cue',
          'said',
        ],
      ],
    ));
  test('a complement of the cue is no such phrase: "…, the singer hinted at …"', () =>
    assert.deepEqual(
      quotes('Last spring, while taking questions in a chat, the singer hinted at a new album.'),
      [],
    ));
  test('a passive is no cue: "According to …, despite …, Jolie hasn’t been admitted recently."', () =>
    assert.deepEqual(
      quotes(
        'According to her friends, despite her past troubles, Mara Jolie hasn’t been admitted recently.',
      ),
      [
        [
          'indirect',
          'despite her past troubles, Mara Jolie hasn’t been admitted recently',
          'her friends',
          'her friends',
          'anonymous',
          'cue',
          'According to',
        ],
      ],
    ));
});
