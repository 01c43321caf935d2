import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenize } from '../core/tokens.ts';
import { type ListName, scanTokens } from './token-match.ts';

const found = (text: string, list: ListName): string[] =>
  scanTokens(text, tokenize(text))[list].map((s) => text.slice(s.start, s.end));

describe('the score token pass', () => {
  it('reads the parts of hyphenated words and possessives as words', () => {
    assert.deepEqual(found('Her then-boyfriend and her ex-husband’s lawyer met.', 'privateLife'), [
      'boyfriend',
      'ex-husband',
    ]);
    assert.deepEqual(found('The Oscar-winning actor posted on Instagram’s app.', 'events'), ['Oscar']);
    assert.deepEqual(found('The Oscar-winning actor posted on Instagram’s app.', 'ownPosts'), ['Instagram']);
  });
  it('finds an anonymous source with words between determiner and head, not the source of a stain', () => {
    assert.deepEqual(found('An OK! insider said so. She found the source of the stain.', 'anonymous'), [
      'An OK! insider',
    ]);
    assert.deepEqual(found('She told Business Insider about it.', 'anonymous'), []);
  });
  it('reads month days, clock times after a decimal point and "Friday nights"', () => {
    assert.deepEqual(found('From June 14-Oct. 6, at 11.40pm, on Friday nights.', 'calendar'), [
      'June 14',
      'Oct. 6',
      '40pm',
    ]);
    assert.deepEqual(found('It airs on Friday nights.', 'weekday'), ['Friday night']);
  });
  it('takes the "I" of "I\'m" and counts no word glued to an underscore', () => {
    assert.deepEqual(found('“I’m fine,” she said. I know.', 'firstPerson'), ['I', 'I']);
    assert.deepEqual(found('She told _Radar_ exclusively_.', 'exclusively'), []);
  });
  it('counts "People" as a publication only after "told"', () => {
    assert.deepEqual(found('People are talking. She told People so.', 'press'), ['People']);
  });
  it('reaches an anonymous head over three words between, not four, and only over plain words', () => {
    assert.deepEqual(found('A very well placed source said so.', 'anonymous'), ['A very well placed source']);
    assert.deepEqual(found('A very, very well placed source said so.', 'anonymous'), []);
    assert.deepEqual(found('A truly very well placed source said so.', 'anonymous'), []);
    assert.deepEqual(found('A (trusted) source said so.', 'anonymous'), []);
    assert.deepEqual(found('A trusted-ish source said so.', 'anonymous'), ['A trusted-ish source']);
  });
  it('reads the first part of a word whose joiner comes last, in a long article after a short one', () => {
    assert.deepEqual(found('Her then-boyfriend left.', 'privateLife'), ['boyfriend']);
    const long = `${'Nothing happened there. '.repeat(300)}Her fiancé's then-girlfriend's sister-in-law left.`;
    assert.deepEqual(found(long, 'privateLife'), ['girlfriend']);
    assert.deepEqual(found('Her then-boyfriend left.', 'privateLife'), ['boyfriend']);
  });
  it('cuts a word at its first joiner of any kind, and at none outside a word', () => {
    // an apostrophe (straight or curly) or a hyphen (ASCII, U+2010, U+2011) inside the word
    assert.deepEqual(found("Instagram’s feed. Instagram's feed.", 'ownPosts'), ['Instagram', 'Instagram']);
    for (const joiner of ['-', '\u2010', '\u2011']) {
      assert.deepEqual(found(`Her then${joiner}boyfriend left.`, 'privateLife'), ['boyfriend']);
      assert.deepEqual(found(`The Oscar${joiner}winning actor.`, 'events'), ['Oscar']);
    }
    // the earliest joiner ends the first part, whatever kind comes first
    assert.deepEqual(found('Instagram’s-only feed. Instagram-fan’s feed.', 'ownPosts'), [
      'Instagram',
      'Instagram',
    ]);
    // joiners standing alone, or in a word of two characters, cut nothing
    assert.deepEqual(found('Oscar - winning, ’Oscar’ and ex-Oscar.', 'events'), ['Oscar', 'Oscar', 'Oscar']);
  });
});
