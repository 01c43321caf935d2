/**
 * Span hygiene for every finding of every fixture: each span lies inside the text, is non-empty and
 * trimmed (no leading or trailing whitespace); quotations never overlap captions.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { analyze, type FullReport as Report, type Span } from '../../src/index.ts';
import { goodFixtures, report } from './helpers.ts';

type Collect = (r: Report) => Span[];

/** Every span-bearing finding of a report, by name. */
const FINDINGS: Record<string, Collect> = {
  paragraphs: (r) => r.paragraphs,
  sentences: (r) => r.sentences,
  captions: (r) => r.captions,
  'caption creditSpans': (r) => r.captions.flatMap((c) => (c.creditSpan ? [c.creditSpan] : [])),
  quotes: (r) => r.quotes,
  'quote speaker mentions': (r) => r.quotes.flatMap((q) => (q.speaker.mention ? [q.speaker.mention] : [])),
  'quote cues': (r) => r.quotes.flatMap((q) => (q.cue ? [q.cue] : [])),
  'quote listenerSpans': (r) => r.quotes.flatMap((q) => (q.listenerSpan ? [q.listenerSpan] : [])),
  scareQuotes: (r) => r.scareQuotes,
  'source mentions': (r) => r.sources.flatMap((s) => s.mentions),
  'entity mentions': (r) => r.entities.flatMap((e) => e.mentions),
  claims: (r) => r.claims,
  'claim hedges and boosters': (r) => r.claims.flatMap((c) => [...c.hedges, ...c.boosters]),
  hedges: (r) => r.hedges,
  'language spans': (r) => [
    ...r.language.emotive,
    ...r.language.superlatives,
    ...r.language.allCaps,
    ...r.language.exclamations,
  ],
  dates: (r) => r.dates,
  'check spans': (r) => r.checks.map((c) => c.span),
  'score signal evidence': (r) => r.score.signals.flatMap((s) => s.evidence),
};

/** What is wrong with one span, or null. */
function problem(text: string, s: Span): string | null {
  if (!Number.isInteger(s.start) || !Number.isInteger(s.end)) return 'offsets are not integers';
  if (s.start < 0) return 'starts before the text';
  if (s.end > text.length) return 'ends after the text';
  if (s.start >= s.end) return 'is empty or reversed';
  const slice = text.slice(s.start, s.end);
  if (slice.trim() === '') return 'is only whitespace';
  if (slice !== slice.trim()) return 'has leading or trailing whitespace';
  return null;
}

/** The bad spans of one finding type, described for the failure message. */
function badSpans(r: Report, collect: Collect): string[] {
  return collect(r).flatMap((s) => {
    const p = problem(r.text, s);
    return p ? [`[${s.start},${s.end}) ${p}: ${JSON.stringify(r.text.slice(s.start, s.end))}`] : [];
  });
}

const EXAMPLE = fileURLToPath(new URL('../../examples/sussex-summer.txt', import.meta.url));

const reports: [string, () => Report][] = [
  ...goodFixtures().map((name): [string, () => Report] => [name, () => report(name)]),
  ['examples/sussex-summer.txt', () => analyze(readFileSync(EXAMPLE, 'utf8'))],
];

for (const [name, get] of reports) {
  describe(`spans of ${name}`, () => {
    for (const [kind, collect] of Object.entries(FINDINGS)) {
      test(`${kind}: inside the text, non-empty and trimmed`, () => {
        assert.deepEqual(badSpans(get(), collect), []);
      });
    }

    test('the fixture has findings to check (quotes, sentences, paragraphs, entity mentions)', () => {
      const r = get();
      assert.ok(r.paragraphs.length > 0);
      assert.ok(r.sentences.length >= r.paragraphs.length);
      assert.ok(r.quotes.length > 0);
      assert.ok(r.entities.length > 0);
    });

    test('quotations never overlap captions', () => {
      const r = get();
      const clashes = r.quotes.flatMap((q) =>
        r.captions
          .filter((c) => q.start < c.end && c.start < q.end)
          .map((c) => `${q.id} × caption [${c.start},${c.end})`),
      );
      assert.deepEqual(clashes, []);
    });

    test('sentences and paragraphs are in order and do not overlap', () => {
      const r = get();
      for (const list of [r.paragraphs, r.sentences]) {
        for (let i = 1; i < list.length; i++)
          assert.ok(list[i - 1]!.end <= list[i]!.start, `overlap at ${i}`);
      }
    });
  });
}

describe('the problem checker itself', () => {
  test('flags spans outside, empty, untrimmed or all-space', () => {
    const text = 'ab  cd';
    assert.equal(problem(text, { start: 0, end: 2 }), null);
    assert.equal(problem(text, { start: -1, end: 2 }), 'starts before the text');
    assert.equal(problem(text, { start: 4, end: 7 }), 'ends after the text');
    assert.equal(problem(text, { start: 2, end: 2 }), 'is empty or reversed');
    assert.equal(problem(text, { start: 2, end: 4 }), 'is only whitespace');
    assert.equal(problem(text, { start: 1, end: 4 }), 'has leading or trailing whitespace');
    assert.equal(problem(text, { start: 1.5, end: 4 }), 'offsets are not integers');
  });
});
