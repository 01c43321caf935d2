/**
 * Relation checks: "his father, King Charles" against the KB's family graph. Whose relative is meant
 * is itself a guess, so the check weighs every person the words could point to and only calls a
 * relation wrong when exactly one person fits the words and the KB gives that person another relation.
 */
import type { KbPerson } from '../../kb/types.ts';
import { FORMER as FORMER_WORDS, ROMANTIC as ROMANTIC_WORDS } from '../../lexicon/checks.ts';
import { hashWord } from '../../core/hash.ts';
import { POSSESSIVES, PRONOUNS } from '../../lexicon/people.ts';
import { spanStartingBy } from '../../core/spans.ts';
import type { Doc, RelationMention } from '../../pipeline/doc.ts';
import type { Check, Entity } from '../../report/schema.ts';
import type { CheckOptions } from './options.ts';
import { personOf, possessive, shortName } from './util.ts';

/** Relation words the KB does not track: engagements, dating and whether a marriage ended. */
const ROMANTIC = new Set(ROMANTIC_WORDS);
const FORMER = new Set(FORMER_WORDS);
/** Gendered relation words and the neutral word the KB gives when it does not know the gender. */
// biome-ignore format: a table reads better packed
const NEUTRAL: Readonly<Record<string, string>> = {
  father: 'parent', mother: 'parent', son: 'child', daughter: 'child', brother: 'sibling', sister: 'sibling',
  husband: 'spouse', wife: 'spouse', 'brother-in-law': 'sibling-in-law', 'sister-in-law': 'sibling-in-law',
  'father-in-law': 'parent-in-law', 'mother-in-law': 'parent-in-law', 'son-in-law': 'child-in-law',
  'daughter-in-law': 'child-in-law', grandfather: 'grandparent', grandmother: 'grandparent',
  grandson: 'grandchild', granddaughter: 'grandchild', stepfather: 'step-parent', stepmother: 'step-parent',
  stepson: 'stepchild', stepdaughter: 'stepchild',
};
// biome-ignore format: a table reads better packed
const SYNONYMS: Readonly<Record<string, string>> = { mum: 'mother', mom: 'mother', dad: 'father', children: 'child', kids: 'child' };
const NEUTRAL_WORDS = new Set(Object.values(NEUTRAL));

/** The word a reader would use for what the KB records (the gendered one if it has one). */
const bestWord = (words: readonly string[]): string | undefined =>
  words.find((w) => !NEUTRAL_WORDS.has(w)) ?? words[0];

const objectPronoun = (p: KbPerson): string =>
  p.gender === 'female' ? 'her' : p.gender === 'male' ? 'him' : 'them';

/** Index of the sentence holding a text offset (-1 before the first). */
const sentenceAt = (doc: Doc, offset: number): number => spanStartingBy(doc.sentences, offset);

/** Who a relation may belong to: candidate entity ids, nearest first, and those the text names there. */
interface Owners {
  readonly ids: readonly string[];
  readonly named: ReadonlySet<string>;
  /** A pronoun or epithet between the relation and the nearest candidate that points to someone else. */
  readonly doubt: boolean;
}

/**
 * The people a relation may belong to, nearest first: persons mentioned before it, in its sentence or,
 * if none there, in the closest sentence before that has one, of the possessive's gender for "his" and
 * "her". Persons of unknown gender count only as relatives named just before ("his son, Silas, kissing
 * his mom"): the entities stage sometimes reads a place as a person, and no person "his" could mean
 * lacks a gender otherwise.
 */
function candidates(
  doc: Doc,
  rel: RelationMention,
  entities: ReadonlyMap<string, Entity>,
  gender: Entity['gender'],
  lookBack: number,
): Owners {
  const genderOf = (e: Entity): Entity['gender'] => e.gender ?? personOf(doc, e)?.gender ?? null;
  const relatives = new Set(doc.relations.filter((r) => r.end <= rel.start).map((r) => r.target));
  const fits = (id: string): boolean => {
    const e = entities.get(id);
    if (e?.kind !== 'person' || id === rel.target) return false;
    const g = genderOf(e);
    return g === null ? relatives.has(id) : gender === null || g === gender;
  };
  const here = sentenceAt(doc, rel.start);
  const ids: string[] = [];
  const named = new Set<string>();
  let reached = -1;
  let doubt = false;
  for (let k = doc.mentions.length - 1; k >= 0; k--) {
    const m = doc.mentions[k]!;
    if (m.start >= rel.start) continue;
    const s = sentenceAt(doc, m.start);
    if (here - s > lookBack || (reached >= 0 && s < reached)) break;
    if (!fits(m.entityId)) {
      // "the 36-year-old and his wife": someone the entities stage could not place stands in between
      const pg = m.form === 'pronoun' ? PRONOUNS.get(hashWord(doc.text.slice(m.start, m.end))) : undefined;
      if (
        ids.length === 0 &&
        (m.form === 'epithet' || (pg !== undefined && (gender === null || pg === gender)))
      ) {
        doubt = true;
      }
      continue;
    }
    if (m.form === 'name' || m.form === 'title') named.add(m.entityId);
    if (!ids.includes(m.entityId)) ids.push(m.entityId);
    reached = s;
  }
  return { ids: fits(rel.of) && !ids.includes(rel.of) ? [rel.of, ...ids] : ids, named, doubt };
}

