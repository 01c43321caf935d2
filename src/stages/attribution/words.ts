/**
 * Word lists of the reported-speech finder (data only): closed-class English words (auxiliaries,
 * determiners, pronouns, subordinators) and hand-written lists of the project's: irregular past
 * tenses, verbs of saying that often take a plain object, and words that open a clause of the writer's.
 */
import { hashWord, wordSet } from '../../core/hash.ts';

/** "with", which opens a participle's subject: "with sources confirming …". */
export const WITH = hashWord('with');

/** "as": a verb after it ("as reported") introduces no reported words of its own. */
export const AS = hashWord('as');

// the finite forms of "be", the part of PASSIVE that heads a progressive
const FINITE_BE = ['is', 'are', 'was', 'were'];

/** Forms of "be" before a participle: "is said to" is passive hearsay with no speaker. */
export const PASSIVE = wordSet([...FINITE_BE, 'been', 'being', 'be']);

/** Finite "be" of a progressive before its cue ("…, but sources are buzzing that …"): no part of the speaker. */
export const PROGRESSIVE_BE = wordSet(FINITE_BE);

/** Words that may open a sentence before its subject: "But an insider said …". */
export const OPENERS = wordSet(['and', 'but', 'yet', 'now', 'meanwhile', 'however', 'still', 'also']);

/** Possessive determiners, which may open a subject ("his lawyer …"). */
export const POSSESSIVES = ['his', 'her', 'their', 'its', 'our', 'my'];

/** Words that open a clause as its subject: without "that", reported words open with one ("sources claim they are …"). */
export const SUBJECTS = wordSet([
  'he',
  'she',
  'they',
  'it',
  'i',
  'we',
  'you',
  'there',
  ...POSSESSIVES,
  // contracted subjects: "she’d …", "they’re …" (both apostrophes)
  ...['he', 'she', 'they', 'it', 'i', 'we', 'you', 'there'].flatMap((w) =>
    ['’d', "'d", '’s', "'s", '’ll', "'ll", '’re', "'re", '’ve', "'ve", '’m', "'m"].map((c) => w + c),
  ),
]);

/** Auxiliaries and modals (with their negations): a finite verb soon after a cue makes a clause of what follows. */
export const FINITE = wordSet([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'should',
  'may',
  'might',
  'must',
  'do',
  'does',
  'did',
  'won’t',
  "won't",
  'isn’t',
  "isn't",
  'wasn’t',
  "wasn't",
  'hasn’t',
  "hasn't",
  'haven’t',
  "haven't",
  'don’t',
  "don't",
  'doesn’t',
  "doesn't",
  'didn’t',
  "didn't",
  // the other negated auxiliaries: "she says the reports weren’t true" is a clause as "were not" is
  ...['aren', 'weren', 'hadn', 'can', 'couldn', 'wouldn', 'shouldn', 'mustn'].flatMap((w) => [
    `${w}’t`,
    `${w}'t`,
  ]),
]);

/** Common irregular past tenses that make a clause of what follows a cue ("she said the club paid …"). */
export const PAST = wordSet([
  'paid',
  'made',
  'took',
  'gave',
  'knew',
  'got',
  'went',
  'came',
  'hid',
  'lost',
  'won',
  'sent',
  'kept',
  'told',
  'said',
]);

/**

 */
export const DETERMINERS = wordSet(['the', 'a', 'an', 'this', 'these', 'those', 'your', ...POSSESSIVES]);

/** Words between a subject and its cue: "has said", "also noted", "would later claim". */
export const BETWEEN = wordSet([
  'has',
  'have',
  'had',
  'also',
  'later',
  'then',
  'previously',
  'repeatedly',
  'publicly',
  'once',
  'recently',
  'would',
  'will',
  'did',
  'does',
  'do',
  'not',
  'never',
  'again',
  'often',
  'is',
  'was',
  'were',
  'are',
  'been',
  'could',
  'may',
  'might',
  'should',
  'must',
  'can',
  'just',
  'already',
  'since',
  'even',
  'further',
  'flatly',
  'privately',
  'explicitly',
  'quickly',
  'first',
  // "the actress has now revealed it’s not true"
  'now',
  // negated auxiliaries ("she didn’t say if …", "he hasn’t revealed why …"), both apostrophes
  ...[
    'didn',
    'doesn',
    'don',
    'hasn',
    'haven',
    'hadn',
    'wouldn',
    'won',
    'can',
    'couldn',
    'isn',
    'wasn',
  ].flatMap((w) => [`${w}’t`, `${w}'t`]),
]);

