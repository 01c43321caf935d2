/**
 * Issue 16, linear time by construction: the pieces that made crafted inputs quadratic, each pinned on
 * its result (never on a timing): an unclosed mark ends at the next opening mark, reported speech still
 * sees the quotation beside a cue in a sentence holding many, a source's repeated mention is listed
 * once, and the quotation around a span is found by binary search with the result of a linear search.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../src/index.ts';
import type { Quote } from '../../src/report/schema.ts';
import { quoteAround } from '../../src/score/text-match.ts';
import { pairMarks } from '../../src/segment/marks.ts';
import type { Cited } from '../../src/stages/attribution/sources.ts';
import { groupSources } from '../../src/stages/attribution/sources.ts';

const slice = (text: string, s: { start: number; end: number }): string => text.slice(s.start, s.end);

describe('unclosed quotation marks', () => {
  const text =
    '“The show is over, she wrote on Monday. “We will be back next spring with new songs,” she said.';
  const second = text.indexOf('“', 1);

  test('pairMarks: an unclosed mark runs until the next opening mark; a closed one until its close', () => {
    assert.deepEqual(pairMarks(text, 0, text.length), [
      { open: 0, close: -1, single: false, from: 1, until: second },
      {
        open: second,
        close: text.lastIndexOf('”'),
        single: false,
        from: second + 1,
        until: text.lastIndexOf('”'),
      },
    ]);
  });

  test('pairMarks: the last unclosed mark of a paragraph runs to its end', () => {
    const p = 'She said “we are done and that is final';
    assert.deepEqual(pairMarks(p, 0, p.length), [
      { open: 9, close: -1, single: false, from: 10, until: p.length },
    ]);
  });

  test('the unclosed quotation stops before the next one, flagged unclosed (not run on), which keeps its cue', () => {
    const r = analyze(text);
    assert.deepEqual(
      r.quotes.map((q) => [slice(text, q), q.flags, q.cue ? slice(text, q.cue) : null]),
      [
        ['The show is over, she wrote on Monday.', ['unclosed'], null],
        ['We will be back next spring with new songs,', [], 'said'],
      ],
    );
  });

  test('an unclosed mark cut by the next opening mark does not run on into the next paragraph', () => {
    const t = '“It is over. “We are done,” she said of the long tour.\n\n“Next year we go again,” she added.';
    const r = analyze(t);
    const first = r.quotes.find((q) => q.start === 1);
    assert.ok(first);
    assert.deepEqual(first.flags, ['unclosed']);
    assert.equal(slice(t, first), 'It is over.');
  });

  test('a run of opening marks holds no quotation and no claim', () => {
    const r = analyze('“'.repeat(5000));
    assert.equal(r.quotes.length, 0);
    assert.equal(r.claims.length, 0);
  });

  test('each of many unclosed marks in one paragraph holds only its own words', () => {
    const unit = '“She is fine and the tour goes on. ';
    const t = unit.repeat(200);
    const r = analyze(t);
    assert.equal(r.quotes.length, 200);
    for (const q of r.quotes) assert.equal(slice(t, q), 'She is fine and the tour goes on.');
  });
});

describe('reported speech in a sentence holding many quotations', () => {
  const quotes = '“We are fine and we are happy,” '.repeat(40);

  test('a cue clear of every quotation reports the words after it', () => {
    const t = `${quotes}an insider said that the couple will marry next spring.`;
    const r = analyze(t);
    const indirect = r.quotes.filter((q) => q.kind !== 'direct');
    assert.deepEqual(
      indirect.map((q) => [slice(t, q), q.cue ? slice(t, q.cue) : null, q.speaker.name]),
      [['the couple will marry next spring', 'said', 'an insider']],
    );
  });

  test('a cue right after the last quotation is that quotation’s, not reported speech', () => {
    const t = `${quotes}said an insider close to the couple.`;
    const r = analyze(t);
    assert.equal(r.quotes.filter((q) => q.kind !== 'direct').length, 0);
    const last = r.quotes.at(-1)!;
    assert.equal(slice(t, last.cue!), 'said');
    assert.equal(last.speaker.name, 'an insider close to the couple');
  });
});

describe('sources', () => {
  test('one mention cited by many quotations is listed once, and every quotation counted', () => {
    const who = { kind: 'unknown', text: 'she' } as const;
    const mention = { start: 10, end: 13 };
    const items: Cited[] = [0, 1, 2].map((k) => ({ who, mention, quoted: true, at: 10 + k }));
    const { index, sources } = groupSources([
      ...items,
      { who, mention: { start: 40, end: 43 }, quoted: false, at: 40 },
    ]);
    assert.deepEqual(index, [0, 0, 0, 0]);
    assert.deepEqual(sources[0]!.mentions, [mention, { start: 40, end: 43 }]);
    assert.equal(sources[0]!.quotes, 3);
  });
});

describe('quoteAround', () => {
  const q = (id: string, start: number, end: number): Quote => ({ id, start, end }) as unknown as Quote;
  const linear = (quotes: readonly Quote[], s: { start: number; end: number }): Quote | undefined =>
    quotes.find((x) => x.start <= s.start && s.end <= x.end);

  test('finds the first quotation holding a span, as a linear search does, nested ones included', () => {
    const quotes = [q('a', 0, 10), q('b', 5, 50), q('c', 12, 20), q('d', 30, 40), q('e', 60, 70)];
    const spans = [
      { start: 1, end: 3 }, // a
      { start: 6, end: 12 }, // b (a ends too soon)
      { start: 13, end: 15 }, // b, the first in order, not c
      { start: 55, end: 58 }, // none
      { start: 61, end: 70 }, // e
      { start: 65, end: 71 }, // none
    ];
    assert.deepEqual(
      spans.map((s) => quoteAround(quotes, s)?.id ?? null),
      ['a', 'b', 'b', null, 'e', null],
    );
    for (const s of spans) assert.equal(quoteAround(quotes, s), linear(quotes, s));
  });

  test('a list not sorted by start still gives the linear answer', () => {
    const quotes = [q('x', 30, 40), q('y', 0, 50)];
    assert.equal(quoteAround(quotes, { start: 32, end: 35 })?.id, 'x');
    assert.equal(quoteAround(quotes, { start: 2, end: 5 })?.id, 'y');
  });
});
