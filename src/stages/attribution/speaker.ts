/**
 * Reads a speaker phrase ("an insider", "the star's pal", "Lonechild", "she", "a rep for the couple",
 * "the veteran goalkeeper", "court papers") and says who speaks. The head noun decides, and the head is
 * the last word before a post-modifier ("a pal OF the star"): a name is a named person, "insider"/
 * "pal"/"source" is anonymous even when a name modifies it ("a Jenner friend"), a spokesperson speaks
 * for the organization it names (for a person it is anonymous), a statement or post is a document,
 * "reports" are unnamed media, a description of an institution ("the militant group") is the
 * organization named before it, any other description is an unnamed person unless the entities stage
 * resolved it. Pronouns resolve to the entity they refer to. Places, buildings, events and works never
 * speak.
 */
import { hashWord, WordSet } from '../../core/hash.ts';
import { OUTLETS } from '../../lexicon/gazetteer.ts';
import { RELATION_NOUNS, ROLE_NOUNS, SUBJECT_PRONOUNS } from '../../lexicon/people.ts';
import {
  ANONYMOUS_HEADS,
  DETERMINERS,
  DOCUMENT_HEADS,
  GROUP_NOUNS,
  GROUP_PRONOUNS,
  INDEFINITE,
  MEDIA_PASSIVES,
  MEDIA_HEADS,
  NEVER_SPEAKER_LAST_WORDS,
  ORG_HEADS,
  OUTLET_SELF,
  OFFICE_NOUNS,
  OUTLET_SELF_WORDS,
  PAIR_NOUNS,
  PASSIVE_AUX,
  PERSON_NOUNS,
  PHRASE_PREPOSITIONS,
  PLURAL_HEADS,
  POSTMODIFIERS,
  SPOKES_HEADS,
  STRANGER_NOUNS,
} from '../../lexicon/sources.ts';
import { FIRST_NAMES } from '../../lexicon/first-names.ts';
import { NOT_NAMES } from '../../lexicon/stopwords.ts';
import { type Doc, type Mention, TokenKind } from '../../pipeline/doc.ts';
import { isNameDot, partitionPoint, tokenAtOrAfter } from '../../core/spans.ts';
import type { Entity, SourceKind, Span } from '../../report/schema.ts';
import { possessiveLength } from '../entities/names.ts';
import { NO_ONE_BEFORE_WHO, NO_ONE_RELATIVE, NOT_SUBJECT_AFTER } from './words.ts';
import { codeAt } from '../../core/chars.ts';

/**
 * Who speaks, as a tagged union on `kind`: a named entity (person or organization, possibly a news
 * outlet cited as a source), an anonymous descriptor, the publication itself, a document, unnamed media,
 * or someone the text does not let us name. The sources stage groups speakers by these fields.
 */
export type Who =
  | {
      readonly kind: 'entity';
      /** The entity in `report.entities`, or null for a name the entities stage did not list. */
      readonly entityId: string | null;
      readonly name: string;
      readonly organization: boolean;
      /** A news outlet cited as the source of a claim ("according to TMZ"). */
      readonly media: boolean;
    }
  | {
      readonly kind: 'anonymous';
      /** The phrase as written, spaces and apostrophes normalised: "a Jenner friend". */
      readonly descriptor: string;
      /** The head noun, lowercased: "friend". */
      readonly head: string;
      readonly plural: boolean;
      /** "the insider", "our source": points back at the last singular anonymous source. */
      readonly definite: boolean;
      /** "another source": always a new source. */
      readonly fresh: boolean;
      /** The head is a source word ("insider", "pal"), not a plain description ("the mother"). */
      readonly lexical: boolean;
    }
  | { readonly kind: 'outlet'; readonly name: string }
  | { readonly kind: 'document'; readonly descriptor: string }
  | { readonly kind: 'unnamed-media'; readonly descriptor: string }
  | { readonly kind: 'unknown'; readonly text: string };

/**
 * What the speaker, cue and reported-speech readers look at in a document: its text, tokens,
 * mentions, entities and metadata. The reported-speech finder hands them a view whose mentions are
 * one sentence's (`windowed` in reported.ts); narrowing the type keeps that view a small object.
 */
export type Reading = Pick<Doc, 'text' | 'tokens' | 'mentions' | 'entities' | 'meta'>;

/** A speaker phrase, classified. */
export interface SpeakerPhrase {
  readonly span: Span;
  readonly kind: SourceKind;
  readonly name: string;
  readonly entityId: string | null;
  readonly pronoun: boolean;
  readonly who: Who;
}

const FOR = hashWord('for');
/** Representatives who act for people (lawyers, agents, publicists), unlike a spokesperson for an institution. */
const PERSONAL_REPS = new WordSet(
  [
    'lawyer',
    'lawyers',
    'attorney',
    'attorneys',
    'agent',
    'manager',
    'publicist',
    'publicists',
    'rep',
    'reps',
  ].map(hashWord),
);
const THE = hashWord('the');
const IT = hashWord('it');
const WHO = hashWord('who');
const IT_IS = hashWord("it's");
const ANOTHER = hashWord('another');
const DEFINITE = new WordSet(['the', 'our', 'this', 'that', 'my'].map(hashWord));
/**
 * Reaches of the speaker reader (`npm run mutate:thresholds` moves each; the attribution
 * thresholds.test.ts pins them).
 */
export const SPEAKER_LIMITS = {
  /** Most tokens after the first of a speaker phrase (a longer stretch is a clause, not a noun phrase). */
  phraseWords: 12,
  /** Most words a description may hold before its head ("the long-serving veteran goalkeeper"). */
  descriptionWords: 4,
  /** Characters back "it" or "the union" looks for the organization it stands for. */
  orgReach: 600,
  /** Characters back "the proud father" or an unresolved "she" looks for the person it stands for. */
  personReach: 400,
  /** Characters back a definite description looks for an earlier use of its head ("a judge" … "the judge"). */
  describedReach: 2000,
  /** Most auxiliaries and adverbs between "it" and a reporting verb's participle ("it has since been reported"). */
  passiveWords: 3,
  /** Most words of a nickname in quotation marks inside a name ("Paul “DJ Pauly D” Del Vecchio"). */
  nicknameWords: 3,
  /** Most tokens a loose reading passes over before its head ("The shy but private Kay Dole": 4). */
  looseHeadWords: 4,
  /** Least letters of an "-ly" adverb ("finally", "sources exclusively"; not "fly", "ally" is a noun). */
  adverbLetters: 5,
};

/** True for a character `\s` matches, or a curly single mark: what `norm` rewrites besides a lone space. */
const normed = (c: number): boolean =>
  c <= 32 ||
  (c >= 0xa0 &&
    (c === 0xa0 ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2018 ||
      c === 0x2019 ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff));

/** Spaces collapsed, curly apostrophes folded, trimmed; most phrases need none of it and are returned as they are. */
function norm(s: string): string {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = codeAt(s, i);
    if (!normed(c)) continue;
    // a lone space between two words is the only change-free case
    if (c === 32 && i > 0 && i < n - 1 && codeAt(s, i - 1) !== 32 && !normed(codeAt(s, i + 1))) continue;
    return s.replace(/\s+/g, ' ').replace(/[’‘]/g, "'").trim();
  }
  return s;
}
const stripDet = (s: string): string => s.replace(/^(a|an|the)\s+/i, '');

