/**
 * The quotes and attribution stages on invented sentences, through the stages themselves: speaker
 * mentions as full noun phrases, source kinds as the quotes guide defines them, sources cited without
 * quoted words, things in marks that are not quotations, and one test pair per named threshold (a
 * fixture just inside it and one just outside, so moving the threshold by a step fails a test).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { docAt } from '../../pipeline/fixture.ts';
import { runStage } from '../../pipeline/processor.ts';
import type { Quote, ScareQuote, Source } from '../../report/schema.ts';
import { quotationRow } from './fixture.ts';
import { type AttributionOptions, attributionStage } from './stage.ts';
import { type QuotesOptions, quotesStage } from '../quotes/stage.ts';

/** The quotations and sources the attribution stage writes for `text`. */
function attribute(
  text: string,
  o: Partial<AttributionOptions> = {},
): { quotes: Quote[]; sources: Source[] } {
  const out = runStage(attributionStage, docAt('attribution', text), o);
  return { quotes: [...(out.quotes ?? [])], sources: [...(out.sources ?? [])] };
}

/** The quoted stretches (as text) and the scare quotes (kind, text) the quotes stage finds in `text`. */
function marked(text: string, o: Partial<QuotesOptions> = {}): { quoted: string[]; scare: string[][] } {
  const out = runStage(quotesStage, docAt('quotes', text), o);
  return {
    quoted: (out.quoted ?? []).map((q) => text.slice(q.start, q.end)),
    scare: (out.scareQuotes ?? []).map((s: ScareQuote) => [s.kind, text.slice(s.start, s.end)]),
  };
}

const slice = (text: string, s: { start: number; end: number } | null): string | null =>
  s ? text.slice(s.start, s.end) : null;

/** The one quotation of `text`, as [content, speaker mention, speaker name, kind, via, cue]. */
function only(text: string, o: Partial<AttributionOptions> = {}): (string | null)[] {
  const { quotes } = attribute(text, o);
  assert.equal(quotes.length, 1, `quotations: ${quotes.map((q) => slice(text, q)).join(' | ')}`);
  return quotationRow(text, quotes[0]!);
}

