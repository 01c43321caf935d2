/**
 * Pins of the thresholds the fifth round named (CUE_LIMITS.documentWords), on invented sentences through
 * the attribution stage: a fixture just inside and just outside each, and the outside one read as the
 * inside one once the limit is moved.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runAt } from '../../pipeline/fixture.ts';
import { CUE_LIMITS } from './cues.ts';
import { attributionStage } from './stage.ts';

/** Every quotation of `text` as [kind, speaker name, speaker kind]. */
function quotes(text: string): string[][] {
  return (runAt(attributionStage, text).quotes ?? []).map((q) => [q.kind, q.speaker.name, q.speaker.kind]);
}

describe('attribution-cues: documentWords (3 tokens from a document noun back to its verb)', () => {
  test('the verb three tokens before “statement:” names the speaker, four tokens before it does not', () => {
    const at = (words: string): string => `The club issued ${words} statement: “We will appeal the ruling.”`;
    const pick = (text: string): string[] => quotes(text)[0] ?? [];
    assert.deepEqual(pick(at('the following')), ['direct', 'club', 'named-organization']);
    assert.deepEqual(pick(at('the following brief')), ['direct', 'unknown', 'unknown']);
    const was = CUE_LIMITS.documentWords;
    CUE_LIMITS.documentWords = 4;
    try {
      assert.deepEqual(pick(at('the following brief')), ['direct', 'club', 'named-organization']);
    } finally {
      CUE_LIMITS.documentWords = was;
    }
  });
});
