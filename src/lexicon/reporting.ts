/**
 * Reporting verbs and phrases: the cues that attribute speech. Started from the speech-verb lists of
 * the Gender Gap Tracker and PolNeAR's annotation guide (Newell et al. 2018), then extended with the
 * verbs tabloids lean on ("dishes", "spills", "gushes", "confides").
 */
import { hashWord, wordSet } from '../core/hash.ts';
import { AGENTLESS_HEDGES } from './hedges.ts';

const SPEECH = [
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'add', 'adds', 'added', 'adding',
  'explain', 'explains', 'explained', 'reveal', 'reveals', 'revealed', 'claim', 'claims', 'claimed',
  'insist', 'insists', 'insisted', 'continue', 'continues', 'continued', 'note', 'notes', 'noted',
  'share', 'shares', 'shared', 'dish', 'dishes', 'dished', 'spill', 'spills', 'spilled', 'gush',
  'gushes', 'gushed', 'confide', 'confides', 'confided', 'confirm', 'confirms', 'confirmed', 'admit',
  'admits', 'admitted', 'state', 'states', 'stated', 'recall', 'recalls', 'recalled', 'write', 'writes',
  'wrote', 'quip', 'quips', 'quipped', 'joke', 'jokes', 'joked', 'laugh', 'laughs', 'laughed', 'sigh',
  'sighs', 'sighed', 'whisper', 'whispers', 'whispered', 'warn', 'warns', 'warned', 'ask', 'asks',
  'asked', 'reply', 'replies', 'replied', 'respond', 'responds', 'responded', 'stress', 'stresses',
  'stressed', 'argue', 'argues', 'argued', 'announce', 'announces', 'announced', 'declare', 'declares',
  'declared', 'tease', 'teases', 'teased', 'hint', 'hints', 'hinted', 'allege', 'alleges', 'alleged',
  'maintain', 'maintains', 'maintained', 'conclude', 'concludes', 'concluded', 'post', 'posts', 'posted',
  'caption', 'captions', 'captioned', 'tweet', 'tweets', 'tweeted', 'comment', 'comments', 'commented',
  'remark', 'remarks', 'remarked', 'mention', 'mentions', 'mentioned', 'report', 'reports', 'reported',
  'assert', 'asserts', 'asserted', 'exclaim', 'exclaims', 'exclaimed', 'muse', 'muses', 'mused',
  'agree', 'agrees', 'agreed', 'acknowledge', 'acknowledges', 'acknowledged', 'suggest', 'suggests',
  'suggested', 'predict', 'predicts', 'predicted', 'describe', 'describes', 'described', 'describing',
  'detail', 'details', 'detailed', 'divulge', 'divulges', 'divulged', 'disclose', 'discloses', 'disclosed',
  'boast', 'boasts', 'boasted', 'complain', 'complains', 'complained', 'sob', 'sobbed', 'cry', 'cried',
  'shout', 'shouted', 'yell', 'yelled', 'scream', 'screamed', 'snap', 'snapped', 'fume', 'fumed',
  'rage', 'raged', 'blast', 'blasted', 'slam', 'slammed', 'hit back', 'gush', 'open up', 'opens up',
  'opened up', 'chime', 'chimed', 'begin', 'began', 'went on', 'goes on', 'concede', 'conceded',
  'concedes', 'reiterate', 'reiterated', 'reiterates', 'echo', 'echoed', 'echoes', 'dismiss', 'dismissed',
  'deny', 'denies', 'denied', 'inform', 'informs', 'informed', 'assure', 'assures', 'assured', 'promise',
  'promised', 'promises', 'vow', 'vowed', 'vows', 'confess', 'confesses', 'confessed', 'observe',
  'observes', 'observed', 'point', 'points', 'pointed', 'elaborate', 'elaborated', 'elaborates',
  'claiming', 'confirming', 'insisting', 'suggesting', 'revealing', 'alleging', 'reporting', 'noting',
  'adding', 'warning', 'explaining', 'stating', 'arguing', 'buzzing',
];

/** Every reporting verb form, one word each. */
export const REPORTING_VERBS = wordSet(SPEECH.filter((w) => !w.includes(' ')));