/** Pronouns that may be the subject of a cue. */
export const PRONOUN_SOURCES = wordSet(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who']);

// the object pronouns, the head of OBJECTS and the listeners a directive may open with
const OBJECT_PRONOUN_WORDS = ['him', 'her', 'them', 'us', 'me', 'you'];

/** Object pronouns that may be the listener of a directive ("told her to rest"). */
export const OBJECT_PRONOUNS = wordSet(OBJECT_PRONOUN_WORDS);

/** Words a listener may open with after a telling verb: "told reporters", "told the magazine". */
export const OBJECTS = wordSet([
  ...OBJECT_PRONOUN_WORDS,
  'reporters',
  'journalists',
  'supporters',
  'voters',
  'the',
  'a',
  'an',
  'his',
  'their',
]);

/**
 * Cues that often take a plain object rather than reported words ("said the words twice", "revealed
 * the details", "shared a photo"): without "that" or a colon their words must read as a clause. Other
 * verbs of saying ("argued", "warned", "urged") report whatever follows them.
 */
export const OBJECT_CUES = wordSet([
  'say',
  'says',
  'said',
  'tell',
  'tells',
  'told',
  'reveal',
  'reveals',
  'revealed',
  'announce',
  'announces',
  'announced',
  'confirm',
  'confirms',
  'confirmed',
  'report',
  'reports',
  'reported',
  'share',
  'shares',
  'shared',
  'post',
  'posts',
  'posted',
  'write',
  'writes',
  'wrote',
  'tweet',
  'tweets',
  'tweeted',
  'detail',
  'details',
  'detailed',
  'describe',
  'describes',
  'described',
  'describing',
  'admit',
  'admits',
  'admitted',
  'disclosed',
  'discloses',
  'divulged',
  'recall',
  'recalls',
  'recalled',
  'dished',
  'dishes',
  'spilled',
  'spills',
  'promise',
  'promises',
  'promised',
  'predict',
  'predicts',
  'predicted',
  'teased',
  'teases',
  'hinted',
  'hints',
]);

/** Words that open a subordinate clause of the writer's: "When asked about it, she said …". */
export const SUBORDINATORS = wordSet([
  'when',
  'after',
  'as',
  'while',
  'if',
  'before',
  'since',
  'although',
  'though',
  'because',
  'asked',
  'once',
  'until',
  'whether',
]);

/**
 * Words after which a name is not a clause's subject: prepositions (the Penn Treebank's IN words
 * news copy puts before places and objects: "in Salem", "at the State University", "of Libya") and
 * "that" opening an object clause; with SUBORDINATORS ("After Jo Ruiz announced …, …").
 */
export const NOT_SUBJECT_AFTER = wordSet([
  'in',
  'at',
  'of',
  'from',
  'to',
  'on',
  'with',
  'by',
  'for',
  'about',
  'into',
  'over',
  'against',
  'during',
  'near',
  'under',
  'toward',
  'towards',
  'across',
  'through',
  'without',
  'like',
  'than',
  'via',
  'among',
  'around',
  'that',
]);

/**
 * Past and participle forms of the labelling verbs of quoting.ts (QUOTING_VERBS) and of "describe":
 * "Ruiz called the plan “reckless”", "…, calling her “a rising star”". A few words in marks after one
 * of them and its object are the speaker's words (a mixed quotation), not a scare quote; the present
 * ("what he calls the “crooked” process", "my friends call me “catalog”") stays a label.
 */
export const LABELLING_VERBS = wordSet([
  'called',
  'calling',
  'dubbed',
  'dubbing',
  'labeled',
  'labelled',
  'labeling',
  'labelling',
  'branded',
  'branding',
  'termed',
  'terming',
  'deemed',
  'described',
  'describing',
]);

/** Openers of a description that may name a speaker after its cue: "…, said the senator." */
export const DET_OPENERS = wordSet(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'one', 'another']);

/** After a comma, words that open a new clause of the writer's, not the reported one: "…, while …". */
export const CLAUSE_BREAKS = wordSet([
  'but',
  'while',
  'as',
  'saying',
  'even',
  'although',
  'though',
  'despite',
  'whereas',
  'adding',
  'arguing',
  'calling',
  'telling',
  'noting',
  'according',
  'citing',
  'prompting',
  'sparking',
  'drawing',
]);