describe('speaker mentions are full noun phrases', () => {
  test('"…," they said.', () => {
    const text = 'The players left the pitch in silence.\n\n“We have to look at ourselves first,” they said.';
    assert.deepEqual(only(text), [
      'We have to look at ourselves first,',
      'they',
      'they',
      'unknown',
      'pronoun',
      'said',
    ]);
  });

  test('"…," said the veteran goalkeeper', () => {
    const text = '“Nobody is hiding from this result,” said the veteran goalkeeper.';
    assert.deepEqual(only(text), [
      'Nobody is hiding from this result,',
      'the veteran goalkeeper',
      'the veteran goalkeeper',
      'anonymous',
      'cue',
      'said',
    ]);
  });

  test('"…," Dana K. Whitfield, director of policy at a think tank, said', () => {
    const text =
      '“The funding gap is real and it is growing,” Dana K. Whitfield, director of policy at a think tank, said.';
    assert.deepEqual(only(text), [
      'The funding gap is real and it is growing,',
      'Dana K. Whitfield',
      'Dana K. Whitfield',
      'named-person',
      'cue',
      'said',
    ]);
  });

  test('"…," according to Dr. Omar Patel, a family physician', () => {
    const text =
      '“Most of these cases are preventable with early screening,” according to Dr. Omar Patel, a family physician.';
    assert.deepEqual(only(text), [
      'Most of these cases are preventable with early screening,',
      'Dr. Omar Patel',
      'Dr. Omar Patel',
      'named-person',
      'cue',
      'according to',
    ]);
  });

  test('Ruiz, the clinic\'s director, is more blunt: "…"', () => {
    const text = "Ruiz, the clinic's director, is more blunt: “We are turning people away every single day.”";
    assert.deepEqual(only(text), [
      'We are turning people away every single day.',
      'Ruiz',
      'Ruiz',
      'named-person',
      'cue',
      ':',
    ]);
  });

  test('the militant group said: "…" is the organization named before', () => {
    const text =
      'The Valley Liberation Group claimed the raid.\n\nIn a statement, the militant group said: “Our fighters will not withdraw from the valley.”';
    const { quotes, sources } = attribute(text);
    const q = quotes[0]!;
    assert.equal(slice(text, q.speaker.mention), 'the militant group');
    assert.equal(q.speaker.kind, 'named-organization');
    assert.equal(slice(text, q.cue), 'said');
    const src = sources.find((s) => s.id === q.sourceId)!;
    assert.equal(src.kind, 'named-organization');
    assert.ok(src.entityId, 'the group resolves to the organization named before');
  });

  test('"…," the mother repeated', () => {
    const text = '“I told him to come home before dark,” the mother repeated.';
    assert.deepEqual(only(text), [
      'I told him to come home before dark,',
      'the mother',
      'the mother',
      'anonymous',
      'cue',
      'repeated',
    ]);
  });

  test('"…," Toronto\'s Lee Marsh said', () => {
    const text = "“This neighbourhood deserves a proper library,” Toronto's Lee Marsh said.";
    assert.deepEqual(only(text), [
      'This neighbourhood deserves a proper library,',
      "Toronto's Lee Marsh",
      'Lee Marsh',
      'named-person',
      'cue',
      'said',
    ]);
  });

  test('a pronoun speaker resolves to the person it refers to', () => {
    const text = 'Nadia Rowe arrived late.\n\n“I needed the quiet,” she said.';
    const [, mention, name, kind, via] = only(text);
    assert.deepEqual([mention, name, kind, via], ['she', 'Nadia Rowe', 'named-person', 'pronoun']);
  });

  test('a definite role description resolves to the person named before ("the proud father")', () => {
    const text = 'Colm Hardy shared a photo of his son.\n\n“Best day of my life,” the proud father wrote.';
    const [, mention, name, kind] = only(text);
    assert.deepEqual([mention, name, kind], ['the proud father', 'Colm Hardy', 'named-person']);
  });

  test("a floating quotation takes its neighbour's speaker, via inherited, with no mention of its own", () => {
    const text =
      '“We are ready,” said Mara Quist.\n\nThe shelter opened in May.\n\n“Every bed is taken tonight.”';
    const { quotes } = attribute(text);
    const q = quotes[1]!;
    assert.equal(slice(text, q), 'Every bed is taken tonight.');
    assert.equal(q.speaker.name, 'Mara Quist');
    assert.equal(q.speaker.via, 'inherited');
    assert.equal(q.speaker.mention, null);
    assert.deepEqual(q.flags, ['floating']);
    assert.equal(q.sourceId, quotes[0]!.sourceId);
  });
});

