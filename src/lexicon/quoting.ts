/**
 * Verbs that put someone's words in quotation marks without being reporting verbs in the strict
 * sense: naming and labelling ("called the plan “a disaster”", "dubbed him “the little senator”"),
 * vows and pleas, chants and shouts, and the verbs of written words ("the sign read “…”"). Taken from
 * the cue words annotated in the PolNeAR guidelines (Newell et al. 2018) that the reporting-verb list
 * leaves out; the reporting verbs themselves live in reporting.ts.
 */
import { wordSet } from '../core/hash.ts';

/** Quotation-introducing verbs beyond the reporting verbs, every form one word. */
export const QUOTING_VERBS = wordSet([
  'call', 'calls', 'called', 'calling', 'dub', 'dubs', 'dubbed', 'dubbing', 'label', 'labels', 'labeled',
  'labelled', 'labeling', 'labelling', 'brand', 'brands', 'branded', 'branding', 'term', 'termed',
  'terming', 'deem', 'deemed', 'repeat', 'repeats', 'repeated', 'repeating', 'pledge', 'pledges',
  'pledged', 'pledging', 'vowing', 'promising', 'chant', 'chants', 'chanted', 'chanting', 'yelling',
  'shouting', 'screaming', 'cried', 'urge', 'urges', 'urged', 'urging', 'demand', 'demands', 'demanded',
  'demanding', 'plead', 'pleads', 'pleaded', 'pleading', 'beg', 'begged', 'recount', 'recounts',
  'recounted', 'read', 'reads', 'declaring', 'announcing', 'tweeting', 'posting', 'writing', 'wrote',
  'asking', 'replying', 'responding', 'telling', 'accuse', 'accuses', 'accused', 'accusing', 'praise',
  'praises', 'praised', 'praising', 'criticize', 'criticizes', 'criticized', 'criticised', 'criticizing',
  'decry', 'decried', 'decrying', 'mock', 'mocks', 'mocked', 'mocking', 'refer', 'refers', 'referred',
  'referring', 'characterize', 'characterized', 'characterizing', 'hail', 'hails', 'hailed', 'hailing',
  'thank', 'thanked', 'thanking', 'sang', 'sings', 'joking', 'quipping', 'gushing', 'conceding',
  'admitting', 'boasting', 'complaining', 'lamenting', 'lamented', 'laments', 'scoffed', 'scoffs',
  'countered', 'counters', 'retorted', 'retorts', 'interjected', 'interjecting', 'barked', 'charged',
  'insisted', 'pronounced', 'proclaimed', 'proclaims', 'predicting', 'warning', 'vowed',
]);

/**
 * Naming verbs: what follows them in marks is a name or a label ("my friends call me “catalog”",
 * "dubbed the “Tinder of dog walking”"), a nickname rather than a quotation, unless it runs to a few words.
 */
export const NAMING_VERBS = wordSet([
  'call', 'calls', 'called', 'calling', 'dub', 'dubs', 'dubbed', 'dubbing', 'nickname', 'nicknamed',
  'name', 'named', 'names', 'naming', 'known', 'renamed', 'titled', 'entitled',
]);

/**
 * Words that may sit between a speaker and the cue ("our insider also says", "she later told", "he
 * will say", "her rep did not respond"): adverbs and auxiliaries skipped to reach the speaker.
 */
export const CUE_ADVERBS = wordSet([
  'also', 'later', 'then', 'previously', 'once', 'recently', 'exclusively', 'further', 'reportedly',
  'earlier', 'has', 'had', 'have', 'was', 'is', 'would', 'went', 'first', 'originally', 'not', 'did',
  'does', 'do', 'never', 'publicly', 'will', 'can', 'could', 'should', 'may', 'might', 'must',
]);

/** First words of a related-story line: "RELATED:", "READ MORE:", "WATCH:", "SEE ALSO:" (web-page furniture). */
export const RELATED_LABELS = wordSet(['related', 'more', 'read', 'watch', 'see', 'also', 'video', 'photos', 'click']);
