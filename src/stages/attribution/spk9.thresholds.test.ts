/**
 * The speaker reader's reaches added in the ninth round (SPEAKER_LIMITS.describedReach and
 * passiveWords in speaker.ts), each pinned by a fixture just inside and one just outside, run through
 * the attribution stage: moving a default one step either way fails one of each pair (`npm run
 * mutate:thresholds -- --only describedReach` proves it). The override cases move the limit for one
 * call to show it reaches its rule.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withLimit } from './fixture.ts';
import { runAt } from '../../pipeline/fixture.ts';
import { SPEAKER_LIMITS } from './speaker.ts';
import { attributionStage } from './stage.ts';

/** Each quotation of `text` as "speaker name (kind), mention: …". */
function quotes(text: string): string[] {
  const found = runAt(attributionStage, text, {}, '2024-10-08');
  return (found.quotes ?? []).map(
    (q) =>
      `${q.speaker.name} (${q.speaker.kind}), mention: ${q.speaker.mention ? text.slice(q.speaker.mention.start, q.speaker.mention.end) : '-'}`,
  );
}

/**
 * "The show's co-host Mara Quint arrived.", filler, then a quotation whose speaker phrase "the co-host"
 * starts exactly `distance` characters after the earlier "co-host" starts.
 */
function apart(distance: number): string {
  const lead = 'The show’s co-host Mara Quint arrived.';
  const tail = '“We are fine,” @the co-host said.';
  const n = distance - (lead.length - lead.indexOf('co-host') + tail.indexOf('@'));
  let fill = '';
  while (fill.length + 11 <= n - 1) fill += ' Rain fell.';
  return lead + fill.padEnd(n, ' ') + tail.replace('@', '');
}

describe('attribution-speaker: describedReach (2000 characters back)', () => {
  test('"the co-host" 2000 characters after "co-host Mara Quint" is Mara Quint', () => {
    const text = apart(2000);
    assert.equal(text.indexOf('the co-host') - text.indexOf('co-host'), 2000);
    assert.deepEqual(quotes(text), ['Mara Quint (named-person), mention: the co-host']);
  });
  test('2001 after, an unnamed co-host', () => {
    const text = apart(2001);
    assert.deepEqual(quotes(text), ['the co-host (anonymous), mention: the co-host']);
    assert.deepEqual(
      withLimit(SPEAKER_LIMITS, 'describedReach', 2001, () => quotes(text)),
      ['Mara Quint (named-person), mention: the co-host'],
    );
  });
});

describe('attribution-speaker: passiveWords (3 words between "it" and the participle)', () => {
  test('It has since been reported that …: unnamed media', () =>
    assert.deepEqual(quotes('It has since been reported that Mimi Roe left the show.'), [
      'reports (unnamed-media), mention: It',
    ]));
  test('with four words between, "it" stays unresolved', () => {
    const text = 'It has since also been reported that Mimi Roe left the show.';
    assert.deepEqual(quotes(text), ['It (unknown), mention: It']);
    assert.deepEqual(
      withLimit(SPEAKER_LIMITS, 'passiveWords', 4, () => quotes(text)),
      ['reports (unnamed-media), mention: It'],
    );
  });
});