/** The source kind a speaker has in the report. */
export function kindOf(who: Who): SourceKind {
  if (who.kind === 'entity') return who.organization ? 'named-organization' : 'named-person';
  return who.kind;
}

/** The name the report shows for a speaker. */
export function nameOf(who: Who): string {
  switch (who.kind) {
    case 'entity':
    case 'outlet':
      return who.name;
    case 'anonymous':
    case 'document':
    case 'unnamed-media':
      return who.descriptor;
    case 'unknown':
      // the words the text gives ("they", "the harbour trust"), when it gives any
      return who.text.replace(/\s+/g, ' ').trim() || 'unknown';
  }
}

function phraseOf(span: Span, who: Who, pronoun = false): SpeakerPhrase {
  const entityId = who.kind === 'entity' ? who.entityId : null;
  return { span, kind: kindOf(who), name: nameOf(who), entityId, pronoun, who };
}

/** QUOTES-GUIDE.md's unnamed media ("reports", "it was reported") as the speaker at `span`. */
export const unnamedMedia = (span: Span): SpeakerPhrase =>
  phraseOf(span, { kind: 'unnamed-media', descriptor: 'reports' });

// entities by id, built once per document's entity list
const BY_ID = new WeakMap<readonly Entity[], Map<string, Entity>>();

/** The entity with the given id, by a map built once per document. */
export function entityOf(doc: Reading, id: string): Entity | undefined {
  const es = doc.entities;
  // the last list asked about answers most calls without a WeakMap lookup
  if (es !== lastEntities) {
    let m = BY_ID.get(es);
    if (!m) {
      m = new Map(es.map((e) => [e.id, e]));
      BY_ID.set(es, m);
    }
    lastEntities = es;
    lastById = m;
  }
  return lastById.get(id);
}
let lastEntities: readonly Entity[] | null = null;
let lastById: ReadonlyMap<string, Entity> = new Map();

/** Index of the first mention that starts at or after `offset` (mentions are sorted by start). */
export function mentionAtOrAfter(doc: Reading, offset: number): number {
  const ms = doc.mentions;
  return partitionPoint(ms.length, (k) => ms[k]!.start < offset);
}

// the longest mention of each mention list, in characters: how far before an end offset a search
// for mentions ending there must start
const LONGEST = new WeakMap<readonly Mention[], number>();

/** The length of the document's longest mention (worked out once per mention list). */
export function longestMention(doc: Reading): number {
  return longestOf(doc.mentions);
}

// the whole document's mentions, by its token arrays (which every view of one document shares): the
// reported-speech finder hands the reader a view holding one sentence's mentions, and a description
// ("the publication", "the co-host") points back past its sentence
const ALL_MENTIONS = new WeakMap<object, readonly Mention[]>();

/** Keeps the document's whole mention list for the look-backs of descriptions read through a sentence view. */
export function holdMentions(doc: Reading): void {
  ALL_MENTIONS.set(doc.tokens, doc.mentions);
}

/** The mention list a look-back searches: the whole document's when the stage gave it, else the view's. */
function allMentions(doc: Reading): readonly Mention[] {
  return ALL_MENTIONS.get(doc.tokens) ?? doc.mentions;
}

/** Index of the first mention of `ms` that starts at or after `offset`. */
const firstAtOrAfter = (ms: readonly Mention[], offset: number): number =>
  partitionPoint(ms.length, (k) => ms[k]!.start < offset);

/** The longest mention of `ms`, in characters (worked out once per list). */
function longestOf(ms: readonly Mention[]): number {
  let n = LONGEST.get(ms);
  if (n === undefined) {
    n = 0;
    for (const m of ms) if (m.end - m.start > n) n = m.end - m.start;
    LONGEST.set(ms, n);
  }
  return n;
}

/** The entity of the last mention of the given kind that ends before `offset`, within `reach` characters. */
function lastEntityBefore(
  doc: Reading,
  offset: number,
  kind: Entity['kind'],
  reach: number,
  gender: 'female' | 'male' | null = null,
  except: string | null = null,
): Entity | undefined {
  let best: Mention | undefined;
  const ms = allMentions(doc);
  for (
    let i = firstAtOrAfter(ms, offset - reach - longestOf(ms));
    i < ms.length && ms[i]!.start < offset;
    i++
  ) {
    const m = ms[i]!;
    if (m.end > offset || m.end < offset - reach || m.entityId === except) continue;
    if (best && m.end <= best.end) continue;
    const ent = entityOf(doc, m.entityId);
    if (ent?.kind === kind && !(gender && ent.gender && ent.gender !== gender)) best = m;
  }
  return best ? entityOf(doc, best.entityId) : undefined;
}

/**
 * The person a "he" or "she" with no antecedent in the body stands for: the one person of its gender
 * whom the headline names ("Teresa Giudice Shares Why …" over a text opening "“…,” she explained"),
 * when the body names no such person before `offset`; undefined otherwise (no title, no one, or two).
 */
function titlePerson(doc: Reading, offset: number, gender: 'female' | 'male' | null): Entity | undefined {
  const title = doc.meta?.title;
  if (!title || !gender) return undefined;
  // an antecedent anywhere before, however far, is the body's own: the headline does not override it
  if (lastEntityBefore(doc, offset, 'person', offset, gender)) return undefined;
  let found: Entity | undefined;
  for (const ent of doc.entities) {
    if (ent.kind !== 'person' || (ent.gender && ent.gender !== gender) || !speaks(doc, ent)) continue;
    if (!namedIn(title, doc, ent)) continue;
    if (found && found.id !== ent.id) return undefined;
    found = ent;
  }
  return found;
}

/**
 * The person a "he" or "she" with no antecedent stands for when the entities stage made none of the
 * headline's name: the one given name of the pronoun's gender among the headline's capitalised words
 * (`FIRST_NAMES`), with the word after it when the body also writes that word ("Teresa Giudice"), or
 * alone ("Teresa"); null when the body names a person before `offset`, or the headline has no such
 * name or two.
 */
function titleGivenName(doc: Reading, offset: number, gender: 'female' | 'male' | null): string | null {
  const title = doc.meta?.title;
  if (!title || !gender) return null;
  if (lastEntityBefore(doc, offset, 'person', offset, gender)) return null;
  const words = title.split(/[^\p{L}\p{M}'’-]+/u).filter((w) => w.length > 0);
  let found: string | null = null;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!/^\p{Lu}\p{Ll}/u.test(w) || FIRST_NAMES.get(hashWord(w)) !== gender) continue;
    const next = words[i + 1]?.replace(/['’]s$/u, '');
    const surname = next && /^\p{Lu}\p{Ll}/u.test(next) && wordInText(doc.text, next) ? next : null;
    const name = surname ? `${w} ${surname}` : w;
    if (found && found !== name) return null;
    found = name;
  }
  return found;
}

/** True when `text` holds `word` as a whole word, with its capital. */
function wordInText(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + word.length] ?? ' ';
    if (!/[\p{L}\p{M}]/u.test(before) && !/[\p{L}\p{M}]/u.test(after)) return true;
  }
  return false;
}

