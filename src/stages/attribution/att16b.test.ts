/**
 * Fixes of regressions from the sixteenth round's rules, on invented sentences, through the
 * attribution stage: each asserts the exact reported words, speaker mention, name, kind, how the
 * speaker was found and the cue (all read with `text.slice` by `quotationRows`).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runAt } from '../../pipeline/fixture.ts';
import { quotationRows } from './fixture.ts';
import { attributionStage } from './stage.ts';

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

describe('a relative subject that names no one reports no one’s words', () => {
  for (const subject of ['Whoever', 'Anyone who'])
    test(`"${subject} said “…” was clearly misinformed": a quotation with no speaker`, () =>
      assert.deepEqual(quotes(`${subject} said “money can’t buy happiness” was clearly misinformed.`), [
        ['direct', 'money can’t buy happiness', null, 'unknown', 'unknown', 'none', null],
      ]));
  test('"Those who recall it may …": no reported words', () =>
    assert.deepEqual(quotes('Those who recall it may associate the pair with their wild days.'), []));
  test('a named antecedent still speaks: "Kay Dole, who said …"', () =>
    assert.deepEqual(quotes('Kay Dole, who said she was tired, left early.'), [
      ['indirect', 'she was tired, left early', 'Kay Dole, who', 'Kay Dole', 'named-person', 'cue', 'said'],
    ]));
});

describe('the listener and adverbs after a cue are no part of the reported words', () => {
  for (const title of ['“Good Morning Britain”', '"Good Morning Britain"'])
    test(`told ${title} he …: the quoted show is the listener`, () => {
      const text = `Kay Dole told ${title} he was thrilled about the tour.`;
      assert.deepEqual(quotes(text), [
        ['indirect', 'he was thrilled about the tour', 'Kay Dole', 'Kay Dole', 'named-person', 'cue', 'told'],
      ]);
      const [q] = runAt(attributionStage, text).quotes ?? [];
      assert.equal(q?.listenerSpan ? text.slice(q.listenerSpan.start, q.listenerSpan.end) : null, title);
    });
  for (const adverb of ['exclusively ', ''])
    test(`reveal ${adverb}to RadarOnline.com he …: adverb and listener left out`, () => {
      const text = `Sources reveal ${adverb}to RadarOnline.com he was thrilled about the tour.`;
      assert.deepEqual(quotes(text), [
        ['indirect', 'he was thrilled about the tour', 'Sources', 'Sources', 'anonymous', 'cue', 'reveal'],
      ]);
      const [q] = runAt(attributionStage, text).quotes ?? [];
      assert.equal(
        q?.listenerSpan ? text.slice(q.listenerSpan.start, q.listenerSpan.end) : null,
        'RadarOnline.com',
      );
    });
});