/** Verbs whose object is the listener: "tells Woman's Day", "told reporters". */
export const LISTENER_VERBS = wordSet(['tell', 'tells', 'told', 'telling', 'inform', 'informs', 'informed', 'assure', 'assured', 'assures']);

/** Participles that report a claim: "with sources confirming the pair …". */
export const REPORTING_PARTICIPLES = wordSet([
  'saying', 'claiming', 'confirming', 'insisting', 'suggesting', 'revealing', 'alleging', 'reporting',
  'noting', 'stating', 'arguing', 'telling', 'adding', 'explaining', 'warning',
  // read off the tabloid train set's missed reported speech ("…, denying that she has had work done")
  'denying', 'admitting', 'announcing', 'declaring', 'stressing', 'emphasizing', 'acknowledging',
  'confessing', 'recalling', 'hinting', 'teasing', 'asserting', 'maintaining', 'conceding',
]);

/** Verbs that introduce reported speech with a that-clause or a bare clause ("she said (that) …"). */
export const THAT_VERBS = wordSet([
  'says', 'said', 'say', 'claims', 'claimed', 'claim', 'insists', 'insisted', 'reveals', 'revealed',
  'confirms', 'confirmed', 'admits', 'admitted', 'explains', 'explained', 'adds', 'added', 'notes',
  'noted', 'tells', 'told', 'stated', 'states', 'reports', 'reported', 'alleges', 'alleged', 'maintains',
  'maintained', 'warned', 'warns', 'suggested', 'suggests', 'announced', 'announces', 'denied', 'denies',
  'wrote', 'writes', 'posted', 'shared', 'shares', 'confided', 'confides', 'dished', 'dishes',
]);

/**
 * Verbs of saying that take an embedded question ("asked her if …", "explained why …", "told fans how
 * …"): the asking verbs and the verbs of telling and explaining of SPEECH above, written by hand;
 * not forms that are as often nouns ("details on why …", "talks") nor "wonder" (a belief).
 */
export const QUESTION_CUES = wordSet([
  'ask', 'asks', 'asked', 'explain', 'explains', 'explained', 'reveal', 'reveals', 'revealed', 'tell',
  'tells', 'told', 'share', 'shares', 'shared', 'recall', 'recalls', 'recalled', 'detailed',
  'describe', 'describes', 'described', 'discuss', 'discusses', 'discussed', 'questioned', 'opened',
  'opens', 'spoke', 'talked',
]);

/**
 * Verbs of a speech act after "took to [a platform] to": "took to Twitter to congratulate X on …",
 * "took to Instagram to thank her fans", "to deny the story"; the reported words open with the verb.
 * Written by hand from the tabloid train set's missed reported speech; not "share", "post" or "send",
 * whose object is a photo as often as words ("took to Instagram to share several images").
 */
export const PLATFORM_ACTS = wordSet([
  'thank', 'congratulate', 'deny', 'slam', 'blast', 'apologize', 'apologise', 'defend', 'praise',
  'criticize', 'criticise', 'wish', 'shade', 'mock', 'respond', 'react', 'address', 'clarify',
  'announce', 'reveal', 'confirm', 'explain', 'say', 'tell', 'express', 'gush', 'vent',
  'admit', 'insist', 'claim', 'clap', 'hit', 'call', 'urge', 'ask', 'beg', 'honor',
  'honour', 'dismiss', 'debunk', 'shut', 'tease', 'hint',
]);

/**
 * Phrases that report a statement as one verb does ("made it clear they hope …", "let slip that he
 * …"), each a list of words; written by hand from the tabloid train set's missed reported speech.
 */
export const PHRASE_CUES: readonly (readonly string[])[] = [
  ['made', 'it', 'clear'],
  ['made', 'clear'],
  ['makes', 'it', 'clear'],
  ['let', 'slip'],
  ['let', 'it', 'slip'],
  ['let', 'it', 'be', 'known'],
  ['set', 'the', 'record', 'straight'],
  // "a new report from Us Weekly has it that …", "word has it that …"
  ['has', 'it', 'that'],
  ['had', 'it', 'that'],
];

