/**
 * Hedges, boosters and hearsay cues, matched as phrases over the tokens. "may" counts as a hedge only
 * in lower case or before a verb, so the month May is left alone; "reportedly" and "is said to" are
 * agentless hearsay: a claim reported with no one at all behind it.
 */
import { hashWord, wordSet } from '../../core/hash.ts';
import { AFTER_MODAL_MAY } from '../../lexicon/hedges.ts';
import { HEDGES } from '../../lexicon/compiled.ts';
import { type Doc, TokenKind } from '../../pipeline/doc.ts';
import { defineStage } from '../../pipeline/stage.ts';
import type { Hedge } from '../../report/schema.ts';

const MAY = hashWord('may');
// "May be", "May not": the modal opening a sentence; "May also saw" is the month
const AFTER_MAY = wordSet(AFTER_MODAL_MAY);

function run(doc: Doc): { hedges: Hedge[] } {
  const t = doc.tokens;
  const hits = doc.lexicon;
  const hedges: Hedge[] = [];
  const captions = doc.captions;
  let c = 0;
  for (let i = 0; i < t.count; i++) {
    if (t.kind[i] === TokenKind.punct) continue;
    while (c < captions.length && captions[c]!.end <= t.start[i]!) c++;
    const cap = captions[c];
    if (cap && cap.start <= t.start[i]!) continue;
    const last = hits.last(HEDGES, i);
    if (last < 0) continue;
    if (t.hash[i] === MAY && t.cap[i] === 1 && !AFTER_MAY.has(t.hash[i + 1] ?? 0)) continue;
    const cue = hits.value(HEDGES, i);
    hedges.push({ start: t.start[i]!, end: t.end[last]!, kind: cue.kind, agentless: cue.agentless });
    i = last;
  }
  return { hedges };
}

/** Finds hedges, boosters and hearsay cues. */
export const hedgesStage = defineStage({
  name: 'hedges',
  about: 'Hedges, boosters and hearsay cues',
  needs: ['tokens', 'lexicon', 'captions'],
  gives: ['hedges'],
  run,
});