/**
 * Idioms before "say" in which the writer speaks, not a source ("needless to say", "let's just say"):
 * the project's hand-written list, read off the tabloid train set's false reported speech; lower-cased,
 * with ’ written as '.
 */
export const IDIOMS_BEFORE_SAY: readonly string[] = [
  'needless to ',
  'suffice it to ',
  'safe to ',
  'fair to ',
  "let's ",
  "let's just ",
  'let us ',
];

/**
 * Particles and prepositions that, right after a verb, make a phrasal verb or a verb's complement, not
 * the start of reported words ("showed off", "opened up about", "pleaded guilty", "went on to"): the
 * project's hand-written list, read off the tabloid train set's false reported speech.
 */
export const PARTICLES = wordSet([
  'off',
  'on',
  'up',
  'out',
  'about',
  'over',
  'down',
  'back',
  'away',
  'into',
  'in',
  'for',
  'with',
  'to',
  'guilty',
  'at',
  'from',
  'by',
  'of',
]);

/**
 * Verbs after which "to" is a preposition, not the start of reported words ("responded to her
 * request", "took to Instagram", "spoke to reporters"): the project's hand-written list.
 */
export const PREPOSITION_CUES = wordSet([
  'respond',
  'responds',
  'responded',
  'reply',
  'replies',
  'replied',
  'react',
  'reacts',
  'reacted',
  'take',
  'takes',
  'took',
  'turned',
  'referred',
  'spoke',
  'speaks',
  'talked',
  'talks',
  'wrote',
  'writes',
  'posted',
]);

/**
 * Nouns in "-ing" that follow a verb of saying as its object, not as a gerund opening reported words
 * ("revealed nothing", "announced the wedding" has its determiner): the pronouns in "-thing" and the
 * everyday nouns an editor would name first. Hand-written, not from a corpus.
 */
export const ING_NOUNS = wordSet([
  'nothing',
  'something',
  'anything',
  'everything',
  'thing',
  'morning',
  'evening',
  'wedding',
  'king',
  'ring',
  'spring',
  'building',
  'meeting',
  'feeling',
  'darling',
  'sibling',
  'offspring',
  'setting',
  'string',
  'wing',
  'clothing',
  'ceiling',
  'during',
]);

/**
 * Words that may sit between a cue and the "that" opening its reported words: particles of a phrasal
 * cue ("pointed out that"), days and other time words ("announced Sunday that", "said earlier this
 * week that"), adverbs ("revealed exclusively that") and prepositions opening a short phrase of place,
 * time or channel ("revealed on Instagram that", "told People in 2011 that"). Hand-written, read off
 * the tabloid train set's missed reported speech.
 */
export const BEFORE_THAT = wordSet([
  'out',
  'up',
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'yesterday',
  'today',
  'tonight',
  'earlier',
  'later',
  'recently',
  'previously',
  'again',
  'also',
  'publicly',
  'exclusively',
  'candidly',
  'openly',
  'this',
  'last',
  'week',
  'month',
  'year',
  'weekend',
  'night',
  'morning',
  'afternoon',
  'evening',
]);

/** Prepositions opening a short phrase of place, time or channel between a cue and its "that". */
export const THAT_PREPOSITIONS = wordSet([
  'on',
  'in',
  'at',
  'during',
  'via',
  'over',
  'through',
  'with',
  'to',
]);

/**
 * Cues after which "to" and a gerund are the reported words ("admitted to cheating on her", "copped
 * to having made a mistake"): verbs of confessing, hand-written.
 */
export const CONFESS_TO = wordSet([
  'admit',
  'admits',
  'admitted',
  'admitting',
  'confess',
  'confesses',
  'confessed',
  'confessing',
  'cop',
  'cops',
  'copped',
]);

/**
 * Verbs of telling someone to do something ("told the crowd to head for the doors", "urged her to
 * rest"): QUOTES-GUIDE.md counts the listener and the infinitive as the reported words. Hand-written,
 * the directive verbs of communication in Levin's (1993) "verbs of communication" a tabloid uses.
 */
export const DIRECTIVE_VERBS = wordSet([
  'told',
  'tells',
  'tell',
  'asked',
  'asks',
  'urged',
  'urges',
  'warned',
  'warns',
  'begged',
  'begs',
  'challenged',
  'challenges',
  'ordered',
  'orders',
  'advised',
  'advises',
  'instructed',
  'implored',
  'pleaded',
]);

