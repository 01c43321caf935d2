/**
 * The score's one pass over the tokens: every word list of src/score/lexicon.ts compiled into one map
 * from a first word's hash to the phrases that may start there, and one loop over the token hashes
 * that finds every list's matches, with no string built per token. Matches of one list never overlap
 * and are found left to right, longest phrase first, as a reader would mark them. A word with a
 * possessive ("Instagram's") matches as the word. The few patterns that are more than a phrase (an
 * anonymous source with words between determiner and head, a month and its day, a clock time) are
 * small matchers over the same tokens.
 */
import { hashRange, hashWord } from '../core/hash.ts';
import { type Tokens, TokenKind } from '../pipeline/doc.ts';
import type { Span } from '../report/schema.ts';
import { tokenize } from '../core/tokens.ts';
import { WordMap, WordSet } from '../core/word-table.ts';
import * as L from './lexicon.ts';

type HashSet = WordSet;

/** The lists the pass fills, each with its matches as spans in text order. */
export const LISTS = [
  'anonymous',
  'exclusively',
  'tabloids',
  'press',
  'unnamedMedia',
  'rumour',
  'weekday',
  'calendar',
  'events',
  'shownMedia',
  'firstPerson',
  'ownPosts',
  'privateLife',
  'readerPrompts',
  'headlineHearsay',
  'headlineMind',
  'accordingTo',
  'ownTabloid',
  'publicWork',
  'appearance',
  'negations',
] as const;
/** One of the lists. */
export type ListName = (typeof LISTS)[number];
/** Every list's matches. */
export type Hits = Readonly<Record<ListName, Span[]>>;

/** The text and its tokens, as a matcher sees them. */
interface Scan {
  readonly text: string;
  readonly t: Tokens;
  /** Per token: the end of its first part, before a hyphen or an apostrophe (its end when it has none). */
  readonly firstEnd: Int32Array;
  /** Per token: the hash of that first part. */
  readonly prefix: Uint32Array;
}

/** Whether a character may be inside a word between an anonymous source's determiner and head. */
const inRun = (x: number): boolean =>
  (x >= 97 && x <= 122) ||
  (x >= 65 && x <= 90) ||
  (x >= 48 && x <= 57) ||
  x === 95 ||
  x === 33 ||
  x === 39 ||
  x === 0x2019 ||
  x === 46 ||
  x === 45;

// Per-token tables of the pass, reused from one document to the next (grown when a document has more
// tokens): the pass runs to completion before the next starts, and no Scan outlives scanTokens.
let firstEndTable = new Int32Array(1024);
let prefixTable = new Uint32Array(1024);