/** Whether a capitalised word follows: "his mom Anne Cox" matched only as far as "Anne". */
function nameGoesOn(text: string, end: number): boolean {
  return /^[ \t]+\p{Lu}/u.test(text.slice(end, end + 3));
}

/** Whether the KB's relation words bear out the article's word. */
function holds(word: string, words: readonly string[], target: KbPerson): boolean {
  if (ROMANTIC.has(word)) return words.includes('spouse');
  const neutral = NEUTRAL[word];
  return words.includes(word) || (neutral !== undefined && words.includes(neutral) && target.gender === null);
}

/** The relation check of one relation mention. */
function relationCheck(
  doc: Doc,
  rel: RelationMention,
  entities: ReadonlyMap<string, Entity>,
  opts: CheckOptions,
): Check {
  const check = (status: Check['status'], detail: string, evidence: string[] = []): Check => ({
    kind: 'relation',
    status,
    span: { start: rel.start, end: rel.end },
    detail,
    evidence,
  });
  const word = SYNONYMS[rel.relation] ?? rel.relation;
  const targetE = entities.get(rel.target);
  const target = personOf(doc, targetE);
  if (!target) {
    return check(
      'unverifiable',
      `${targetE?.name ?? 'The relative'} is not in the knowledge base, so "${rel.relation}" can't be checked.`,
    );
  }
  const first = /^[\p{L}']+/u.exec(doc.text.slice(rel.start, rel.end))?.[0] ?? '';
  const gender = POSSESSIVES.get(hashWord(first)) ?? null;
  const { ids, named, doubt } = candidates(doc, rel, entities, gender, opts.relationLookBack);
  const owners = ids.flatMap((id) => {
    const p = personOf(doc, entities.get(id));
    return p && p.id !== target.id ? [p] : [];
  });
  const T = shortName(target);
  const evidenceOf = (o: KbPerson, words: readonly string[]): string =>
    `${target.name} to ${o.name}: ${words.length ? words.join(', ') : 'no family relation recorded'}`;
  for (const o of owners) {
    const words = doc.kb.relations(target.id, o.id);
    if (!holds(word, words, target)) continue;
    const detail = ROMANTIC.has(word)
      ? `${T} and ${shortName(o)} are married, as the knowledge base records.`
      : `${T} is ${possessive(shortName(o))} ${word}, as the knowledge base records.`;
    return check('consistent', detail, [evidenceOf(o, words)]);
  }
  const o = owners[0];
  const words = o ? doc.kb.relations(target.id, o.id) : [];
  const evidence = o ? [evidenceOf(o, words)] : [];
  if (FORMER.has(word)) {
    return check(
      'unverifiable',
      `The knowledge base records marriages but not whether they ended, so "${rel.relation}" can't be checked.`,
      evidence,
    );
  }
  if (ROMANTIC.has(word)) {
    return check(
      'unverifiable',
      `The knowledge base records marriages, not engagements or relationships, so "${rel.relation}" can't be checked.`,
      evidence,
    );
  }
  // Wrong only when sure whose relative is meant: one person fits "his"/"her" and the text names them
  // nearby (a bare noun — "new mom Kim" — may be an epithet, not a relation to anyone). A one-word
  // name the KB links to nobody in the family ("her husband George") is more likely someone else.
  const nameOfTarget = doc.mentions.find(
    (m) => m.entityId === rel.target && m.end === rel.end && m.start > rel.start,
  );
  const oneWord =
    nameOfTarget !== undefined && !/\s/.test(doc.text.slice(nameOfTarget.start, nameOfTarget.end));
  const stranger = words.length === 0 && (oneWord || nameGoesOn(doc.text, rel.end));
  if (!o || ids.length !== 1 || gender === null || !named.has(ids[0]!) || stranger || doubt) {
    const names = ids.map((id) => entities.get(id)?.name ?? id).join(' or ');
    const detail =
      ids.length === 0
        ? `The article does not make clear whose ${word} ${T} is.`
        : owners.length === 0
          ? `${names} ${ids.length === 1 ? 'is' : 'are'} not in the knowledge base, so "${rel.relation}" can't be checked.`
          : `It is not clear whose ${word} ${T} is; the knowledge base does not have ${T} as the ${word} of ${names}.`;
    return check('unverifiable', detail, evidence);
  }
  const O = possessive(shortName(o));
  const has = bestWord(words);
  return check(
    'inconsistent',
    has
      ? `The article calls ${T} ${O} ${word}, but the knowledge base has ${objectPronoun(target)} as ${O} ${has}.`
      : `The article calls ${T} ${O} ${word}, but the knowledge base records no family relation between them.`,
    evidence,
  );
}

/** Relation checks of a document. */
export function relationChecks(doc: Doc, o: CheckOptions): Check[] {
  const entities = new Map(doc.entities.map((e) => [e.id, e]));
  return doc.relations.map((r) => relationCheck(doc, r, entities, o));
}
