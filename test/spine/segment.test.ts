/** Segmentation: paragraphs, sentences and tokens, checked as exact spans of the text. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../src/index.ts';
import { tokenize } from '../../src/core/tokens.ts';
import { at, report, spanOf } from './helpers.ts';

const tokenTexts = (text: string): string[] => {
  const t = tokenize(text);
  return Array.from({ length: t.count }, (_, i) => text.slice(t.start[i]!, t.end[i]!));
};

describe('paragraphs', () => {
  test('split on blank lines', () => {
    const r = report('segmentation.txt');
    assert.deepEqual(
      r.paragraphs.map((p) => at(r, p)),
      [
        "Mr. Ravi Dhillon and Dr. Helen Oduya were spotted leaving St. Jude's clinic on Tuesday. The pair looked relaxed.",
        'Bestselling author P. J. Hartwell was seen nearby. She waved at photographers.',
        'Was it love... or something else? Fans are not so sure.',
        'Did she really say that?! Viewers flooded the channel with complaints.',
        '“I will always love him.” She said the words twice before walking off set.',
        'The 42-year-old ex-husband wouldn’t comment on Kate’s new rock-and-roll look.',
      ],
    );
    assert.deepEqual(
      r.paragraphs[1],
      spanOf(r.text, 'Bestselling author P. J. Hartwell was seen nearby. She waved at photographers.'),
    );
  });

  test('split on single newlines when the text has no blank line', () => {
    const r = report('single-lines.txt');
    assert.deepEqual(
      r.paragraphs.map((p) => at(r, p)),
      [
        'Soap star Lena Brook has quit the cast after eleven years.',
        'Her final scenes will air at Christmas.',
        '“It is time for a new chapter,” Lena told fans on Instagram.',
        'Co-star Nadia Flint said: “Lena was like a sister to me.”',
        'Producers are said to be devastated by the news.',
      ],
    );
    assert.deepEqual(r.paragraphs[1], { start: 59, end: 98 });
  });

  test('a single newline inside a paragraph does not split it when blank lines exist', () => {
    const text = 'First line of one paragraph\ncontinues here.\n\nSecond paragraph.';
    const r = analyze(text);
    assert.deepEqual(r.paragraphs, [
      { start: 0, end: 43 },
      { start: 45, end: 62 },
    ]);
    assert.equal(at(r, r.paragraphs[0]), 'First line of one paragraph\ncontinues here.');
  });

  test('blank lines holding only spaces or tabs still separate paragraphs; paragraph spans are trimmed', () => {
    const text = '  One.  \n \t \n  Two.\n';
    const r = analyze(text);
    assert.deepEqual(
      r.paragraphs.map((p) => at(r, p)),
      ['One.', 'Two.'],
    );
  });
});

describe('sentences', () => {
  const r = report('segmentation.txt');
  const sentences = r.sentences.map((s) => at(r, s));

  test('the full list, with the paragraph each belongs to', () => {
    assert.deepEqual(sentences, [
      "Mr. Ravi Dhillon and Dr. Helen Oduya were spotted leaving St. Jude's clinic on Tuesday.",
      'The pair looked relaxed.',
      'Bestselling author P. J. Hartwell was seen nearby.',
      'She waved at photographers.',
      'Was it love... or something else?',
      'Fans are not so sure.',
      'Did she really say that?!',
      'Viewers flooded the channel with complaints.',
      '“I will always love him.”',
      'She said the words twice before walking off set.',
      'The 42-year-old ex-husband wouldn’t comment on Kate’s new rock-and-roll look.',
    ]);
    assert.deepEqual(
      r.sentences.map((s) => s.paragraph),
      [0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5],
    );
  });

  test('Mr., Dr. and St. do not end a sentence', () => {
    assert.deepEqual(r.sentences[0], {
      ...spanOf(
        r.text,
        "Mr. Ravi Dhillon and Dr. Helen Oduya were spotted leaving St. Jude's clinic on Tuesday.",
      ),
      paragraph: 0,
    });
  });

  test('initials (P. J. Hartwell) do not end a sentence', () => {
    assert.deepEqual(r.sentences[2], {
      ...spanOf(r.text, 'Bestselling author P. J. Hartwell was seen nearby.'),
      paragraph: 1,
    });
  });

  test('an ellipsis before a lower-case word does not end a sentence; "?" before a capital does', () => {
    assert.deepEqual(r.sentences[4], {
      ...spanOf(r.text, 'Was it love... or something else?'),
      paragraph: 2,
    });
    assert.deepEqual(r.sentences[5], { ...spanOf(r.text, 'Fans are not so sure.'), paragraph: 2 });
  });

  test('a "?!" run stays with its sentence', () => {
    assert.deepEqual(r.sentences[6], { ...spanOf(r.text, 'Did she really say that?!'), paragraph: 3 });
  });

  test('a closing quotation mark after the full stop belongs to the sentence it closes', () => {
    assert.deepEqual(r.sentences[8], { ...spanOf(r.text, '“I will always love him.”'), paragraph: 4 });
    assert.equal(r.sentences[9]!.start, spanOf(r.text, 'She said the words').start);
  });

  test('a sentence ending in an ellipsis followed by a capital is split', () => {
    const text = 'She paused for a long time… Then she smiled at the cameras.';
    const r2 = analyze(text);
    assert.deepEqual(
      r2.sentences.map((s) => at(r2, s)),
      ['She paused for a long time…', 'Then she smiled at the cameras.'],
    );
  });

  test('straight quotes closing after the full stop', () => {
    const text = '"I will always love him." She said it twice. "Always."';
    const r2 = analyze(text);
    assert.deepEqual(
      r2.sentences.map((s) => at(r2, s)),
      ['"I will always love him."', 'She said it twice.', '"Always."'],
    );
  });

  test('sentences never cross a paragraph', () => {
    for (const s of r.sentences) {
      const p = r.paragraphs[s.paragraph]!;
      assert.ok(
        s.start >= p.start && s.end <= p.end,
        `sentence ${JSON.stringify(at(r, s))} leaves paragraph ${s.paragraph}`,
      );
    }
  });
});

describe('tokens', () => {
  test('apostrophes and hyphens inside words stay in the word', () => {
    const text = 'The 42-year-old ex-husband wouldn’t comment on Kate’s new rock-and-roll look.';
    assert.deepEqual(tokenTexts(text), [
      'The',
      '42-year-old',
      'ex-husband',
      'wouldn’t',
      'comment',
      'on',
      'Kate’s',
      'new',
      'rock-and-roll',
      'look',
      '.',
    ]);
  });

  test("straight apostrophes too (St. Jude's, can't)", () => {
    assert.deepEqual(tokenTexts("St. Jude's nurses can't stop."), [
      'St',
      '.',
      "Jude's",
      'nurses',
      "can't",
      'stop',
      '.',
    ]);
  });

  test('a trailing possessive apostrophe and a leading elision are not inside a word', () => {
    assert.deepEqual(tokenTexts('the Joneses’ house in the ’90s'), [
      'the',
      'Joneses',
      '’',
      'house',
      'in',
      'the',
      '’',
      '90s',
    ]);
  });

  test('a dash between spaces, quotation marks and ellipses are tokens of their own', () => {
    assert.deepEqual(tokenTexts('“Never – ever…”'), ['“', 'Never', '–', 'ever', '…', '”']);
  });

  test('numbers with separators are one token', () => {
    assert.deepEqual(tokenTexts('She paid 1,250,000 for 3.5 acres.'), [
      'She',
      'paid',
      '1,250,000',
      'for',
      '3.5',
      'acres',
      '.',
    ]);
  });

  test('word counts use these tokens: a quotation of hyphenated words counts each once', () => {
    const r = analyze('“The 42-year-old ex-husband wouldn’t budge,” a pal says.');
    assert.equal(r.quotes.length, 1);
    assert.equal(r.quotes[0]!.words, 5);
  });
});

describe('names survive abbreviations and initials', () => {
  const r = report('segmentation.txt');
  const names = r.entities.filter((e) => e.kind === 'person').map((e) => e.name);

  test('"P. J. Hartwell" is one person named with the initials', () => {
    assert.ok(names.includes('P. J. Hartwell'), `person names: ${JSON.stringify(names)}`);
  });

  test('"Mr. Ravi Dhillon and Dr. Helen Oduya" are two people', () => {
    assert.ok(
      names.includes('Ravi Dhillon') || names.includes('Mr. Ravi Dhillon'),
      `person names: ${JSON.stringify(names)}`,
    );
    assert.ok(
      names.includes('Helen Oduya') || names.includes('Dr. Helen Oduya'),
      `person names: ${JSON.stringify(names)}`,
    );
    assert.ok(!names.some((n) => / and /.test(n)), `person names: ${JSON.stringify(names)}`);
  });
});
