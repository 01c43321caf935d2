/**
 * Speakers and source kinds fixed in the ninth round (issue 10: descriptions, representatives and
 * passive media credits the tabloid train set shows misread), on invented articles, through the
 * attribution stage: each asserts the exact quoted words, speaker mention, name, kind, how the speaker
 * was found and the cue.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { quotationRows } from './fixture.ts';

/** Every quotation of `text` as [kind, content, mention, speaker name, speaker kind, via, cue]. */
const quotes = (text: string): (string | null)[][] => quotationRows(text, true);

describe('a definite description refers to the person it describes', () => {
  test('“…,” the co-host said: the co-host the text named earlier', () => {
    const text = 'The Morning Desk co-host Mara Quint arrived late.\n\n“We are fine,” the co-host said.';
    assert.deepEqual(quotes(text), [
      ['direct', 'We are fine,', 'the co-host', 'Mara Quint', 'named-person', 'cue', 'said'],
    ]);
  });
  test('“…,” the Velvet Road clothing founder tweeted: the person named just before', () => {
    const text =
      'Nora Lind posted a photo. “I’m proud of my strength,” the Velvet Road clothing founder tweeted.';
    assert.deepEqual(quotes(text), [
      [
        'direct',
        'I’m proud of my strength,',
        'the Velvet Road clothing founder',
        'Nora Lind',
        'named-person',
        'cue',
        'tweeted',
      ],
    ]);
  });
  test('The couple said …: the two people named before, in the order the text names them', () => {
    const text = 'Jessa Wren and Tom Wren are expecting. The couple said they were thrilled.';
    assert.deepEqual(quotes(text), [
      [
        'indirect',
        'they were thrilled',
        'The couple',
        'Jessa Wren and Tom Wren',
        'named-person',
        'cue',
        'said',
      ],
    ]);
  });
  test('a judge … the judge: the unnamed judge introduced before, not the person named last', () => {
    const text = 'A judge warned Lina Moss. “The children come first,” the judge said.';
    assert.deepEqual(quotes(text), [
      ['direct', 'The children come first,', 'the judge', 'the judge', 'anonymous', 'cue', 'said'],
    ]);
  });
  test('a photographer … The photographer said …: still unnamed', () => {
    const text = 'Kip Dane punched a photographer. The photographer said he was hurt.';
    assert.deepEqual(quotes(text), [
      ['indirect', 'he was hurt', 'The photographer', 'The photographer', 'anonymous', 'cue', 'said'],
    ]);
  });
  test('the mayor said …: an office names nobody the text did not name with it', () => {
    const text = 'Councillor Ben Ortiz spoke first. The pier will reopen, the mayor said.';
    assert.deepEqual(quotes(text), [
      ['indirect', 'The pier will reopen', 'the mayor', 'the mayor', 'anonymous', 'cue', 'said'],
    ]);
  });
  test('Bailey’s doctor said …: the possessor is not the speaker', () => {
    const text = 'Doctors examined Cyn Bailey. The growth was benign, Bailey’s doctor said.';
    assert.deepEqual(quotes(text), [
      ['indirect', 'The growth was benign', 'Bailey’s doctor', "Bailey's doctor", 'anonymous', 'cue', 'said'],
    ]);
  });
});

describe('a representative the article names is that person', () => {
  test('his spokeswoman said … / “…,” his rep, Leslie Vane, said: both are Leslie Vane', () => {
    const text =
      'Actor Dale Fenn is recovering, his spokeswoman said Friday.\n\n“Dale Fenn had surgery,” his rep, Leslie Vane, said in a statement.';
    assert.deepEqual(quotes(text), [
      [
        'indirect',
        'Actor Dale Fenn is recovering',
        'his spokeswoman',
        'Leslie Vane',
        'named-person',
        'cue',
        'said',
      ],
      ['direct', 'Dale Fenn had surgery,', 'his rep', 'Leslie Vane', 'named-person', 'cue', 'said'],
    ]);
  });
  test('his rep said …, with no rep named: anonymous', () => {
    const text = 'Actor Dale Fenn is recovering, his rep said Friday.';
    assert.deepEqual(quotes(text), [
      ['indirect', 'Actor Dale Fenn is recovering', 'his rep', 'his rep', 'anonymous', 'cue', 'said'],
    ]);
  });
});

describe('outlets and unnamed media', () => {
  test('according to the publication: the outlet named in an earlier sentence', () => {
    const text =
      'According to a new National Enquirer report, Mimi Roe was seen downtown.\n\nMimi kissed Bryan at the bar, according to the publication.';
    assert.deepEqual(quotes(text), [
      [
        'indirect',
        'Mimi Roe was seen downtown',
        'a new National Enquirer report',
        'National Enquirer',
        'named-organization',
        'cue',
        'According to',
      ],
      [
        'indirect',
        'Mimi kissed Bryan at the bar',
        'the publication',
        'National Enquirer',
        'named-organization',
        'cue',
        'according to',
      ],
    ]);
  });
  test('It was reported that …: unnamed media', () => {
    const text = 'It was reported that Mimi Roe left the show.';
    assert.deepEqual(quotes(text), [
      ['indirect', 'Mimi Roe left the show', 'It', 'reports', 'unnamed-media', 'cue', 'reported'],
    ]);
  });
});

describe('a quoted fragment inside its clause, the cue after it', () => {
  test('When …, the friendship “seems forced,” a source adds: mixed, from the sentence’s start', () => {
    const text =
      'Tom Reyes and Kim Vale host the show. When cameras are off, the friendship “seems forced,” a source adds.';
    assert.deepEqual(quotes(text), [
      [
        'mixed',
        'When cameras are off, the friendship “seems forced,',
        'a source',
        'a source',
        'anonymous',
        'cue',
        'adds',
      ],
    ]);
  });
  test('The senator called the bill “…,” aides said: a verb of saying before the marks keeps them direct', () => {
    const text = 'The senator called the bill “a disaster,” aides said.';
    assert.deepEqual(
      quotes(text).map((r) => [r[0], r[1]]),
      [['direct', 'a disaster,']],
    );
  });
});
