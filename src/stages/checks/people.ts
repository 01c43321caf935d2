/**
 * Checks on people: stated ages against KB birth dates, two ages for one person, and family
 * relations against the KB's family graph.
 */
import type { KbPerson } from '../../kb/types.ts';
import { hashWord } from '../../lexicon/hash.ts';
import { POSSESSIVES } from '../../lexicon/people.ts';
import type { AgeMention, Doc, RelationMention } from '../../pipeline/doc.ts';
import type { Check, Entity } from '../../report/schema.ts';
import { bounds, isoDay, parseDay, ymd } from '../dates/days.ts';
import { possessive, shortName } from './util.ts';

const personOf = (doc: Doc, entity: Entity | undefined): KbPerson | undefined => {
  const r = entity?.kbId ? doc.kb.get(entity.kbId) : undefined;
  return r?.kind === 'person' ? r : undefined;
};

/** Whole years from a birth date (any precision) to a day: [least, most], equal when the birthday is known. */
function ageRange(born: string, on: number): [number, number] | null {
  const b = bounds(born);
  if (!b) return null;
  const years = (from: number): number => {
    const f = ymd(from);
    const d = ymd(on);
    return d.y - f.y - (d.m < f.m || (d.m === f.m && d.d < f.d) ? 1 : 0);
  };
  return [years(b.last), years(b.first)];
}

/** The age check of one age mention. */
function ageCheck(doc: Doc, mention: AgeMention, entities: ReadonlyMap<string, Entity>): Check {
  const span = { start: mention.start, end: mention.end };
  const entity = entities.get(mention.entityId);
  const person = personOf(doc, entity);
  const stated = mention.age;
  const label = person ? shortName(person) : (entity?.name ?? 'This person');
  if (!person?.born) {
    const why = person
      ? `The knowledge base has no birth date for ${label}`
      : `${label} is not in the knowledge base`;
    return {
      kind: 'age',
      status: 'unverifiable',
      span,
      detail: `${why}, so the age ${stated} can't be checked.`,
      evidence: [],
    };
  }
  const evidence = [`${person.name}: born ${person.born}${person.died ? `, died ${person.died}` : ''}`];
  const anchor = parseDay(doc.meta.date);
  if (anchor === null) {
    const detail = `The article has no date, so ${possessive(label)} age of ${stated} can't be checked (born ${person.born}).`;
    return { kind: 'age', status: 'unverifiable', span, detail, evidence };
  }
  const died = parseDay(person.died);
  const on = died !== null && died < anchor ? died : anchor;
  const range = ageRange(person.born, on);
  if (!range)
    return {
      kind: 'age',
      status: 'unverifiable',
      span,
      detail: `${possessive(label)} birth date is unreadable.`,
      evidence,
    };
  const [least, most] = range;
  const age = least === most ? String(least) : `${least} or ${most}`;
  const when = on === anchor ? `was ${age} on ${isoDay(on)}` : `died on ${isoDay(on)} aged ${age}`;
  const fits = stated >= least && stated <= most;
  const detail = fits
    ? `${label} ${when} (born ${person.born}): the article's ${stated} is right.`
    : `The article says ${stated}, but ${label} ${when} (born ${person.born}).`;
  return { kind: 'age', status: fits ? 'consistent' : 'inconsistent', span, detail, evidence };
}

/** One person given two different ages in the article: each later, different age is flagged. */
function ageConflicts(doc: Doc, entities: ReadonlyMap<string, Entity>): Check[] {
  const first = new Map<string, AgeMention>();
  const out: Check[] = [];
  for (const m of [...doc.ages].sort((a, b) => a.start - b.start)) {
    const earlier = first.get(m.entityId);
    if (!earlier) {
      first.set(m.entityId, m);
      continue;
    }
    if (earlier.age === m.age) continue;
    const entity = entities.get(m.entityId);
    const person = personOf(doc, entity);
    const label = person ? shortName(person) : (entity?.name ?? 'The same person');
    const quoted = doc.text.slice(earlier.start, earlier.end);
    out.push({
      kind: 'age-conflict',
      status: 'inconsistent',
      span: { start: m.start, end: m.end },
      detail: `${label} is ${earlier.age} earlier in the article ("${quoted}") but ${m.age} here.`,
      evidence: [`earlier: "${quoted}"`],
    });
  }
  return out;
}

/** Relation words the KB does not track: engagements, dating and whether a marriage ended. */
const ROMANTIC = new Set(['partner', 'fiancé', 'fiancée', 'fiance', 'fiancee', 'girlfriend', 'boyfriend']);
const FORMER = new Set(['ex-wife', 'ex-husband', 'ex']);
/** Gendered relation words and the neutral word the KB gives when it does not know the gender. */
const NEUTRAL: Readonly<Record<string, string>> = {
  father: 'parent',
  mother: 'parent',
  son: 'child',
  daughter: 'child',
  brother: 'sibling',
  sister: 'sibling',
  husband: 'spouse',
  wife: 'spouse',
  'brother-in-law': 'sibling-in-law',
  'sister-in-law': 'sibling-in-law',
  'father-in-law': 'parent-in-law',
  'mother-in-law': 'parent-in-law',
  'son-in-law': 'child-in-law',
  'daughter-in-law': 'child-in-law',
  grandfather: 'grandparent',
  grandmother: 'grandparent',
  grandson: 'grandchild',
  granddaughter: 'grandchild',
  stepfather: 'step-parent',
  stepmother: 'step-parent',
  stepson: 'stepchild',
  stepdaughter: 'stepchild',
};
const SYNONYMS: Readonly<Record<string, string>> = {
  mum: 'mother',
  mom: 'mother',
  dad: 'father',
  children: 'child',
  kids: 'child',
};
const NEUTRAL_WORDS = new Set(Object.values(NEUTRAL));

