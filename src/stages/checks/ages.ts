/** Checks on ages: stated ages against KB birth dates, and two ages for one person. */
import { emptyList } from '../../core/arrays.ts';
import type { AgeMention, Doc } from '../../pipeline/doc.ts';
import type { Check, Entity } from '../../report/schema.ts';
import { ageRange, isoDay, parseDay } from '../dates/days.ts';
import { personOf, possessive, shortName } from './util.ts';

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

/**
 * One person given two different ages in the article: each later, different age is flagged. Only ages
 * given beside a name ("Harry, 40") count: "the 28-year-old … the 48-year-old" are usually two people
 * that reference resolution may have merged.
 */
function ageConflicts(doc: Doc, entities: ReadonlyMap<string, Entity>): Check[] {
  const first = new Map<string, AgeMention>();
  const out: Check[] = [];
  const named = doc.ages.filter((m) => m.form === 'apposition');
  for (const m of named.sort((a, b) => a.start - b.start)) {
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

/** Age and age-conflict checks of a document. */
export function ageChecks(doc: Doc): Check[] {
  // most articles state no age: no index of the entities is built for them (the same packed empty
  // list the processor would make, so the concat after this sees one array kind)
  if (doc.ages.length === 0) return emptyList<Check>();
  const entities = new Map(doc.entities.map((e) => [e.id, e]));
  // concat, not spreads: a spread's inlined iteration deoptimised on each new array kind
  return doc.ages.map((a) => ageCheck(doc, a, entities)).concat(ageConflicts(doc, entities));
}
