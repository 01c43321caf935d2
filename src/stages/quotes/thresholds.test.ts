/**
 * The quotes stage's named thresholds, each pinned by a fixture just inside and one just outside,
 * run through the stage itself: moving a default one step either way fails one of each pair
 * (`npm run mutate:thresholds` proves it). The override case shows the option reaches its rule.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseArticle } from '../../article.ts';
import { bundledKb } from '../../kb/load.ts';
import { standard } from '../../pipeline/presets.ts';
import { docBefore, runStage } from '../../pipeline/processor.ts';
import { type QuotesOptions, quotesStage } from './stage.ts';

/** What the stage makes of the marked stretches of `text`: "quote: words" or "kind: “marked”". */
function marked(text: string, o: Partial<QuotesOptions> = {}): string[] {
  const a = parseArticle({ text, date: '2024-10-08' });
  if (!a.ok) throw a.error;
  const found = runStage(quotesStage, docBefore(standard, 'quotes', a.value, bundledKb()), o);
  return [
    ...(found.quoted ?? []).map((q) => `quote: ${text.slice(q.start, q.end)}`),
    ...(found.scareQuotes ?? []).map((s) => `${s.kind}: ${text.slice(s.start, s.end)}`),
  ];
}

describe('quotes: scareWords (4, double marks)', () => {
  test('four words in double marks with no cue are a scare quote', () =>
    assert.deepEqual(marked('She called it a “big fat happy day” at home.'), ['scare: “big fat happy day”']));
  test('five are a quotation', () => {
    const text = 'She called it a “big fat happy sunny day” at home.';
    assert.deepEqual(marked(text), ['quote: big fat happy sunny day']);
    assert.deepEqual(marked(text, { scareWords: 5 }), ['scare: “big fat happy sunny day”']);
  });
});

describe('quotes: scareWordsSingle (6, single marks)', () => {
  test('six words in single marks are a scare quote', () =>
    assert.deepEqual(marked('She called it a ‘big fat happy sunny warm day’ at home.'), [
      'scare: ‘big fat happy sunny warm day’',
    ]));
  test('seven are a quotation', () => {
    const text = 'She called it a ‘big fat happy sunny warm bright day’ at home.';
    assert.deepEqual(marked(text), ['quote: big fat happy sunny warm bright day']);
    assert.deepEqual(marked(text, { scareWordsSingle: 7 }), ['scare: ‘big fat happy sunny warm bright day’']);
  });
});

describe('quotes: titleWords (10)', () => {
  test('ten Title Case words in marks are a title', () =>
    assert.deepEqual(marked('They watched “Red Blue Green Gold Pink Grey Jade Rose Teal Navy” again.'), [
      'title: “Red Blue Green Gold Pink Grey Jade Rose Teal Navy”',
    ]));
  test('eleven are a quotation', () => {
    const text = 'They watched “Red Blue Green Gold Pink Grey Jade Rose Teal Navy Lime” again.';
    assert.deepEqual(marked(text), ['quote: Red Blue Green Gold Pink Grey Jade Rose Teal Navy Lime']);
    assert.deepEqual(marked(text, { titleWords: 11 }), [
      'title: “Red Blue Green Gold Pink Grey Jade Rose Teal Navy Lime”',
    ]);
  });
});

describe('quotes: headingWords (12)', () => {
  const at = (line: string): string => `Fans waited.\n\n“${line}”\n\nRain fell.`;
  test('a quoted paragraph of twelve words on its own is a heading', () =>
    assert.deepEqual(marked(at('we are going to the big party down by the old mill')), [
      'heading: “we are going to the big party down by the old mill”',
    ]));
  test('thirteen words are a quotation', () => {
    const text = at('we are going to the big party down by the old mill tonight');
    assert.deepEqual(marked(text), ['quote: we are going to the big party down by the old mill tonight']);
    assert.deepEqual(marked(text, { headingWords: 13 }), [
      'heading: “we are going to the big party down by the old mill tonight”',
    ]);
  });
});

describe('quotes: cueReach (10 tokens after the closing mark)', () => {
  test('"said" as the tenth token after the mark makes two marked words a quotation', () =>
    assert.deepEqual(marked('It was a “big day” for the bride and her whole family, she said.'), [
      'quote: big day',
    ]));
  test('as the eleventh, they stay a scare quote', () => {
    const text = 'It was a “big day” for the bride and her whole big family, she said.';
    assert.deepEqual(marked(text), ['scare: “big day”']);
    assert.deepEqual(marked(text, { cueReach: 11 }), ['quote: big day']);
  });
});

describe('quotes: cueReachBefore (4 tokens before the opening mark)', () => {
  test('"said" as the fourth token before the mark makes them a quotation', () =>
    assert.deepEqual(marked('She said it was a “big day” for all.'), ['quote: big day']));
  test('as the fifth, a scare quote inside reported speech', () => {
    const text = 'She said it was truly a “big day” for all.';
    assert.deepEqual(marked(text), ['scare: “big day”']);
    assert.deepEqual(marked(text, { cueReachBefore: 5 }), ['quote: big day']);
  });
});

describe('quotes: relatedLabelWords (4 tokens to the label’s colon)', () => {
  test('a three-word all-caps label ending in a colon makes a related-story line', () =>
    assert.deepEqual(marked('Fans waited.\n\nREAD MORE RELATED: “Ten Things We Learned This Week”'), [
      'related: “Ten Things We Learned This Week”',
    ]));
  test('a four-word one does not: its quoted words are read as a title', () => {
    const text = 'Fans waited.\n\nREAD MORE ALSO WATCH: “Ten Things We Learned This Week”';
    assert.deepEqual(marked(text), ['title: “Ten Things We Learned This Week”']);
    assert.deepEqual(marked(text, { relatedLabelWords: 5 }), ['related: “Ten Things We Learned This Week”']);
  });
});

describe('quotes: unopenedWords (3 words before a closing mark with no opening one)', () => {
  test('three words closed by a lone mark are a quotation', () =>
    assert.deepEqual(marked('Really great fun,” she said.'), ['quote: Really great fun,']));
  test('two are not', () => {
    assert.deepEqual(marked('Great fun,” she said.'), []);
    assert.deepEqual(marked('Great fun,” she said.', { unopenedWords: 2 }), ['quote: Great fun,']);
  });
});

describe('quotes: cueScareWords (2 words in single marks beside a cue)', () => {
  test('two words in single marks beside "she said" stay a scare quote', () =>
    assert.deepEqual(marked('Relations are ‘slowly thawing’, she said.'), ['scare: ‘slowly thawing’']));
  test('three are her words', () => {
    const text = 'Relations are ‘slowly thawing again’, she said.';
    assert.deepEqual(marked(text), ['quote: slowly thawing again']);
    assert.deepEqual(marked(text, { cueScareWords: 3 }), ['scare: ‘slowly thawing again’']);
  });
});

describe('quotes: titleMinWords (2)', () => {
  // after a verb of performing ("sang") any marked words are a title or lines sung (src/lexicon/works.ts); beside
  // a reporting verb the Title Case rule decides
  test('two Title Case words beside "cried" are a title', () =>
    assert.deepEqual(marked('She cried “Dancing Queen” on stage.'), ['title: “Dancing Queen”']));
  test('one is a word she said', () => {
    const text = 'She cried “Dancing” on stage.';
    assert.deepEqual(marked(text), ['quote: Dancing']);
    assert.deepEqual(marked(text, { titleMinWords: 1 }), ['title: “Dancing”']);
  });
});
