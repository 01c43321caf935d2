/**
 * Words around quotation marks that show the marked words are not someone's statement. From the
 * credit and performance formulas of entertainment copy ("who directed “…”", "crooning “…”", "starred
 * in “…”") and the prepositions of English grammar (a preposition takes a noun phrase, so words in
 * marks after "about the next" are a name, not what was said).
 */
import { wordSet } from '../core/hash.ts';

/**
 * Verbs of making or performing a work: what follows them in marks is its title or its lines
 * ("who directed “Mother!”", "crooning “I think I just met my wife”", "starred in “Red Sparrow”").
 */
export const WORK_VERBS = wordSet([
  'directed',
  'directs',
  'directing',
  'produced',
  'producing',
  'starred',
  'starring',
  'stars',
  'released',
  'releases',
  'releasing',
  'recorded',
  'recording',
  'sang',
  'sings',
  'singing',
  'sung',
  'crooned',
  'crooning',
  'croons',
  'belted',
  'belting',
  'belts',
  'performed',
  'performing',
  'performs',
  'covered',
  'covering',
  'rapped',
  'rapping',
  'hummed',
  'humming',
  'filmed',
  'filming',
  'premiered',
  'debuted',
]);

/** Prepositions that may stand between a work verb and its title ("starred in “…”"). */
export const WORK_LINKS = wordSet(['in', 'on']);

/**
 * Prepositions: a reporting verb before them does not introduce the marked words that follow ("said
 * about the next “KUWTK” episode", "reports of a “second look”").
 */
export const PREPOSITIONS = wordSet([
  'about',
  'of',
  'on',
  'in',
  'for',
  'with',
  'at',
  'from',
  'over',
  'into',
  'onto',
  'during',
  'after',
  'before',
  'by',
  'through',
  'toward',
  'towards',
  'under',
  'regarding',
]);
