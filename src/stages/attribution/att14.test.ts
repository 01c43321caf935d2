/**
 * Rules of the fourteenth round (issue 10: tabloid quotation recall), on invented sentences, through
 * the attribution stage: each asserts the exact reported words, speaker mention, name, kind, how the
 * speaker was found and the cue (all read with `text.slice` by `quotationRows`).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { quotationRows } from './fixture.ts';

/** Every quotation of `text` as [kind, content, mention, speaker name, speaker kind, via, cue]. */
const quotes = (text: string): (string | null)[][] => quotationRows(text, true);

describe('a verb of confessing with "to" and a gerund', () => {
  test('"copped to having made …": the gerund opens the reported words; "simply" is no part of the speaker', () =>
    assert.deepEqual(quotes('Dana Vole simply copped to having skipped the rehearsal twice last week.'), [
      [
        'indirect',
        'having skipped the rehearsal twice last week',
        'Dana Vole',
        'Dana Vole',
        'named-person',
        'cue',
        'copped',
      ],
    ]));
  test('a quoted fragment inside it makes the clause mixed', () =>
    assert.deepEqual(quotes('Dana Vole copped to having made “a silly choice” at the gala.'), [
      [
        'mixed',
        'having made “a silly choice” at the gala',
        'Dana Vole',
        'Dana Vole',
        'named-person',
        'cue',
        'copped',
      ],
    ]));
  test('"copped to the charge": no gerund, no reported words', () =>
    assert.deepEqual(quotes('The driver copped to the charge on Friday.'), []));
});

describe('the speaker after an opening phrase of time or place', () => {
  test('"In an interview, Vole said …": the person after the comma, not a document', () =>
    assert.deepEqual(quotes('In an interview, Dana Vole said she is moving to Lisbon.'), [
      ['indirect', 'she is moving to Lisbon', 'Dana Vole', 'Dana Vole', 'named-person', 'cue', 'said'],
    ]));
  test('"The following month, Vole admitted …": a phrase ending in a time word', () =>
    assert.deepEqual(quotes('The following month, Dana Vole admitted she had sold the farm.'), [
      ['indirect', 'she had sold the farm', 'Dana Vole', 'Dana Vole', 'named-person', 'cue', 'admitted'],
    ]));
  test('"In Touch reported …": a capitalised word after the preposition is a name', () =>
    assert.deepEqual(quotes('In Touch reported that the pair split.'), [
      ['indirect', 'the pair split', 'In Touch', 'In Touch', 'named-organization', 'cue', 'reported'],
    ]));
  test('a clause before the comma is no opening phrase: the parenthetical cue reads it', () =>
    assert.deepEqual(quotes('The pair split in May, the source said, adding that nobody was surprised.'), [
      ['indirect', 'The pair split in May', 'the source', 'the source', 'anonymous', 'cue', 'said'],
      ['indirect', 'nobody was surprised', 'the source', 'the source', 'anonymous', 'cue', 'adding'],
    ]));
});

describe('maxFragmentWords (20): a long quoted clause after "that" is the mixed quotation', () => {
  test('"alleged that X had appeared “…”": one mixed quotation from the reported words', () => {
    const text =
      'The singer also alleged that her ex had turned up at the game “drunk and shouting at everyone in the stands, and then he left in a hurry.”';
    assert.deepEqual(
      quotes(text).map((q) => q.slice(0, 3)),
      [
        [
          'mixed',
          'her ex had turned up at the game “drunk and shouting at everyone in the stands, and then he left in a hurry.”',
          'The singer',
        ],
      ],
    );
  });
});

describe('"X has it that …" reports as a verb of saying', () => {
  test('the outlet before the phrase speaks', () =>
    assert.deepEqual(quotes('The magazine has it that the pair will wed in June.'), [
      [
        'indirect',
        'the pair will wed in June',
        'The magazine',
        'The magazine',
        'unnamed-media',
        'cue',
        'has it that',
      ],
    ]));
  test('"Legend has it that …" names no speaker', () =>
    assert.deepEqual(quotes('Legend has it that the ghost walks here.'), []));
});

describe('an inverted aside: ", claims X, "', () => {
  test('the longer side is the reported words', () =>
    assert.deepEqual(
      quotes('A truce has been agreed, claims a source, to keep the tour on the road all summer.'),
      [
        [
          'indirect',
          'to keep the tour on the road all summer',
          'a source',
          'a source',
          'anonymous',
          'cue',
          'claims',
        ],
      ],
    ));
  test('", said Mara Quint, who …": a relative clause after the aside is the speaker’s', () =>
    assert.deepEqual(
      quotes('The tour will go on, said Mara Quint, who runs the venue.').map((q) => q.slice(0, 3)),
      [['indirect', 'The tour will go on', 'Mara Quint, who runs the venue']],
    ));
});

