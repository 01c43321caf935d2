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

describe('a later clause joined by "and" or "but" after a comma or a dash (`coordinated`)', () => {
  test('"… — and those close to them say …" at the end of a long sentence', () =>
    assert.deepEqual(
      quotes(
        'At first it looked unlikely that the two would ever get back together, but now that a long year has passed, the pair have grown close again — and those close to them say a reunion is not out of the question.',
      ),
      [
        [
          'indirect',
          'a reunion is not out of the question',
          'those close to them',
          'those close to them',
          'anonymous',
          'cue',
          'say',
        ],
      ],
    ));
  test('"…, but the actress has now cleared up the rumors and revealed …" after a reported clause', () =>
    assert.deepEqual(
      quotes(
        'Back in May, it was claimed that Dana Vole had been secretly dating the singer, but the actress has now cleared up the rumors and revealed it is not true.',
      ),
      [
        [
          'indirect',
          'Dana Vole had been secretly dating the singer',
          'it',
          'reports',
          'unnamed-media',
          'cue',
          'claimed',
        ],
        ['indirect', 'it is not true', 'the actress', 'Dana Vole', 'named-person', 'cue', 'revealed'],
      ],
    ));
  test('a clause with no verb of saying after its conjunction reports nothing', () =>
    assert.deepEqual(
      quotes(
        'At first it looked unlikely that the two would ever get back together, but now that a long year has passed, the pair have grown close again — and the fans are delighted by the news.',
      ),
      [],
    ));
});

describe('"now" between a speaker and the cue', () => {
  test('"has now revealed": the speaker is the description, not the words before it', () =>
    assert.deepEqual(
      quotes('Dana Vole was linked to the singer, but the actress has now revealed it is not true.'),
      [['indirect', 'it is not true', 'the actress', 'Dana Vole', 'named-person', 'cue', 'revealed']],
    ));
});

describe('a title in straight quotation marks inside the subject of a later clause', () => {
  // the speaker a description holding a title resolves to is the speaker reader's (left alone here)
  test('the closing straight mark of "the \\"Cold Harbor\\" actress" is a title mark, not a clause end', () =>
    assert.deepEqual(
      quotes(
        'Back in May, it was claimed that Dana Vole had been secretly dating the singer, but the "Cold Harbor" actress has now cleared up the rumors and revealed it\'s not true.',
      ).map((q) => [q[0], q[1], q[6]]),
      [
        ['indirect', 'Dana Vole had been secretly dating the singer', 'claimed'],
        ['indirect', "it's not true", 'revealed'],
      ],
    ));
});

describe('a clause of the model that runs into a joined later clause is cut before it', () => {
  test('"it was reported that …, and Vole noted … that …": both clauses, the first cut at the comma', () =>
    assert.deepEqual(
      quotes(
        'Two weeks ago, it was reported that she and fellow cast member Tim Bane would depart once their contracts were up at the end of the upcoming season, and Vole noted in her joint interview with the prince that she was leaving acting behind.',
      ).map((q) => q.slice(0, 5)),
      [
        [
          'indirect',
          'she and fellow cast member Tim Bane would depart once their contracts were up at the end of the upcoming season',
          'it',
          'reports',
          'unnamed-media',
        ],
        ['indirect', 'she was leaving acting behind', 'Vole', 'Vole', 'named-person'],
      ],
    ));
});

describe('a title in quotation marks inside a speaker phrase only modifies it', () => {
  for (const [o, c] of [
    ['“', '”'],
    ['"', '"'],
  ])
    test(`"Former ${o}Harbor Lights${c} star Kay Smith says …": the name speaks`, () =>
      assert.deepEqual(
        quotes(`Former ${o}Harbor Lights${c} star Kay Smith says she is moving to the coast.`),
        [
          [
            'indirect',
            'she is moving to the coast',
            `Former ${o}Harbor Lights${c} star Kay Smith`,
            'Kay Smith',
            'named-person',
            'cue',
            'says',
          ],
        ],
      ));
  test('a comma is no title mark: "Kay Smith, 38, says …" is read as before', () =>
    assert.deepEqual(quotes('Kay Smith, 38, says she is moving to the coast.'), [
      [
        'indirect',
        'she is moving to the coast',
        'Kay Smith, 38,',
        'Kay Smith',
        'named-person',
        'cue',
        'says',
      ],
    ]));
});

describe('the name in apposition speaks past the adverbs before the cue', () => {
  test('"Her co-star’s mother, Dana Vole, also said …": Dana Vole', () =>
    assert.deepEqual(
      quotes(
        'Her co-star’s mother, Dana Vole, also said Sunday she wished to remember the star in happier times.',
      ),
      [
        [
          'indirect',
          'she wished to remember the star in happier times',
          'Dana Vole',
          'Dana Vole',
          'named-person',
          'cue',
          'said',
        ],
      ],
    ));
});

describe('a description holding a title in quotation marks', () => {
  test('"The “Cold Harbor” actress revealed …": the actress named before, not the title', () =>
    assert.deepEqual(
      quotes('Dana Vole was on the show. The “Cold Harbor” actress revealed it is not true.'),
      [
        [
          'indirect',
          'it is not true',
          'The “Cold Harbor” actress',
          'Dana Vole',
          'named-person',
          'cue',
          'revealed',
        ],
      ],
    ));
  test('the subject of a second verb ("… cleared up the rumors and revealed …") is the description', () =>
    assert.deepEqual(
      quotes(
        'Dana Vole was on the show. Back in May, it was claimed that she had been secretly dating the singer, but the "Cold Harbor" actress has now cleared up the rumors and revealed it\'s not true.',
      ).map((q) => q.slice(0, 5)),
      [
        ['indirect', 'she had been secretly dating the singer', 'it', 'reports', 'unnamed-media'],
        ['indirect', "it's not true", 'the "Cold Harbor" actress', 'Dana Vole', 'named-person'],
      ],
    ));
});
