/**
 * Marked words that are not quotations, fixed in the ninth round (issue 10: lyrics, titles and
 * nicknames the tabloid train set shows taken for quotations), on invented sentences, through the
 * quotes stage: each asserts the exact marked stretch and its kind, or the quotation candidate.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runAt } from '../../pipeline/fixture.ts';
import { quotesStage } from './stage.ts';

/** The marked stretches of `text`: "kind: “…” (reason)" for scare quotes, "quote: …" for candidates. */
function marked(text: string): string[] {
  const f = runAt(quotesStage, text);
  const out = [
    ...(f.quoted ?? []).map((q) => ({ at: q.start, s: `quote: ${text.slice(q.start, q.end)}` })),
    ...(f.scareQuotes ?? []).map((q) => ({
      at: q.start,
      s: `${q.kind}: ${text.slice(q.start, q.end)} (${q.reason.split(/[,:]/)[0]})`,
    })),
  ];
  return out.sort((x, y) => x.at - y.at).map((x) => x.s);
}

describe('lyrics, titles and nicknames', () => {
  test('song lines divided by slashes are lyrics, whatever their length', () =>
    assert.deepEqual(
      marked('The original lines are: “Oh, you love me / And my red boots / I live in Tulsa,” she sang.'),
      ['title: “Oh, you love me / And my red boots / I live in Tulsa,” (lines of a song in quotation marks)'],
    ));
  test('after a verb of performing, the marked words are the lines sung', () =>
    assert.deepEqual(
      marked('As he reached the chorus, crooning “I think I just met my wife,” the crowd sang along.'),
      [
        'title: “I think I just met my wife,” (the title or the lines of a work after a verb of making or performing it (directed)',
      ],
    ));
  test('who directed “…,”: a film’s title, though it ends in an exclamation mark', () =>
    assert.deepEqual(marked('She split with Dario Venn, who directed “Hush!,” in 2017.'), [
      'title: “Hush!,” (the title or the lines of a work after a verb of making or performing it (directed)',
    ]));
  test('starred in “…”: a title over the preposition', () =>
    assert.deepEqual(marked('Kim Vale starred in “the night we met” last year.'), [
      'title: “the night we met” (the title or the lines of a work after a verb of making or performing it (directed)',
    ]));
  test('a nickname between a first name and a surname', () =>
    assert.deepEqual(marked('The cast: Lorna “Lolo” Finch and Ray Dunn.'), [
      'scare: “Lolo” (a nickname in quotation marks between a first name and a surname)',
    ]));
});

describe('a reporting verb that does not introduce the marked words', () => {
  test('“…,” which will continue …: a relative clause makes the marks a noun', () =>
    assert.deepEqual(marked('This is the kickoff of “TRK II,” which will continue through October.'), [
      'title: “TRK II,” (Title Case words in quotation marks)',
    ]));
  test('said about the next “…” episode: the verb’s preposition takes a name', () =>
    assert.deepEqual(marked('“Sadly, it will,” Kim Vale said about the next “KVL” episode.'), [
      'quote: Sadly, it will,',
      'scare: “KVL” (a few words in quotation marks that no one is said to say)',
    ]));
  test('“…,” “Let me tell you …”: a verb in the quotation opening right after is not beside the first', () =>
    assert.deepEqual(marked('She tries to get into “mommy mode,” “Let me tell you something,” Cardi said.'), [
      'scare: “mommy mode,” (a few words in quotation marks that no one is said to say)',
      'quote: Let me tell you something,',
    ]));
  test('really “…”? Tell us below: a verb after the sentence ended', () =>
    assert.deepEqual(marked('Do you think he is really “crushed”? Tell us below.'), [
      'scare: “crushed” (a few words in quotation marks that no one is said to say)',
    ]));
  test('a reporting verb with a comma before the mark still introduces a quotation', () =>
    assert.deepEqual(marked('She said of the film, “Wow, just wow,” and left.'), ['quote: Wow, just wow,']));
});