describe('source kinds as the quotes guide defines them', () => {
  const kindOf = (text: string): (string | null)[] => {
    const [, mention, , kind] = only(text);
    return [mention ?? null, kind ?? null];
  };

  test('"a Jenner friend", "a Pitt insider", "a Sussex family source" are anonymous, not the person named', () => {
    assert.deepEqual(kindOf('“She is done with the drama,” a Jenner friend told the magazine.'), [
      'a Jenner friend',
      'anonymous',
    ]);
    assert.deepEqual(kindOf('“He has not slept properly in weeks,” a Pitt insider said.'), [
      'a Pitt insider',
      'anonymous',
    ]);
    assert.deepEqual(kindOf('“They are closer than ever,” a Sussex family source said.'), [
      'a Sussex family source',
      'anonymous',
    ]);
  });

  test('"a pal of the star" and "a rep for" a person are anonymous', () => {
    assert.deepEqual(kindOf('“It was never going to last,” a pal of the star said.'), [
      'a pal of the star',
      'anonymous',
    ]);
    assert.deepEqual(
      kindOf('Nadia Rowe is on tour.\n\n“The couple are taking time apart,” a rep for Nadia Rowe said.'),
      ['a rep for Nadia Rowe', 'anonymous'],
    );
  });

  test('a spokesperson for a named organization is the organization', () => {
    const text = '“We will not be renewing the contract,” a spokesperson for Halvard Records said.';
    assert.deepEqual(only(text), [
      'We will not be renewing the contract,',
      'a spokesperson for Halvard Records',
      'Halvard Records',
      'named-organization',
      'cue',
      'said',
    ]);
  });

  test('a named outlet cited as the source ("according to TMZ") is a named organization that is media', () => {
    const text = '“The singer left the venue early,” according to TMZ.';
    const { quotes, sources } = attribute(text);
    assert.equal(quotes[0]!.speaker.kind, 'named-organization');
    assert.equal(slice(text, quotes[0]!.speaker.mention), 'TMZ');
    const src = sources.find((s) => s.id === quotes[0]!.sourceId)!;
    assert.deepEqual([src.kind, src.name, src.media], ['named-organization', 'TMZ', true]);
  });

  test('an outlet speaking for itself ("In Touch previously reported") is the outlet', () => {
    const text = 'In Touch previously reported that the pair had split in March.';
    const { quotes } = attribute(text);
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0]!.speaker.kind, 'outlet');
  });

  test('a magazine the speaker tells is the listener, not the speaker ("told Us Weekly")', () => {
    const text = '“We are taking it one day at a time,” Nadia Rowe told Us Weekly.';
    const { quotes } = attribute(text);
    assert.equal(quotes[0]!.speaker.name, 'Nadia Rowe');
    assert.equal(quotes[0]!.listener, 'Us Weekly');
  });

  test('a building named after a person never speaks ("Marsh Tower")', () => {
    const text = 'Crowds gathered outside Marsh Tower: “Open the doors, let us in.”';
    const { quotes } = attribute(text);
    assert.notEqual(quotes[0]!.speaker.name, 'Marsh Tower');
    assert.equal(quotes[0]!.speaker.kind, 'unknown');
  });

  test('a notice is a document', () => {
    assert.deepEqual(kindOf('“The pool will close for repairs,” the notice read.'), [
      'the notice',
      'document',
    ]);
  });
});

describe('sources from every cited source, quoted or not', () => {
  test('"A spokesperson for the couple declined to comment. People magazine first reported the split." gives both', () => {
    const text =
      'Nadia Rowe and Colm Hardy have split. A spokesperson for the couple declined to comment. People magazine first reported the split.';
    const { quotes, sources } = attribute(text);
    assert.deepEqual(quotes, []);
    assert.deepEqual(
      sources.map((s) => [s.kind, s.mentions.map((m) => slice(text, m)), s.quotes]),
      [
        ['anonymous', ['A spokesperson for the couple'], 0],
        ['named-organization', ['People magazine'], 0],
      ],
    );
  });

  test('"according to court documents" is a document source', () => {
    const text = 'The pair married in secret in 2019, according to court documents.';
    const { sources } = attribute(text);
    assert.ok(
      sources.some(
        (s) => s.kind === 'document' && s.mentions.some((m) => slice(text, m) === 'court documents'),
      ),
      JSON.stringify(sources),
    );
  });

  test('"the insider" after "an insider" is one source; "another source" is a new one', () => {
    const text =
      '“She has moved on,” an insider said.\n\n“Nobody expected it,” the insider added.\n\n“It was coming,” another source said.';
    const { quotes, sources } = attribute(text);
    assert.equal(quotes[0]!.sourceId, quotes[1]!.sourceId);
    assert.notEqual(quotes[2]!.sourceId, quotes[0]!.sourceId);
    assert.deepEqual(
      sources.map((s) => s.quotes),
      [2, 1],
    );
  });
});

describe('one stage writes every quotation, direct, indirect and mixed, with final ids', () => {
  test('ids follow reading order across kinds, and every sourceId names a source', () => {
    const text =
      'A source said the couple had been arguing for weeks.\n\n“They barely speak,” the source added.\n\nHis rep told us the pair are “basically flatmates” now.';
    const { quotes, sources } = attribute(text);
    assert.deepEqual(
      quotes.map((q) => [q.id, q.kind]),
      [
        ['q1', 'indirect'],
        ['q2', 'direct'],
        ['q3', 'mixed'],
      ],
    );
    for (const q of quotes)
      assert.ok(
        sources.some((s) => s.id === q.sourceId),
        `${q.id} → ${q.sourceId}`,
      );
  });
});

