/**
 * Word classes the claim typer reads (src/stages/claims/features.ts). Pronouns, modals and auxiliaries
 * are closed classes of English grammar (Quirk et al., A Comprehensive Grammar of the English Language,
 * 1985, ch. 3 and 6), listed with the contracted forms the tokenizer keeps as one word ("she's", "won't").
 * The open classes (perception verbs, private-life and public-record words, schedule words, reader
 * boilerplate) were written for this project from the claims annotation guide's definitions (fact
 * public/private, scheduled events, questions to the reader), not copied from any article.
 */
import { wordSet } from '../core/hash.ts';

/** First-person words: a speaker talking about themselves. */
export const FIRST_PERSON = wordSet([
  'i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'd", "i'll", 'we', 'us', 'our', 'ours', 'ourselves',
  "we're", "we've", "we'd", "we'll",
]);

/** First-person singular subjects: "I", "I'm" (the speaker's own feelings). */
export const FIRST_SUBJECTS = wordSet(['i', "i'm", "i've", "i'd", "i'll", 'we', "we're", "we've", "we'd"]);

/** Second-person words: the reader (or a listener) addressed. */
export const SECOND_PERSON = wordSet(['you', 'your', 'yours', 'yourself', "you're", "you've", "you'd", "you'll", 'ya']);

/** Third-person subject pronouns (with their contractions). */
export const THIRD_SUBJECTS = wordSet([
  'he', 'she', 'they', "he's", "she's", "they're", "he'd", "she'd", "they'd", "he'll", "she'll", "they'll",
  "they've",
]);

/** Modals of possibility: the claim is not asserted outright. */
export const POSSIBILITY_MODALS = wordSet(['may', 'might', 'could', "couldn't", 'would', "wouldn't", "might've", "could've"]);

/** Markers of the future: "will", "'ll", "going to", "gonna". */
export const FUTURE = wordSet([
  'will', "won't", "'ll", "he'll", "she'll", "they'll", "it'll", "i'll", "we'll", "you'll", 'gonna', 'shall',
]);

/** Modals of obligation and advice: "should", "must", "ought", "needs to". */
export const DEONTIC = wordSet(['should', "shouldn't", 'must', "mustn't", 'ought', 'need', 'needs', 'deserve', 'deserves']);

/** Words that open a yes/no or wh-question. */
export const QUESTION_OPENERS = wordSet([
  'is', 'are', 'was', 'were', 'do', 'does', 'did', 'has', 'have', 'had', 'can', 'could', 'will', 'would',
  'should', 'might', "isn't", "aren't", "didn't", "doesn't", "don't", "won't", "wasn't", 'what', "what's",
  'who', "who's", 'why', 'how', 'when', 'where', 'which',
]);

/** Subordinators and relatives: a clause they open is embedded, not the main assertion. */
export const SUBORDINATORS = wordSet([
  'that', 'which', 'who', 'whom', 'whose', 'because', 'since', 'when', 'after', 'before', 'while', 'if',
  'although', 'though', 'until', 'unless', 'whether', 'where', 'as', 'so',
]);

/** English grammar's plain negators as whole words; the score's negative-claims signal reads them too. */
export const NEGATORS: readonly string[] = ['not', 'no', 'never'];

/** Negation. */
export const NEGATION = wordSet([
  ...NEGATORS, "n't", "isn't", "aren't", "wasn't", "weren't", "don't", "doesn't", "didn't", "won't",
  "can't", 'cannot', "couldn't", "wouldn't", "hasn't", "haven't", "hadn't", 'nothing', 'nobody',
]);

/** Past-tense auxiliaries and frequent irregular past forms (regular "-ed" forms are read by suffix). */
export const PAST = wordSet([
  'was', 'were', 'had', 'did', "didn't", "wasn't", "weren't", "hadn't", 'went', 'came', 'saw', 'made', 'took',
  'gave', 'got', 'met', 'left', 'told', 'said', 'wore', 'sent', 'began', 'became', 'brought', 'bought',
  'spent', 'sat', 'stood', 'ran', 'won', 'lost', 'wrote', 'spoke', 'broke', 'found', 'kept', 'held',
]);

/** Present-tense "be" and "have" (with contractions): states that hold now. */
export const PRESENT = wordSet([
  'is', 'are', 'am', "he's", "she's", "it's", "they're", "i'm", "we're", 'has', 'have', "isn't", "aren't",
]);

/** Verbs of perception: "she saw him leave" reports an event, not a mental state. */
export const PERCEPTION = wordSet([
  'see', 'sees', 'saw', 'seen', 'hear', 'hears', 'heard', 'watch', 'watches', 'watched', 'spot', 'spotted',
  'notice', 'noticed', 'noticing', 'photographed', 'pictured', 'seen',
]);

