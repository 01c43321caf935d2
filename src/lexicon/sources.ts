/**
 * Words that describe a source without naming it. Collected from the anonymous-attribution phrases in
 * tabloid copy ("an insider", "a pal", "a palace aide", "sources close to…") and from the Associated
 * Press guidance on anonymous sources, which lists the descriptors newsrooms use.
 */
import { wordSet } from '../core/hash.ts';
import { TIME_PLACE_PREPOSITIONS } from './reporting.ts';

/** Head nouns of anonymous sources: "a source", "the star's pal", "a Royal Insider". */
export const ANONYMOUS_HEADS = wordSet([
  'insider', 'insiders', 'source', 'sources', 'friend', 'friends', 'pal', 'pals', 'aide', 'aides',
  'confidant', 'confidante', 'confidants', 'tipster', 'tipsters', 'spy', 'spies', 'mole', 'observer',
  'observers', 'onlooker', 'onlookers', 'eyewitness', 'eyewitnesses', 'witness', 'witnesses', 'relative',
  'relatives', 'acquaintance', 'acquaintances', 'associate', 'associates', 'staffer', 'staffers',
  'employee', 'employees', 'official', 'officials', 'courtier', 'courtiers', 'someone', 'somebody',
  'people', 'person', 'those', 'family', 'member', 'members', 'neighbour', 'neighbor', 'neighbours',
  'neighbors', 'bystander', 'bystanders', 'expert', 'experts', 'commentator', 'commentators',
  'expert', 'guest', 'guests', 'fan', 'fans', 'colleague', 'colleagues', 'co-star', 'costar',
  'worker', 'workers', 'executive', 'executives', 'producer', 'producers', 'crew',
]);

/** Plural heads: a plural anonymous source is one "sources" group, not one person. */
export const PLURAL_HEADS = wordSet([
  'insiders', 'sources', 'friends', 'pals', 'aides', 'confidants', 'tipsters', 'spies', 'observers',
  'onlookers', 'eyewitnesses', 'witnesses', 'relatives', 'acquaintances', 'associates', 'staffers',
  'employees', 'officials', 'courtiers', 'people', 'those', 'members', 'neighbours', 'neighbors',
  'bystanders', 'experts', 'commentators', 'guests', 'fans', 'colleagues', 'workers', 'executives',
  'producers',
]);

/** Spokespeople speak on the record for an organization or a star. */
export const SPOKES_HEADS = wordSet([
  'spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'rep', 'reps', 'representative',
  'representatives', 'publicist', 'publicists', 'lawyer', 'lawyers', 'attorney', 'attorneys',
  'agent', 'manager', 'statement',
]);

/** Heads of documents cited as sources. */
export const DOCUMENT_HEADS = wordSet([
  'statement', 'statements', 'papers', 'documents', 'document', 'filing', 'filings', 'post', 'posts',
  'caption', 'tweet', 'tweets', 'letter', 'letters', 'memoir', 'book', 'lawsuit', 'complaint', 'records',
  'record', 'petition', 'transcript', 'affidavit', 'video', 'story', 'stories', 'podcast', 'interview',
  'documentary', 'docuseries', 'announcement', 'release', 'website', 'email', 'emails', 'message',
  'messages', 'texts', 'notice', 'notices', 'sign', 'signs', 'note', 'ad', 'ads', 'advert', 'banner',
  'headline', 'excerpt', 'excerpts', 'remarks', 'speech', 'transcripts', 'filings', 'ruling', 'indictment', 'memo', 'obituary', 'citation',
]);

/** Heads of unnamed media: "reports", "two big media outlets", "local press". */
export const MEDIA_HEADS = wordSet([
  'outlets', 'outlet', 'reports', 'report', 'media', 'press', 'publications', 'publication', 'tabloids',
  'tabloid', 'newspapers', 'newspaper', 'papers', 'magazines', 'magazine', 'headlines', 'networks',
]);

