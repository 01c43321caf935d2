/**
 * Reported speech the second round added, on invented sentences: cues beyond "said" ("notes",
 * "urged", "found"), a subordinate clause opening the reported words, contracted subjects, and quoted
 * fragments inside reported words (mixed quotations of the whole clause); exact spans, cues, speakers.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../src/index.ts';
import { REPORTED_DEFAULTS } from '../../src/stages/attribution/reported.ts';
import { at, bounds, quoteOf, spanOf } from './helpers.ts';

const TEXT = [
  'The harbour council met on Tuesday.',
  'Councillor Ida Brenner notes the ferry operator hid four repair bills from the board.',
  'She declared that if the vote fails, the pier will close by spring.',
  'Brenner says she’d sell the old ferry before the summer.',
  'Brenner warned that the “harbour club” is nervous about the audit.',
  'A survey of local traders found most shops lost money in the winter.',
].join(' ');
const r = analyze(TEXT);

describe('reported speech, second round (invented sentences)', () => {
  test('"X notes the operator hid …": a past tense makes the words a clause', () => {
    const q = quoteOf(r, 'the ferry operator hid four repair bills from the board');
    assert.equal(q.kind, 'indirect');
    assert.equal(at(r, q.cue), 'notes');
    assert.equal(at(r, q.speaker.mention), 'Councillor Ida Brenner');
    assert.equal(q.speaker.kind, 'named-person');
  });

  test('"She declared that if …": a subordinate clause after the cue opens the reported words', () => {
    const q = quoteOf(r, 'if the vote fails, the pier will close by spring');
    assert.equal(at(r, q.cue), 'declared');
    assert.equal(at(r, q.speaker.mention), 'She');
  });

  test('"Brenner says she’d …": a contracted subject opens a statement', () => {
    const q = quoteOf(r, 'she’d sell the old ferry before the summer');
    assert.equal(at(r, q.cue), 'says');
    assert.equal(at(r, q.speaker.mention), 'Brenner');
  });

  test('a quoted fragment inside reported words is one mixed quotation of the whole clause', () => {
    const q = quoteOf(r, 'the “harbour club” is nervous about the audit');
    assert.equal(q.kind, 'mixed');
    assert.equal(at(r, q.cue), 'warned');
    assert.equal(at(r, q.speaker.mention), 'Brenner');
    const frag = spanOf(TEXT, 'harbour club');
    assert.ok(!r.quotes.some((x) => x.start === frag.start && x.end === frag.end));
  });

  test('"A survey … found …": a cue of evidence chosen on the train splits', () => {
    const q = quoteOf(r, 'most shops lost money in the winter');
    assert.equal(at(r, q.cue), 'found');
    assert.equal(at(r, q.speaker.mention), 'A survey of local traders');
  });

  test('maxFragmentWords: a fragment of 20 words joins the clause, one of 21 stays its own quotation', () => {
    assert.equal(REPORTED_DEFAULTS.maxFragmentWords, 20);
    const twenty =
      'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty';
    const inside = `Mara Quill said the plan was “${twenty}” in the end.`;
    const q = quoteOf(analyze(inside), `the plan was “${twenty}” in the end`);
    assert.equal(q.kind, 'mixed');
    const outside = `Mara Quill said the plan was “${twenty} twentyone” in the end.`;
    const r2 = analyze(outside);
    assert.deepEqual(bounds(quoteOf(r2, `${twenty} twentyone`)), spanOf(outside, `${twenty} twentyone`));
  });
});
