/**
 * More word classes for the claim typer, written for this project from the claims annotation guide's
 * definitions (not copied from any article): the copulas and non-personal subjects of English grammar
 * (Quirk et al. 1985, ch. 10 and 18: "It's stunning", "There's a chance"), words of inference and
 * uncertainty that the hedges list does not hold (the guide's "speculation": guesses, signs, rumours,
 * chances), and the derivational suffixes that form English adjectives (Quirk et al., appendix I.2).
 */
import { wordSet } from '../core/hash.ts';

/** Forms of "be" (with the contractions the tokenizer keeps whole): what follows is a predicate. */
export const COPULAS = wordSet([
  'is', 'are', 'was', 'were', 'am', 'be', 'been', 'being', "it's", "he's", "she's", "they're", "i'm", "we're",
  "you're", "that's", "there's", "isn't", "aren't", "wasn't", "weren't", 'seems', 'seemed', 'looks', 'looked',
  'sounds', 'sounded', 'remains', 'remained', 'feels', 'felt', 'became', 'becomes', 'stays', 'stayed',
  // verbs that hold a state as their object: "holds great remorse", "harbours a grudge"
  'holds', 'held', 'harbors', 'harbours', 'harbored', 'harboured',
]);

/**
 * Subjects that are not persons: "It's so sad", "This is huge", "There's no bad blood". A word of
 * feeling after one of them evaluates something; it does not read anybody's mind.
 */
export const IMPERSONAL_SUBJECTS = wordSet([
  'it', "it's", 'this', "this's", 'that', "that's", 'there', "there's", 'what', "what's", 'everything',
  'nothing', 'something',
]);

/** Words of inference and uncertainty (the guide's speculation) that are not hedges of their own. */
export const SPECULATIVE = wordSet([
  'guess', 'guessing', 'guessed', 'chance', 'chances', 'sign', 'signs', 'hint', 'hints', 'hinted', 'hinting',
  'linked', 'rumors', 'rumours', 'rumor', 'rumour', 'possible', 'possibility', 'potential', 'potentially',
  'odds', 'theory', 'theories', 'speculating', 'sparked', 'fueled', 'fuelled', 'fuel', 'whether',
  'expected', 'expect', 'expects', 'suspected', 'wonder', 'perhaps', 'maybe', 'presumably', 'soon',
  'someday', 'eventually', 'imminent', 'looming', 'bound',
]);

/** "going to", "about to", "set to", "planning to": the future or an intention before "to". */
export const BEFORE_TO_FUTURE = wordSet(['going', 'gonna', 'about']);

/**
 * Suffixes that form adjectives of quality (beautiful, gorgeous, impressive, incredible, iconic,
 * heartless): an evaluation is most often said with one of these.
 */
export const ADJECTIVE_SUFFIXES: readonly string[] = ['ful', 'ous', 'ive', 'ible', 'able', 'ic', 'less', 'ish'];

/** Object and possessive pronouns: a person named by one of these is not the subject of the clause. */
export const NOT_SUBJECTS = wordSet(['her', 'him', 'his', 'their', 'them', 'its', 'hers', 'theirs']);
