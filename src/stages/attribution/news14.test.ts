/**
 * The news preset's extra candidates (news-candidates.ts): reported words that run into a clause
 * already kept are cut where it begins (`fitBeside`), and only in the news preset. Invented sentences.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { docAt } from '../../pipeline/fixture.ts';
import type { Span } from '../../report/schema.ts';
import { CANDIDATE_KINDS, fitBeside } from './news-candidates.ts';
import { POLNEAR_OPTIONS, REPORTED_DEFAULTS, type ReportedOptions, reportedIn } from './reported.ts';

/** The span of the `n`-th (from 0) occurrence of `part` in `text`. */
function at(text: string, part: string, n = 0): Span {
  let i = -1;
  for (let k = 0; k <= n; k++) i = text.indexOf(part, i + 1);
  assert.ok(i >= 0, `"${part}" not in the text`);
  return { start: i, end: i + part.length };
}

const text = 'Kent attacked the plan for the old bridge, while Ruiz said it would cost too much.';

describe('news14: fitBeside cuts words that run into a kept clause', () => {
  const doc = docAt('attribution', text, '2024-10-08');
  const kept = [
    { content: at(text, 'it would cost too much'), cue: at(text, 'said'), source: at(text, 'Ruiz') },
  ];
  const cue = at(text, 'attacked');
  const running = { start: at(text, 'the plan').start, end: at(text, 'too much').end };

  test('the words end before the kept clause’s source, the comma and "while" left out', () => {
    const cut = fitBeside(doc, running, cue, kept, 3);
    assert.ok(cut);
    assert.equal(text.slice(cut.start, cut.end), 'the plan for the old bridge');
  });
  test('words that run into no kept clause come back as they are', () => {
    const alone = at(text, 'the plan for the old bridge');
    assert.equal(fitBeside(doc, alone, cue, kept, 3), alone);
    assert.equal(fitBeside(doc, running, cue, [], 3), running);
  });
  test('no cut when the kept clause holds the cue, begins first, or leaves too few words', () => {
    // the cue inside the kept clause's words: the clause reports inside another, left to it
    const wide = [
      { content: { start: cue.start, end: text.length - 1 }, cue: at(text, 'said'), source: null },
    ];
    assert.equal(fitBeside(doc, running, cue, wide, 3), null);
    // words before their cue ("…, Ruiz said") are not cut
    const before = { start: 0, end: at(text, 'bridge').end };
    assert.equal(
      fitBeside(
        doc,
        before,
        at(text, 'said'),
        [{ content: at(text, 'the plan for the old bridge'), cue, source: null }],
        3,
      ),
      null,
    );
    assert.equal(fitBeside(doc, running, cue, kept, 7), null);
  });
  test('only the news preset cuts: the finder keeps the cut clause as candidate kind 1', () => {
    const two = 'Kent attacked the plan for the old bridge, and Ruiz said the town would pay.';
    const d = docAt('attribution', two, '2024-10-08');
    const read = (o: ReportedOptions): string[] =>
      reportedIn(d, 0, d.tokens.count - 1, o).map(
        (r) =>
          `${two.slice(r.content.start, r.content.end)} | ${two.slice(r.cue.start, r.cue.end)} | ${r.candidate}`,
      );
    const cut = CANDIDATE_KINDS.indexOf('cut-before-clause');
    assert.equal(cut, 1);
    assert.deepEqual(read(POLNEAR_OPTIONS), [
      `the plan for the old bridge | attacked | ${cut}`,
      'the town would pay | said | 0',
    ]);
    // the standard preset, and the news preset without the cut, drop the running words
    assert.deepEqual(read(REPORTED_DEFAULTS), ['the town would pay | said | 0']);
    assert.deepEqual(read({ ...POLNEAR_OPTIONS, fitBeside: false }), ['the town would pay | said | 0']);
  });
});