/**
 * Nouns that say "it is said" before a phrase cue ("Rumour has it that …", "Word has it that …"):
 * hearsay with no speaker, the hedges stage's. Hand-written.
 */
export const HEARSAY_NOUNS = wordSet([
  'rumor', 'rumors', 'rumour', 'rumours', 'word', 'legend', 'gossip', 'talk', 'speculation', 'lore',
  'mill', 'grapevine', 'story',
]);

/**
 * Relative pronouns ("Couric, whose husband …, said"; "the aide who spoke"): where a relative clause
 * opens, written by hand (the closed class of English relative pronouns, less "that").
 */
export const RELATIVE_PRONOUNS = wordSet(['who', 'whose', 'which', 'whom']);

/** Words that open an embedded question after such a verb: "asked if", "explained why". */
export const QUESTION_WORDS = wordSet(['if', 'whether', 'why', 'how', 'when', 'where']);

/** The single word "according" of "according to", and friends, hashed for the matcher. */
export const ACCORDING = hashWord('according');
/** "to", as in "according to" and "said to". */
export const TO = hashWord('to');
/** "that", which may follow a reporting verb. */
export const THAT = hashWord('that');

/**
 * Verbs of belief, wish and intention ("she thinks", "he plans", "they fear"): PolNeAR annotates them as
 * attributions, but QUOTES-GUIDE.md counts only speech, so reported words cued by one of these are a
 * belief, not a quotation. From the cognitive-verb class of PolNeAR's guide and Levin's (1993) verbs
 * of psychological state and desire.
 */
export const BELIEF_VERBS = wordSet([
  'think', 'thinks', 'thought', 'thinking', 'believe', 'believes', 'believed', 'believing', 'know',
  'knows', 'knew', 'known', 'hope', 'hopes', 'hoped', 'hoping', 'want', 'wants', 'wanted', 'wanting',
  'fear', 'fears', 'feared', 'fearing', 'expect', 'expects', 'expected', 'expecting', 'plan', 'plans',
  'planned', 'planning', 'intend', 'intends', 'intended', 'feel', 'feels', 'felt', 'wish', 'wishes',
  'wished', 'doubt', 'doubts', 'doubted', 'suspect', 'suspects', 'suspected', 'worry', 'worries',
  'worried', 'assume', 'assumes', 'assumed', 'imagine', 'imagines', 'imagined', 'seek', 'seeks',
  'sought', 'seeking', 'consider', 'considers', 'considered', 'view', 'views', 'viewed', 'see', 'sees',
  'saw', 'decide', 'decides', 'decided', 'understand', 'understands', 'understood', 'realize',
  'realizes', 'realized', 'realise', 'realises', 'realised', 'aim', 'aims', 'aimed', 'prefer',
  'prefers', 'preferred', 'like', 'likes', 'liked', 'love', 'loves', 'loved', 'hate', 'hates', 'hated',
  'figure', 'figures', 'figured', 'guess', 'guesses', 'guessed', 'reckon', 'reckons', 'reckoned',
  'remember', 'remembers', 'remembered', 'forget', 'forgets', 'forgot', 'learn', 'learns', 'learned',
  'learnt', 'recognize', 'recognizes', 'recognized', 'trust', 'trusts', 'trusted', 'seem', 'seems',
  'seemed', 'appear', 'appears', 'appeared',
]);

/**
 * Cues that may introduce reported words with no quotation marks. PolNeAR marks far more attributions
 * ("praised the plan", "backed the bill", "shared a photo") than a reader of celebrity news counts as a
 * quotation; QUOTES-GUIDE.md counts only statements, so the fitted cue model's unmarked finds must
 * have a cue from this list: verbs of saying that take a reported clause (Levin's (1993) "verbs of
 * communication": say, tell, claim, argue, warn…), and "according to".
 */
