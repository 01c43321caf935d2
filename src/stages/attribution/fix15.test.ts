/**
 * Review fixes of the fifteenth round, on invented sentences, through the attribution stage: each
 * asserts the exact reported words, speaker mention, name, kind, how the speaker was found and the cue
 * (all read with `text.slice` by `quotationRows`).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { quotationRows } from './fixture.ts';
import { docAt } from '../../pipeline/fixture.ts';
import { leading, trimSpan } from './reported.ts';

/** Every quotation of `text` as [kind, content, mention, speaker name, speaker kind, via, cue]. */
const quotes = (text: string): (string | null)[][] => quotationRows(text, true);

describe('"news" is a trigger word', () => {
  test('"amid the news that …" alone in its sentence', () =>
    assert.deepEqual(quotes('She left amid the news that the pair were dating.'), [
      ['indirect', 'the pair were dating', 'news', 'reports', 'unnamed-media', 'cue', 'news'],
    ]));
});

describe('the unnamed media’s words in an opening phrase end before the main clause', () => {
  test('"Amid headlines suggesting that …, she left."', () =>
    assert.deepEqual(quotes('Amid headlines suggesting that the pair were dating, she left.'), [
      ['indirect', 'the pair were dating', 'headlines', 'reports', 'unnamed-media', 'cue', 'suggesting'],
    ]));
  test('"Amid reports that …, he stayed home."', () =>
    assert.deepEqual(quotes('Amid reports that the pair were dating, he stayed home.'), [
      ['indirect', 'the pair were dating', 'reports', 'reports', 'unnamed-media', 'cue', 'reports'],
    ]));
  test('a relative clause\'s "who" does not end them', () =>
    assert.deepEqual(quotes('Amid reports that the pair, who met in May, were dating, she left.'), [
      [
        'indirect',
        'the pair, who met in May, were dating',
        'reports',
        'reports',
        'unnamed-media',
        'cue',
        'reports',
      ],
    ]));
});

describe('a directive', () => {
  test('the infinitive may be the last token (no full stop)', () =>
    assert.deepEqual(quotes('Mara Quill told him to go'), [
      ['indirect', 'him to go', 'Mara Quill', 'Mara Quill', 'named-person', 'cue', 'told'],
    ]));
  test('"told her to rest": an object pronoun that is also a possessive', () =>
    assert.deepEqual(quotes('Mara Quill told her to rest.'), [
      ['indirect', 'her to rest', 'Mara Quill', 'Mara Quill', 'named-person', 'cue', 'told'],
    ]));
  test('"told the story to amuse him": a thing is no listener', () =>
    assert.deepEqual(quotes('Mara Quill told the story to amuse him.'), []));
  test('"told the crowd to head home": a person noun is', () =>
    assert.deepEqual(quotes('Mara Quill told the crowd to head home.'), [
      ['indirect', 'the crowd to head home', 'Mara Quill', 'Mara Quill', 'named-person', 'cue', 'told'],
    ]));
  test('"urged the dancers to …": the plural of a person noun is', () =>
    assert.deepEqual(quotes('Mara Quill urged the dancers to stay calm.'), [
      ['indirect', 'the dancers to stay calm', 'Mara Quill', 'Mara Quill', 'named-person', 'cue', 'urged'],
    ]));
});

describe('a sentence set in brackets', () => {
  test('"(Mara Quill confirmed that she bought Zingo.)": the words end before the closing bracket', () =>
    assert.deepEqual(quotes('(Mara Quill confirmed that she bought Zingo.)'), [
      ['indirect', 'she bought Zingo', 'Mara Quill', 'Mara Quill', 'named-person', 'cue', 'confirmed'],
    ]));
  test('a bracket opened inside the words is theirs', () =>
    assert.deepEqual(quotes('Mara Quill confirmed that she bought Zingo (a rival).'), [
      [
        'indirect',
        'she bought Zingo (a rival)',
        'Mara Quill',
        'Mara Quill',
        'named-person',
        'cue',
        'confirmed',
      ],
    ]));
});

describe('a sentence set in brackets, rule by rule', () => {
  const text = '(Mara Quill confirmed she bought Zingo.)';
  test('`leading` opens after the bracket: the name speaks', () => {
    const doc = docAt('attribution', text);
    const h = leading(doc, 0, doc.tokens.count - 1);
    assert.ok(h);
    assert.deepEqual(
      [text.slice(h.content.start, h.content.end), text.slice(h.speaker.span.start, h.speaker.span.end)],
      ['she bought Zingo.)', 'Mara Quill'],
    );
  });
  test('`trimSpan` drops the full stop and the closing bracket opened before the words', () => {
    const doc = docAt('attribution', text);
    const s = trimSpan(doc, { start: text.indexOf('she'), end: text.length });
    assert.equal(text.slice(s.start, s.end), 'she bought Zingo');
  });
  test('`trimSpan` keeps a closing bracket opened inside the words', () => {
    const inner = 'Mara Quill confirmed she bought Zingo (a rival).';
    const doc = docAt('attribution', inner);
    const s = trimSpan(doc, { start: inner.indexOf('she'), end: inner.length });
    assert.equal(inner.slice(s.start, s.end), 'she bought Zingo (a rival)');
  });
});

describe('no reads before the first token', () => {
  test('a passive cue at the second token', () => assert.deepEqual(quotes('Was told nothing.'), []));
  test('a participle cue at the first token', () =>
    assert.deepEqual(quotes('Insisting that she stayed.'), []));
});