/** The word a reader would use for what the KB records (the gendered one if it has one). */
const bestWord = (words: readonly string[]): string | undefined =>
  words.find((w) => !NEUTRAL_WORDS.has(w)) ?? words[0];

/**
 * Whose relative the text names. A possessive ("her husband, Mike Tindall") points to the nearest
 * person of its gender before it — skipping names that are themselves relatives in apposition ("her
 * mother, Princess Anne, and her husband…": "her" is still Zara) and anything of unknown gender (the
 * entities stage may have read a place as a person). A bare noun ("wife Meghan") keeps the owner the
 * entities stage found unless that owner has no gender, which no person it could mean lacks.
 */
function ownerOf(doc: Doc, rel: RelationMention, entities: ReadonlyMap<string, Entity>): string {
  const genderOf = (e: Entity | undefined): Entity['gender'] => e?.gender ?? personOf(doc, e)?.gender ?? null;
  const first = /^[\p{L}']+/u.exec(doc.text.slice(rel.start, rel.end))?.[0] ?? '';
  const pronoun = POSSESSIVES.get(hashWord(first));
  if (!pronoun && genderOf(entities.get(rel.of)) !== null) return rel.of;
  const inRelation = (start: number): boolean =>
    doc.relations.some((r) => r !== rel && start >= r.start && start < r.end) ||
    (start >= rel.start && start < rel.end);
  for (let k = doc.mentions.length - 1; k >= 0; k--) {
    const m = doc.mentions[k]!;
    if (m.start >= rel.start || m.entityId === rel.target || inRelation(m.start)) continue;
    const e = entities.get(m.entityId);
    const g = e?.kind === 'person' ? genderOf(e) : null;
    if (g !== null && (!pronoun || g === pronoun)) return m.entityId;
  }
  return rel.of;
}

const pronoun = (p: KbPerson): string =>
  p.gender === 'female' ? 'her' : p.gender === 'male' ? 'him' : 'them';

/** The relation check of one relation mention. */
function relationCheck(doc: Doc, rel: RelationMention, entities: ReadonlyMap<string, Entity>): Check {
  const span = { start: rel.start, end: rel.end };
  const word = SYNONYMS[rel.relation] ?? rel.relation;
  const ofE = entities.get(ownerOf(doc, rel, entities));
  const targetE = entities.get(rel.target);
  const of = personOf(doc, ofE);
  const target = personOf(doc, targetE);
  const check = (status: Check['status'], detail: string, evidence: string[] = []): Check => ({
    kind: 'relation',
    status,
    span,
    detail,
    evidence,
  });
  if (!of || !target || of.id === target.id) {
    const missing = [!target ? targetE?.name : null, !of ? ofE?.name : null].filter(Boolean).join(' and ');
    return check(
      'unverifiable',
      `${missing || 'One of them'} is not in the knowledge base, so the "${rel.relation}" can't be checked.`,
    );
  }
  const T = shortName(target);
  const O = shortName(of);
  const words = doc.kb.relations(target.id, of.id);
  const evidence = [
    `${target.name} to ${of.name}: ${words.length ? words.join(', ') : 'no family relation recorded'}`,
  ];
  const has = bestWord(words);
  if (FORMER.has(word)) {
    return check(
      'unverifiable',
      `The knowledge base records marriages but not whether they ended, so "${rel.relation}" can't be checked.`,
      evidence,
    );
  }
  if (ROMANTIC.has(word)) {
    if (words.includes('spouse'))
      return check('consistent', `${T} and ${O} are married, as the knowledge base records.`, evidence);
    return check(
      'unverifiable',
      `The knowledge base records marriages, not engagements or relationships, so "${rel.relation}" can't be checked.`,
      evidence,
    );
  }
  const neutral = NEUTRAL[word];
  const genderless = neutral !== undefined && words.includes(neutral) && target.gender === null;
  if (words.includes(word) || genderless) {
    return check('consistent', `${T} is ${possessive(O)} ${word}, as the knowledge base records.`, evidence);
  }
  const detail = has
    ? `The article calls ${T} ${possessive(O)} ${word}, but the knowledge base has ${pronoun(target)} as ${possessive(O)} ${has}.`
    : `The article calls ${T} ${possessive(O)} ${word}, but the knowledge base records no family relation between them.`;
  return check('inconsistent', detail, evidence);
}

/** Age, age-conflict and relation checks of a document. */
export function peopleChecks(doc: Doc): Check[] {
  const entities = new Map(doc.entities.map((e) => [e.id, e]));
  return [
    ...doc.ages.map((a) => ageCheck(doc, a, entities)),
    ...ageConflicts(doc, entities),
    ...doc.relations.map((r) => relationCheck(doc, r, entities)),
  ];
}
