/**
 * Words that describe a source without naming it. Collected from the anonymous-attribution phrases in
 * tabloid copy ("an insider", "a pal", "a palace aide", "sources close to…") and from the Associated
 * Press guidance on anonymous sources, which lists the descriptors newsrooms use.
 */
import { wordSet } from './hash.ts';

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
  'messages', 'texts',
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
