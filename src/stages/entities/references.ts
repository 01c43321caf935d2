/**
 * Second pass of the entities stage: references. Pronouns, epithets ("the 42-year-old prince", "the
 * actress") and relation nouns ("his wife", "brother, Prince William") resolve to the person they
 * point to; stated relations are recorded for the consistency checks.
 */
import { THE, WordMap, WordSet } from '../../core/hash.ts';
import {
  POSSESSIVES,
  PRONOUNS,
  RELATION_NOUNS,
  ROLE_NOUNS,
  SUBJECT_PRONOUNS,
  TITLES,
} from '../../lexicon/people.ts';
import { type Doc, type Mention, type RelationMention, TokenKind } from '../../pipeline/doc.ts';
import { tokenAtOrAfter } from '../../core/spans.ts';
import type { Cluster, Ent } from './cluster.ts';
import { possessiveLength } from './names.ts';
import { genderAhead, resolve } from './resolve.ts';

const AHEAD = new WordMap([...SUBJECT_PRONOUNS, ...POSSESSIVES]);
/** Every word a reference can open with: a pronoun, "the", a relation noun. */
const OPENERS = new WordSet([...PRONOUNS.keys(), THE, ...RELATION_NOUNS.keys()]);
const YEAR_OLD = '-year-old';

/** The age in "42-year-old" (1 to 3 digits, any case) spanning exactly `text[s, e)`, or -1. */
export function yearOldAge(text: string, s: number, e: number): number {
  let age = 0;
  let i = s;
  while (i < e && i - s < 4) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    age = age * 10 + (c - 48);
    i++;
  }
  const digits = i - s;
  if (digits < 1 || digits > 3 || e - i !== YEAR_OLD.length) return -1;
  for (let k = 0; k < YEAR_OLD.length; k++) {
    // | 32 lowercases ASCII letters and leaves '-' (45) as it is
    const c = text.charCodeAt(i + k);
    if ((k === 0 || k === 5 ? c : c | 32) !== YEAR_OLD.charCodeAt(k)) return -1;
  }
  return age;
}