/** True when `title` holds the entity's name or one of its name mentions' words, as whole capitalised words. */
function namedIn(title: string, doc: Reading, ent: Entity): boolean {
  // "Giudice's" names Giudice
  const words = new Set(
    title
      .split(/[^\p{L}\p{M}'’.-]+/u)
      .filter((w) => w.length > 0)
      .map((w) => w.replace(/['’]s$/u, '')),
  );
  const has = (name: string): boolean => {
    const parts = name.split(/\s+/).filter((x) => x.length > 1 && /^\p{Lu}/u.test(x));
    return parts.length > 0 && parts.every((x) => words.has(x));
  };
  if (has(ent.name)) return true;
  // the body may name the person by one word only ("Teresa"), the headline in full
  for (const m of ent.mentions) if (has(doc.text.slice(m.start, m.end))) return true;
  return false;
}

const THE_THIS = new WordSet(['the', 'this'].map(hashWord));

/**
 * True when tokens `(a, b)` hold a title's colon: glued to a capitalised word, a space and a
 * capitalised word after it ("Starfall: Into the Void").
 */
function titleWithColon(doc: Reading, a: number, b: number): boolean {
  for (let j = a + 2; j < b; j++) if (titleColonAt(doc, j)) return true;
  return false;
}

/**
 * True for the colon of a title at token `j`: glued to capitalised words that "the" opens, with a space
 * and a capitalised word after ("the Starfall: Into the Void star"). "Update: The star said …" is a
 * label, no title.
 */
export function titleColonAt(doc: Reading, j: number): boolean {
  const t = doc.tokens;
  if (
    j < 2 ||
    t.kind[j] !== TokenKind.punct ||
    doc.text.charCodeAt(t.start[j]!) !== 58 ||
    t.cap[j - 1] !== 1 ||
    t.end[j - 1] !== t.start[j] ||
    t.end[j]! >= t.start[j + 1]! ||
    t.cap[j + 1] !== 1
  )
    return false;
  let k = j - 1;
  while (k > 0 && k > j - 4 && t.cap[k - 1] === 1 && !THE_THIS.has(t.hash[k - 1]!)) k--;
  return k > 0 && THE_THIS.has(t.hash[k - 1]!);
}
/** Possessive determiners: "his rep" is someone's, as "Kim's rep" is. */
const POSSESSIVE_WORDS = new WordSet(['his', 'her', 'their', 'its', 'my', 'our', 'your'].map(hashWord));

/**
 * Classifies the tokens `[a, b]` as a speaker, or returns null when they cannot be one. The phrase is
 * read as a noun phrase first; failing that, a source word or a name near its start still makes it
 * a speaker ("Multiple reports are", as a reported-speech pattern may hand over more than the subject).
 */
export function speakerPhrase(doc: Reading, a: number, b: number): SpeakerPhrase | null {
  if (noOne(doc, b)) return null;
  const sp = nounPhrase(doc, a, b) ?? looseHead(doc, a, b);
  // "In Touch previously reported", "EW has learned": the publication speaking for itself
  if (sp && sp.who.kind === 'entity' && sp.who.media) {
    const t = doc.tokens;
    for (let k = a + 1; k < t.count && k <= b + 3; k++) {
      if (t.kind[k] === TokenKind.punct) break;
      if (OUTLET_SELF_WORDS.has(t.hash[k]!)) return outlet(doc, sp.span, sp.who.name);
    }
  }
  return sp;
}

/**
 * Whether token `b`, the last of a speaker phrase, is a relative subject that names no one:
 * "whoever", or "who" after "anyone", "those" … (`NO_ONE_RELATIVE`, `NO_ONE_BEFORE_WHO`).
 */
export function noOne(doc: Reading, b: number): boolean {
  const h = doc.tokens.hash[b]!;
  if (NO_ONE_RELATIVE.has(h)) return true;
  return h === WHO && b > 0 && NO_ONE_BEFORE_WHO.has(doc.tokens.hash[b - 1]!);
}

/**
 * The first source word or name of `[a, b]`, reached over at most `SPEAKER_LIMITS.looseHeadWords`
 * determiners, modifiers and possessives.
 */
function looseHead(doc: Reading, a: number, b: number): SpeakerPhrase | null {
  const t = doc.tokens;
  const text = doc.text;
  if (a >= b || b - a > SPEAKER_LIMITS.phraseWords) return null;
  const opener = t.hash[a]!;
  if (
    t.cap[a] !== 1 &&
    !DETERMINERS.has(opener) &&
    !ANONYMOUS_HEADS.has(opener) &&
    possessiveLength(text, t.end[a]!) === 0
  )
    return null;
  let h = a;
  while (h <= b) {
    const w = t.hash[h]!;
    if (t.kind[h] === TokenKind.punct && !isNameDot(text, t, h)) return null;
    if (possessiveLength(text, t.end[h]!) > 0 && h < b) {
      h++;
      continue;
    }
    if (ANONYMOUS_HEADS.has(w) || MEDIA_HEADS.has(w)) break;
    if (DETERMINERS.has(w) || (t.cap[h] !== 1 && h < b)) {
      h++;
      continue;
    }
    break;
  }
  if (h > b || h > a + SPEAKER_LIMITS.looseHeadWords) return null;
  const span = { start: t.start[a]!, end: t.end[b]! };
  const phrase = text.slice(span.start, span.end);
  if (ANONYMOUS_HEADS.has(t.hash[h]!)) return phraseOf(span, anonymous(doc, a, h, span, phrase));
  if (MEDIA_HEADS.has(t.hash[h]!)) return phraseOf(span, mediaReport(doc, span, a, phrase));
  let m: Mention | undefined;
  for (
    let i = mentionAtOrAfter(doc, t.start[h]!);
    i < doc.mentions.length && doc.mentions[i]!.start === t.start[h];
    i++
  ) {
    const x = doc.mentions[i]!;
    if (x.form === 'name' || x.form === 'title') {
      m = x;
      break;
    }
  }
  const ent = m && entityOf(doc, m.entityId);
  return ent && speaks(doc, ent) ? phraseOf(span, fromEntityWho(doc, ent)) : null;
}

/**
 * The token of the mark closing a title in quotation marks that opens at token `k` and closes before
 * token `e` with only words between ("“Partridge Family”"), or 0.
 */
function quotedTitleEnd(doc: Reading, k: number, e: number): number {
  const t = doc.tokens;
  const open = doc.text.charCodeAt(t.start[k]!);
  if (open !== 0x201c && open !== 0x2018 && open !== 34) return 0;
  for (let j = k + 1; j < e; j++) {
    if (t.kind[j] !== TokenKind.punct) continue;
    const c = doc.text.charCodeAt(t.start[j]!);
    return j > k + 1 && (c === 0x201d || c === 0x2019 || c === 34) ? j : 0;
  }
  return 0;
}

/**
 * The token of the mark closing a nickname in quotation marks that opens at token `k`, between a given
 * name and a surname before token `e` ("Dwayne “The Rock” Johnson", "Jenni ‘JWOWW’ Farley"): at most
 * `SPEAKER_LIMITS.nicknameWords` capitalised words with a capitalised word right before the opening
 * mark and right after the closing one; or 0.
 */
function nicknameEnd(doc: Reading, a: number, k: number, e: number): number {
  const t = doc.tokens;
  if (k <= a || t.kind[k - 1] !== TokenKind.word || t.cap[k - 1] !== 1) return 0;
  const closing = quotedTitleEnd(doc, k, e);
  if (closing === 0 || closing - k - 1 > SPEAKER_LIMITS.nicknameWords || closing + 1 > e) return 0;
  if (t.kind[closing + 1] !== TokenKind.word || t.cap[closing + 1] !== 1) return 0;
  for (let j = k + 1; j < closing; j++) if (t.cap[j] !== 1) return 0;
  return closing;
}

/**
 * Whether token `k` is an "and" joining two roles before the name at `h` ("Star and producer Dwayne
 * Johnson", "Singer and actress Kay Dole"): a word before it, a lower-case word after it that is no
 * function word, and the name after that.
 */
function rolesJoined(doc: Reading, a: number, k: number, h: number): boolean {
  const t = doc.tokens;
  return (
    t.hash[k] === AND &&
    k > a &&
    k + 2 === h &&
    t.kind[k - 1] === TokenKind.word &&
    t.kind[k + 1] === TokenKind.word &&
    t.cap[k + 1] !== 1 &&
    !NOT_NAMES.has(t.hash[k + 1]!)
  );
}

/** Classifies `[a, b]` read strictly as a noun phrase (no loose fallback), or null. */
export function nounPhrase(doc: Reading, a: number, b: number): SpeakerPhrase | null {
  const t = doc.tokens;
  const text = doc.text;
  if (a > b || b - a > SPEAKER_LIMITS.phraseWords) return null;
  const span = { start: t.start[a]!, end: t.end[b]! };
  const phrase = text.slice(span.start, span.end);
  let mention: Mention | undefined;
  let nameMention: Mention | undefined;
  for (
    let i = mentionAtOrAfter(doc, span.start);
    i < doc.mentions.length && doc.mentions[i]!.start < span.end;
    i++
  ) {
    const m = doc.mentions[i]!;
    mention ??= m;
    if (!nameMention && (m.form === 'name' || m.form === 'title')) nameMention = m;
  }
  // a name inside a description the entities stage resolved as a whole ("The TLC star" → the star
  // named before) only modifies it; otherwise the name is who speaks ("Mad Men star Jon Hamm")
  const whole =
    mention?.form === 'epithet' &&
    mention.start === span.start &&
    nameMention !== undefined &&
    nameMention.end <= mention.end;
  // "the Starfall: Into the Void star": a film's title with a colon between the determiner and the
  // head only modifies it, whatever the entities stage made of the word before the colon
  const titled =
    a !== b && nameMention !== undefined && THE_THIS.has(t.hash[a]!) && titleWithColon(doc, a, b);
  if (titled) mention = undefined;
  else if (a !== b && nameMention && !whole) mention = nameMention;
  if (a === b) {
    const w = t.hash[a]!;
    if (SUBJECT_PRONOUNS.has(w)) {
      // a "he" or "she" the entities stage left unresolved points back at the last person of its
      // gender named shortly before
      const gender = SUBJECT_PRONOUNS.get(w) ?? null;
      const ent =
        (mention && entityOf(doc, mention.entityId)) ||
        lastEntityBefore(doc, span.start, 'person', SPEAKER_LIMITS.personReach, gender) ||
        titlePerson(doc, span.start, gender);
      if (!ent) {
        // no entity of the body: a given name of the pronoun's gender in the headline
        const name = titleGivenName(doc, span.start, gender);
        if (name)
          return phraseOf(
            span,
            { kind: 'entity', entityId: null, name, organization: false, media: false },
            true,
          );
      }
      if (!ent || !speaks(doc, ent)) return phraseOf(span, { kind: 'unknown', text: phrase }, true);
      return phraseOf(span, fromEntityWho(doc, ent), true);
    }
    // "it was reported", "it’s previously been revealed": the media, unnamed
    if ((w === IT || w === IT_IS) && passiveReport(doc, a)) return unnamedMedia(span);
    if (GROUP_PRONOUNS.has(w)) {
      // "it said" is an organization speaking; "they said" may be a group: keep the mention, resolve "it"
      const org =
        w === hashWord('it')
          ? lastEntityBefore(doc, span.start, 'organization', SPEAKER_LIMITS.orgReach)
          : undefined;
      // "The star's pals are worried. They say …": "they" stands for the plural source named before
      const group = org ? null : w === THEY ? pluralSourceBefore(doc, a) : null;
      if (group) return phraseOf(span, group, true);
      return phraseOf(span, org ? fromEntityWho(doc, org) : { kind: 'unknown', text: phrase }, true);
    }
    if (OUTLET_SELF.has(w)) return outlet(doc, span);
  }
  // a speaker phrase opens with a determiner, a name, a possessive or its head ("with sources" does not)
  const opener = t.hash[a]!;
  // "In an interview, Vole": a sentence's capitalised preposition before a lower-case word opens an
  // adverbial, not a name ("In Touch" is one)
  if (t.cap[a] === 1 && PHRASE_PREPOSITIONS.has(opener) && a < b && t.cap[a + 1] !== 1) return null;
  if (
    t.cap[a] !== 1 &&
    !DETERMINERS.has(opener) &&
    possessiveLength(text, t.end[a]!) === 0 &&
    t.kind[a] !== TokenKind.number &&
    !ANONYMOUS_HEADS.has(opener) &&
    !MEDIA_HEADS.has(opener) &&
    !DOCUMENT_HEADS.has(opener) &&
    !SPOKES_HEADS.has(opener)
  )
    return null;
  // the core ends before a post-modifier: "a pal | of the star", "a source | close to the couple"
  let e = b;
  for (let k = a + 1; k <= b; k++) {
    if (t.cap[k] !== 1 && POSTMODIFIERS.has(t.hash[k]!)) {
      e = k - 1;
      break;
    }
  }
  // an adverb closing the phrase ("sources exclusively", "the star later") is not part of it
  while (e > a && isAdverb(text, t.start[e]!, t.end[e]!, t.hash[e]!)) e--;
  // an appositive after the core ("Hart, 38,", "Whitfield, director of policy,") is not part of it
  // the tokens of the quoted titles passed over, which count as one word of a description
  let quoted = 0;
  // the marks of a nickname inside the name ("Dwayne “The Rock” Johnson"), which is part of it
  let nickOpen = -1;
  let nickClose = -1;
  for (let k = a; k <= e; k++) {
    if (t.kind[k] === TokenKind.punct && !isNameDot(text, t, k) && !(titled && titleColonAt(doc, k))) {
      const nick = nickOpen < 0 ? nicknameEnd(doc, a, k, e) : 0;
      if (nick > 0) {
        nickOpen = k;
        nickClose = nick;
        k = nick;
        continue;
      }
      // "Former “Partridge Family” star David Cassidy": a title in quotation marks wholly inside the
      // phrase only modifies it
      const closing = quotedTitleEnd(doc, k, e);
      if (closing > 0) {
        quoted += closing - k;
        k = closing;
        continue;
      }
      e = k - 1;
      break;
    }
  }
  if (e < a) return null;
  const lexHead = (w: number): boolean =>
    ANONYMOUS_HEADS.has(w) || SPOKES_HEADS.has(w) || DOCUMENT_HEADS.has(w) || MEDIA_HEADS.has(w);
  let h: number;
  const det = DETERMINERS.has(opener) || possessiveLength(text, t.end[a]!) > 0;
  if (lexHead(t.hash[e]!)) {
    // "a Jenner friend", "a Sussex family source", "Prince Harry's pal": what comes before the head
    // only modifies it
    h = e;
  } else if (t.cap[e] !== 1) {
    // a description ends in its lower-case head: "the veteran goalkeeper", "the Christie supporter"
    // a title is one modifier however many words it has ("the Starfall: Into the Void star")
    const most = titled ? SPEAKER_LIMITS.phraseWords : SPEAKER_LIMITS.descriptionWords;
    if (!det || t.kind[e] !== TokenKind.word || e - a - quoted > most) return null;
    // no pronoun or auxiliary inside: "that he is responsible" is a clause, not a description; a
    // title's small words are the title's ("the Starfall: Welcome to the Void star")
    for (let k = a + 1; k <= e && !(titled && t.cap[e - 1] === 1); k++)
      if (NOT_NAMES.has(t.hash[k]!) && !DETERMINERS.has(t.hash[k]!)) return null;
    h = e;
  } else {
    // a name ends the core: "Toronto's Lee Marsh", "Former Florida Gov. Jeb Bush", "Dr. Omar Patel"
    h = e;
    while (
      h > a &&
      (t.cap[h - 1] === 1 || isNameDot(text, t, h - 1) || h - 1 === nickClose) &&
      possessiveLength(text, t.end[h - 1]!) === 0
    )
      // a nickname's words are the name's: the given name before it starts the name
      h = h - 1 === nickClose ? nickOpen - 1 : h - 1;
    // modifiers before a name: "Mad Men star Jon Hamm", "Proud mom Princess Madeleine"; not a clause
    // "Star and producer Dwayne Johnson": two roles joined by "and" are one modifier
    for (let k = a; k < h; k++)
      if (NOT_NAMES.has(t.hash[k]!) && !DETERMINERS.has(t.hash[k]!) && !rolesJoined(doc, a, k, h))
        return null;
    // "Rep. Ida Roemer": the title's abbreviation is no representative's "rep"
    if (
      h + 2 <= e &&
      isNameDot(text, t, h + 1) &&
      (SPOKES_HEADS.has(t.hash[h]!) || ANONYMOUS_HEADS.has(t.hash[h]!))
    )
      h += 2;
  }
  if (h > e) return null;
  // "Dwayne “The Rock” Johnson" is Dwayne Johnson: the name from token `from` without its nickname
  const nicknamed = (from: number): string =>
    norm(
      `${text.slice(t.start[from]!, t.end[nickOpen - 1]!)} ${text.slice(t.start[nickClose + 1]!, t.end[e]!)}`,
    );
  const head = t.hash[h]!;
  const capitalised = t.cap[a] === 1 || t.cap[a + 1] === 1;
  // the phrase is lowercased only when it may name an outlet (the article's own, or a capitalised one)
  if (capitalised || doc.meta.outlet) {
    const lowerPhrase = norm(phrase).toLowerCase();
    // outlet names are proper names: "the star" is not Star magazine
    if (isOwnOutlet(doc, lowerPhrase)) return outlet(doc, span);
    if (capitalised && OUTLETS.has(lowerPhrase)) return namedOutlet(doc, span, b, norm(phrase));
  }
  // "Attorney Dana Whitfield", "Publicist Jo Lee": a capitalised role word that the name's own mention
  // takes in is a title, and the named person speaks
  if ((SPOKES_HEADS.has(head) || ANONYMOUS_HEADS.has(head)) && t.cap[h] === 1 && h < e && mention) {
    const titled =
      mention.start === t.start[h] && mention.end > t.end[h]! && mention.form === 'name'
        ? entityOf(doc, mention.entityId)
        : undefined;
    if (titled && titled.kind === 'person' && speaks(doc, titled))
      return phraseOf(span, fromEntityWho(doc, titled));
  }
  if (SPOKES_HEADS.has(head) && !DOCUMENT_HEADS.has(head)) return spokesperson(doc, span, a, h, b, phrase);
  if (ANONYMOUS_HEADS.has(head)) {
    // "pal Jane Doe": a descriptor followed by a name names the person
    const named =
      mention && mention.start === t.start[h + 1] && (mention.form === 'name' || mention.form === 'title')
        ? mention
        : undefined;
    // "Producer Dwayne “The Rock” Johnson": the name runs past its nickname, whatever mention ends before it
    if (nickOpen > h + 1 && t.cap[h + 1] === 1 && (!named || named.end <= t.start[nickOpen]!))
      return phraseOf(span, {
        kind: 'entity',
        entityId: null,
        name: nicknamed(h + 1),
        organization: false,
        media: false,
      });
    const ent = named && entityOf(doc, named.entityId);
    if (ent && speaks(doc, ent)) return phraseOf(span, fromEntityWho(doc, ent));
    return phraseOf(span, anonymous(doc, a, h, span, phrase));
  }
  if (DOCUMENT_HEADS.has(head)) return phraseOf(span, { kind: 'document', descriptor: norm(phrase) });
  if (MEDIA_HEADS.has(head)) return phraseOf(span, mediaReport(doc, span, a, phrase));
  let named: Mention | undefined;
  for (
    let i = mentionAtOrAfter(doc, span.start);
    i < doc.mentions.length && doc.mentions[i]!.start < t.end[e]!;
    i++
  ) {
    const m = doc.mentions[i]!;
    if (m.end === t.end[e]! && m.form !== 'pronoun') {
      named = m;
      break;
    }
  }
  if (t.cap[h] === 1 && named) {
    const ent = entityOf(doc, named.entityId);
    if (!ent || !speaks(doc, ent)) return null;
    if (ent.kind === 'organization' && isOutlet(ent)) return namedOutlet(doc, span, b, ent.name);
    return phraseOf(span, fromEntityWho(doc, ent));
  }
  if (t.cap[h] === 1) {
    if (NOT_NAMES.has(t.hash[h]!) || NEVER_SPEAKER_LAST_WORDS.has(t.hash[e]!)) return null;
    const name = nickOpen > h ? nicknamed(h) : norm(text.slice(t.start[h]!, t.end[e]!));
    return phraseOf(span, { kind: 'entity', entityId: null, name, organization: false, media: false });
  }
  // a description: "the veteran goalkeeper", "the mother", "the militant group", "a man"
  if (t.cap[h] !== 1 && det) {
    if (t.kind[h] !== TokenKind.word || (NOT_NAMES.has(head) && !DETERMINERS.has(opener))) return null;
    // only a person or an institution speaks: "the end of the union" does not
    if (!ORG_HEADS.has(head) && !personNoun(text, t.start[h]!, t.end[h]!, head)) return null;
    if (ORG_HEADS.has(head)) {
      const org = INDEFINITE.has(opener)
        ? undefined
        : lastEntityBefore(doc, span.start, 'organization', SPEAKER_LIMITS.orgReach);
      if (org) return phraseOf(span, fromEntityWho(doc, org));
      const name = stripDet(norm(phrase));
      return phraseOf(span, { kind: 'entity', entityId: null, name, organization: true, media: false });
    }
    // a mention the entities stage made of the whole description ("the 42-year-old"); a possessor
    // inside it ("Bailey's doctor") is someone else
    if (mention && mention.start === span.start && mention.end >= t.end[h]!) {
      const ent = entityOf(doc, mention.entityId);
      if (ent && speaks(doc, ent)) return phraseOf(span, fromEntityWho(doc, ent));
    }
    // "the co-host", "the proud father", "the Good American clothing founder": a definite description
    // of a person refers to someone the text has named (the guide's named-person), unless it takes up an
    // unnamed one ("a judge" … "the judge")
    if (THE_THIS.has(opener)) {
      const who = definiteDescription(doc, a, h, e, span.start);
      if (who) return phraseOf(span, who);
    }
    return phraseOf(span, anonymous(doc, a, h, span, phrase));
  }
  return null;
}

/**
 * Whom the definite description `[a, e]` with head `h` refers to, or null for an unnamed person. An
 * earlier use of the same head decides first (`earlierUse`); failing one, a person noun points back at
 * the last person named shortly before, of the gender the noun implies ("the new dad"), and "the
 * couple" at the last two. Collective nouns ("the crowd"), nouns for strangers ("the victim") and
 * offices ("the mayor") name nobody unless an earlier use did.
 */
function definiteDescription(doc: Reading, a: number, h: number, e: number, at: number): Who | null {
  const t = doc.tokens;
  const head = t.hash[h]!;
  const use = earlierUse(doc, a, h, e);
  if (use === 'unnamed') return null;
  if (use) return fromEntityWho(doc, use);
  if (GROUP_NOUNS.has(head) || STRANGER_NOUNS.has(head) || OFFICE_NOUNS.has(head)) return null;
  if (PAIR_NOUNS.has(head)) {
    const one = lastEntityBefore(doc, at, 'person', SPEAKER_LIMITS.personReach);
    const two = one && lastEntityBefore(doc, at, 'person', SPEAKER_LIMITS.personReach, null, one.id);
    if (!one || !two || !speaks(doc, one) || !speaks(doc, two)) return null;
    // the two in the order the text names them
    const [x, y] = firstMentionOf(doc, one.id) <= firstMentionOf(doc, two.id) ? [one, two] : [two, one];
    return {
      kind: 'entity',
      entityId: null,
      name: `${x.name} and ${y.name}`,
      organization: false,
      media: false,
    };
  }
  const g = ROLE_NOUNS.get(head) ?? relationGender(RELATION_NOUNS.get(head));
  const ent = lastEntityBefore(doc, at, 'person', SPEAKER_LIMITS.personReach, g);
  return ent && speaks(doc, ent) ? fromEntityWho(doc, ent) : null;
}

/** Start of the first mention of an entity (its order of introduction). */
function firstMentionOf(doc: Reading, id: string): number {
  for (const m of allMentions(doc)) if (m.entityId === id) return m.start;
  return Number.POSITIVE_INFINITY;
}

/** The person mention with name or title form that starts at `offset`, if any. */
function nameAt(doc: Reading, offset: number): Entity | undefined {
  const ms = allMentions(doc);
  for (let i = firstAtOrAfter(ms, offset); i < ms.length && ms[i]!.start === offset; i++) {
    const m = ms[i]!;
    if (m.form !== 'name' && m.form !== 'title') continue;
    const ent = entityOf(doc, m.entityId);
    if (ent?.kind === 'person' && speaks(doc, ent)) return ent;
  }
  return undefined;
}

/** The person mention with name or title form that ends at `offset` (before a possessive), if any. */
function nameEndingAt(doc: Reading, offset: number): Entity | undefined {
  const ms = allMentions(doc);
  for (let i = firstAtOrAfter(ms, offset - longestOf(ms)); i < ms.length && ms[i]!.start < offset; i++) {
    const m = ms[i]!;
    if (m.end !== offset || (m.form !== 'name' && m.form !== 'title')) continue;
    const ent = entityOf(doc, m.entityId);
    if (ent?.kind === 'person' && speaks(doc, ent)) return ent;
  }
  return undefined;
}

/** The person a description `[a, e]` names in apposition: "his rep, Leslie Vane," or "Leslie Vane, his rep". */
function appositive(doc: Reading, a: number, e: number): Entity | undefined {
  const t = doc.tokens;
  if (e + 2 < t.count && t.kind[e + 1] === TokenKind.punct && doc.text.charCodeAt(t.start[e + 1]!) === 44) {
    const after = nameAt(doc, t.start[e + 2]!);
    if (after) return after;
  }
  if (a >= 2 && t.kind[a - 1] === TokenKind.punct && doc.text.charCodeAt(t.start[a - 1]!) === 44)
    return nameEndingAt(doc, t.end[a - 2]!);
  return undefined;
}

/**
 * What the uses of a description's head word before it say: the description names a person in
 * apposition ("his rep, Leslie Vane", "Vane, the co-host") or right after it ("co-host Meghan Vale"),
 * and that person is meant; an indefinite or possessive use without a name ("a judge", "Kim's rep")
 * introduced an unnamed person ('unnamed'); an earlier "the …" goes on looking further back. The
 * description's own apposition counts first. Within `SPEAKER_LIMITS.describedReach` characters.
 */
export function earlierUse(doc: Reading, a: number, h: number, e: number): Entity | 'unnamed' | undefined {
  const t = doc.tokens;
  const text = doc.text;
  const own = appositive(doc, a, e);
  if (own) return own;
  const head = t.hash[h]!;
  const floor = t.start[a]! - SPEAKER_LIMITS.describedReach;
  for (let k = a - 1; k >= 0 && t.start[k]! >= floor; k--) {
    if (t.hash[k] !== head) continue;
    // "co-host Meghan Vale", "his rep Leslie Vane"
    const named = k + 1 < t.count ? nameAt(doc, t.start[k + 1]!) : undefined;
    if (named) return named;
    // the use's own opener, over its modifiers: "a" / "his" / "Kim's" / "the"
    let o = -1;
    for (let j = k - 1; j >= 0 && j >= k - 1 - SPEAKER_LIMITS.descriptionWords; j--) {
      if (t.kind[j] !== TokenKind.word) break;
      const w = t.hash[j]!;
      if (
        INDEFINITE.has(w) ||
        THE_THIS.has(w) ||
        POSSESSIVE_WORDS.has(w) ||
        possessiveLength(text, t.end[j]!) > 0
      ) {
        o = j;
        break;
      }
    }
    if (o < 0) continue;
    const apposed = appositive(doc, o, k);
    if (apposed) return apposed;
    if (!THE_THIS.has(t.hash[o]!)) return 'unnamed';
  }
  return undefined;
}

/**
 * True when "it" at token `a` opens a passive of a reporting verb ("it was reported", "it has
 * previously been revealed", "it’s been claimed"): over at most `SPEAKER_LIMITS.passiveWords`
 * auxiliaries and adverbs.
 */
function passiveReport(doc: Reading, a: number): boolean {
  const t = doc.tokens;
  const stop = Math.min(t.count, a + 2 + SPEAKER_LIMITS.passiveWords);
  for (let k = a + 1; k < stop; k++) {
    if (t.kind[k] !== TokenKind.word) return false;
    const w = t.hash[k]!;
    if (MEDIA_PASSIVES.has(w)) return k > a + 1 || t.hash[a] === IT_IS;
    if (!PASSIVE_AUX.has(w) && !isAdverb(doc.text, t.start[k]!, t.end[k]!, w)) return false;
  }
  return false;
}

/**
 * The person a person's representative is when the article names them: in apposition ("his rep,
 * Leslie Vane, said"), or another mention of the same person's rep with the same possessive does
 * ("his spokeswoman said" … "his rep, Leslie Vane"), within `SPEAKER_LIMITS.personReach` characters
 * either way; "the rep" takes the person an earlier use named.
 */
function namedRep(doc: Reading, a: number, h: number): Entity | undefined {
  const t = doc.tokens;
  const own = appositive(doc, a, h);
  if (own) return own;
  const opener = t.hash[a]!;
  if (THE_THIS.has(opener)) {
    const use = h === a + 1 ? earlierUse(doc, a, h, h) : undefined;
    return use === 'unnamed' ? undefined : use;
  }
  if (!POSSESSIVE_WORDS.has(opener) || h !== a + 1) return undefined;
  const lo = tokenAtOrAfter(t, t.start[a]! - SPEAKER_LIMITS.personReach);
  const hi = Math.min(t.count - 1, tokenAtOrAfter(t, t.end[h]! + SPEAKER_LIMITS.personReach));
  for (let k = Math.max(1, lo); k <= hi; k++) {
    if (
      k === h ||
      t.hash[k - 1] !== opener ||
      !SPOKES_HEADS.has(t.hash[k]!) ||
      DOCUMENT_HEADS.has(t.hash[k]!)
    )
      continue;
    const named = (k + 1 < t.count ? nameAt(doc, t.start[k + 1]!) : undefined) ?? appositive(doc, k - 1, k);
    if (named) return named;
  }
  return undefined;
}

const FEMALE_RELATIONS =
  /^(mother|wife|sister|daughter|aunt|niece|girlfriend|grandmother|granddaughter|fiancée|fiancee|stepmother|ex-wife)$/;
const MALE_RELATIONS =
  /^(father|husband|brother|son|uncle|nephew|boyfriend|grandfather|grandson|fiancé|fiance|stepfather|ex-husband)$/;

/** The gender a relation noun implies ("mother" → female), or null. */
function relationGender(relation: string | undefined): 'female' | 'male' | null {
  if (!relation) return null;
  return FEMALE_RELATIONS.test(relation) ? 'female' : MALE_RELATIONS.test(relation) ? 'male' : null;
}

/**
 * An -ly adverb of `SPEAKER_LIMITS.adverbLetters` letters or more that is not a noun ("exclusively",
 * not "family" or "ally").
 */
export function isAdverb(text: string, start: number, end: number, h: number): boolean {
  if (
    end - start < SPEAKER_LIMITS.adverbLetters ||
    text.charCodeAt(end - 1) !== 121 ||
    text.charCodeAt(end - 2) !== 108
  )
    return false;
  return !PERSON_NOUNS.has(h) && !ANONYMOUS_HEADS.has(h) && !DETERMINERS.has(h);
}

/** A person noun: listed, or an agentive word ("activist", "physician", "organiser", "director"). */
function personNoun(text: string, start: number, end: number, head: number): boolean {
  if (PERSON_NOUNS.has(head)) return true;
  // "the 46-year-old"
  if (text.endsWith('-year-old', end) || text.endsWith('-year-olds', end)) return true;
  if (end - start < 5) return false;
  const w = text.slice(end - 3, end).toLowerCase();
  return w === 'ist' || w === 'ian' || w.endsWith('er') || w.endsWith('or');
}

const THEY = hashWord('they');
const AND = hashWord('and');

/** Plural source heads that "they" may stand for: PLURAL_HEADS but the vague "people" and "those". */
const THEY_HEADS = new WordSet(
  [...PLURAL_HEADS].filter((h) => h !== hashWord('people') && h !== hashWord('those')),
);

/** Words naming a group of people that "they" stands for before any source further back ("the couple"). */
const GROUPS = new WordSet(
  ['couple', 'pair', 'duo', 'twins', 'parents', 'kids', 'children', 'band'].map(hashWord),
);

/**
 * The anonymous source a "they" at token `a` stands for: the nearest plural source head of
 * `THEY_HEADS` within `SPEAKER_LIMITS.personReach` characters before it ("pals", "insiders"), as its
 * own anonymous speaker, unless a preposition makes it an object ("about their friends"); null when a
 * group of named people ("the couple") or a name joined by "and" comes first.
 */
function pluralSourceBefore(doc: Reading, a: number): Who | null {
  const t = doc.tokens;
  const floor = t.start[a]! - SPEAKER_LIMITS.personReach;
  for (let k = a - 1; k >= 0 && t.start[k]! >= floor; k--) {
    const h = t.hash[k]!;
    if (GROUPS.has(h) || (h === AND && t.cap[k - 1] === 1 && t.cap[k + 1] === 1)) return null;
    // a source that is an object ("worried about their friends") is not whom "they" stands for
    const object = NOT_SUBJECT_AFTER.has(t.hash[k - 1]!) || NOT_SUBJECT_AFTER.has(t.hash[k - 2]!);
    if (THEY_HEADS.has(h) && t.cap[k] !== 1 && !object) {
      const word = doc.text.slice(t.start[k]!, t.end[k]!);
      return anonymous(doc, k, k, { start: t.start[k]!, end: t.end[k]! }, word);
    }
  }
  return null;
}

function anonymous(doc: Reading, a: number, h: number, _span: Span, phrase: string): Who {
  const t = doc.tokens;
  const det = t.hash[a]!;
  return {
    kind: 'anonymous',
    descriptor: norm(phrase),
    head: doc.text.slice(t.start[h]!, t.end[h]!).toLowerCase(),
    plural: PLURAL_HEADS.has(t.hash[h]!),
    definite: DEFINITE.has(det) && h === a + 1,
    fresh: det === ANOTHER,
    lexical: ANONYMOUS_HEADS.has(t.hash[h]!),
  };
}

/** "a spokesperson for Halvard Records" speaks for the label; "a rep for the actress" is anonymous. */
function spokesperson(
  doc: Reading,
  span: Span,
  a: number,
  h: number,
  b: number,
  phrase: string,
): SpeakerPhrase {
  const t = doc.tokens;
  // whom the spokesperson speaks for: "for X", "X's rep", "a Warner Bros. spokeswoman", "his rep"
  let owner: Entity | undefined;
  let ownerIsPerson = false;
  const forTok = h + 1 <= b && t.hash[h + 1] === FOR ? h + 2 : -1;
  const lo = forTok > 0 ? t.start[forTok]! : span.start;
  const hi = forTok > 0 ? span.end : t.start[h]!;
  for (let i = mentionAtOrAfter(doc, lo); i < doc.mentions.length && doc.mentions[i]!.start < hi; i++) {
    const m = doc.mentions[i]!;
    const ent = entityOf(doc, m.entityId);
    if (!ent) continue;
    owner = ent;
    ownerIsPerson = ent.kind === 'person' || m.form === 'pronoun' || m.form === 'epithet';
    break;
  }
  if (!owner) {
    const k = forTok > 0 ? (t.hash[forTok] === THE ? forTok + 1 : forTok) : a;
    // "his rep", "a rep for the actress": a person's representative
    ownerIsPerson =
      forTok > 0 ? t.cap[k] !== 1 : possessiveLength(doc.text, t.end[a]!) > 0 || !DETERMINERS.has(t.hash[a]!);
    if (
      forTok < 0 &&
      (t.hash[a] === hashWord('a') || t.hash[a] === hashWord('an') || t.hash[a] === THE) &&
      h > a + 1
    )
      ownerIsPerson = false; // "a Warner Bros. spokeswoman": a capitalised modifier names the organization
    // "the lawyer", "an agent" standing alone: a person's representative, not an institution
    if (forTok < 0 && h === a + 1 && PERSONAL_REPS.has(t.hash[h]!)) ownerIsPerson = true;
  }
  if (ownerIsPerson) {
    // a representative the article names speaks on the record as that person
    const named = forTok < 0 ? namedRep(doc, a, h) : undefined;
    return phraseOf(span, named ? fromEntityWho(doc, named) : anonymous(doc, a, h, span, phrase));
  }
  const name = owner ? owner.name : stripDet(norm(phrase));
  return phraseOf(span, {
    kind: 'entity',
    entityId: owner?.id ?? null,
    name,
    organization: true,
    media: owner ? isOutlet(owner) : false,
  });
}

/** "a report in IANS", "the report" (after an outlet was named): the outlet's report. */
function mediaReport(doc: Reading, span: Span, a: number, phrase: string): Who {
  for (
    let i = mentionAtOrAfter(doc, span.start);
    i < doc.mentions.length && doc.mentions[i]!.start < span.end;
    i++
  ) {
    const ent = entityOf(doc, doc.mentions[i]!.entityId);
    if (ent?.kind === 'organization')
      return { kind: 'entity', entityId: ent.id, name: ent.name, organization: true, media: true };
  }
  if (doc.tokens.hash[a] === THE) {
    // "The report stated …" after "a report in IANS" or "Touch Weekly reports": that outlet's report
    const org = lastEntityBefore(doc, span.start, 'organization', SPEAKER_LIMITS.orgReach);
    if (org) return { kind: 'entity', entityId: org.id, name: org.name, organization: true, media: true };
  }
  return { kind: 'unnamed-media', descriptor: norm(phrase) };
}

/** False for places, events, works and buildings ("Marsh Tower"), which never speak. */
function speaks(doc: Reading, ent: Entity): boolean {
  if (ent.kind !== 'person' && ent.kind !== 'organization') return false;
  void doc;
  // asked for the same entity again and again: its name is split once
  let yes = SPEAKS.get(ent);
  if (yes === undefined) {
    const last = ent.name.split(/\s+/).pop() ?? '';
    yes = !NEVER_SPEAKER_LAST_WORDS.has(hashWord(last));
    SPEAKS.set(ent, yes);
  }
  return yes;
}
const SPEAKS = new WeakMap<Entity, boolean>();

/** True when the entity's name is a known outlet's, worked out once per entity. */
function isOutlet(ent: Entity): boolean {
  let yes = OUTLET_ENTITIES.get(ent);
  if (yes === undefined) {
    yes = OUTLETS.has(bare(ent.name));
    OUTLET_ENTITIES.set(ent, yes);
  }
  return yes;
}
const OUTLET_ENTITIES = new WeakMap<Entity, boolean>();

function fromEntityWho(_doc: Reading, ent: Entity): Who {
  const organization = ent.kind === 'organization';
  return {
    kind: 'entity',
    entityId: ent.id,
    name: ent.name,
    organization,
    media: organization && isOutlet(ent),
  };
}

/** Builds the speaker for an entity, or null when the entity cannot speak. */
export function fromEntity(doc: Reading, span: Span, entityId: string): SpeakerPhrase | null {
  const ent = entityOf(doc, entityId);
  if (!ent || !speaks(doc, ent)) return null;
  if (isOwnOutlet(doc, ent.name)) return outlet(doc, span);
  return phraseOf(span, fromEntityWho(doc, ent));
}

const bare = (s: string): string =>
  s
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/^the\s+/, '')
    .trim();

/** True when the phrase names the publication itself ("The Daily Glimmer can reveal"). */
function isOwnOutlet(doc: Reading, lowerPhrase: string): boolean {
  const own = doc.meta.outlet;
  if (!own) return false;
  // one article's outlet is asked about for every phrase: its bare form is kept
  if (own !== ownOutlet) {
    ownOutlet = own;
    ownBare = bare(own);
  }
  return ownBare === bare(lowerPhrase);
}
let ownOutlet = '';
let ownBare = '';

/**
 * A named outlet: the publication itself when the words after it say so ("EW has learned", "In Touch
 * previously reported", "told Gossip Cop exclusively"), otherwise an organization cited as a source.
 */
function namedOutlet(doc: Reading, span: Span, b: number, name: string): SpeakerPhrase {
  const t = doc.tokens;
  for (let k = b + 1; k < t.count && k <= b + 3; k++) {
    if (t.kind[k] === TokenKind.punct) break;
    if (OUTLET_SELF_WORDS.has(t.hash[k]!)) return outlet(doc, span, name);
  }
  const k = mentionAtOrAfter(doc, span.start);
  const ent = k < doc.mentions.length && doc.mentions[k]!.start < span.end ? doc.mentions[k] : undefined;
  const e = ent ? entityOf(doc, ent.entityId) : undefined;
  return phraseOf(span, {
    kind: 'entity',
    entityId: e?.kind === 'organization' ? e.id : null,
    name: e?.kind === 'organization' ? e.name : stripDet(name),
    organization: true,
    media: true,
  });
}

/** The publication itself as the speaker of `span` ("we", "We’ve learned …"): QUOTES-GUIDE.md's outlet. */
export function weOutlet(doc: Reading, span: Span): SpeakerPhrase {
  return outlet(doc, span, 'We');
}

function outlet(doc: Reading, span: Span, name?: string): SpeakerPhrase {
  return phraseOf(span, {
    kind: 'outlet',
    name: doc.meta.outlet ?? name ?? norm(doc.text.slice(span.start, span.end)),
  });
}

/** The token index where a mention starts. */
export const mentionToken = (doc: Reading, m: Mention): number => tokenAtOrAfter(doc.tokens, m.start);
