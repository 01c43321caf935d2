/**
 * Fixes of regressions from the sixteenth round's rules, on invented sentences, through the
 * attribution stage: each asserts the exact reported words, speaker mention, name, kind, how the
 * speaker was found and the cue (all read with `text.slice` by `quotationRows`).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { quotationRows } from './fixture.ts';

/** Every quotation of `text` as [kind, content, mention, speaker name, speaker kind, via, cue]. */
const quotes = (text: string): (string | null)[][] => quotationRows(text, true);

describe('a quoted nickname between a given name and a surname is part of the name', () => {
  for (const [open, close] of [
    ['"', '"'],
    ['“', '”'],
  ]) {
    const nick = `Dwayne ${open}The Rock${close} Johnson`;
    test(`${nick} announced …`, () =>
      assert.deepEqual(quotes(`${nick} announced that Kay Dole is on board the film.`), [
        [
          'indirect',
          'Kay Dole is on board the film',
          nick,
          'Dwayne Johnson',
          'named-person',
          'cue',
          'announced',
        ],
      ]));
    test(`Star and producer ${nick} announced …: not the outlet Star`, () =>
      assert.deepEqual(quotes(`Star and producer ${nick} announced that Kay Dole is on board the film.`), [
        [
          'indirect',
          'Kay Dole is on board the film',
          `Star and producer ${nick}`,
          'Dwayne Johnson',
          'named-person',
          'cue',
          'announced',
        ],
      ]));
    test(`Producer ${nick} announced …: the role's name runs past the nickname`, () =>
      assert.deepEqual(quotes(`Producer ${nick} announced that Kay Dole is on board the film.`), [
        [
          'indirect',
          'Kay Dole is on board the film',
          `Producer ${nick}`,
          'Dwayne Johnson',
          'named-person',
          'cue',
          'announced',
        ],
      ]));
  }
  test('two roles joined by "and" before a name modify it: "Singer and actress Kay Dole"', () =>
    assert.deepEqual(quotes('Singer and actress Kay Dole said the tour is going ahead.'), [
      [
        'indirect',
        'the tour is going ahead',
        'Singer and actress Kay Dole',
        'Kay Dole',
        'named-person',
        'cue',
        'said',
      ],
    ]));
});
