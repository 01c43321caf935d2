/**
 * Words about people: titles and styles (with the gender they imply), role nouns used as epithets
 * ("the actress", "the Clueless star"), relation nouns ("his wife") and pronouns. Titles follow
 * Debrett's forms of address; role nouns are those common in celebrity copy.
 */
import { wordMap } from '../core/hash.ts';

type G = 'female' | 'male' | null;
const table = (entries: Record<string, G>): ReadonlyMap<number, G> =>
  wordMap(Object.entries(entries));

/** Titles and styles that precede a name, with the gender they imply. */
export const TITLES = table({
  king: 'male', queen: 'female', prince: 'male', princess: 'female', duke: 'male', duchess: 'female',
  lord: 'male', lady: 'female', sir: 'male', dame: 'female', earl: 'male', countess: 'female',
  count: 'male', baron: 'male', baroness: 'female', mr: 'male', mrs: 'female', ms: 'female',
  miss: 'female', dr: null, president: null, senator: null, governor: null, judge: null, sheriff: null,
  detective: null, officer: null, coach: null, pope: 'male', archbishop: 'male', bishop: null,
  father: 'male', uncle: 'male', aunt: 'female', emperor: 'male', empress: 'female', sultan: 'male',
  sheikh: 'male', rev: null, professor: null, prof: null, captain: null, general: null,
});

/** Role nouns used as epithets for a person ("the actress", "the 42-year-old", "the star"). */
export const ROLE_NOUNS = table({
  actress: 'female', actor: 'male', singer: null, star: null, rapper: null, model: null, musician: null,
  comedian: null, host: null, presenter: null, mogul: null, designer: null, influencer: null,
  socialite: null, heiress: 'female', heir: null, royal: null, monarch: null, billionaire: null,
  athlete: null, player: null, footballer: null, quarterback: null, director: null, producer: null,
  songstress: 'female', hitmaker: null, beauty: 'female', mum: 'female', mom: 'female', dad: 'male',
  'mother-of-two': 'female', 'mother-of-three': 'female', 'father-of-two': 'male', 'father-of-three': 'male',
  'mum-of-two': 'female', 'mum-of-three': 'female', 'dad-of-two': 'male', 'dad-of-three': 'male',
  businessman: 'male', businesswoman: 'female', entrepreneur: null, icon: null, legend: null,
  chef: null, author: null, writer: null, dancer: null, performer: null, spouse: null, husband: 'male', wife: 'female',
});

/** Relation nouns, mapped to the knowledge-base relation they name. */
export const RELATION_NOUNS: ReadonlyMap<number, string> = wordMap(
  [
    'father', 'mother', 'dad', 'mum', 'mom', 'son', 'daughter', 'brother', 'sister', 'husband', 'wife',
    'spouse', 'sister-in-law', 'brother-in-law', 'father-in-law', 'mother-in-law', 'son-in-law',
    'daughter-in-law', 'grandfather', 'grandmother', 'grandson', 'granddaughter', 'uncle', 'aunt',
    'nephew', 'niece', 'stepfather', 'stepmother', 'fiancé', 'fiancée', 'fiance', 'fiancee', 'partner',
    'girlfriend', 'boyfriend', 'ex-wife', 'ex-husband', 'ex', 'child', 'children', 'kids',
  ].map((w) => [w, w === 'dad' ? 'father' : w === 'mum' || w === 'mom' ? 'mother' : w] as const),
);

/** Personal pronouns and the gender they carry; "they" is left out as too often plural. */
export const PRONOUNS = table({ he: 'male', him: 'male', his: 'male', himself: 'male', she: 'female', her: 'female', hers: 'female', herself: 'female' });

/** Subject pronouns that can be a quotation's speaker ("she said"). */
export const SUBJECT_PRONOUNS = table({ he: 'male', she: 'female' });

/** Possessive determiners that make a relation noun point back at someone ("his wife"). */
export const POSSESSIVES = table({ his: 'male', her: 'female' });
