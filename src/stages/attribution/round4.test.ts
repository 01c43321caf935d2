/**
 * Attribution cases fixed in the fourth round, on invented sentences, through the attribution stage:
 * each asserts the exact quoted words, speaker mention, name, kind, how it was found and the cue.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { quotationRows } from './fixture.ts';

/** Every quotation of `text` as [content, mention, speaker name, kind, via, cue]. */
const quotes = (text: string): (string | null)[][] => quotationRows(text);

describe("quotations in two-character marks (''…'')", () => {
  test("''…,'' said NAME, an appositive", () => {
    const text = "''We keep the harbour open all night,'' said Nora Quill, head of operations at the port.";
    assert.deepEqual(quotes(text), [
      ['We keep the harbour open all night,', 'Nora Quill', 'Nora Quill', 'named-person', 'cue', 'said'],
    ]);
  });
  test("''…,'' he said: the pronoun after the closing pair", () => {
    const text = "Mr. Abel Crane spoke at noon. ''The bridge will not close this winter,'' he said.";
    assert.deepEqual(quotes(text), [
      ['The bridge will not close this winter,', 'he', 'Mr. Abel Crane', 'named-person', 'pronoun', 'said'],
    ]);
  });
  test("NAME said: ''…'' the cue before the opening pair", () => {
    const text = "Mr. Abel Crane said: ''The bridge will not close this winter.''";
    assert.deepEqual(quotes(text), [
      [
        'The bridge will not close this winter.',
        'Mr. Abel Crane',
        'Mr. Abel Crane',
        'named-person',
        'cue',
        'said',
      ],
    ]);
  });
});

describe('a "she" the entities stage left unresolved', () => {
  const body =
    '\n\n“It is finally out!” Crane, 24, says in a clip. “The tour starts in May.”\n\n“Most of my fans know I wrote it on the road, and I loved every night. I hope everyone hears it soon,” she adds. “It will be loud.”';
  test('points back at the last person named', () => {
    const text = `Tova Crane is ready to talk about her new album.${body}`;
    assert.deepEqual(quotes(text)[2], [
      'Most of my fans know I wrote it on the road, and I loved every night. I hope everyone hears it soon,',
      'she',
      'Tova Crane',
      'named-person',
      'pronoun',
      'adds',
    ]);
  });
  test('of her gender: not the man named last', () => {
    const text = `Tova Reyne and Mr. Abel Crane are ready to talk about the new album.${body}`;
    assert.deepEqual(quotes(text)[2]!.slice(1, 4), ['she', 'Tova Reyne', 'named-person']);
  });
});

describe('a second verb of the sentence’s subject', () => {
  test('"X toured the plant on Monday and said …": X, not the words before the verb', () => {
    const text = 'Mara Quint toured the plant on Monday and said the new line would open in spring.';
    assert.deepEqual(quotes(text), [
      ['the new line would open in spring', 'Mara Quint', 'Mara Quint', 'named-person', 'cue', 'said'],
    ]);
  });
});

describe('a preposition after the cue opens no statement', () => {
  test('"responded to the magazine’s request" reports nothing', () =>
    assert.deepEqual(quotes('Mara Quint responded to the magazine’s request for comment on Friday.'), []));
  test('"urged fans to stay calm" still reports', () =>
    assert.deepEqual(quotes('Mara Quint urged fans to stay calm.'), [
      ['fans to stay calm', 'Mara Quint', 'Mara Quint', 'named-person', 'cue', 'urged'],
    ]));
});
