/**
 * The lexicon stage: every shared phrase lexicon (lexicon/compiled.ts) matched in one pass over the
 * token hashes, so the stages after it read their hits by token instead of each walking the tokens
 * with a matcher of its own.
 */
import { LEXICONS } from '../../lexicon/compiled.ts';
import { defineStage } from '../../pipeline/stage.ts';

/** Matches the shared lexicons (hedges, outlets, places, emotive words) at every token. */
export const lexiconStage = defineStage({
  name: 'lexicon',
  about: 'The shared phrase lexicons (hedges, outlets, places, emotive words) matched in one token pass',
  needs: ['tokens', 'sentences'],
  gives: ['lexicon'],
  run: (doc) => ({ lexicon: LEXICONS.scan(doc.tokens) }),
});