describe('things in quotation marks that are not quotations', () => {
  test('a song title beside a verb is a title, not a quotation', () => {
    assert.deepEqual(marked('She sang “Dancing Till Dawn” twice.'), {
      quoted: [],
      scare: [['title', '“Dancing Till Dawn”']],
    });
  });

  test('a title with a colon and closing punctuation ("“I, Tina: My Life Story.”")', () => {
    assert.deepEqual(marked('Her memoir followed 1988’s “Harbour Days: A Life in Ships.”').scare, [
      ['title', '“Harbour Days: A Life in Ships.”'],
    ]);
  });

  test('a nickname after a naming verb is a scare quote', () => {
    assert.deepEqual(marked('Her friends call her “Sparrow” at school.'), {
      quoted: [],
      scare: [['scare', '“Sparrow”']],
    });
  });

  test('a quoted line alone in its paragraph is a heading', () => {
    const text =
      'The storm hit early.\n\n“the night the whole town stayed awake to watch the water rise”\n\nBy dawn the river had crested.';
    assert.deepEqual(marked(text), {
      quoted: [],
      scare: [['heading', '“the night the whole town stayed awake to watch the water rise”']],
    });
  });

  test('a related-story line is not a quotation', () => {
    const text =
      'The pair split in May.\n\nRELATED: “We Are Done” — Inside the Split\n\nThey had been married for ten years.';
    assert.deepEqual(marked(text), { quoted: [], scare: [['related', '“We Are Done”']] });
  });

  test('a quotation nested in a quotation does not end it', () => {
    const text = '“And then he asked me, “What does that even mean?” and I had no answer,” she said.';
    assert.deepEqual(marked(text).quoted, [
      'And then he asked me, “What does that even mean?” and I had no answer,',
    ]);
  });

  test('every scare quote says why', () => {
    const out = runStage(quotesStage, docAt('quotes', 'It was a “low-key” party.'), {});
    assert.deepEqual(
      (out.scareQuotes ?? []).map((s) => [s.kind, s.reason]),
      [
        [
          'scare',
          'a few words in quotation marks that no one is said to say: a scare quote, a label or a nickname',
        ],
      ],
    );
  });
});

describe('attribution thresholds (a fixture just inside and just outside each)', () => {
  const speakerOf = (text: string, i: number, o: Partial<AttributionOptions> = {}): string =>
    attribute(text, o).quotes[i]!.speaker.name;
  const cueOf = (text: string, o: Partial<AttributionOptions> = {}): string | null => {
    const q = attribute(text, o).quotes[0]!;
    return slice(text, q.cue);
  };

  test('floatingReach = 3: a quotation two prose paragraphs after its neighbour inherits, three after does not', () => {
    const two =
      '“We are ready,” said Mara Quist.\n\nThe shelter opened in May.\n\nVolunteers painted it.\n\n“Every bed is taken.”';
    const three =
      '“We are ready,” said Mara Quist.\n\nIt opened in May.\n\nVolunteers painted it.\n\nThe roof leaks.\n\n“Every bed is taken.”';
    assert.equal(speakerOf(two, 1), 'Mara Quist');
    assert.equal(speakerOf(two, 1, { floatingReach: 2 }), 'unknown');
    assert.equal(speakerOf(three, 1), 'unknown');
    assert.equal(speakerOf(three, 1, { floatingReach: 4 }), 'Mara Quist');
  });

  test('floatingAhead = 1: a quotation right before a paragraph that names its speaker takes it, one further does not', () => {
    const next = '“Every bed is taken.”\n\n“We are ready,” said Mara Quist.';
    const gap = '“Every bed is taken.”\n\nThe shelter opened in May.\n\n“We are ready,” said Mara Quist.';
    assert.equal(speakerOf(next, 0), 'Mara Quist');
    assert.equal(speakerOf(next, 0, { floatingAhead: 0 }), 'unknown');
    assert.equal(speakerOf(gap, 0), 'unknown');
    assert.equal(speakerOf(gap, 0, { floatingAhead: 2 }), 'Mara Quist');
  });

  test('cueBefore = 8: the verb seven tokens before the colon is the cue; at a window of 7 the colon is', () => {
    const text = 'Mara Quist told her oldest friends over a long dinner: “We are ready for the winter.”';
    assert.equal(cueOf(text), 'told');
    assert.equal(cueOf(text, { cueBefore: 7 }), ':');
  });

  test('cueAfter = 24: a verb 23 tokens after the closing mark is found; at 23 it is not', () => {
    const text =
      '“We are ready for the winter,” Mara Quist, who has run the shelter on Dock Street for eleven years and knows nearly every single family by name, said.';
    assert.equal(cueOf(text), 'said');
    assert.equal(cueOf(text, { cueAfter: 23 }), null);
  });

  test('cueSentence = 30: a verb 29 tokens back in the sentence governs the quoted fragment; at 29 it does not', () => {
    const text =
      'Ruiz described the plan for a second shelter near the old ferry terminal on the east side, which the council approved last week after months of debate, as “a lifeline for families who have nowhere else to go”.';
    const q = attribute(text).quotes[0]!;
    assert.deepEqual([q.kind, q.speaker.name, slice(text, q.cue)], ['mixed', 'Ruiz', 'described']);
    assert.equal(cueOf(text, { cueSentence: 29 }), null);
  });
});

