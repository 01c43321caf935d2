/**
 * Capitalised words that are not names: sentence starters, weekdays, months and other words that a
 * capital letter alone would mistake for a name. Built from the most frequent sentence-initial words
 * of English news (function words, pronouns, adverbs) plus calendar words.
 */
import { wordSet } from '../core/hash.ts';

/** Words that never begin a name. */
export const NOT_NAMES = wordSet([
  'a', 'an', 'the', 'and', 'but', 'or', 'so', 'yet', 'for', 'nor', 'if', 'when', 'while', 'as', 'at',
  'in', 'on', 'of', 'to', 'by', 'with', 'without', 'from', 'after', 'before', 'during', 'since', 'until',
  'though', 'although', 'because', 'however', 'meanwhile', 'also', 'still', 'now', 'then', 'there',
  'here', 'this', 'that', 'these', 'those', 'it', 'its', 'it’s', "it's", 'he', 'she', 'they', 'we', 'i',
  'you', 'his', 'her', 'their', 'our', 'my', 'your', 'him', 'them', 'us', 'me', 'what', 'who', 'whom',
  'which', 'where', 'why', 'how', 'all', 'some', 'many', 'most', 'no', 'not', 'one', 'two', 'three',
  'every', 'each', 'both', 'either', 'neither', 'other', 'another', 'such', 'even', 'just', 'only',
  'holding', 'flying', 'things', 'thing', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had',
  'do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'according', 'sources', 'source', 'insider', 'insiders', 'photo', 'photos', 'image', 'credit', 'read',
  'more', 'related', 'click', 'watch', 'see', 'yes', 'oh', 'well', 'like', 'let', 'after', 'last',
  'next', 'first', 'new', 'earlier', 'later', 'today', 'yesterday', 'tonight', 'tomorrow', 'fans',
  'speaking', 'asked', 'despite', 'instead', 'plus', 'meanwhile', 'once', 'over', 'under', 'about',
  'inside', 'outside', 'exclusive', 'breaking', 'update', 'getty', 'instagram', 'twitter', 'tiktok',
  'facebook', 'youtube', 'x', 'netflix', 'his', 'hers', 'nobody', 'everyone', 'someone', 'anyone',
  'christmas', 'easter', 'covid', 'god', 'mum', 'dad', 'mom',
]);