// Moved here from reported.ts in the fifteenth round: the lists of the rules for the unnamed media, for
// "As … reported", for outlets' own cues and for modals before a cue. Hand-written by the team from
// QUOTES-GUIDE.md's kinds and the tabloid train articles' wording, except the closed classes (modals,
// contractions, determiners).

/** Nouns of the unnamed media that a reporting participle may follow ("comments suggesting that …"). */
export const MEDIA_NOUNS = wordSet(['reports', 'report', 'comments', 'stories', 'headlines', 'articles']);

/** Verbs of "As … reported, …": reporting and revealing in the past ("As TMZ first reported"). */
export const AS_REPORTED = wordSet([
  'reported',
  'revealed',
  'confirmed',
  'noted',
  'announced',
  'disclosed',
  'detailed',
]);

/** "it's" as one token, both apostrophes. */
export const ITS = wordSet(['it’s', "it's"]);

/** "We" contracted with an auxiliary, both apostrophes ("We’ve learned", "We’re told"). */
export const WE_CONTRACTED = wordSet(['we’ve', "we've", 'we’re', "we're", 'we’d', "we'd"]);

/** Base forms of verbs of saying that cue after a modal ("can confirm", "can exclusively reveal"). */
export const BASE_CUES = wordSet(['confirm', 'reveal', 'report', 'say', 'claim']);

/** Modals before a base form of `BASE_CUES`. */
export const MODALS = wordSet(['can', 'could', 'will', 'would', 'must']);

/** Adverbs without "-ly" that stand between an auxiliary and its verb ("is now saying"). */
export const STILL_WORDS = wordSet(['now', 'still', 'also', 'just', 'already', 'even']);

/**
 * Verbs an outlet reports by, like "learned" (QUOTES-GUIDE.md's outlet: "we hear"): hand-written, with
 * British papers' "understands"; only an outlet or an organization may be their subject.
 */
export const OUTLET_CUES = wordSet(['hear', 'hears', 'heard', 'understands']);

/** Words that open the noun phrase after "reports of" ("reports of a feud", "reports of him cheating"). */
export const OF_OPENERS = wordSet(['a', 'an', 'the', 'his', 'her', 'their', 'him', 'them']);

// determiners and adjectives of the noun "reports", the head of both lists below
const REPORT_NOUN_MODIFIER_WORDS = [
  ...['the', 'these', 'those', 'recent', 'previous', 'earlier', 'new', 'multiple', 'many', 'several'],
  ...['numerous', 'conflicting', 'unconfirmed', 'initial', 'latest', 'early', 'widespread', 'false'],
];

/** Determiners and adjectives of the noun "reports" ("recent reports", "multiple reports"). */
export const REPORT_NOUN_MODIFIERS = wordSet([
  ...REPORT_NOUN_MODIFIER_WORDS,
  ...['some', 'other', 'media', 'news', 'press', 'tabloid'],
]);

/**
 * Words before "reports" that make it a noun, not a verb with its subject ("TMZ reports that …"): a
 * determiner or adjective of the noun phrase, a preposition or auxiliary before it, or a verb taking
 * it as object ("denied reports that …").
 */
export const BEFORE_REPORT_NOUN = wordSet([
  ...REPORT_NOUN_MODIFIER_WORDS,
  ...['amid', 'despite', 'following', 'after', 'to', 'of', 'about', 'on', 'off', 'over', 'by', 'with'],
  ...['been', 'were', 'are', 'was', 'is', 'be', 'there', 'also', 'and'],
  ...['denied', 'denies', 'deny', 'addressed', 'addresses', 'dismissed', 'dismisses', 'refuted'],
  ...['rejected', 'slammed', 'debunked', 'fueled', 'fuelled', 'sparked', 'shot', 'off'],
]);

/**
 * A relative subject that names no one: "whoever" ("Whoever said “…” was wrong") and the indefinite
 * pronouns that a "who" after them makes one ("Anyone who said …", "those who claim …"); English
 * closed-class words. Such a subject's verb reports no one's words.
 */
export const NO_ONE_RELATIVE = wordSet(['whoever', 'whomever']);

/** Indefinite pronouns before "who" in a relative subject that names no one (`NO_ONE_RELATIVE`). */
export const NO_ONE_BEFORE_WHO = wordSet(['anyone', 'anybody', 'everyone', 'everybody', 'those', 'whoever']);