// The hyphens and apostrophes the tokenizer keeps inside a word, found in one native search (`test` on a
// global regex moves `lastIndex` and builds no match).
const JOINER = /['\u2019\-\u2010\u2011]/g;

/**
 * The first parts of the tokens that have a hyphen or an apostrophe inside, and their hashes; every
 * other token is its own first part. The joiners are found by one regex search over the text (native,
 * not a read of every character of every word), in text order, with one walk over the tokens beside
 * it: a joiner strictly inside a word of three or more characters ends its first part, the earliest
 * such one (the first met). The tokenizer keeps a joiner only between two word characters, so one
 * inside a token is always such an inner one.
 */
function prepare(text: string, t: Tokens): Scan {
  const n = t.count;
  if (firstEndTable.length < n) {
    firstEndTable = new Int32Array(n * 2);
    prefixTable = new Uint32Array(n * 2);
  }
  const firstEnd = firstEndTable;
  const prefix = prefixTable;
  const { start, end, kind, hash } = t;
  firstEnd.set(end);
  prefix.set(hash);
  let cut = false;
  let i = 0;
  JOINER.lastIndex = 0;
  while (i < n && JOINER.test(text)) {
    const p = JOINER.lastIndex - 1;
    while (i < n && end[i]! <= p) i++;
    if (i === n) break;
    const a = start[i]!;
    const b = end[i]!;
    if (a < p && p < firstEnd[i]! && b - a >= 3 && kind[i] !== TokenKind.punct) {
      firstEnd[i] = p;
      cut = true;
    }
  }
  JOINER.lastIndex = 0;
  if (cut)
    for (let i = 0; i < n; i++)
      if (firstEnd[i] !== end[i]) prefix[i] = hashRange(text, start[i]!, firstEnd[i]!);
  return { text, t, firstEnd, prefix };
}

/**
 * A matcher tried at a word: token i, or the part `[from, to)` of it between hyphens or apostrophes
 * ("boyfriend" in "then-boyfriend", "Oscar" in "Oscar-winning"), as a reader (and `\b`) sees words.
 * Gives the end offset of its match there, or -1.
 */
type At = (s: Scan, i: number, from: number, to: number) => number;

const APOSTROPHE = 39;
// "_" is punctuation to the tokenizer but a letter to a word boundary: "_exclusively_" is no word
const UNDERSCORE = 95;
const fold = (c: number): number => (c === 0x2019 || c === 0x2018 ? APOSTROPHE : c);

/** Whether `text[from, from + word.length)` is exactly `word` (apostrophes folded). */
function sameText(text: string, from: number, word: string): boolean {
  for (let k = 0; k < word.length; k++)
    if (fold(text.charCodeAt(from + k)) !== fold(word.charCodeAt(k))) return false;
  return true;
}

/** Hyphens and apostrophes the tokenizer keeps inside a word. */
const isJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 45 || c === 0x2010 || c === 0x2011;

/** The end of token i's first part: up to its first hyphen or apostrophe ("Oscar" of "Oscar-winning"). */
const firstPartEnd = (s: Scan, i: number): number => s.firstEnd[i]!;

/** Whitespace between tokens i and i + 1 (the tokenizer skips only whitespace). */
const spaced = (s: Scan, i: number): boolean => i + 1 < s.t.count && s.t.start[i + 1]! > s.t.end[i]!;
/** Exactly one space between tokens i and i + 1, as a space written in a phrase. */
const oneSpace = (s: Scan, i: number): boolean =>
  i + 1 < s.t.count && s.t.start[i + 1] === s.t.end[i]! + 1 && s.text.charCodeAt(s.t.end[i]!) === 32;
/** Tokens i and i + 1 touch. */
const touching = (s: Scan, i: number): boolean => i + 1 < s.t.count && s.t.start[i + 1] === s.t.end[i];

/**
 * Whether token i is `word` (its hash `h`), or starts with it before a hyphen or an apostrophe when
 * `prefix` ("Globe" of "Globe-nominated", "Instagram" of "Instagram's"): the end offset of the word,
 * or -1. Case-sensitive when `exact`.
 */
function wordAt(s: Scan, i: number, h: number, word: string, exact: boolean, prefix: boolean): number {
  if (i >= s.t.count) return -1;
  const start = s.t.start[i]!;
  let end = s.t.end[i]!;
  if (s.t.hash[i] !== h) {
    if (!prefix) return -1;
    end = firstPartEnd(s, i);
    if (end === s.t.end[i] || s.prefix[i] !== h) return -1;
  }
  return exact && !sameText(s.text, start, word) ? -1 : end;
}

/** A phrase compiled to token hashes, the words themselves and how its tokens are joined. */
interface Phrase {
  readonly hashes: Uint32Array;
  readonly words: readonly string[];
  /** 1 where a space follows token k in the phrase, 0 where the next token touches it. */
  readonly spaced: Uint8Array;
  readonly exact: boolean;
  readonly length: number;
}

function compile(phrase: string, exact: boolean): Phrase {
  const t = tokenize(phrase);
  const words: string[] = [];
  const gaps = new Uint8Array(t.count);
  for (let k = 0; k < t.count; k++) {
    words.push(phrase.slice(t.start[k], t.end[k]));
    gaps[k] = k + 1 < t.count && t.start[k + 1]! > t.end[k]! ? 1 : 0;
  }
  return { hashes: Uint32Array.from(t.hash), words, spaced: gaps, exact, length: phrase.length };
}

/**
 * The end offset of phrase `p` starting at the word `[from, to)` of token i (whose hash is the
 * phrase's first), or -1. Its last word may be the first part of a longer token ("Instagram's").
 */
function phraseFrom(s: Scan, i: number, from: number, to: number, p: Phrase): number {
  const n = p.hashes.length;
  if (p.exact && (to - from !== p.words[0]!.length || !sameText(s.text, from, p.words[0]!))) return -1;
  if (n === 1) return to;
  // the rest of the phrase follows the whole token
  return to === s.t.end[i] ? phraseRest(s, i, p, 1) : -1;
}

/** The end offset of phrase `p` starting at token i, or -1. */
const phraseAt = (s: Scan, i: number, p: Phrase): number => phraseRest(s, i, p, 0);

/** Phrase `p` from its word k0 on, word k at token i + k: the end offset, or -1. */
function phraseRest(s: Scan, i: number, p: Phrase, k0: number): number {
  const n = p.hashes.length;
  let end = -1;
  for (let k = k0; k < n; k++) {
    const j = i + k;
    if (k > 0 && !(p.spaced[k - 1] ? oneSpace(s, j - 1) : touching(s, j - 1))) return -1;
    const last = k === n - 1;
    end = wordAt(s, j, p.hashes[k]!, p.words[k]!, p.exact, last && s.t.kind[j] === TokenKind.word);
    if (end < 0) return -1;
    // a phrase ending in punctuation ("OK!") is not glued to a following word
    if (last && s.t.kind[j] === TokenKind.punct && touching(s, j) && s.t.kind[j + 1] !== TokenKind.punct)
      return -1;
  }
  return end;
}

/** Whether the word `[from, to)` is all of token i. */
const whole = (s: Scan, i: number, from: number, to: number): boolean =>
  from === s.t.start[i] && to === s.t.end[i];

/** The last token index of a match starting at token i and ending at offset `end`. */
function lastToken(s: Scan, i: number, end: number): number {
  let j = i;
  while (j + 1 < s.t.count && s.t.start[j + 1]! < end) j++;
  return j;
}

const hashes = (words: readonly string[]): HashSet => new WordSet(words.map(hashWord));
/** Whether token i is one of `words` exactly as written (case-sensitive), hashes given. */
function oneOfExact(s: Scan, i: number, set: HashSet, words: readonly string[]): boolean {
  if (i < 0 || i >= s.t.count || !set.has(s.t.hash[i]!)) return false;
  const len = s.t.end[i]! - s.t.start[i]!;
  if (s.text.charCodeAt(s.t.end[i]!) === UNDERSCORE) return false;
  for (const w of words) if (w.length === len && sameText(s.text, s.t.start[i]!, w)) return true;
  return false;
}

/** A candidate at a first-word hash: the list it belongs to, its matcher, and its rank (longer first). */
interface Candidate {
  readonly list: number;
  readonly at: At;
  readonly rank: number;
  /**
   * The hash of a phrase's second word, -1 when the matcher is no plain phrase of two or more words:
   * the pass skips a phrase whose second word is not the next token's (or its first part's) hash.
   */
  readonly second: number;
}

const byFirst = new Map<number, Candidate[]>();
function add(list: ListName, first: number, at: At, rank: number, second = -1): void {
  const c: Candidate = { list: LISTS.indexOf(list), at, rank, second };
  const all = byFirst.get(first) ?? [];
  all.push(c);
  all.sort((a, b) => b.rank - a.rank);
  byFirst.set(first, all);
}

/** Adds phrases to a list; `guard` may refuse a match by what surrounds it. */
function addPhrases(
  list: ListName,
  phrases: readonly string[],
  exact: boolean,
  guard?: (s: Scan, i: number, end: number, from: number) => boolean,
): void {
  for (const text of phrases) {
    const p = compile(text, exact);
    add(
      list,
      p.hashes[0]!,
      (s, i, from, to) => {
        const end = phraseFrom(s, i, from, to, p);
        return end >= 0 && (!guard || guard(s, i, end, from)) ? end : -1;
      },
      p.length,
      p.hashes.length > 1 ? p.hashes[1]! : -1,
    );
  }
}

// ---- anonymous attribution

const NOT_BEFORE_HEAD = hashes(L.ANONYMOUS_NOT_BEFORE);
const OF = hashWord('of');
const COLON = hashWord(':');

/**
 * Phrases indexed by their first word's hash, longest first, with a bitmap of 1,024 bits over those
 * hashes: a determiner asks of up to four words after it whether a head starts there, and nearly all
 * are answered by one load of the bitmap instead of a probe of the map.
 */
interface Indexed {
  readonly bits: Int32Array;
  readonly map: WordMap<readonly Phrase[]>;
}

/** The bit of a hash in an Indexed bitmap (the top ten bits of a multiplicative mix). */
const headBit = (h: number): number => Math.imul(h, 0x9e3779b1) >>> 22;

function indexed(phrases: readonly string[]): Indexed {
  const map = new Map<number, Phrase[]>();
  for (const text of phrases) {
    const p = compile(text, false);
    const list = map.get(p.hashes[0]!) ?? [];
    list.push(p);
    list.sort((a, b) => b.length - a.length);
    map.set(p.hashes[0]!, list);
  }
  const bits = new Int32Array(32);
  for (const h of map.keys()) bits[headBit(h) >>> 5]! |= 1 << (headBit(h) & 31);
  return { bits, map: new WordMap(map) };
}

/** The phrases starting with the hash, or undefined (the bitmap first: most hashes stop there). */
function phrasesOf(x: Indexed, h: number): readonly Phrase[] | undefined {
  const bit = headBit(h);
  return (x.bits[bit >>> 5]! & (1 << (bit & 31))) === 0 ? undefined : x.map.get(h);
}

/** The end of the longest of `phrases` at token j (its own word or the word of a possessive), or -1. */
function anyAt(
  s: Scan,
  j: number,
  phrases: Indexed,
  refuse?: (s: Scan, j: number, end: number) => boolean,
): number {
  if (j >= s.t.count) return -1;
  for (let pass = 0; pass < 2; pass++) {
    let h = s.t.hash[j]!;
    if (pass === 1) {
      if (firstPartEnd(s, j) === s.t.end[j]) break;
      h = s.prefix[j]!;
    }
    const list = phrasesOf(phrases, h);
    if (!list) continue;
    for (const p of list) {
      const end = phraseAt(s, j, p);
      if (end >= 0 && !refuse?.(s, j, end)) return end;
    }
  }
  return -1;
}

const HEADS = indexed(L.ANONYMOUS_HEADS);

/** What follows a head that makes it no source: "of", "code", or a colon right after it. */
function headRefused(s: Scan, i: number, end: number, colonAfterSpace: boolean): boolean {
  const j = lastToken(s, i, end);
  if (end !== s.t.end[j] || j + 1 >= s.t.count) return false;
  const next = s.t.hash[j + 1]!;
  if (colonAfterSpace) return next === OF || next === COLON;
  return NOT_BEFORE_HEAD.has(next) || (next === COLON && touching(s, j));
}

/** Whether every character of tokens `[a, b)` may be inside a word between a determiner and its head. */
function wordsBetween(s: Scan, a: number, b: number): boolean {
  const t = s.t;
  for (let i = a; i < b; i++)
    for (let c = t.start[i]!; c < t.end[i]!; c++) if (!inRun(s.text.charCodeAt(c))) return false;
  return true;
}

/** The first token after token j that whitespace comes before, or -1. */
function nextSpaced(s: Scan, j: number): number {
  const t = s.t;
  for (let q = j + 1; q < t.count; q++) if (t.start[q]! > t.end[q - 1]!) return q;
  return -1;
}

const refusedHead = (s: Scan, j: number, end: number): boolean => headRefused(s, j, end, false);

/** A determiner, up to three words, and an anonymous head: "a source", "an OK! insider". */
const anonymousPhrase: At = (s, i, from, to) => {
  if (!whole(s, i, from, to) || !spaced(s, i)) return -1;
  // The words between are whitespace-delimited runs of letters, digits and ! ' ’ . -: most
  // determiners have no head within reach, so the heads are looked up first and the characters of
  // the words between are read only when one is found.
  let j = i + 1;
  for (let words = 0; words <= 3; words++) {
    const end = anyAt(s, j, HEADS, refusedHead);
    if (end >= 0) return wordsBetween(s, i + 1, j) ? end : -1;
    j = nextSpaced(s, j);
    if (j < 0) return -1;
  }
  return -1;
};
for (const d of L.ANONYMOUS_DETERMINERS) add('anonymous', hashWord(d), anonymousPhrase, 100);
addPhrases('anonymous', L.ANONYMOUS_BARE, false, (s, i, end) => !headRefused(s, i, end, true));
addPhrases('anonymous', L.ANONYMOUS_WE, false);

const NOT_ANONYMOUS_NAMES = L.NOT_ANONYMOUS_NAMES.map((n) => compile(n, true));

const CAPS = L.NOT_ANONYMOUS_CAPS.map((w) => [hashWord(w), w] as const);

/**
 * Whether an anonymous match is part of a name ("Business Insider") or a capitalised label ("SOURCE:
 * Getty"): a token of it, or of the few characters before it, reads so.
 */
function partOfName(s: Scan, i: number, end: number): boolean {
  const from = s.t.start[i]! - 9;
  let first = i;
  while (first > 0 && s.t.end[first - 1]! > from) first--;
  for (let j = first; j < s.t.count && s.t.start[j]! < end; j++) {
    for (const [h, w] of CAPS) {
      const e = wordAt(s, j, h, w, true, true);
      if (e >= 0 && e <= end && s.t.start[j]! >= from) return true;
    }
    for (const n of NOT_ANONYMOUS_NAMES) {
      const e = phraseAt(s, j, n);
      if (e >= 0 && e <= end && s.t.start[j]! >= from) return true;
    }
  }
  return false;
}

// ---- outlets

const TABLOID_VERBS = hashes(L.TABLOID_VERBS);
const asPublication = (s: Scan, i: number, end: number): boolean => {
  const j = lastToken(s, i, end);
  return end === s.t.end[j] && oneSpace(s, j) && oneOfExact(s, j + 1, TABLOID_VERBS, L.TABLOID_VERBS);
};
const NOT_SUN = hashes([L.NOT_THE_SUN]);
addPhrases('tabloids', L.TABLOIDS, true, (s, i, end, from) => {
  if (!sameText(s.text, from, 'The Sun') || end !== from + 7) return true;
  const j = i + 1;
  return !(end === s.t.end[j] && oneSpace(s, j) && oneOfExact(s, j + 1, NOT_SUN, [L.NOT_THE_SUN]));
});
addPhrases('tabloids', L.TABLOID_ONLY_AS_PUBLICATION, true, asPublication);

const TOLD_TO = hashes(L.PRESS_TOLD_TO);
addPhrases('press', L.PRESS, true);
addPhrases('press', L.PRESS_ONLY_AFTER_TOLD, true, (s, i, _end, from) => {
  // "told People": the word right before, one whitespace character between
  if (i === 0 || from !== s.t.start[i] || s.t.start[i]! - s.t.end[i - 1]! !== 1) return false;
  return oneOfExact(s, i - 1, TOLD_TO, L.PRESS_TOLD_TO);
});

const OWN_VOICE = hashes(L.OWN_VOICE_AFTER);
const OWN_VOICE_CAN = hashes(L.OWN_VOICE_CAN);
const word1 = (w: string): [HashSet, readonly string[]] => [hashes([w]), [w]];
const HAS = word1('has');
const CAN = word1('can');
const EXCLUSIVELY_LOWER = word1('exclusively');

/**
 * Whether the outlet named at token i (its match ending at `end`) speaks as the article's own voice
 * right after: "HollywoodLife has EXCLUSIVELY learned", "Radar can confirm".
 */
function ownVoiceAfter(s: Scan, i: number, end: number): boolean {
  const last = lastToken(s, i, end);
  if (end !== s.t.end[last]) return false;
  let j = last + 1;
  if (spaced(s, j - 1) && oneOfExact(s, j, ...HAS)) j++;
  if (!spaced(s, j - 1)) return false;
  if (oneOfExact(s, j, OWN_VOICE, L.OWN_VOICE_AFTER)) return true;
  if (!oneOfExact(s, j, ...CAN) || !oneSpace(s, j)) return false;
  j++;
  if (oneOfExact(s, j, ...EXCLUSIVELY_LOWER) && oneSpace(s, j)) j++;
  return oneOfExact(s, j, OWN_VOICE_CAN, L.OWN_VOICE_CAN);
}

// ---- unnamed media

const MEDIA_MODIFIERS = hashes(L.UNNAMED_MEDIA_MODIFIERS);
const MEDIA_HEADS = indexed(L.UNNAMED_MEDIA_HEADS);
const MEDIA_NOT_BEFORE = hashes(L.UNNAMED_MEDIA_NOT_BEFORE);

/** "the tabloid", "a new report", "this latest bombshell report". */
const unnamedMedia: At = (s, i, from, to) => {
  if (!whole(s, i, from, to) || !spaced(s, i)) return -1;
  const j = i + 1;
  let mods = 0;
  while (mods < 2 && MEDIA_MODIFIERS.has(s.t.hash[j + mods]!) && spaced(s, j + mods)) mods++;
  for (let k = mods; k >= 0; k--) {
    const end = anyAt(s, j + k, MEDIA_HEADS);
    if (end >= 0) return end;
  }
  return -1;
};
for (const d of L.UNNAMED_MEDIA_DETERMINERS) add('unnamedMedia', hashWord(d), unnamedMedia, 100);
addPhrases('unnamedMedia', L.UNNAMED_MEDIA_BARE, false, (s, i, end) => {
  if (end !== s.t.end[i]) return true;
  return !(spaced(s, i) && MEDIA_NOT_BEFORE.has(s.t.hash[i + 1]!));
});

// ---- "according to" a named source

/** The score's token-pass limits, named so `npm run mutate:thresholds` moves them (group `score-scan`). */
export const SCAN_LIMITS = {
  /** How many words after "according to" are read for an unnamed source or report ("according to a close pal"). */
  accordingToReach: 4,
};

/** How many words after "according to" are read for an unnamed source or report (SCAN_LIMITS). */
export const ACCORDING_TO_REACH: number = SCAN_LIMITS.accordingToReach;

/**
 * Whether the words after "according to" (ending at `end`) hold an unnamed source or report within
 * ACCORDING_TO_REACH words: "according to a source", "according to sources close to her", "according to
 * the tabloid", "according to reports".
 */
function unnamedAfter(s: Scan, i: number, end: number): boolean {
  const j0 = lastToken(s, i, end) + 1;
  for (let j = j0; j < s.t.count && j < j0 + ACCORDING_TO_REACH; j++) {
    if (s.t.kind[j] === TokenKind.punct) return false;
    if (anyAt(s, j, HEADS) >= 0 || anyAt(s, j, MEDIA_HEADS) >= 0) return true;
  }
  return false;
}
addPhrases('accordingTo', L.ACCORDING_TO, false, (s, i, end) => !unnamedAfter(s, i, end));

// ---- dates and times

const PARTS_OF_DAY = L.PARTS_OF_DAY;
addPhrases('weekday', L.WEEKDAYS, true);
/** "Sunday night": the part of the day after a weekday, when there is one. */
function withPartOfDay(s: Scan, i: number, end: number): number {
  if (end !== s.t.end[i] || !spaced(s, i)) return end;
  const j = i + 1;
  // as the word begins: "Friday night", and the "night" of "Friday nights"
  for (const w of PARTS_OF_DAY) {
    if (s.t.end[j]! - s.t.start[j]! >= w.length && sameText(s.text, s.t.start[j]!, w))
      return s.t.start[j]! + w.length;
  }
  return end;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiWord = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isDigit(c) || c === 95;

/** A day of the month at token j: one or two digits, maybe "st", "nd", "rd", "th", as the whole word. */
function dayAt(s: Scan, j: number): number {
  if (j >= s.t.count) return -1;
  const a = s.t.start[j]!;
  let k = a;
  while (k < s.t.end[j]! && k - a < 3 && isDigit(s.text.charCodeAt(k))) k++;
  const digits = k - a;
  if (digits < 1 || digits > 2) return -1;
  if (k < s.text.length && !isAsciiWord(s.text.charCodeAt(k))) return k;
  for (const suffix of L.DAY_SUFFIXES) {
    if (s.text.startsWith(suffix, k) && !isAsciiWord(s.text.charCodeAt(k + 2))) return k + 2;
  }
  return k === s.text.length ? k : -1;
}

/** A clock time from offset `a`: "7:30 p.m.", "9am", "10 PM"; the end offset or -1. */
export function clockAt(text: string, a: number): number {
  let k = a;
  while (k < text.length && k - a < 3 && isDigit(text.charCodeAt(k))) k++;
  if (k - a < 1 || k - a > 2) return -1;
  // bounds tested, not read past (a read past the end is NaN, and its first one deoptimises clockAt)
  if (
    k + 2 < text.length &&
    text.charCodeAt(k) === 58 &&
    isDigit(text.charCodeAt(k + 1)) &&
    isDigit(text.charCodeAt(k + 2))
  ) {
    const after = clockMarker(text, k + 3);
    if (after >= 0) return after;
  }
  return clockMarker(text, k);
}

function clockMarker(text: string, from: number): number {
  let k = from;
  while (k < text.length && isSpaceChar(text.charCodeAt(k))) k++;
  for (const m of L.CLOCK_MARKERS) {
    if (!text.startsWith(m, k)) continue;
    const end = k + m.length;
    if (m.endsWith('.') || end >= text.length || !isAsciiWord(text.charCodeAt(end))) return end;
  }
  return -1;
}

/** Whether a character is one a regular expression's \s stands for (and `trim` removes). */
export const isSpaceChar = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

const DOT = hashWord('.');
for (const m of new Set([...L.MONTHS_WITH_DAY, ...L.MONTH_NAMES])) {
  const dotted = m.endsWith('.');
  const word = dotted ? m.slice(0, -1) : m;
  const h = hashWord(word);
  const withDay = L.MONTHS_WITH_DAY.includes(m);
  const alone = L.MONTH_NAMES.includes(m);
  add(
    'calendar',
    h,
    (s, i, from, to) => {
      if (to - from !== word.length || !sameText(s.text, from, word)) return -1;
      if (withDay && to === s.t.end[i]) {
        const j = !dotted ? i : touching(s, i) && s.t.hash[i + 1] === DOT ? i + 1 : -1;
        if (j >= 0 && spaced(s, j)) {
          const day = dayAt(s, j + 1);
          if (day >= 0) return day;
        }
      }
      return alone ? to : -1;
    },
    m.length,
  );
}
const MAY = hashWord('may');
const BEFORE_MAY = hashes(L.BEFORE_MAY);
const beforeMay: At = (s, i, from, to) =>
  i + 1 < s.t.count &&
  (s.t.hash[i + 1] === MAY || s.prefix[i + 1] === MAY) &&
  whole(s, i, from, to) &&
  oneOfExact(s, i, BEFORE_MAY, L.BEFORE_MAY) &&
  spaced(s, i)
    ? wordAt(s, i + 1, MAY, 'May', true, true)
    : -1;
for (const w of L.BEFORE_MAY) add('calendar', hashWord(w), beforeMay, 10);

// ---- the rest: plain phrase lists

const SEASON = hashWord('season');
const SEASON_WORDS = L.SEASON_WORDS.map((w) => compile(w, false));
addPhrases('events', L.PUBLIC_EVENTS, false);
add(
  'events',
  SEASON,
  (s, i, _from, to) => {
    if (to !== s.t.end[i] || !oneSpace(s, i)) return -1;
    const j = i + 1;
    // a number as a word: "season 4", "season 4's"
    let k = s.t.start[j]!;
    while (k < s.t.end[j]! && isDigit(s.text.charCodeAt(k))) k++;
    if (k > s.t.start[j]! && (k === s.text.length || !isAsciiWord(s.text.charCodeAt(k)))) return k;
    for (const w of SEASON_WORDS) {
      const end = phraseAt(s, j, w);
      if (end >= 0) return end;
    }
    return -1;
  },
  40,
);
addPhrases('exclusively', L.EXCLUSIVELY, false);
addPhrases('rumour', L.RUMOUR_WORDS, false);
addPhrases('shownMedia', L.SHOWN_MEDIA, false);
addPhrases('firstPerson', L.FIRST_PERSON, true);
addPhrases('ownPosts', L.OWN_POSTS, true);
addPhrases('privateLife', L.PRIVATE_LIFE, false);
addPhrases('readerPrompts', L.READER_PROMPTS, false);
addPhrases('headlineHearsay', L.HEADLINE_HEARSAY, false);
addPhrases('headlineMind', L.HEADLINE_MIND, false);
addPhrases('publicWork', L.PUBLIC_WORK, false);
addPhrases('appearance', L.APPEARANCE, false);
addPhrases('negations', L.NEGATIONS, false);

/** Whether a character is a letter, as `\p{L}` reads one (ASCII answered without a regex). */
const isLetter = (c: number): boolean =>
  c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) : LETTER.test(String.fromCharCode(c));
const LETTER = /\p{L}/u;

/**
 * Whether the word `[a, b)` is letters closed by "n't" or "n’t" ("isn't", "didn’t", the "don't" of
 * "don't-care"), any case, with no letter, digit or underscore right after: a negated verb, which
 * no word list can spell out.
 */
function contraction(text: string, a: number, b: number): boolean {
  if (b - a < 4) return false;
  const t = text.charCodeAt(b - 1);
  const q = text.charCodeAt(b - 2);
  const n = text.charCodeAt(b - 3);
  if ((t !== 116 && t !== 84) || (q !== APOSTROPHE && q !== 0x2019) || (n !== 110 && n !== 78)) return false;
  if (text.charCodeAt(b) === UNDERSCORE) return false;
  for (let c = a; c < b - 3; c++) if (!isLetter(text.charCodeAt(c))) return false;
  return true;
}

// the joiners of one token (scratch space: no array per token)
const CUTS = new Int32Array(64);
// Every first word's candidates laid out flat, frozen once all lists are added: a first word's
// candidates are the indices [CAND_FROM[g], CAND_FROM[g + 1]) of its group g, and the pass filters them
// on two typed arrays (list, second word) that stay in cache, not on objects scattered over the heap.
// Only a candidate that passes the filter has its matcher loaded and called.
const FIRST_GROUP = new WordMap<number>([...byFirst.keys()].map((h, g) => [h, g] as const));
const CAND_FROM = new Int32Array(byFirst.size + 1);
const CAND_LIST = new Int32Array([...byFirst.values()].reduce((n, all) => n + all.length, 0));
// the second word's hash as an int32 (`| 0`, one to one), -1 for none: a hash that reads -1 only
// turns the filter off for its phrase, whose matcher still checks every word
const CAND_SECOND = new Int32Array(CAND_LIST.length);
const CAND_AT: At[] = [];
{
  let k = 0;
  let g = 0;
  for (const all of byFirst.values()) {
    CAND_FROM[g++] = k;
    for (const c of all) {
      CAND_LIST[k] = c.list;
      CAND_SECOND[k] = c.second | 0;
      CAND_AT.push(c.at);
      k++;
    }
  }
  CAND_FROM[g] = k;
}
// A bitmap of 4,096 bits (512 bytes) over the first words' hashes, read before FIRST_GROUP: three
// words in four start no phrase, and this table stays in the fastest cache between articles where the
// map's (two arrays of 8 KB) does not, so most tokens cost one load that hits instead of two that miss.
const FIRST_BITS = new Int32Array(128);
const bitOf = (h: number): number => Math.imul(h, 0x9e3779b1) >>> 20;
for (const h of byFirst.keys()) FIRST_BITS[bitOf(h) >>> 5]! |= 1 << (bitOf(h) & 31);
/** Whether a hash may be a first word (no false negatives; about one in ten others say yes too). */
const mayStart = (h: number): boolean => (FIRST_BITS[bitOf(h) >>> 5]! & (1 << (bitOf(h) & 31))) !== 0;
/** The candidate group of a first word's hash, or -1 when no phrase starts with it. */
const groupOf = (h: number): number => (mayStart(h) ? (FIRST_GROUP.get(h) ?? -1) : -1);
const I = hashWord('i');
const index = (l: ListName): number => LISTS.indexOf(l);
const WEEKDAY = index('weekday');
const CALENDAR = index('calendar');
const FIRST_PERSON = index('firstPerson');
const TABLOIDS = index('tabloids');
const OWN_TABLOID = index('ownTabloid');
const NEGATIONS = index('negations');

/** Records a negated verb ("isn't") at the word `[a, b)` of token i, when it is one. */
function negated(s: Scan, i: number, a: number, b: number): void {
  if (wanted[NEGATIONS] && a >= next[NEGATIONS]! && contraction(s.text, a, b)) take(s, NEGATIONS, i, a, b);
}

// Matches the lists drop once found (the text they cover is still consumed, so no shorter match
// starts inside them): names that contain "Insider", and outlets speaking in the article's own voice.
const REFUSE: readonly (((s: Scan, i: number, end: number) => boolean) | undefined)[] = LISTS.map((l) =>
  l === 'anonymous' ? partOfName : l === 'tabloids' || l === 'press' ? ownVoiceAfter : undefined,
);

// The pass's state while it runs (one pass at a time, so module scope serves and nothing is allocated
// per call but the match lists): where each list may match next, which lists are wanted, the matches.
const next = new Int32Array(LISTS.length);
let wanted: Uint8Array = new Uint8Array(LISTS.length);
let out: Span[][] = [];
const ALL_WANTED = new Uint8Array(LISTS.length).fill(1);

// which lists a list of names asks for, per list (the headline's is one constant for the process)
const WANTED = new WeakMap<readonly ListName[], Uint8Array>();
function wantedOf(only: readonly ListName[]): Uint8Array {
  let w = WANTED.get(only);
  if (!w) {
    w = Uint8Array.from(LISTS, (l) => (only.includes(l) ? 1 : 0));
    WANTED.set(only, w);
  }
  return w;
}

/** Records a match of a list at token i, unless the list refuses it by what surrounds it. */
function take(s: Scan, list: number, i: number, start: number, end: number): void {
  next[list] = end;
  if (!REFUSE[list]?.(s, i, end)) out[list]!.push({ start, end });
  // a tabloid speaking in the article's own voice is not cited, but says who wrote the article
  else if (list === TABLOIDS && wanted[OWN_TABLOID]) out[OWN_TABLOID]!.push({ start, end });
}

/** The lists' candidates at the word [a, b) of token i, whose hash is h (`g`: its candidate group, when looked up). */
function at(s: Scan, i: number, a: number, b: number, h: number, g: number = groupOf(h)): void {
  const text = s.text;
  // bounds tested, not read past: a read before the text's start (a word at 0) deoptimises `at` once
  if (a > 0 && text.charCodeAt(a - 1) === UNDERSCORE) return;
  const c = text.charCodeAt(a);
  // "I", and the "I" of "I'm": the word ends at the first character that is no letter or digit
  if (c === 73 && wanted[FIRST_PERSON] && a >= next[FIRST_PERSON]! && s.t.kind[i] === TokenKind.word) {
    if (h === I || a + 1 >= text.length || !isAsciiWord(text.charCodeAt(a + 1)))
      take(s, FIRST_PERSON, i, a, a + 1);
  }
  if (isDigit(c) && wanted[CALENDAR] && a >= next[CALENDAR]!) {
    const end = clockAt(text, a);
    if (end >= 0) take(s, CALENDAR, i, a, end);
  }
  if (g < 0) return;
  // the next token's hash and first-part hash as int32s, read once for all the candidates (-2 past
  // the last token, which at worst lets one candidate through to its matcher): a candidate's matcher
  // is a call the loads could not be kept across
  const more = i + 1 < s.t.count;
  const h1 = more ? s.t.hash[i + 1]! | 0 : -2;
  const p1 = more ? s.prefix[i + 1]! | 0 : -2;
  const last = CAND_FROM[g + 1]!;
  for (let k = CAND_FROM[g]!; k < last; k++) {
    const list = CAND_LIST[k]!;
    if (!wanted[list] || a < next[list]!) continue;
    const second = CAND_SECOND[k]!;
    if (second !== -1 && h1 !== second && p1 !== second) continue;
    let end = CAND_AT[k]!(s, i, a, b);
    if (
      end < 0 ||
      (end < text.length && text.charCodeAt(end) === UNDERSCORE && isAsciiWord(text.charCodeAt(end - 1)))
    )
      continue;
    if (list === WEEKDAY) end = withPartOfDay(s, i, end);
    take(s, list, i, a, end);
  }
}

/** Every run of whole parts of a joined token i but the token itself, longest first from each part. */
function parts(s: Scan, i: number, start: number, end: number): void {
  const text = s.text;
  let n = 0;
  CUTS[n++] = start - 1;
  for (let c = start + 1; c < end && n < CUTS.length - 1; c++)
    if (isJoiner(text.charCodeAt(c))) CUTS[n++] = c;
  CUTS[n++] = end;
  for (let p = 0; p + 1 < n; p++) {
    const a = CUTS[p]! + 1;
    for (let q = n - 1; q > p; q--) {
      const b = CUTS[q]!;
      if (b > a && !(a === start && b === end)) {
        at(s, i, a, b, hashRange(text, a, b));
        negated(s, i, a, b);
      }
    }
  }
}

/** A clock time after a decimal point in the number token i: the "40pm" of "11.40pm". */
function afterDecimalPoint(s: Scan, i: number, start: number, end: number): void {
  const text = s.text;
  for (let c = start + 1; c < end; c++) {
    const x = text.charCodeAt(c - 1);
    if ((x === 46 || x === 44) && isDigit(text.charCodeAt(c)) && c >= next[CALENDAR]! && wanted[CALENDAR]) {
      const e = clockAt(text, c);
      if (e >= 0) take(s, CALENDAR, i, c, e);
    }
  }
}

/**
 * Every list's matches in tokens from offset `from` on, in one pass: per token one hash lookup (two
 * for a possessive), then the few candidates that start with that word. `only` limits the lists.
 */
export function scanTokens(text: string, t: Tokens, from = 0, only?: readonly ListName[]): Hits {
  const s = prepare(text, t);
  const found: Span[][] = [];
  for (let k = 0; k < LISTS.length; k++) found.push([]);
  out = found;
  wanted = only ? wantedOf(only) : ALL_WANTED;
  next.fill(from);
  const firstEnd = s.firstEnd;
  for (let i = 0; i < t.count; i++) {
    const start = t.start[i]!;
    if (start < from) continue;
    const end = t.end[i]!;
    const c = text.charCodeAt(start);
    // most words start no phrase, are no "I" and no number: one lookup and they are done
    const h = t.hash[i]!;
    const g = groupOf(h);
    if (g >= 0 || c === 73 || isDigit(c)) at(s, i, start, end, h, g);
    if (t.kind[i] === TokenKind.punct) continue;
    // a negated verb has an apostrophe inside, so it is a joined token
    if (firstEnd[i] !== end) negated(s, i, start, end);
    // the parts between hyphens and apostrophes are words too: "then-boyfriend", "Oscar-winning",
    // and so are runs of parts ("ex-husband" in "ex-husband's"), longest first from each part
    if (firstEnd[i] !== end) parts(s, i, start, end);
    if (isDigit(c) && t.kind[i] === TokenKind.word) afterDecimalPoint(s, i, start, end);
  }
  out = [];
  return hitsFrom(found);
}

/** The lists' matches as one object of a fixed shape, in LISTS order. */
const hitsFrom = (f: Span[][]): Hits => ({
  anonymous: f[0]!,
  exclusively: f[1]!,
  tabloids: f[2]!,
  press: f[3]!,
  unnamedMedia: f[4]!,
  rumour: f[5]!,
  weekday: f[6]!,
  calendar: f[7]!,
  events: f[8]!,
  shownMedia: f[9]!,
  firstPerson: f[10]!,
  ownPosts: f[11]!,
  privateLife: f[12]!,
  readerPrompts: f[13]!,
  headlineHearsay: f[14]!,
  headlineMind: f[15]!,
  accordingTo: f[16]!,
  ownTabloid: f[17]!,
  publicWork: f[18]!,
  appearance: f[19]!,
  negations: f[20]!,
});
// hitsFrom spells the lists out by position: it must agree with LISTS
for (const [k, l] of LISTS.entries())
  if (hitsFrom(LISTS.map((_, j) => [{ start: j, end: j }]))[l][0]!.start !== k)
    throw new Error(`token-match: hitsFrom and LISTS disagree at ${l}`);

const HEADLINE_LISTS: readonly ListName[] = [
  'headlineHearsay',
  'privateLife',
  'headlineMind',
  'events',
  'publicWork',
  'appearance',
];

/** The lists the body's signals read: all but the headline-only ones, which no signal asks of the body. */
export const BODY_LISTS: readonly ListName[] = LISTS.filter(
  (l) => l !== 'headlineHearsay' && l !== 'headlineMind' && l !== 'publicWork' && l !== 'appearance',
);

/** The headline's first match of each headline list, as the words matched, or null. */
export function headlineHits(title: string): Partial<Record<ListName, string | null>> {
  const hits = scanTokens(title, tokenize(title), 0, HEADLINE_LISTS);
  const out: Partial<Record<ListName, string | null>> = {};
  for (const l of HEADLINE_LISTS) {
    const m = hits[l][0];
    out[l] = m ? title.slice(m.start, m.end) : null;
  }
  return out;
}