/** Words that start a source phrase and may be skipped to reach its head. */
export const DETERMINERS = wordSet([
  'a', 'an', 'the', 'our', 'one', 'another', 'two', 'three', 'several', 'some', 'many', 'multiple',
  'his', 'her', 'their', 'its', 'my', 'your', 'this', 'that', 'these', 'other', 'both', 'various',
  'numerous', 'close', 'longtime', 'long-time', 'trusted', 'senior', 'royal', 'palace', 'big', 'major',
  'unnamed', 'anonymous', 'well-placed', 'family', 'mutual', 'former', 'old', 'new', 'local', 'british',
  'american', 'production', 'show', 'court', 'legal', 'police', 'divorce', 'leaked', 'official', 'custody', 'studio', 'set', 'industry', 'hollywood', 'insider', 'source',
]);

/** Phrases that refer back to the publication itself. */
export const OUTLET_SELF = wordSet(['we', 'us']);

/**
 * Words that end the core of a source phrase and open its post-modifier: "a pal OF the star", "a rep
 * FOR the actress", "a source CLOSE TO the couple". The head noun is the last word before them
 * (English noun phrases are head-final before their post-modifiers).
 */
export const POSTMODIFIERS = wordSet([
  'of', 'for', 'close', 'at', 'from', 'with', 'who', 'on', 'in', 'near', 'inside', 'within', 'familiar',
]);

/**
 * Prepositions that open a sentence's adverbial phrase ("In an interview, …", "During the show, …",
 * "After the split, …"): such a phrase names no speaker. The time and place prepositions
 * (reporting.ts) plus others that open such a phrase.
 */
export const PHRASE_PREPOSITIONS = wordSet([
  ...TIME_PLACE_PREPOSITIONS,
  'following', 'despite', 'through', 'throughout', 'via', 'upon', 'while', 'when',
]);

/**
 * Heads of descriptions that stand for an organization ("the militant group", "the union", "the
 * network"): the institution speaks, so the speaker is the organization named earlier. From the
 * organization types of the OntoNotes ORG guidelines, in the words news copy uses for them.
 */
export const ORG_HEADS = wordSet([
  'group', 'groups', 'union', 'company', 'league', 'club', 'party', 'campaign', 'department', 'agency',
  'government', 'ministry', 'network', 'studio', 'police', 'team', 'firm', 'organization',
  'organisation', 'committee', 'council', 'board', 'office', 'administration', 'foundation', 'charity',
  'hospital', 'school', 'university', 'army', 'military', 'militia', 'movement', 'coalition', 'alliance',
  'association', 'federation', 'commission', 'bureau', 'embassy', 'palace', 'label', 'channel',
  'station', 'broadcaster', 'publisher', 'brand', 'retailer', 'airline', 'festival', 'organisers',
  'organizers', 'church', 'prosecutors', 'authorities', 'regime', 'trust', 'society', 'institute',
]);

/**
 * Last words of names that are places, buildings, events or works, which never speak ("Marsh
 * Tower", "Harbour Stadium", "Lakeside Festival"). From the facility and event types of the OntoNotes
 * named-entity guidelines.
 */
export const NEVER_SPEAKER_LAST_WORDS = wordSet([
  // words that are also common surnames (Hall, Park, Lane, Day, Street) are left out
  'tower', 'towers', 'hotel', 'stadium', 'arena', 'avenue', 'road', 'boulevard', 'center', 'centre',
  'theatre', 'theater', 'bridge', 'building', 'square', 'awards', 'award', 'championship',
  'championships', 'museum', 'gallery', 'airport', 'mall', 'cathedral', 'county', 'plaza', 'olympics',
  'gala', 'premiere', 'album', 'film', 'movie',
]);

/**
 * Words after a named outlet that show the publication speaking for itself ("EW has learned", "In
 * Touch previously reported", "can reveal", "tells Gossip Cop exclusively"): then the speaker is the
 * outlet; otherwise a named outlet cited as a source is a named organization. From the self-reference
 * formulas of celebrity copy.
 */
