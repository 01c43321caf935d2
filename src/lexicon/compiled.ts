/**
 * The shared lexicons, compiled once into one multi-pattern matcher (matcher.ts) that the lexicon
 * stage runs over every document's tokens in a single pass. To match a new phrase list in that pass:
 * add it here under a name (its entries stay data in their own lexicon module), take its handle with
 * `LEXICONS.lexicon(name)`, declare `needs: ['lexicon']` in the stage, and read
 * `doc.lexicon.last(HANDLE, i)` / `doc.lexicon.value(HANDLE, i)` at token `i`.
 */
import { EMOTIVE_WORDS } from './emotive.ts';
import { OUTLETS, PLACES } from './gazetteer.ts';
import { HEDGE_PHRASES } from './hedges.ts';
import { tokenize } from '../core/tokens.ts';
import { compileLexicons, type LexiconHits } from './matcher.ts';

const flag = (phrases: Iterable<string>): (readonly [string, true])[] =>
  [...phrases].map((p) => [p, true] as const);

/** Every shared lexicon, compiled once. */
export const LEXICONS = compileLexicons({
  hedges: HEDGE_PHRASES,
  outlets: flag(OUTLETS),
  places: flag(PLACES),
  emotive: flag(EMOTIVE_WORDS),
});

/** Hedges, boosters and hearsay cues (lexicon/hedges.ts). */
export const HEDGES = LEXICONS.lexicon('hedges');
/** Celebrity and tabloid outlets (lexicon/gazetteer.ts). */
export const OUTLET_NAMES = LEXICONS.lexicon('outlets');
/** Place names (lexicon/gazetteer.ts). */
export const PLACE_NAMES = LEXICONS.lexicon('places');
/** Sensational words (lexicon/emotive.ts). */
export const EMOTIVE_HITS = LEXICONS.lexicon('emotive');

/** A document's hits of every shared lexicon. */
export type SharedHits = LexiconHits;

/** The hits of a document with no tokens. */
export const NO_HITS: SharedHits = LEXICONS.scan(tokenize(''));
