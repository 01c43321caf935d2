/**
 * Attribution cases fixed in the sixth round (issue 10: speakers as PolNeAR train shows them missed),
 * on invented sentences, through the attribution stage: each asserts the exact quoted words, speaker
 * mention, name, kind, how it was found and the cue.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { tokenAtOrAfter } from '../../core/spans.ts';
import { docAt, runAt } from '../../pipeline/fixture.ts';
import { quotesStage } from '../quotes/stage.ts';
import { pairMarks } from '../../segment/marks.ts';
import { cueVerbAt } from './cues.ts';
import { quotationRows } from './fixture.ts';

/** Every quotation of `text` as [kind, content, mention, speaker name, speaker kind, via, cue]. */
const quotes = (text: string): (string | null)[][] => quotationRows(text, true);

describe('the speaker right before the verb', () => {
  test('“…,” Mr. Ruiz said: a short quotation before an honorific is speech, not a scare quote', () => {
    const text = 'The council met on Monday.\n\n“It is a mess,” Mr. Ruiz said by phone.';
    assert.deepEqual(quotes(text), [
      ['direct', 'It is a mess,', 'Mr. Ruiz', 'Mr. Ruiz', 'named-person', 'cue', 'said'],
    ]);
    assert.deepEqual(runAt(quotesStage, text).scareQuotes, []);
  });
  test('“…,” he often says: an adverb between the speaker and the verb', () => {
    const text = 'Tomas Ferrell runs the ferry.\n\n“The ferry comes first,” he often says.';
    assert.deepEqual(quotes(text), [
      ['direct', 'The ferry comes first,', 'he', 'Tomas Ferrell', 'named-person', 'pronoun', 'says'],
    ]);
  });
  test('In Harlow, Ruiz said, “…”: a name before the verb beats the place before the comma', () => {
    const text = 'At a breakfast in Harlow, Ida Roemer said, “We will keep the ferry running.”';
    assert.deepEqual(quotes(text), [
      [
        'direct',
        'We will keep the ferry running.',
        'Ida Roemer',
        'Ida Roemer',
        'named-person',
        'cue',
        'said',
      ],
    ]);
  });
  test('After a talk with NAME, she said, “…”: a pronoun before the verb beats the name before the comma', () => {
    const text =
      'Ida Roemer lost the vote to Tomas Ferrell on Monday. After a long talk with Tomas Ferrell, she said, “We will try again next year.”';
    const rows = quotes(text);
    assert.equal(rows.length, 1);
    // [kind, content, mention, via, cue]: who "she" is, is the entities stage's to say
    assert.deepEqual(
      [rows[0]![0], rows[0]![1], rows[0]![2], rows[0]![5], rows[0]![6]],
      ['direct', 'We will try again next year.', 'she', 'pronoun', 'said'],
    );
  });
  test('Rep. NAME (D-Ore.) said: a parenthesis between the speaker and the verb', () => {
    const text = 'Rep. Ida Roemer (D-Ore.) said, “The ferry must run all winter.”';
    assert.deepEqual(quotes(text), [
      [
        'direct',
        'The ferry must run all winter.',
        'Rep. Ida Roemer',
        'Rep. Ida Roemer',
        'named-person',
        'cue',
        'said',
      ],
    ]);
  });
  test('“…,” election law expert NAME tweeted: lower-case words describing the name are its mention', () => {
    const text = 'Fans waited.\n\n“We can call it now,” election law expert Ida Roemer tweeted Monday.';
    assert.deepEqual(quotes(text), [
      [
        'direct',
        'We can call it now,',
        'election law expert Ida Roemer',
        'Ida Roemer',
        'named-person',
        'cue',
        'tweeted',
      ],
    ]);
  });
  test('“…,” Rep. NAME (D-Ore.) said: a parenthesis after the speaker, before the verb', () => {
    const text = 'Fans waited.\n\n“We can call it now,” Rep. Ida Roemer (D-Ore.) said.';
    assert.deepEqual(quotes(text), [
      ['direct', 'We can call it now,', 'Rep. Ida Roemer', 'Rep. Ida Roemer', 'named-person', 'cue', 'said'],
    ]);
  });
  test('the appositive rule still holds: NAME, a spokesperson for X, said', () => {
    const text = 'Poppy Lang, a spokesperson for Vane Music Group, said: “The tour goes on.”';
    assert.deepEqual(
      quotes(text).map((r) => r.slice(0, 5)),
      [['direct', 'The tour goes on.', 'Poppy Lang', 'Poppy Lang', 'named-person']],
    );
  });
});

describe('a capitalised word inside a sentence is no cue verb', () => {
  test('"States" after "United" is part of a name; "States" opening a sentence or after a mark is a verb', () => {
    const text = 'The United States said no. States Ida Roemer: “No.” Roemer states it plainly.';
    const doc = docAt('attribution', text);
    const t = doc.tokens;
    const at = (from: number): number => tokenAtOrAfter(t, text.indexOf('tates', from) - 1);
    assert.equal(cueVerbAt(doc, at(0)), false);
    assert.equal(cueVerbAt(doc, at(20)), true);
    assert.equal(cueVerbAt(doc, at(40)), true);
  });
  test('told leaders that the United States should …“…”: the cue is "told", not "States"', () => {
    const text =
      'Ida Roemer told city leaders that the United States should be run by people “who put the towns first.”';
    const rows = quotes(text);
    assert.equal(rows.length, 1);
    assert.deepEqual([rows[0]![2], rows[0]![3], rows[0]![6]], ['Ida Roemer', 'Ida Roemer', 'told']);
  });
});

describe('a place set off by commas is no subject', () => {
  test('At a town hall in Corvale, NAME, on Sunday, NAME tried …, saying …“…”', () => {
    const text =
      'At a town hall in Corvale, Jon Westmark, on Sunday, Ida Roemer tried to explain her vote, saying that the state should “keep every ferry afloat.”';
    assert.deepEqual(quotes(text), [
      [
        'mixed',
        'the state should “keep every ferry afloat.”',
        'Ida Roemer',
        'Ida Roemer',
        'named-person',
        'cue',
        'saying',
      ],
    ]);
  });
});

describe("two-character marks ('' in wire and NYT copy)", () => {
  test("''…'Inner,''' NAME said: three marks close the inner quotation and the outer one", () => {
    const text = "Fans waited.\n\n''The sign said, 'No pets allowed,''' Mr. Ruiz said. ''It is all lies.''";
    assert.deepEqual(
      pairMarks(text, 14, text.length).map((m) => text.slice(m.from, m.until)),
      ["The sign said, 'No pets allowed,'", 'It is all lies.'],
    );
    assert.deepEqual(quotes(text), [
      ['direct', "The sign said, 'No pets allowed,'", 'Mr. Ruiz', 'Mr. Ruiz', 'named-person', 'cue', 'said'],
      ['direct', 'It is all lies.', 'Mr. Ruiz', 'Mr. Ruiz', 'named-person', 'inherited', null],
    ]);
  });
  test("''…'inner,' '' she said: a closing pair after a space, and the cue after it", () => {
    const text = "Ida Roemer waited.\n\n''I hate the term 'river rats,' '' she said, and left.";
    assert.deepEqual(quotes(text), [
      ['direct', "I hate the term 'river rats,'", 'she', 'Ida Roemer', 'named-person', 'pronoun', 'said'],
    ]);
  });
});