export const OUTLET_SELF_WORDS = wordSet([
  'learned', 'learnt', 'reveal', 'understands', 'exclusively', 'previously', 'exclusive', 'confirmed',
]);

/** Determiners that make a description indefinite: a new, unnamed person ("a man", "one fan"). */
export const INDEFINITE = wordSet(['a', 'an', 'one', 'another', 'some', 'several', 'many', 'two', 'three', 'multiple']);

/** Pronouns that can speak and may stand for an organization or a group: "it said", "they said". */
export const GROUP_PRONOUNS = wordSet(['they', 'it']);

/**
 * Verbs whose subject is a source the article cites even without quoted words: "a spokesperson declined
 * to comment", "People magazine first reported the split", "her rep did not respond". From the
 * no-comment and credit formulas of wire style (AP Stylebook, "anonymous sources" and "no comment").
 */
export const CITATION_VERBS = wordSet([
  'declined', 'declines', 'refused', 'refuses', 'reported', 'reports', 'responded', 'respond', 'denied',
  'denies', 'confirmed', 'confirms',
]);

/**
 * Head nouns of descriptions that name a person by role ("the veteran goalkeeper", "the mother", "a
 * family physician", "the proud father"): a description speaks only when its head is a person noun.
 * Occupations and roles common in news copy (the person nouns of the Gender Gap Tracker's speaker
 * rules, extended with sport and family words); agentive endings (-ist, -ian, -er, -or) also count.
 */
export const PERSON_NOUNS = wordSet([
  'man', 'woman', 'men', 'women', 'boy', 'girl', 'child', 'teen', 'teenager', 'mother', 'father', 'mom',
  'mum', 'dad', 'parent', 'parents', 'son', 'daughter', 'brother', 'sister', 'wife', 'husband', 'uncle',
  'aunt', 'cousin', 'grandmother', 'grandfather', 'grandma', 'grandpa', 'widow', 'fiancé', 'fiancée',
  'girlfriend', 'boyfriend', 'partner', 'ex', 'star', 'actress', 'actor', 'singer', 'rapper', 'model',
  'host', 'anchor', 'comedian', 'celeb', 'celebrity', 'royal', 'couple', 'pair', 'duo', 'judge',
  'doctor', 'physician', 'surgeon', 'nurse', 'officer', 'detective', 'chief', 'coach', 'captain',
  'goalkeeper', 'striker', 'midfielder', 'defender', 'quarterback', 'pitcher', 'veteran', 'rookie',
  'senator', 'governor', 'mayor', 'president', 'candidate', 'lawmaker', 'congressman', 'congresswoman',
  'minister', 'secretary', 'chairman', 'chairwoman', 'chair', 'ceo', 'founder', 'owner', 'head',
  'director', 'spokesman', 'spokeswoman', 'resident', 'residents', 'student', 'students', 'teacher',
  'victim', 'suspect', 'defendant', 'plaintiff', 'witness', 'attendee', 'attendees', 'concert-goer',
  'photographer', 'reporter', 'journalist', 'editor', 'critic', 'analyst', 'economist', 'scientist',
  'researcher', 'professor', 'author', 'writer', 'poet', 'chef', 'dancer', 'musician', 'artist', 'pastor',
  'priest', 'rabbi', 'imam', 'bishop', 'pope', 'king', 'queen', 'prince', 'princess', 'duke', 'duchess',
  'mogul', 'billionaire', 'businessman', 'businesswoman', 'entrepreneur', 'heiress', 'socialite',
  'influencer', 'youtuber', 'blogger', 'fan', 'follower', 'viewer', 'voter', 'voters', 'protester',
  'protesters', 'demonstrators', 'crowd', 'audience', 'neighbor', 'neighbour', 'boss', 'employer',
  'officials', 'official', 'investigator', 'investigators', 'prosecutor', 'attorney', 'lawyer',
  'soldier', 'commander', 'general', 'militant', 'militants', 'activist', 'lady', 'gentleman', 'guy',
  'hitmaker', 'songstress', 'icon', 'legend', 'newlywed', 'newlyweds', 'mother-of-two', 'father-of-two',
  'mum-of-two', 'dad-of-two', 'mother-of-three', 'father-of-three', 'brunette', 'blonde', 'beauty',
  'hunk', 'heartthrob', 'singer-songwriter', 'co-host', 'presenter', 'producer', 'rep', 'player',
  'tycoon', 'magnate', 'titan', 'hopeful', 'frontrunner', 'front-runner', 'nominee', 'incumbent',
  'challenger', 'rival', 'opponent', 'ally', 'supporter', 'donor', 'strategist', 'pollster', 'adviser',
  'advisor', 'consultant', 'pundit', 'expert', 'legislator', 'delegate', 'democrat', 'republican',
  'conservative', 'liberal', 'progressive', 'populist', 'billionaire', 'millionaire', 'star', 'superstar',
  'megastar', 'veteran', 'newcomer', 'winner', 'loser', 'champion', 'nominee', 'spokesperson', 'owner',
]);

