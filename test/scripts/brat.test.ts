import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { codePointToUtf16, parseBrat, parseSpans } from '../../scripts/lib/brat.ts';
import { goldFromAnn } from '../../scripts/lib/polnear.ts';
import { normalizeRanges, overlap, overlapMany, QUOTE_MARK, trimRange } from '../../scripts/lib/spans.ts';
import { quantile } from '../../scripts/lib/stats.ts';

const ANN = [
  'T1\tSource 0 5\tSmith',
  'T2\tCue 6 10\tsaid',
  'T3\tContent 11 20;25 30\tthe plan was',
  'T4\tAttribution 6 10\tsaid',
  'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
  'T5\tCue 40 47\treports',
  'T6\tContent 48 60\tit will rain',
  'T7\tAttribution-no-source 40 47\treports',
  'E2\tAttribution-no-source:T7 Content:T6 Cue:T5 ',
  'R1\tCoref Arg1:T1 Arg2:T5',
  'A1\tNegated E1',
  'A2\tConfidence E2 High',
  '#1\tAnnotatorNotes T1\tcheck this',
  'X1\twhat is this',
  '',
].join('\n');

describe('parseBrat', () => {
  const doc = parseBrat(ANN);

  test('text-bound annotations with exact spans, discontinuous ones split', () => {
    assert.deepEqual(doc.textBounds.get('T1'), {
      id: 'T1',
      type: 'Source',
      spans: [{ start: 0, end: 5 }],
      text: 'Smith',
    });
    assert.deepEqual(doc.textBounds.get('T3')?.spans, [
      { start: 11, end: 20 },
      { start: 25, end: 30 },
    ]);
    assert.equal(doc.textBounds.get('T7')?.type, 'Attribution-no-source');
    assert.equal(doc.textBounds.size, 7);
  });

  test('events: type, trigger and role arguments in order', () => {
    assert.deepEqual(doc.events, [
      {
        id: 'E1',
        type: 'Attribution',
        trigger: 'T4',
        args: [
          { role: 'Content', ref: 'T3' },
          { role: 'Cue', ref: 'T2' },
          { role: 'Source', ref: 'T1' },
        ],
      },
      {
        id: 'E2',
        type: 'Attribution-no-source',
        trigger: 'T7',
        args: [
          { role: 'Content', ref: 'T6' },
          { role: 'Cue', ref: 'T5' },
        ],
      },
    ]);
  });

  test('relations, attributes, notes and problems', () => {
    assert.deepEqual(doc.relations, [
      {
        id: 'R1',
        type: 'Coref',
        args: [
          { role: 'Arg1', ref: 'T1' },
          { role: 'Arg2', ref: 'T5' },
        ],
      },
    ]);
    assert.deepEqual(doc.attributes, [
      { id: 'A1', type: 'Negated', target: 'E1', value: null },
      { id: 'A2', type: 'Confidence', target: 'E2', value: 'High' },
    ]);
    assert.deepEqual(doc.notes, [{ id: '#1', body: 'AnnotatorNotes T1', text: 'check this' }]);
    assert.equal(doc.problems.length, 1);
    assert.match(doc.problems[0]!, /^line 14: unknown annotation kind/);
  });

  test('bad offsets are reported, not thrown', () => {
    const d = parseBrat('T1\tSource 10\tx\nT2\tCue 5 3\ty\r\n');
    assert.equal(d.textBounds.size, 0);
    assert.equal(d.problems.length, 2);
    assert.equal(parseSpans('1 2;x 3'), null);
    assert.deepEqual(parseSpans('1 2; 4 8'), [
      { start: 1, end: 2 },
      { start: 4, end: 8 },
    ]);
  });
});

describe('offsets', () => {
  test('code points to UTF-16: identity without astral characters', () => {
    const conv = codePointToUtf16('plain “text” é');
    assert.equal(conv(7), 7);
  });

  test('code points to UTF-16 past astral characters', () => {
    const text = 'a😀b😀c';
    const conv = codePointToUtf16(text);
    assert.deepEqual([0, 1, 2, 3, 4, 5].map(conv), [0, 1, 3, 4, 6, 7]);
    assert.equal(text.slice(conv(2), conv(3)), 'b');
  });

  test('goldFromAnn: spans in UTF-16 units, roles gathered, stored text checked', () => {
    const text = '😀 Smith said “the plan”.';
    // Code points: 😀=0, space=1, Smith=2..7, said=8..12, “=13, the plan=14..22
    const ann =
      'T1\tSource 2 7\tSmith\nT2\tCue 8 12\tsaid\nT3\tContent 13 23\t“the plan”\nT4\tAttribution 8 12\tsaid\n' +
      'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\nE2\tAttribution:T4 Cue:T9\n';
    const g = goldFromAnn(text, ann);
    assert.equal(g.mismatches, 0);
    assert.deepEqual(g.attributions, [
      {
        id: 'E1',
        type: 'Attribution',
        content: [{ start: 14, end: 24 }],
        source: [{ start: 3, end: 8 }],
        cue: [{ start: 9, end: 13 }],
      },
    ]);
    assert.equal(text.slice(14, 24), '“the plan”');
    assert.deepEqual(g.problems, ['E2: Cue refers to missing T9', 'E2: attribution without content']);
  });
});

describe('span helpers', () => {
  test('overlaps and merging', () => {
    assert.equal(overlap({ start: 0, end: 10 }, { start: 5, end: 20 }), 5);
    assert.equal(overlap({ start: 0, end: 5 }, { start: 5, end: 20 }), 0);
    assert.deepEqual(
      normalizeRanges([
        { start: 10, end: 12 },
        { start: 0, end: 5 },
        { start: 4, end: 8 },
        { start: 3, end: 3 },
      ]),
      [
        { start: 0, end: 8 },
        { start: 10, end: 12 },
      ],
    );
    assert.equal(
      overlapMany(
        [
          { start: 0, end: 4 },
          { start: 10, end: 14 },
        ],
        [{ start: 2, end: 12 }],
      ),
      4,
    );
  });

  test('trimRange strips edge spaces, marks and punctuation', () => {
    const t = ' “Hello, world,” ';
    assert.deepEqual(trimRange(t, { start: 0, end: t.length }), { start: 2, end: 14 });
    assert.deepEqual(trimRange('...', { start: 0, end: 3 }), { start: 3, end: 3 });
  });

  test('quotation marks: double marks and doubled apostrophes, not a lone apostrophe', () => {
    assert.ok(QUOTE_MARK.test('he said “no”'));
    assert.ok(QUOTE_MARK.test("''This isn't reform,''"));
    assert.ok(!QUOTE_MARK.test("Clinton’s team didn't"));
  });

  test('quantile, nearest rank', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    assert.equal(quantile(xs, 0.5), 50);
    assert.equal(quantile(xs, 0.95), 95);
    assert.equal(quantile(xs, 0.99), 99);
    assert.ok(Number.isNaN(quantile([], 0.5)));
  });
});
