/**
 * More of the attribution readers' named limits (CUE_LIMITS in cues.ts, CITATION_LIMITS in sources.ts),
 * each pinned by an invented fixture just inside and one just outside, run through the attribution
 * stage: moving a default one step either way fails one of each pair (`npm run mutate:thresholds --
 * --only attribution` proves it).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runAt } from '../../pipeline/fixture.ts';
import { attributionStage } from './stage.ts';

/** The attribution stage's output for `text`. */
function attributed(text: string): ReturnType<typeof attributionStage.run> {
  return runAt(attributionStage, text, {}, '2024-10-08');
}

/** Each quotation of `text` as "kind [words] speaker (kind), cue: …". */
function quotes(text: string): string[] {
  return (attributed(text).quotes ?? []).map(
    (q) =>
      `${q.kind} [${text.slice(q.start, q.end)}] ${q.speaker.name} (${q.speaker.kind}), cue: ${q.cue ? text.slice(q.cue.start, q.cue.end) : '-'}`,
  );
}

describe('attribution-cues: accordingBefore (10 tokens back from the comma before an opening mark)', () => {
  // read by cueBefore, the quotation is direct; past the reach only the in-sentence search finds
  // "according to", and it calls the quotation mixed
  const at = (source: string): string =>
    `Fans waited.\n\nAccording to ${source}, “We are fine. We are happy.”`;
  test('"according" nine tokens before the comma is the cue of a direct quotation', () =>
    assert.deepEqual(quotes(at('a source close to the young happy pair')), [
      'direct [We are fine. We are happy.] a source close to the young happy pair (anonymous), cue: According to',
    ]));
  test('ten tokens before it, the quotation is read as mixed', () =>
    assert.deepEqual(quotes(at('a source close to the young and happy pair')), [
      'mixed [We are fine. We are happy.] a source close to the young and happy pair (anonymous), cue: According to',
    ]));
});

/** The sources cited without quoted words in `text` (no quotation counted), as "name (kind) [mention]". */
function cited(text: string): string[] {
  return (attributed(text).sources ?? [])
    .filter((s) => s.quotes === 0)
    .map((s) => `${s.name} (${s.kind}) [${s.mentions.map((m) => text.slice(m.start, m.end)).join('; ')}]`);
}

describe('attribution-sources: accordingWords (the cited source ends within 12 tokens of "according")', () => {
  // a reply with no reported clause: only the citation reader reads it
  const at = (source: string): string => `Is it over? Not according to ${source}.`;
  test('a source of ten words after "according to" is read whole', () =>
    assert.deepEqual(cited(at('a source close to the young and very happy pair')), [
      'a source close to the young and very happy pair (anonymous) [a source close to the young and very happy pair]',
    ]));
  test('one of eleven is cut after ten', () =>
    assert.deepEqual(cited(at('a source close to the young and very happy rich pair')), [
      'a source close to the young and very happy rich (anonymous) [a source close to the young and very happy rich]',
    ]));
});

describe('attribution-sources: lookBack (a citation verb’s subject starts at most 12 tokens back)', () => {
  // the adverbs before the verb are skipped, so the reach, not the subject reader's own eight words,
  // is what stops the subject
  test('a subject starting twelve tokens before "declined" is read from its first word', () =>
    assert.deepEqual(
      cited('A source close to the young happy pair has also previously publicly declined to comment.'),
      ['A source close to the young happy pair (anonymous) [A source close to the young happy pair]'],
    ));
  test('one starting thirteen tokens before loses that word', () =>
    assert.deepEqual(
      cited('A source close to the young happy pair has also previously never publicly declined to comment.'),
      ['source close to the young happy pair (anonymous) [source close to the young happy pair]'],
    ));
});

describe('attribution-speaker: phraseWords (a speaker phrase is its first token and at most 12 more)', () => {
  // the phrase between a closing mark and "said" is read by the speaker reader alone
  const at = (speaker: string): string =>
    `Fans waited.\n\n“We are fine. We are happy,” ${speaker} said on Friday.`;
  test('a phrase of thirteen tokens speaks', () =>
    assert.deepEqual(quotes(at('a source close to the young and very happy pair in the city')), [
      'direct [We are fine. We are happy,] a source close to the young and very happy pair in the city (anonymous), cue: said',
    ]));
  test('one of fourteen is a clause, not a speaker', () =>
    assert.deepEqual(quotes(at('a source close to the young and very happy rich pair in the city')), [
      'direct [We are fine. We are happy,] unknown (unknown), cue: -',
    ]));
});

describe('reported: trailingReach (the comma before a trailing cue is at most 13 tokens from the full stop)', () => {
  const at = (speaker: string): string => `Fans waited. The couple will marry in June, ${speaker} said.`;
  test('a comma thirteen tokens back opens a trailing cue', () =>
    assert.deepEqual(quotes(at('a source close to the young and happy pair in town')), [
      'indirect [The couple will marry in June] a source close to the young and happy pair in town (anonymous), cue: said',
    ]));
  test('fourteen back, the sentence is not read as reported', () =>
    assert.deepEqual(quotes(at('a source close to the young and very happy pair in town')), []));
});
