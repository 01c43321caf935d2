/**
 * Past tense, for the future-event check: the common irregular past forms (from the standard English
 * irregular-verb tables, those frequent in news copy) and regular -ed forms. Verbs of saying and of
 * planning are left out: "announced a tour for 2026" and "said she will fly on June 20" tell of the
 * future in the past tense.
 */
import { foldApostrophes } from '../../core/hash.ts';

// biome-ignore format: word lists read better packed
const IRREGULAR = new Set([
  'was', 'were', 'had', 'did', 'flew', 'met', 'went', 'came', 'saw', 'made', 'took', 'gave', 'left', 'sat',
  'stood', 'wore', 'spoke', 'wrote', 'ran', 'won', 'lost', 'got', 'began', 'brought', 'bought', 'held',
  'kept', 'felt', 'found', 'heard', 'paid', 'spent', 'led', 'fell', 'broke', 'chose', 'drove', 'ate',
  'drank', 'grew', 'hid', 'knew', 'rode', 'rang', 'rose', 'sang', 'shook', 'slept', 'stole', 'swam',
  'threw', 'woke', 'became', 'built', 'caught', 'fought', 'fled', 'hung', 'sold', 'struck', 'wept',
  'wed', 'split', 'quit',
]);
// biome-ignore format: word lists read better packed
const NOT_PAST = new Set([
  'planned', 'scheduled', 'booked', 'arranged', 'expected', 'announced', 'confirmed', 'promised', 'agreed',
  'vowed', 'hoped', 'pledged', 'decided', 'invited', 'wanted', 'intended', 'reported', 'claimed', 'added',
  'revealed', 'insisted', 'explained', 'asked', 'offered', 'threatened', 'tipped', 'slated', 'rumoured',
  'rumored', 'noted', 'suggested', 'predicted', 'warned', 'urged', 'speculated', 'believed', 'feared',
  'estimated', 'reckoned', 'teased', 'hinted', 'hundred', 'sacred', 'naked', 'wicked', 'beloved', 'red',
  'bed', 'shed', 'tired', 'excited', 'delighted', 'thrilled', 'determined', 'reserved', 'alleged', 'supposed', 'needed', 'prepared', 'designed', 'pushed', 'postponed', 'delayed', 'moved', 'rescheduled',
  'renewed', 'extended', 'engaged',
]);
// biome-ignore format: word lists read better packed
const PASSIVE_BEFORE = new Set([
  'is', 'are', 'am', 'be', 'being', "it's", "he's", "she's", "they're", 'to', 'get', 'gets', 'getting',
]);
// biome-ignore format: word lists read better packed
const PERFECT_BEFORE = new Set(['have', 'has', "i've", "we've", "they've", "you've", "he's", "she's"]);

/** Whether `word` (lower-cased) is a past-tense verb here; `before` is the lower-cased word before it. */
export function isPast(word: string, before: string): boolean {
  const w = foldApostrophes(word);
  const b = foldApostrophes(before);
  if (NOT_PAST.has(w) || /eed$/.test(w)) return false;
  // "I've got", "has flown": the present perfect speaks of now, not of a dated event
  if (PERFECT_BEFORE.has(b)) return false;
  if (IRREGULAR.has(w)) return true;
  // "is scheduled", "to be held": present or future passives, not events told as past
  return /^[a-z]{2,}ed$/.test(w) && !PASSIVE_BEFORE.has(b);
}
