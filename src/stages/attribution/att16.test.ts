/**
 * Rules of the sixteenth round (issue 10: tabloid quotation recall), on invented sentences, through
 * the attribution stage: each asserts the exact reported words, speaker mention, name, kind, how the
 * speaker was found and the cue (all read with `text.slice` by `quotationRows`).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { quotationRows } from './fixture.ts';

/** Every quotation of `text` as [kind, content, mention, speaker name, speaker kind, via, cue]. */
const quotes = (text: string): (string | null)[][] => quotationRows(text, true);

describe('a negated auxiliary other than "isn’t" or "didn’t" makes a clause of what follows the cue', () => {
  for (const aux of ['weren’t', "weren't", 'aren’t', 'hadn’t', 'couldn’t', "wouldn't", 'can’t']) {
    test(`"the rumors ${aux} …"`, () =>
      assert.deepEqual(quotes(`Dana Vole says the rumors ${aux} true at all.`), [
        [
          'indirect',
          `the rumors ${aux} true at all`,
          'Dana Vole',
          'Dana Vole',
          'named-person',
          'cue',
          'says',
        ],
      ]));
  }
  test('without the auxiliary the words are an object: "says the words twice"', () =>
    assert.deepEqual(quotes('Dana Vole says the words twice before every show.'), []));
});