export const STATEMENT_CUES = wordSet([
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'claim', 'claims', 'claimed',
  'claiming', 'insist', 'insists', 'insisted', 'insisting', 'argue', 'argues', 'argued', 'arguing',
  'contend', 'contends', 'contended', 'add', 'adds', 'added', 'adding', 'explain', 'explains',
  'explained', 'note', 'notes', 'noted', 'noting', 'warn', 'warns', 'warned', 'warning', 'state',
  'states', 'stated', 'suggest', 'suggests', 'suggested', 'announce', 'announces', 'announced',
  'confirm', 'confirms', 'confirmed', 'reveal', 'reveals', 'revealed', 'admit', 'admits', 'admitted',
  'deny', 'denies', 'denied', 'report', 'reports', 'reported', 'allege', 'alleges', 'alleged',
  'maintain', 'maintains', 'maintained', 'acknowledge', 'acknowledges', 'acknowledged', 'predict',
  'predicts', 'predicted', 'assert', 'asserts', 'asserted', 'stress', 'stresses', 'stressed',
  'emphasize', 'emphasizes', 'emphasized', 'emphasise', 'emphasised', 'declare', 'declares',
  'declared', 'promise', 'promises', 'promised', 'vow', 'vows', 'vowed', 'concede', 'concedes',
  'conceded', 'recall', 'recalls', 'recalled', 'complain', 'complains', 'complained', 'respond',
  'responds', 'responded', 'reply', 'replies', 'replied', 'counter', 'counters', 'countered', 'write',
  'writes', 'wrote', 'tweet', 'tweets', 'tweeted', 'testify', 'testifies', 'testified', 'concluded',
  'concludes', 'assured', 'assures', 'informed', 'informs', 'disclosed', 'discloses', 'divulged',
  'confided', 'confides', 'boasted', 'boasts', 'according', 'joked', 'jokes', 'quipped', 'quips',
  'reiterated', 'reiterates', 'agreed', 'agrees', 'hinted', 'hints', 'teased', 'teases', 'dished',
  'dishes', 'gushed', 'gushes', 'spilled', 'spills', 'swore', 'swears', 'pledged', 'pledges',
  // chosen on the train splits (`node --import tsx scripts/cue-precision.ts --min 5`): verbs of
  // communication and of evidence ("the survey found …") whose finds were right ≥ 85% of ≥ 8 times on
  // PolNeAR train and wrong at most once in the tabloid train gold ("shared", "showed", "posted" fail it)
  'found', 'finds', 'show', 'accused', 'calling', 'calls', 'urged', 'urging', 'expressed', 'pointed',
  'point', 'points', 'cited', 'questioned', 'proposed', 'suggesting', 'indicated', 'praised', 'blamed',
  'blame', 'blasted', 'slams', 'touted', 'reminded', 'acknowledging', 'describing', 'condemned',
]);

/**
 * Forms of "learn" that report what someone was told ("she learned that …", "it learns that …"):
 * hand-written, the inflections of the verb the finder reads as a cue of hearsay.
 */
export const LEARN_CUES = ['learned', 'learnt', 'learns'];

/**
 * Adverbs of hearsay that may stand between a source and its cue ("Kent reportedly said …"): the
 * one-word adverbs of the agentless hedges (hedges.ts) plus a few of the hedge list's and one more.
 */
export const HEDGE_ADVERBS = [
  ...AGENTLESS_HEDGES.filter((p) => !p.includes(' ') && p.endsWith('ly')),
  'reputedly',
  'purportedly',
  'apparently',
];

/**
 * Prepositions that open an adverbial phrase of time, place or channel ("In an interview, …", "During
 * the show, …", "After the split, …"): hand-written, the common English prepositions of that sense.
 * `PHRASE_PREPOSITIONS` (sources.ts) and the finder's `ADVERBIAL_OPENERS` each add their own.
 */
export const TIME_PLACE_PREPOSITIONS = [
  'in', 'on', 'at', 'during', 'after', 'before', 'since', 'amid', 'over', 'for', 'with', 'from', 'until',
];

/**
 * Words that open the writer's adverbial of place or time before a cue ("In a speech", "At a rally",
 * "Later in …"): the time and place prepositions plus time adverbs and a few prepositions of place.
 */
export const ADVERBIAL_OPENERS = [
  ...TIME_PLACE_PREPOSITIONS,
  'later', 'earlier', 'back', 'by', 'of', 'inside', 'outside',
];
