/** Sources: grouping speakers into sources, and the summary counts derived from them. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../src/index.ts';
import { at, quoteOf, report, sourceOf, spanIn, spanOf } from './helpers.ts';

const r = report('insiders.txt');

describe('grouping (insiders.txt)', () => {
  test('"an insider" … "our insider" … "the insider" are one source with all three mentions', () => {
    const q1 = quoteOf(r, 'Carla has had enough of the late nights,');
    const q2 = quoteOf(r, 'She has told the bosses she wants out by spring,');
    const q4 = quoteOf(r, 'They are offering her double to stay,');
    const src = sourceOf(r, q1);
    assert.equal(sourceOf(r, q2).id, src.id);
    assert.equal(sourceOf(r, q4).id, src.id);
    assert.equal(src.kind, 'anonymous');
    assert.equal(src.name, 'an insider');
    assert.equal(src.entityId, null);
    assert.equal(src.quotes, 3);
    assert.deepEqual(src.mentions, [
      spanOf(r.text, 'an insider'),
      spanOf(r.text, 'our insider'),
      spanOf(r.text, 'the insider'),
    ]);
    assert.deepEqual(
      src.mentions.map((m) => at(r, m)),
      ['an insider', 'our insider', 'the insider'],
    );
  });

  test('plural "sources" are a separate source', () => {
    const q = quoteOf(r, 'the producers are scrambling to find a replacement');
    assert.equal(q.kind, 'indirect');
    const src = sourceOf(r, q);
    assert.notEqual(src.id, sourceOf(r, quoteOf(r, 'Carla has had enough of the late nights,')).id);
    assert.equal(src.kind, 'anonymous');
    assert.equal(src.name, 'Sources');
    assert.equal(src.quotes, 1);
    assert.deepEqual(src.mentions, [spanOf(r.text, 'Sources')]);
  });

  test('"another source" is a new source', () => {
    const q = quoteOf(r, 'She has already made up her mind,');
    const src = sourceOf(r, q);
    const insider = sourceOf(r, quoteOf(r, 'Carla has had enough of the late nights,'));
    const plural = sourceOf(r, quoteOf(r, 'the producers are scrambling to find a replacement'));
    assert.notEqual(src.id, insider.id);
    assert.notEqual(src.id, plural.id);
    assert.equal(src.kind, 'anonymous');
    assert.equal(src.name, 'another source');
    assert.equal(src.quotes, 1);
    assert.deepEqual(src.mentions, [spanOf(r.text, 'another source')]);
  });

  test('a named person quoted twice is one source with quotes 2', () => {
    const a = quoteOf(r, 'Carla is the heart of this show.');
    const b = quoteOf(r, 'We will all miss her terribly,');
    const src = sourceOf(r, a);
    assert.equal(sourceOf(r, b).id, src.id);
    assert.equal(src.kind, 'named-person');
    assert.equal(src.name, 'Benny Okafor');
    assert.equal(src.quotes, 2);
    assert.deepEqual(src.mentions, [spanOf(r.text, 'Benny Okafor', 1), spanOf(r.text, 'Benny Okafor', 2)]);
    const ent = r.entities.find((e) => e.id === src.entityId);
    assert.equal(ent?.name, 'Benny Okafor');
    assert.equal(ent?.kind, 'person');
  });

  test('the full source list', () => {
    assert.deepEqual(
      r.sources.map((s) => [s.id, s.kind, s.name, s.quotes]),
      [
        ['s1', 'anonymous', 'an insider', 3],
        ['s2', 'anonymous', 'Sources', 1],
        ['s3', 'anonymous', 'another source', 1],
        ['s4', 'named-person', 'Benny Okafor', 2],
      ],
    );
  });

  test('every quotation points at a listed source, and quote counts add up', () => {
    const ids = new Set(r.sources.map((s) => s.id));
    for (const q of r.quotes) assert.ok(q.sourceId && ids.has(q.sourceId), `${q.id} → ${String(q.sourceId)}`);
    assert.equal(
      r.sources.reduce((n, s) => n + s.quotes, 0),
      r.quotes.filter((q) => q.sourceId !== null).length,
    );
    for (const s of r.sources) {
      assert.equal(s.quotes, r.quotes.filter((q) => q.sourceId === s.id).length, s.id);
      for (const q of r.quotes.filter((x) => x.sourceId === s.id)) {
        assert.equal(q.speaker.name, s.name);
        assert.equal(q.speaker.kind, s.kind);
      }
    }
  });
});

describe('summary counts (insiders.txt)', () => {
  test('quotes, anonymousShare, namedSources, anonymousSources', () => {
    assert.equal(r.summary.quotes, 7);
    assert.equal(r.summary.anonymousShare, 0.714); // 5 of 7 to anonymous sources
    assert.equal(r.summary.namedSources, 1);
    assert.equal(r.summary.anonymousSources, 3);
    assert.deepEqual(r.summary.sourcesByKind, { anonymous: 3, 'named-person': 1 });
  });

  test('quoted words are the sum of the quotations’ words', () => {
    assert.equal(
      r.summary.quotedWords,
      r.quotes.reduce((n, q) => n + q.words, 0),
    );
    assert.equal(r.summary.quotedWords, 53);
    assert.equal(r.summary.words, 89);
    assert.equal(r.summary.quotedShare, Math.round((53 / 89) * 1000) / 1000);
  });

  test('an article with no quotations has zero shares, not NaN', () => {
    const r2 = analyze('The couple were pictured at a garden centre on Sunday.');
    assert.equal(r2.summary.quotes, 0);
    assert.equal(r2.summary.anonymousShare, 0);
    assert.equal(r2.summary.quotedShare, 0);
    assert.deepEqual(r2.sources, []);
  });
});

describe('more grouping rules', () => {
  test('a definite mention with no earlier anonymous source starts its own source', () => {
    const text = '“It is over,” the insider says. “Totally over,” a pal adds.';
    const r2 = analyze(text);
    assert.deepEqual(
      r2.sources.map((s) => [s.name, s.quotes, s.mentions.map((m) => at(r2, m))]),
      [
        ['the insider', 1, ['the insider']],
        ['a pal', 1, ['a pal']],
      ],
    );
  });

  test('two "another source" mentions are two sources', () => {
    const text = '“She is fuming,” another source says.\n\n“He is fuming too,” another source says.';
    const r2 = analyze(text);
    assert.equal(r2.sources.length, 2);
    assert.deepEqual(
      r2.sources.map((s) => s.mentions),
      [[spanOf(text, 'another source', 1)], [spanOf(text, 'another source', 2)]],
    );
  });

  test('a first name alone after a quotation is the same source as the full name', () => {
    const text =
      'Benny Okafor said: “Carla is the heart of this show.”\n\n“We will all miss her terribly,” Benny added.';
    const r2 = analyze(text);
    assert.deepEqual(
      r2.sources.map((s) => [s.kind, s.name, s.quotes]),
      [['named-person', 'Benny Okafor', 2]],
    );
    assert.deepEqual(r2.sources[0]!.mentions, [
      spanOf(text, 'Benny Okafor'),
      spanIn(text, 'Benny added', 'Benny'),
    ]);
  });
});
