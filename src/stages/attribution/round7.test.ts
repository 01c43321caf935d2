/**
 * Attribution cases fixed in the seventh round (issue 10: patterns PolNeAR train and the tabloid train
 * set show misread), on invented sentences, through the attribution stage: each asserts the exact
 * quoted words, speaker mention, name, kind, how it was found and the cue.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runAt } from '../../pipeline/fixture.ts';
import { quotesStage } from '../quotes/stage.ts';
import { quotationRows } from './fixture.ts';

/** Every quotation of `text` as [kind, content, mention, speaker name, speaker kind, via, cue]. */
const quotes = (text: string): (string | null)[][] => quotationRows(text, true);

describe('the subject of a second verb', () => {
  test('OTHER’s “…” are X, NAME said, noting …: the participle takes the speaker, not the possessor', () => {
    const text =
      'Tomas Ferrell’s “plans” are hollow, Ida Roemer said on Monday, noting the mayor “has never taken the ferry.”';
    const rows = quotes(text);
    assert.deepEqual(
      rows.map((r) => [r[1], r[2], r[3], r[6]]),
      [
        ['Tomas Ferrell’s “plans” are hollow', 'Ida Roemer', 'Ida Roemer', 'said'],
        ['the mayor “has never taken the ferry.”', 'Ida Roemer', 'Ida Roemer', 'noting'],
      ],
    );
  });
});

describe('a description the entities stage resolved', () => {
  test('The TLC star said …: a name inside the description does not replace the person it describes', () => {
    const text = 'Mara Quill has a new series on TLC.\n\nThe TLC star said her surgery went well.';
    assert.deepEqual(quotes(text), [
      ['indirect', 'her surgery went well', 'The TLC star', 'Mara Quill', 'named-person', 'cue', 'said'],
    ]);
  });
  test('Mad Men star NAME said …: a name closing the phrase still speaks', () => {
    const text = 'The series ended in May.\n\nLong-running drama star Jon Hale said the finale was right.';
    assert.deepEqual(quotes(text), [
      [
        'indirect',
        'the finale was right',
        'Long-running drama star Jon Hale',
        'Jon Hale',
        'named-person',
        'cue',
        'said',
      ],
    ]);
  });
});

describe('a role word as a title', () => {
  test('Attorney NAME said …: the capitalised role word is a title, the named person speaks', () => {
    const text = 'Attorney Dana Whitfield said the singer should check his mail.';
    assert.deepEqual(quotes(text), [
      [
        'indirect',
        'the singer should check his mail',
        'Attorney Dana Whitfield',
        'Attorney Dana Whitfield',
        'named-person',
        'cue',
        'said',
      ],
    ]);
  });
  test('a lawyer for NAME said …: a representative of a person stays anonymous', () => {
    const text = 'Dana Whitfield is suing the label.\n\nA lawyer for Dana Whitfield said the case is strong.';
    const rows = quotes(text);
    assert.deepEqual(
      rows.map((r) => [r[1], r[2], r[4]]),
      [['the case is strong', 'A lawyer for Dana Whitfield', 'anonymous']],
    );
  });
});

describe('titles before a paragraph break', () => {
  test('a Title Case title closing its paragraph is a title though the next paragraph opens with a cue', () => {
    const text =
      'She sang her new single, “Every Light We Lost.”\n\nSaid a friend of the singer, “She wrote it in a week.”';
    const scare = runAt(quotesStage, text).scareQuotes ?? [];
    assert.deepEqual(
      scare.map((s) => [text.slice(s.start, s.end), s.kind]),
      [['“Every Light We Lost.”', 'title']],
    );
    assert.deepEqual(quotes(text), [
      [
        'direct',
        'She wrote it in a week.',
        'a friend of the singer',
        'a friend of the singer',
        'anonymous',
        'cue',
        'Said',
      ],
    ]);
  });
  test('in one paragraph the cue after it still makes it speech (“Thank You All!” she said)', () => {
    const text = 'The crowd cheered.\n\n“Thank You All!” she said to the crowd.';
    assert.deepEqual(runAt(quotesStage, text).scareQuotes, []);
  });
});

describe('the writer’s idioms with "say"', () => {
  test('Needless to say, …: no one is reported', () => {
    assert.deepEqual(quotes('Needless to say, the fans were thrilled with the new album.'), []);
  });
  test('Let’s just say …: no one is reported', () => {
    assert.deepEqual(quotes('Let’s just say the host was not impressed by the stunt.'), []);
  });
  test('she went on to say …: the speaker still says it', () => {
    // [kind, content, speaker name, speaker kind, cue] (the mention is the subject's words)
    const rows = quotes('Mara Quill went on to say the fans were thrilled with the album.');
    assert.deepEqual(
      rows.map((r) => [r[0], r[1], r[3], r[4], r[6]]),
      [['indirect', 'the fans were thrilled with the album', 'Mara Quill', 'named-person', 'say']],
    );
  });
});