describe('quotes thresholds (a fixture just inside and just outside each)', () => {
  test('cueReach = 10: a reporting verb at the tenth token after the closing mark makes a short quotation', () => {
    const text = '“Not again,” the tired old man in the corner booth finally said.';
    assert.deepEqual(marked(text).quoted, ['Not again,']);
    assert.deepEqual(marked(text, { cueReach: 9 }).quoted, []);
  });

  test('cueReachBefore = 4: "said that it was “so over”" is a quotation; at 3 a scare quote', () => {
    const text = 'She said that it was “so over” by then.';
    assert.deepEqual(marked(text).quoted, ['so over']);
    assert.deepEqual(marked(text, { cueReachBefore: 3 }).scare, [['scare', '“so over”']]);
  });

  test('scareWords = 4: four words with no cue are a scare quote, five are a quotation', () => {
    const four = 'The forum thread filed it under “a very messy split” overnight.';
    const five = 'The forum thread filed it under “a very messy split indeed” overnight.';
    assert.deepEqual(marked(four).quoted, []);
    assert.deepEqual(marked(four, { scareWords: 3 }).quoted, ['a very messy split']);
    assert.deepEqual(marked(five).quoted, ['a very messy split indeed']);
    assert.deepEqual(marked(five, { scareWords: 5 }).quoted, []);
  });

  test('scareWordsSingle = 6: six words in single marks are a scare quote; at 5 a quotation', () => {
    const text = 'The forum thread filed it under ‘a very messy and public split’ overnight.';
    assert.deepEqual(marked(text).quoted, []);
    assert.deepEqual(marked(text, { scareWordsSingle: 5 }).quoted, ['a very messy and public split']);
  });

  test('titleWords = 10: ten Title Case words are a title; at 9 a quotation', () => {
    const text =
      'Her favourite was “Dancing Till Dawn Under The Bright Harbour Lights Again Tonight” on repeat.';
    assert.deepEqual(marked(text).scare, [
      ['title', '“Dancing Till Dawn Under The Bright Harbour Lights Again Tonight”'],
    ]);
    assert.deepEqual(marked(text, { titleWords: 9 }).quoted, [
      'Dancing Till Dawn Under The Bright Harbour Lights Again Tonight',
    ]);
  });

  test('headingWords = 12: a twelve-word quoted line alone is a heading; at 11 a quotation', () => {
    const text =
      'The storm hit early.\n\n“the night the whole town stayed awake to watch the water rise”\n\nBy dawn the river had crested.';
    assert.equal(marked(text).scare[0]![0], 'heading');
    assert.deepEqual(marked(text, { headingWords: 11 }).quoted, [
      'the night the whole town stayed awake to watch the water rise',
    ]);
  });
});
