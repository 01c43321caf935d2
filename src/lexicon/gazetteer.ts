/**
 * Places, outlets and organization words for entity typing. Countries and US states are the ISO 3166
 * and USPS lists (common English names); cities are the most-mentioned in celebrity news; outlets are
 * the English-language celebrity and tabloid titles the GossipCop corpus cites most.
 */
import { wordSet } from '../core/hash.ts';

/** Place names, lowercased (multi-word names are matched word by word by the entities stage). */
export const PLACES = new Set([
  'london', 'uk', 'united kingdom', 'britain', 'great britain', 'england', 'scotland', 'wales', 'ireland',
  'northern ireland', 'france', 'paris', 'italy', 'rome', 'spain', 'germany', 'europe', 'africa',
  'south africa', 'lesotho', 'botswana', 'kenya', 'nigeria', 'egypt', 'canada', 'toronto', 'vancouver',
  'australia', 'sydney', 'melbourne', 'new zealand', 'india', 'china', 'japan', 'tokyo', 'mexico',
  'brazil', 'argentina', 'russia', 'ukraine', 'israel', 'dubai', 'jamaica', 'bahamas', 'usa', 'us',
  'u.s.', 'america', 'united states', 'california', 'los angeles', 'la', 'hollywood', 'beverly hills',
  'malibu', 'montecito', 'santa barbara', 'san francisco', 'new york', 'new york city', 'nyc',
  'manhattan', 'brooklyn', 'miami', 'florida', 'texas', 'nashville', 'tennessee', 'las vegas', 'nevada',
  'chicago', 'illinois', 'atlanta', 'georgia', 'boston', 'washington', 'hawaii', 'colorado', 'aspen',
  'utah', 'arizona', 'new jersey', 'pennsylvania', 'ohio', 'michigan', 'kansas', 'kansas city',
  'missouri', 'windsor', 'balmoral', 'sandringham', 'kensington', 'frogmore', 'norfolk', 'berkshire',
  'highgrove', 'st tropez', 'cannes', 'monaco', 'ibiza', 'mykonos', 'cabo', 'bali', 'thailand',
]);

/** Celebrity and tabloid outlets, lowercased with ’ folded to '. */
export const OUTLETS = new Set([
  "woman's day", 'new idea', "that's life", 'who', 'people', 'us weekly', 'page six', 'tmz', 'e! news',
  'entertainment tonight', 'et', 'in touch', 'in touch weekly', 'life & style', 'ok!', 'ok', 'hello!',
  'hello', 'closer', 'heat', 'the sun', 'daily mail', 'the daily mail', 'mail online', 'the mirror',
  'daily mirror', 'the express', 'daily express', 'the telegraph', 'the times', 'the guardian', 'vanity fair',
  'vogue', 'elle', 'glamour', 'cosmopolitan', 'radar online', 'radaronline', 'star', 'star magazine',
  'the national enquirer', 'national enquirer', 'hollywood life', 'hollywoodlife', 'just jared',
  'perez hilton', 'the hollywood reporter', 'variety', 'deadline', 'extra', 'access hollywood', 'cnn',
  'bbc', 'fox news', 'nbc', 'abc', 'cbs', 'the new york times', 'new york post', 'the new york post',
  'the washington post', 'the independent', 'the new york daily news', 'gossip cop', 'gossipcop',
  'cosmo', 'marie claire', 'harper’s bazaar', "harper's bazaar", 'rolling stone', 'billboard',
  'entertainment weekly', 'ew', 'the cut', 'the daily beast', 'buzzfeed', 'yahoo', 'good morning america',
  'today', 'the today show', 'the view', 'gb news', 'sky news', 'itv', 'channel 4', 'the royal observer',
]);

/** Last words that make a capitalised run an organization ("Kensington Palace", "WellChild Awards"). */
export const ORG_HEADS = wordSet([
  'palace', 'inc', 'ltd', 'llc', 'corp', 'company', 'co', 'group', 'records', 'studios', 'studio',
  'network', 'networks', 'news', 'magazine', 'foundation', 'trust', 'charity', 'fund', 'club', 'university',
  'college', 'school', 'police', 'court', 'hospital', 'agency', 'department', 'ministry', 'council',
  'party', 'team', 'band', 'label', 'entertainment', 'pictures', 'productions', 'media', 'times', 'post',
  'journal', 'weekly', 'daily', 'channel', 'service', 'services', 'bank', 'church', 'institute',
  'association', 'society', 'commission', 'office', 'house', 'firm', 'brand', 'chiefs', 'eagles',
]);

/** Last words that make a capitalised run an event ("WellChild Awards", "Met Gala"). */
export const EVENT_HEADS = wordSet([
  'awards', 'award', 'gala', 'festival', 'olympics', 'games', 'cup', 'bowl', 'oscars', 'grammys',
  'emmys', 'baftas', 'globes', 'wedding', 'coronation', 'funeral', 'jubilee', 'ceremony', 'concert',
  'tour', 'premiere', 'show', 'week', 'day', 'championship', 'championships', 'open', 'series',
]);