describe('the speaker of a second clause: ", but sources are buzzing that …"', () => {
  test('the conjunction and the progressive’s "are" are no part of the speaker', () =>
    assert.deepEqual(
      quotes('The wedding was only in May, but sources are buzzing that the couple want a baby.'),
      [['indirect', 'the couple want a baby', 'sources', 'sources', 'anonymous', 'cue', 'buzzing']],
    ));
});

describe('a cue with its own "that" right after a quotation reports words of its own', () => {
  test('"…, “Done!” to confirm that …": the caption, then the confirmed clause', () =>
    assert.deepEqual(
      quotes(
        'Dana Vole captioned the photo, “Done!” to confirm that she and her sister had run the marathon.',
      ),
      [
        ['direct', 'Done!', 'Dana Vole', 'Dana Vole', 'named-person', 'cue', 'captioned'],
        [
          'indirect',
          'she and her sister had run the marathon',
          'Dana Vole',
          'Dana Vole',
          'named-person',
          'cue',
          'confirm',
        ],
      ],
    ));
});

describe('fixes seen in the GossipCop batch differences', () => {
  test('"Rumour has it that …" names no speaker', () =>
    assert.deepEqual(quotes('Rumour has it that the pair will wed in June.'), []));
  test('"reportedly" between a source and its cue is no second cue', () =>
    assert.deepEqual(
      quotes('The reality star, 37, has reportedly told her friends that she is leaving the band.').map((q) =>
        q.slice(0, 2),
      ),
      [['indirect', 'she is leaving the band']],
    ));
  test('"told Life & Style": the ampersand is part of the listener', () =>
    assert.deepEqual(quotes('A source told Dove & Hart that the singer was devastated.'), [
      ['indirect', 'the singer was devastated', 'A source', 'A source', 'anonymous', 'cue', 'told'],
    ]));
  test('a quotation after "told Dove & Hart that" is the mixed clause from "that" on', () =>
    assert.deepEqual(
      quotes('An insider told Dove & Hart that “they are making plans to marry.”').map((q) => q.slice(0, 3)),
      [['mixed', '“they are making plans to marry.”', 'An insider']],
    ));
});

describe('a participle phrase opening the sentence names no speaker', () => {
  test('"Talking to Star Weekly, the star revealed …": the description after the comma speaks', () =>
    assert.deepEqual(
      quotes(
        'Dana Vole is moving. Talking to Star Weekly, the singer revealed that she will live in Lisbon.',
      ).map((q) => q.slice(0, 3)),
      [['indirect', 'she will live in Lisbon', 'the singer']],
    ));
  test('"Warning Vole that …, the judge said …": the judge, not "Warning Vole"', () =>
    assert.deepEqual(
      quotes('Warning Vole that she was risking her job, the judge said the order would stand.'),
      [['indirect', 'the order would stand', 'the judge', 'the judge', 'anonymous', 'cue', 'said']],
    ));
});

describe('"X has learned that …": the outlet speaking for itself', () => {
  test('an outlet that has learned reports the words after "that"', () =>
    assert.deepEqual(quotes('TMZ has learned that Dana Vole will return for the movie.'), [
      ['indirect', 'Dana Vole will return for the movie', 'TMZ', 'TMZ', 'outlet', 'cue', 'learned'],
    ]));
  test('a person who learned something reports nothing', () =>
    assert.deepEqual(quotes('The singer has learned that fame has a price.'), []));
});

describe('an inverted cue and an unnamed source close the sentence with no comma', () => {
  test('"… said the insider.": the words before are what was said', () =>
    assert.deepEqual(quotes('The pair will marry in June said the insider.'), [
      ['indirect', 'The pair will marry in June', 'the insider', 'the insider', 'anonymous', 'cue', 'said'],
    ]));
  test('"… and told the insider.": a verb of telling and its listener', () =>
    assert.deepEqual(quotes('Her mother hated the plan and told the insider.'), []));
});

describe('a mark inside an outlet’s name before the cue', () => {
  test('"Life & Style can exclusively reveal that …"', () =>
    assert.deepEqual(
      quotes('Big news! Dove & Hart can exclusively reveal that the singer is moving to Lisbon.').map((q) =>
        q.slice(0, 3),
      ),
      [['indirect', 'the singer is moving to Lisbon', 'Dove & Hart']],
    ));
});