/** Resolves pronouns, epithets and relation nouns; returns the relations the text states. */
export function resolveReferences(doc: Doc, c: Cluster): RelationMention[] {
  const t = doc.tokens;
  const text = doc.text;
  const relations: RelationMention[] = [];
  const endOf = (tok: number): number => t.end[tok]! - possessiveLength(text, t.end[tok]!);
  c.sortAnchors();
  // name and title mentions by start offset (later ones win, as a Map built from the list would),
  // made when a relation noun first asks: most articles have none
  let names: Map<number, Mention> | null = null;
  const nameAfter = (k: number): { id: string; end: number } | null => {
    let j = k + 1;
    if (j < t.count && text.charCodeAt(t.start[j]!) === 44) j++;
    if (names === null) {
      names = new Map<number, Mention>();
      for (const m of c.mentions) if (m.form === 'name' || m.form === 'title') names.set(m.start, m);
    }
    const m = names.get(j < t.count ? t.start[j]! : -1);
    return m ? { id: m.entityId, end: m.end } : null;
  };

  for (let i = 0; i < t.count; i++) {
    if (t.kind[i] !== TokenKind.word) continue;
    const h = t.hash[i]!;
    // one probe passes the words that open no reference, most of them
    if (!OPENERS.has(h)) continue;
    const sentence = t.sentence[i]!;
    const pg = PRONOUNS.get(h);
    if (pg) {
      const e = c.get(
        resolve(doc, c.anchors, t.start[i]!, { gender: pg, sentence }, c.kbOf, false, c.options),
      );
      if (e) c.addReference(e, t.start[i]!, t.end[i]!, 'pronoun', sentence);
      const rel = POSSESSIVES.has(h) ? relationAfter(i + 1) : null;
      if (rel && e) linkRelation(rel.tok, rel.relation, e, t.start[i]!);
      continue;
    }
    if (h === THE && i + 1 < t.count) {
      const years = yearOldAge(text, t.start[i + 1]!, endOf(i + 1));
      let endTok = -1;
      let age: number | undefined;
      let gender: Ent['gender'] = null;
      if (years >= 0) {
        endTok = i + 1;
        age = years;
        // "the 43-year-old prince": the noun after the age says more
        const noun = t.hash[i + 2] ?? 0;
        const g = ROLE_NOUNS.get(noun) ?? TITLES.get(noun);
        if (
          (g !== undefined || ROLE_NOUNS.has(noun)) &&
          t.cap[i + 2] !== 1 &&
          t.start[i + 2]! - t.end[i + 1]! <= 1
        ) {
          endTok = i + 2;
          gender = g ?? null;
        }
      } else {
        const stop = Math.min(t.count, i + 1 + c.options.epithetReach);
        for (let j = i + 1; j < stop && t.kind[j] === TokenKind.word; j++) {
          if (ROLE_NOUNS.has(t.hash[j]!) && t.cap[j] !== 1) {
            endTok = j;
            gender = ROLE_NOUNS.get(t.hash[j]!) ?? null;
            break;
          }
          if (t.cap[j] !== 1 && j > i + 1) break;
        }
      }
      if (endTok < 0) continue;
      // he/she/his/her later in the sentence tell the epithet's gender; "him" is more often someone else
      gender ??= genderAhead(doc, endTok, AHEAD);
      // an age picks among people whose age the KB knows; if none fits, the nearest person of the
      // right gender is meant, and the age check will say the age is wrong
      const aged =
        age === undefined
          ? null
          : resolve(
              doc,
              c.anchors,
              t.start[i]!,
              { gender, sentence, age },
              (id) => {
                const kb = c.kbOf(id);
                return kb?.born ? kb : undefined;
              },
              true,
              c.options,
            );
      const e = c.get(
        aged ?? resolve(doc, c.anchors, t.start[i]!, { gender, sentence }, c.kbOf, false, c.options),
      );
      if (!e) continue;
      c.addReference(e, t.start[i]!, endOf(endTok), 'epithet', sentence);
      if (age !== undefined)
        c.ages.push({ start: t.start[i]!, end: endOf(endTok), entityId: e.id, age, form: 'epithet' });
      i = endTok;
      continue;
    }
    // a bare relation noun before a name: "wife Meghan", "or brother, Prince William"
    const rel = RELATION_NOUNS.get(h);
    if (rel && t.cap[i] !== 1 && (i === 0 || !POSSESSIVES.has(t.hash[i - 1]!))) {
      const target = nameAfter(i);
      if (!target) continue;
      const prevRel = relations.at(-1);
      const sameSentence = prevRel && t.sentence[tokenAtOrAfter(t, prevRel.start)] === sentence;
      const owner =
        c.get(sameSentence ? prevRel.of : null) ??
        c.get(
          resolve(
            doc,
            c.anchors,
            t.start[i]!,
            { gender: null, sentence, exclude: target.id },
            c.kbOf,
            false,
            c.options,
          ),
        );
      if (owner)
        relations.push({
          start: t.start[i]!,
          end: target.end,
          relation: rel,
          of: owner.id,
          target: target.id,
        });
    }
  }
  return relations;

  function relationAfter(j: number): { tok: number; relation: string } | null {
    // "his controversial spouse": skip up to `relationModifiers` lower-case modifiers
    const stop = Math.min(t.count, j + 1 + c.options.relationModifiers);
    for (let k = j; k < stop && t.kind[k] === TokenKind.word && t.cap[k] !== 1; k++) {
      const r = RELATION_NOUNS.get(t.hash[k]!);
      if (r) return { tok: k, relation: r };
    }
    return null;
  }
  function linkRelation(k: number, relation: string, owner: Ent, start: number): void {
    const named = nameAfter(k);
    if (named) {
      relations.push({ start, end: named.end, relation, of: owner.id, target: named.id });
      return;
    }
    // no name given: the knowledge base may say who "his spouse" is
    const kb = owner.kbId ? doc.kb.get(owner.kbId) : undefined;
    if (kb?.kind !== 'person') return;
    const spouse = (r: string): boolean =>
      r === relation || (relation === 'spouse' && (r === 'wife' || r === 'husband'));
    const e = c.ents.find(
      (x) => x.kbId && x.kind === 'person' && doc.kb.relations(x.kbId, kb.id).some(spouse),
    );
    if (e) c.addReference(e, start, t.end[k]!, 'epithet', t.sentence[k]!);
  }
}
