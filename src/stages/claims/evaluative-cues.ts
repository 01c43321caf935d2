// biome-ignore-all format: word lists read best packed, as in src/lexicon/
/**
 * Closed-class words of evaluation and comparison for the claim typer, written for this project from
 * English grammar (Quirk et al. 1985: degree modifiers of nouns, ch. 7.33–7.36; comparison, ch. 15.63;
 * "like" as a preposition of resemblance after a copular verb, ch. 16.38), not from any article. They
 * mark a judgement by its shape rather than its vocabulary ("a total X", "such a X", "looks like X",
 * "better than X"), so they carry to articles whose evaluative words the training articles never used.
 */
import { wordSet } from '../../core/hash.ts';

/** Degree modifiers of a noun after "a"/"an": "a total disaster", "an absolute legend", "a real gem". */
export const NOUN_DEGREE = wordSet([
  'total', 'complete', 'absolute', 'utter', 'real', 'true', 'perfect', 'pure', 'sheer', 'major', 'huge',
  'massive', 'serious', 'proper', 'downright', 'outright', 'veritable', 'bona', 'genuine',
]);

/** Words that open an exclamative or degree noun phrase before "a"/"an": "such a", "what a", "quite a". */
export const PHRASE_DEGREE = wordSet(['such', 'what', 'quite', 'rather']);

/** Resemblance after a copular verb: "looks like", "feels like", "it's like". */
export const RESEMBLANCE = wordSet(['like']);

/** Comparison: "better than", "more … than". */
export const COMPARISON = wordSet(['than']);

/** Adverbs of hope about what has not happened ("Hopefully we'll …"): speculation's markers. */
export const HOPE_ADVERBS = wordSet(['hopefully', 'fingers-crossed', 'god-willing']);