/** Intensifiers: "so", "very", "totally" lean a statement toward evaluation. */
export const INTENSIFIERS = wordSet([
  'so', 'very', 'really', 'truly', 'totally', 'extremely', 'incredibly', 'super', 'such', 'pretty', 'quite',
  'too', 'absolutely', 'utterly', 'insanely', 'seriously', 'literally', 'ever', 'definitely',
]);

/** Generic subjects: a general statement rather than a specific fact. */
export const GENERIC = wordSet(['everyone', 'everybody', 'people', 'nobody', 'anyone', 'anybody', 'someone', 'fans', 'always']);

/** Conditionals: "if … then …" guesses. */
export const CONDITIONAL = wordSet(['if', 'unless', 'whether']);

/**
 * Life behind closed doors: what only insiders could know (the guide's "private" facts: home life,
 * private conversations, secret meetings, who sleeps where).
 */
export const PRIVATE_LIFE = wordSet([
  'home', 'house', 'bedroom', 'bed', 'privately', 'private', 'secret', 'secretly', 'behind', 'closed',
  'doors', 'texted', 'texting', 'texts', 'phone', 'called', 'calls', 'confided', 'confides', 'quietly',
  'alone', 'together', 'night', 'dinner', 'kids', 'children', 'family', 'relationship', 'dating', 'fight',
  'fighting', 'argued', 'arguing', 'split', 'marriage', 'sleep', 'sleeps', 'slept', 'wedding', 'pregnant',
  'baby', 'couple', 'reconcile', 'therapy', 'friends', 'pals', 'told', 'asked', 'begged', 'pleaded',
]);

/**
 * Public record: events an outsider can verify (a release, a post, an award, a filing, a statement,
 * a public appearance).
 */
export const PUBLIC_RECORD = wordSet([
  'announced', 'announces', 'posted', 'posts', 'shared', 'instagram', 'twitter', 'tweeted', 'tweet', 'youtube',
  'facebook', 'snapchat', 'tiktok', 'interview', 'statement', 'premiere', 'premiered', 'premieres', 'released',
  'release', 'album', 'single', 'song', 'film', 'movie', 'show', 'series', 'season', 'episode', 'award',
  'awards', 'won', 'nominated', 'court', 'filed', 'lawsuit', 'judge', 'arrested', 'charged', 'carpet', 'red',
  'appeared', 'appearance', 'event', 'gala', 'concert', 'tour', 'magazine', 'podcast', 'photos', 'photo',
  'video', 'caption', 'captioned', 'wrote', 'confirmed', 'born', 'age',
  'years', 'year', 'star', 'stars', 'starred', 'cover', 'issue', 'network', 'aired', 'airs', 'tv',
]);

/** Schedule words: an announced future event ("the tour continues through October") is a fact. */
export const SCHEDULE = wordSet([
  'scheduled', 'slated', 'set', 'due', 'premiere', 'premieres', 'opens', 'airs', 'debuts', 'begins',
  'continues', 'tour', 'release', 'releases', 'hits', 'theaters', 'theatres', 'tickets', 'season', 'episode',
  'tonight', 'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'et', 'pt', 'p.m', 'a.m',
]);

/** Conjunctions at which a sentence may join two clauses of different types ("…, but she still hopes …"). */
export const CLAUSE_JOINERS = wordSet(['but', 'yet', 'while', 'although', 'though', 'whereas', 'and', 'so']);

/**
 * Sentence openers that mark site boilerplate rather than a claim: "Advertisement", "Related:",
 * "MORE:", "WATCH:", "Sign up…", "Click here…", "A post shared by…" (embed text).
 */
export const BOILERPLATE_OPENERS = wordSet([
  'advertisement', 'related', 'more', 'watch', 'also', 'read', 'must', 'see', 'sign', 'subscribe', 'click',
  'follow', 'share', 'trending', 'get', 'scroll', 'tap', 'video', 'photos', 'photo', 'image', 'credit',
  'listen', 'download', 'pick', 'check',
]);

/** Second words that confirm a boilerplate opener ("Sign up", "Click here", "Check out", "Also read"). */
export const BOILERPLATE_SECOND = wordSet([
  'up', 'here', 'out', 'read', 'see', 'like', 'us', 'our', 'now', 'more', 'below', 'above', 'the', 'loading',
  'push', 'shared', 'this', 'on', 'story', 'video', 'share', 'to',
]);

/** "A post shared by …", "Video loading…": embed text from social media and players. */
export const EMBED_WORDS = wordSet(['post', 'shared', 'loading', 'unavailable', 'autoplay', 'auto-play']);

/** Imperatives addressed to the reader: "Tell us…", "Let us know…", "Comment below". */
export const READER_IMPERATIVES = wordSet(['tell', 'let', 'comment', 'sound', 'vote', 'share', 'take', 'check', 'see', 'watch', 'scroll', 'keep']);