/**
 * Collective person nouns: "the crowd", "the audience" speak as a group and never stand for one
 * person named before (a definite description of one person does, speaker.ts).
 */
export const GROUP_NOUNS = wordSet([
  'crowd', 'audience', 'public', 'residents', 'students', 'protesters', 'demonstrators', 'voters',
  'attendees', 'officials', 'investigators', 'militants', 'men', 'women', 'parents', 'people',
  'fans', 'viewers', 'followers',
]);

/** Nouns for two people: "the couple" said is the two people named before. */
export const PAIR_NOUNS = wordSet(['couple', 'pair', 'duo', 'twosome', 'lovebirds', 'newlyweds']);

/**
 * Person nouns news copy uses for people it does not name ("the victim", "the woman", "the
 * neighbour"): they refer back to someone named only when an earlier use of the word named them.
 */
export const STRANGER_NOUNS = wordSet([
  'man', 'woman', 'boy', 'girl', 'child', 'teen', 'teenager', 'victim', 'suspect', 'witness',
  'stranger', 'passenger', 'driver', 'customer', 'patient', 'neighbor', 'neighbour', 'resident',
  'student', 'attendee', 'concert-goer', 'defendant', 'plaintiff', 'guy', 'lady', 'gentleman',
]);

/**
 * Participles of reporting verbs that make "it was …" unnamed media speaking ("it was reported", "it
 * has been revealed", "it was speculated"): the passive credit formulas of celebrity copy.
 */
export const MEDIA_PASSIVES = wordSet([
  'reported', 'revealed', 'speculated', 'rumored', 'rumoured', 'claimed', 'alleged',
]);

/** Auxiliaries of a passive: "it WAS reported", "it HAS since BEEN revealed". */
export const PASSIVE_AUX = wordSet([
  'was', 'is', 'has', 'had', 'have', 'been', 'being', 'be', 'were', 'since', 'also', 'now', 'later',
  'first', 'once', 'even', 'recently',
]);

/**
 * Offices, each held by one person at a time ("the mayor", "the judge", "the treasurer"): a
 * description by office refers to someone named only when the text named them with it ("Mayor Ida
 * Roe", "Roe, the mayor"), never to whoever was named last, who may hold another office. From the
 * public-office and court roles of wire copy.
 */
export const OFFICE_NOUNS = wordSet([
  'mayor', 'president', 'governor', 'senator', 'judge', 'treasurer', 'minister', 'secretary',
  'chairman', 'chairwoman', 'chair', 'ceo', 'chief', 'officer', 'detective', 'sheriff', 'prosecutor',
  'commissioner', 'councillor', 'councilor', 'councilman', 'councilwoman', 'coroner', 'magistrate',
  'principal', 'superintendent', 'inspector', 'sergeant', 'constable', 'master', 'warden', 'clerk',
  'registrar', 'dean', 'provost', 'chancellor', 'speaker', 'premier', 'lawmaker', 'congressman',
  'congresswoman', 'legislator', 'delegate', 'ambassador', 'consul', 'commander', 'general',
]);
