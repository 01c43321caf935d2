/** Direct quotations: marks, nesting, apostrophes, runs across paragraphs, scare quotes, titles and captions. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../src/index.ts';
import { at, bounds, quoteOf, quotesOverlapping, report, spanOf } from './helpers.ts';

const r = report('marks.txt');

describe('quotation marks', () => {
  test('straight double quotes', () => {
    const q1 = quoteOf(r, "I'm not going to apologise for winning,");
    assert.deepEqual(bounds(q1), spanOf(r.text, "I'm not going to apologise for winning,"));
    assert.equal(q1.kind, 'direct');
    assert.deepEqual(q1.flags, []);
    assert.equal(q1.words, 7);
    const q2 = quoteOf(r, 'They can say what they like.');
    assert.equal(r.text[q2.start - 1], '"');
    assert.equal(r.text[q2.end], '"');
  });

  test('curly double quotes, with single quotes nested inside kept in the one quotation', () => {
    const content = 'My coach told me, ‘Keep your guard up and never look at the crowd,’ and I listened,';
    const q = quoteOf(r, content);
    assert.deepEqual(bounds(q), spanOf(r.text, content));
    assert.deepEqual(q.flags, []);
    assert.equal(q.words, 17);
    assert.equal(r.text[q.start - 1], '“');
    assert.equal(r.text[q.end], '”');
    // the nested ‘…’ is neither a quotation of its own nor a scare quote
    assert.deepEqual(
      quotesOverlapping(r, q).map((x) => x.id),
      [q.id],
    );
    assert.deepEqual(
      r.scareQuotes.filter((s) => s.start < q.end && q.start < s.end),
      [],
    );
  });

  test('apostrophes are never quotation marks (Jade’s, wouldn’t, ’90s, rock ’n’ roll, the Joneses’ house)', () => {
    const para = spanOf(
      r.text,
      'Jade’s family wouldn’t comment, but the ’90s rock ’n’ roll party at the Joneses’ house went on until dawn.',
    );
    assert.deepEqual(quotesOverlapping(r, para), []);
    assert.deepEqual(
      r.scareQuotes.filter((s) => s.start < para.end && para.start < s.end),
      [],
    );
  });

  test('apostrophes inside a quotation do not end it', () => {
    const text =
      '“Kate’s not the type to hold grudges, and she wouldn’t start in the ’90s style now,” a pal says.';
    const r2 = analyze(text);
    assert.equal(r2.quotes.length, 1);
    assert.equal(
      at(r2, r2.quotes[0]),
      'Kate’s not the type to hold grudges, and she wouldn’t start in the ’90s style now,',
    );
  });

  test('apostrophes alone in a paragraph make no quotation at all', () => {
    const r2 = analyze(
      'The Joneses’ house rang with rock ’n’ roll till the ’90s ended, and Kate’s crew wouldn’t leave.',
    );
    assert.deepEqual(r2.quotes, []);
    assert.deepEqual(r2.scareQuotes, []);
  });
});

describe('quotations across paragraphs', () => {
  const opening = () => quoteOf(r, 'The first round was a blur. I remember the bell and then nothing.');
  const closing = () => quoteOf(r, 'By the third round I knew I had her,');

  test('a quotation left open when the next paragraph opens with a mark is continued', () => {
    assert.deepEqual(
      bounds(opening()),
      spanOf(r.text, 'The first round was a blur. I remember the bell and then nothing.'),
    );
    assert.ok(opening().flags.includes('continued'), `flags: ${opening().flags.join(',')}`);
    assert.ok(!opening().flags.includes('unclosed'));
    assert.equal(opening().continues, null);
  });

  test('the next paragraph’s quotation continues it and links back', () => {
    assert.deepEqual(closing().flags, ['continuation']);
    assert.equal(closing().continues, opening().id);
    assert.equal(closing().speaker.name, 'Jade Merritt');
  });

  test('both parts have the speaker named at the end of the run', () => {
    assert.equal(opening().speaker.name, 'Jade Merritt');
    assert.equal(opening().sourceId, closing().sourceId);
  });
});

describe('the speaker of a run across paragraphs', () => {
  test('the opening part takes the speaker named at the end of the run, not the previous speaker', () => {
    const text =
      '“She trained like a demon,” a pal says.\n\n“The first round was a blur. I remember the bell and then nothing.\n\n“By the third round I knew I had her,” Jade Merritt said.';
    const r2 = analyze(text);
    const opening = quoteOf(r2, 'The first round was a blur. I remember the bell and then nothing.');
    const closing = quoteOf(r2, 'By the third round I knew I had her,');
    assert.equal(closing.continues, opening.id);
    assert.equal(closing.speaker.name, 'Jade Merritt');
    assert.equal(opening.speaker.name, 'Jade Merritt');
    assert.equal(opening.sourceId, closing.sourceId);
  });
});

describe('unclosed quotation', () => {
  const content = 'It was a lucky punch and everyone knows it.';

  test('ends at its paragraph and is flagged unclosed', () => {
    const q = quoteOf(r, content);
    const para = spanOf(
      r.text,
      'Her opponent, Sasha Kell, was less gracious: “It was a lucky punch and everyone knows it.',
    );
    assert.deepEqual(bounds(q), spanOf(r.text, content));
    assert.equal(q.end, para.end);
    assert.ok(q.flags.includes('unclosed'), `flags: ${q.flags.join(',')}`);
    assert.ok(!q.flags.includes('continued'));
    // the next paragraph is prose, untouched by the open mark
    assert.deepEqual(
      quotesOverlapping(r, spanOf(r.text, 'Kell has already demanded a rematch in Manchester.')),
      [],
    );
  });

  test('an unclosed quotation at the end of the text ends at the text', () => {
    const text = 'She was furious: “I will never work with him again';
    const r2 = analyze(text);
    assert.equal(r2.quotes.length, 1);
    assert.equal(at(r2, r2.quotes[0]), 'I will never work with him again');
    assert.deepEqual(r2.quotes[0]!.flags.includes('unclosed'), true);
  });
});

describe('scare quotes and titles', () => {
  test('a single word in single marks is a scare quote, not a quotation', () => {
    const s = spanOf(r.text, '‘thawing’');
    assert.deepEqual(r.scareQuotes.filter((x) => x.kind === 'scare').map(bounds), [s]);
    assert.ok(!r.quotes.some((q) => q.kind === 'direct' && q.start < s.end && s.start < q.end));
    assert.ok(!r.quotes.some((q) => at(r, q) === 'thawing'));
  });

  test('a film title in quotes is a title, not a quotation', () => {
    const s = spanOf(r.text, '“Queen of the Ring”');
    assert.deepEqual(r.scareQuotes.filter((x) => x.kind === 'title').map(bounds), [s]);
    assert.deepEqual(quotesOverlapping(r, s), []);
  });

  test('the full scare-quote list of the fixture', () => {
    assert.deepEqual(
      r.scareQuotes.map((x) => [x.kind, at(r, x)]),
      [
        ['scare', '‘thawing’'],
        ['title', '“Queen of the Ring”'],
      ],
    );
  });

  test('a scare-quoted word after "is said to be" is still a scare quote', () => {
    const text = 'The pair are said to be ‘thawing’ after months of silence.';
    const r2 = analyze(text);
    assert.deepEqual(r2.scareQuotes.map(bounds), [spanOf(text, '‘thawing’')]);
    assert.deepEqual(
      r2.quotes.filter((q) => q.kind === 'direct'),
      [],
    );
  });
});

describe('British single-mark quotations', () => {
  test('‘I love her, …,’ he said. is a quotation flagged single-marks', () => {
    const content = 'I love her, and I wouldn’t change a thing,';
    const q = quoteOf(r, content);
    assert.deepEqual(bounds(q), spanOf(r.text, content));
    assert.equal(q.kind, 'direct');
    assert.deepEqual(q.flags, ['single-marks']);
    assert.equal(q.words, 9);
  });

  test('short single-mark quotation with "he said"', () => {
    const text = 'Tom Reyes smiled. ‘I love her,’ he said.';
    const r2 = analyze(text);
    assert.equal(r2.quotes.length, 1);
    const q = r2.quotes[0]!;
    assert.equal(at(r2, q), 'I love her,');
    assert.deepEqual(q.flags, ['single-marks']);
    assert.equal(at(r2, q.cue), 'said');
    assert.equal(q.speaker.name, 'Tom Reyes');
    assert.deepEqual(r2.scareQuotes, []);
  });
});

describe('captions', () => {
  test('"(Credit: Getty)", "Photo: Instagram" and "Image via Backgrid" are captions with their credits', () => {
    assert.deepEqual(
      r.captions.map((c) => ({ caption: at(r, c), credit: c.credit, creditText: at(r, c.creditSpan) })),
      [
        {
          caption: 'Jade shows off her “lucky” gloves after the fight. (Credit: Getty)',
          credit: 'Getty',
          creditText: 'Getty',
        },
        { caption: 'Photo: Instagram', credit: 'Instagram', creditText: 'Instagram' },
        {
          caption: 'Jade and her coach celebrate in the ring. Image via Backgrid',
          credit: 'Backgrid',
          creditText: 'Backgrid',
        },
      ],
    );
    assert.deepEqual(bounds(r.captions[0]!.creditSpan!), spanOf(r.text, 'Getty'));
    assert.deepEqual(bounds(r.captions[2]!.creditSpan!), spanOf(r.text, 'Backgrid'));
  });

  test('captions are never quoted, and quote marks in them are not scare quotes', () => {
    for (const c of r.captions) {
      assert.deepEqual(quotesOverlapping(r, c), [], `caption ${JSON.stringify(at(r, c))} was quoted`);
      assert.deepEqual(
        r.scareQuotes.filter((s) => s.start < c.end && c.start < s.end),
        [],
      );
    }
  });

  test('a caption holding a full quotation is still only a caption', () => {
    const text =
      'The singer stepped out in London.\n\n“I feel amazing,” Mia wrote under this photo. (Credit: Instagram)\n\nShe has not commented since.';
    const r2 = analyze(text);
    assert.equal(r2.captions.length, 1);
    assert.equal(r2.captions[0]!.credit, 'Instagram');
    assert.deepEqual(r2.quotes, []);
  });
});

describe('the full quotation list of the fixture', () => {
  test('every quotation, in reading order, with its flags', () => {
    assert.deepEqual(
      r.quotes.map((q) => [q.id, q.kind, at(r, q), q.flags.filter((f) => f !== 'floating')]),
      [
        ['q1', 'direct', "I'm not going to apologise for winning,", []],
        ['q2', 'direct', 'They can say what they like.', []],
        [
          'q3',
          'direct',
          'My coach told me, ‘Keep your guard up and never look at the crowd,’ and I listened,',
          [],
        ],
        ['q4', 'direct', 'The first round was a blur. I remember the bell and then nothing.', ['continued']],
        ['q5', 'direct', 'By the third round I knew I had her,', ['continuation']],
        ['q6', 'direct', 'It was a lucky punch and everyone knows it.', ['unclosed']],
        ['q7', 'mixed', 'Relations between the two camps are ‘thawing’', []],
        ['q8', 'direct', 'I love her, and I wouldn’t change a thing,', ['single-marks']],
      ],
    );
  });
});
