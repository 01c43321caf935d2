/**
 * Round 9 (issue 10), reported speech: where a telling verb's listener ends ("told the BBC the report
 * …" keeps "the" in the reported words; a colon after the listener opens them), and the wide cues the
 * clause model must vouch for (`wideCueProbability`, `wideClauseProbability`: off by default). Every
 * article is invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { docAt, runAt } from '../../pipeline/fixture.ts';
import { quotationRows, sliceOf } from './fixture.ts';
import { findReported } from './indirect.ts';
import { REPORTED_DEFAULTS, type ReportedOptions } from './reported.ts';
import { attributionStage } from './stage.ts';

/** The listener of every quotation of `text`. */
const listeners = (text: string): (string | null)[] =>
  (runAt(attributionStage, text).quotes ?? []).map((q) => sliceOf(text, q.listenerSpan));

describe('rep9: the listener after a telling verb', () => {
  test('a determiner after a named listener opens the reported words', () => {
    const text = 'The singer told the BBC the report was false.';
    assert.deepEqual(quotationRows(text, true), [
      ['indirect', 'the report was false', 'The singer', 'The singer', 'anonymous', 'cue', 'told'],
    ]);
    assert.deepEqual(listeners(text), ['the BBC']);
  });
  test('a named outlet of two words, then "the"', () => {
    const text = 'Mara Quill told the Evening Ledger the wedding was off.';
    assert.deepEqual(quotationRows(text, true), [
      ['indirect', 'the wedding was off', 'Mara Quill', 'Mara Quill', 'named-person', 'cue', 'told'],
    ]);
    assert.deepEqual(listeners(text), ['the Evening Ledger']);
  });
  test('a colon after a named listener opens the reported words, not the colon', () => {
    const text = 'Her publicist told the Daily Mail: the pair are still together.';
    assert.deepEqual(quotationRows(text, true), [
      [
        'indirect',
        'the pair are still together',
        'Her publicist',
        'Her publicist',
        'anonymous',
        'cue',
        'told',
      ],
    ]);
    assert.deepEqual(listeners(text), ['the Daily Mail']);
  });
  test('a colon after a lower-case listener', () => {
    const text = 'The coach told his players: the season is not over.';
    assert.deepEqual(quotationRows(text, true), [
      ['indirect', 'the season is not over', 'The coach', 'The coach', 'anonymous', 'cue', 'told'],
    ]);
    assert.deepEqual(listeners(text), ['his players']);
  });
  test('a colon right after the cue', () => {
    const text = 'The star said: the wedding is off.';
    assert.deepEqual(quotationRows(text, true), [
      ['indirect', 'the wedding is off', 'The star', 'The star', 'anonymous', 'cue', 'said'],
    ]);
  });
});

/** Reported words, speaker name and cue the finder gives `text` with the defaults, some moved. */
function reported(text: string, o: Partial<ReportedOptions> = {}): string[] {
  const doc = docAt('attribution', text, '2024-10-08');
  return findReported(doc, doc.quoted, { ...REPORTED_DEFAULTS, ...o }).map(
    (r) =>
      `“${text.slice(r.content.start, r.content.end)}” ${r.speaker.name}, cue: ${text.slice(r.cue.start, r.cue.end)}`,
  );
}

describe('rep9: wide cues vouched for by the clause model', () => {
  test('off by default', () => {
    assert.equal(REPORTED_DEFAULTS.wideCueProbability, undefined);
    assert.equal(REPORTED_DEFAULTS.wideClauseProbability, undefined);
  });
  test('a wide cue whose words are an object, not a proposition, reports nothing', () => {
    const text = 'The actress showed off her lean physique at the beach.';
    const wide = { wideCueProbability: 0.01, wideClauseProbability: 0.01 };
    assert.deepEqual(reported(text, wide), []);
  });
});
