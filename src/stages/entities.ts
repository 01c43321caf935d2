/**
 * Entities: the people, organizations, places, events and works the article talks about, with every
 * mention clustered (Kate = Catherine = the Princess of Wales = the 42-year-old). Names come from the
 * knowledge base's aliases first, then from capitalised runs; pronouns, epithets and relation nouns
 * are resolved to the person they point to. Ages ("Harry, 40") and relations ("his father, King
 * Charles") are recorded for the consistency checks.
 */
import { OUTLETS, PLACES, EVENT_HEADS, ORG_HEADS } from '../lexicon/gazetteer.ts';
import { hashWord } from '../lexicon/hash.ts';
import { matchAt, phraseMatcher } from '../lexicon/phrases.ts';
import { POSSESSIVES, PRONOUNS, RELATION_NOUNS, ROLE_NOUNS, TITLES } from '../lexicon/people.ts';
import { ANONYMOUS_HEADS } from '../lexicon/sources.ts';
import { NOT_NAMES } from '../lexicon/stopwords.ts';
import type { KbPerson, KbRecord } from '../kb/types.ts';
import {
  type AgeMention,
  type Doc,
  type Mention,
  type RelationMention,
  type Stage,
  TokenKind,
} from '../pipeline/doc.ts';
import type { Entity, Span } from '../report/schema.ts';
import { capitalRun, kbNameAt, possessiveLength } from './entities/names.ts';
import { type Anchor, genderAhead, resolve } from './entities/resolve.ts';

type Kind = Entity['kind'];
type Gender = 'female' | 'male' | null;
interface Ent {
  id: string;
  kind: Kind;
  name: string;
  mentions: Span[];
  kbId: string | null;
  gender: Gender;
  words: string[];
}

const THE = hashWord('the');
const OUTLET_PHRASES = phraseMatcher([...OUTLETS].map((o) => [o, true] as const));
const YEAR_OLD = /^(\d{1,3})-year-old$/i;

function run(doc: Doc) {
  const t = doc.tokens;
  const text = doc.text;
  const ents: Ent[] = [];
  const byKey = new Map<string, Ent>();
  const mentions: Mention[] = [];
  const ages: AgeMention[] = [];
  const anchors: Anchor[] = [];
  const sentenceStart = (i: number): boolean =>
    i === 0 || t.sentence[i - 1] !== t.sentence[i] || t.kind[i - 1] === TokenKind.punct;
  const midCaps = new Set<number>();
  for (let i = 0; i < t.count; i++) if (t.cap[i] === 1 && !sentenceStart(i)) midCaps.add(t.hash[i]!);

  const entity = (key: string, kind: Kind, name: string, kbId: string | null, gender: Gender): Ent => {
    let e = byKey.get(key);
    if (!e) {
      e = {
        id: `e${ents.length + 1}`,
        kind,
        name,
        mentions: [],
        kbId,
        gender,
        words: name.toLowerCase().split(/[\s,]+/),
      };
      ents.push(e);
      byKey.set(key, e);
    }
    return e;
  };
  const kbOf = (id: string): KbPerson | undefined => {
    const e = ents.find((x) => x.id === id);
    const r = e?.kbId ? doc.kb.get(e.kbId) : undefined;
    return r?.kind === 'person' ? r : undefined;
  };
  const addMention = (e: Ent, start: number, end: number, form: Mention['form'], tok: number): void => {
    e.mentions.push({ start, end });
    mentions.push({ start, end, entityId: e.id, form });
    if (e.kind !== 'person') return;
    const before =
      t.kind[tok - 1] === TokenKind.punct && text.charCodeAt(t.start[tok - 1]!) === 44 ? tok - 2 : tok - 1;
    const appositive = before >= 0 && RELATION_NOUNS.has(t.hash[before]!);
    anchors.push({ start, sentence: t.sentence[tok]!, entityId: e.id, gender: e.gender, appositive });
  };
  const pickRecord = (records: readonly KbRecord[]): KbRecord =>
    records.find((r) => byKey.has(`kb:${r.id}`)) ?? records[0]!;

  // Photo credits name agencies, not people in the story.
  const credits = doc.captions.flatMap((c) => (c.creditSpan ? [c.creditSpan] : []));
  for (const c of credits) {
    const name = text.slice(c.start, c.end);
    addMention(
      entity(`organization:${name.toLowerCase()}`, 'organization', name, null, null),
      c.start,
      c.end,
      'name',
      0,
    );
  }
  // Pass A: names.
  for (let i = 0; i < t.count; i++) {
    if (t.kind[i] !== TokenKind.word) continue;
    const credit = credits.find((c) => t.start[i]! >= c.start && t.start[i]! < c.end);
    if (credit) {
      while (i + 1 < t.count && t.start[i + 1]! < credit.end) i++;
      continue;
    }
    const kbm = kbNameAt(doc, i);
    if (kbm) {
      const r = pickRecord(kbm.records);
      const e = entity(
        `kb:${r.id}`,
        r.kind === 'person' ? 'person' : 'event',
        r.name,
        r.id,
        r.kind === 'person' ? r.gender : null,
      );
      addMention(e, kbm.start, kbm.end, kbm.first === kbm.last ? 'name' : 'title', i);
      ageAfter(e, kbm.start, kbm.last);
      i = kbm.last;
      continue;
    }
    if (NOT_NAMES.has(t.hash[i]!)) continue;
    const outletEnd = outletAt(i);
    if (outletEnd >= 0) {
      const start = t.start[i]!;
      const end = t.end[outletEnd]! - possessiveLength(text, t.end[outletEnd]!);
      const name = text.slice(start, end).replace(/\s+/g, ' ');
      addMention(
        entity(`organization:${name.toLowerCase()}`, 'organization', name, null, null),
        start,
        end,
        'name',
        i,
      );
      i = outletEnd;
      continue;
    }
    const run = capitalRun(doc, i);
    if (!run) continue;
    let first = run.first;
    // a lone first or last name of someone already met is that person, even opening a sentence
    if (first === run.last) {
      const word = text
        .slice(t.start[first]!, t.end[first]! - possessiveLength(text, t.end[first]!))
        .toLowerCase();
      const prev = ents.find((e) => e.kind === 'person' && e.words.length > 1 && e.words.includes(word));
      if (prev) {
        addMention(
          prev,
          t.start[first]!,
          t.end[first]! - possessiveLength(text, t.end[first]!),
          'name',
          first,
        );
        i = run.last;
        continue;
      }
    }
    // "a Royal Insider" is a descriptor, not a name
    if (ANONYMOUS_HEADS.has(t.hash[run.last]!)) {
      i = run.last;
      continue;
    }
    while (
      first <= run.last &&
      (NOT_NAMES.has(t.hash[first]!) ||
        (sentenceStart(first) && !midCaps.has(t.hash[first]!) && first === run.last))
    )
      first++;
    if (first > run.last) {
      i = run.last;
      continue;
    }
    const lastTok = run.last;
    const start = t.start[first]!;
    const end = t.end[lastTok]! - possessiveLength(text, t.end[lastTok]!);
    const name = text.slice(start, end).replace(/\s+/g, ' ');
    const lower = name.toLowerCase().replace(/’/g, "'");
    const title = TITLES.get(t.hash[first]!);
    let kind: Kind = 'person';
    if (PLACES.has(lower)) kind = 'place';
    else if (OUTLETS.has(lower) || ORG_HEADS.has(t.hash[lastTok]!)) kind = 'organization';
    else if (EVENT_HEADS.has(t.hash[lastTok]!)) kind = 'event';
    else if (title === undefined && first === lastTok) {
      // a lone capitalised word is a person only when it names part of someone already met
      const prev = ents.find((e) => e.kind === 'person' && e.words.includes(lower));
      if (prev) {
        addMention(prev, start, end, 'name', first);
        i = lastTok;
        continue;
      }
      kind = /^[A-Z]{2,}$/.test(name) ? 'organization' : 'person';
    }
    const e = entity(`${kind}:${lower}`, kind, name, null, title ?? null);
    addMention(e, start, end, title !== undefined ? 'title' : 'name', first);
    if (kind === 'person') ageAfter(e, start, lastTok);
    i = lastTok;
  }

  function outletAt(i: number): number {
    // outlet names may hold a possessive ("Woman's Day") that ends an ordinary name run
    if (t.cap[i] !== 1) return -1;
    return matchAt(OUTLET_PHRASES, t, i)?.last ?? -1;
  }

  function ageAfter(e: Ent, start: number, last: number): void {
    // "Harry, 40," — an appositive age
    const c = last + 1;
    if (e.kind !== 'person' || c + 1 >= t.count) return;
    if (text.charCodeAt(t.start[c]!) !== 44 || t.kind[c + 1] !== TokenKind.number) return;
    const after = t.start[c + 2] ?? text.length;
    const next = text.charCodeAt(after);
    if (c + 2 < t.count && t.kind[c + 2] !== TokenKind.punct) return;
    if (next === 37) return; // a percentage
    const age = Number(text.slice(t.start[c + 1]!, t.end[c + 1]!));
    if (age > 0 && age < 120) ages.push({ start, end: t.end[c + 1]!, entityId: e.id, age });
  }

  anchors.sort((a, b) => a.start - b.start);
  const relations: RelationMention[] = [];
  // Pass B: pronouns, epithets and relation nouns, resolved against the names.
  for (let i = 0; i < t.count; i++) {
    if (t.kind[i] !== TokenKind.word) continue;
    const h = t.hash[i]!;
    const sentence = t.sentence[i]!;
    const pg = PRONOUNS.get(h);
    if (pg) {
      const id = resolve(doc, anchors, t.start[i]!, { gender: pg, sentence }, kbOf);
      const e = id ? ents.find((x) => x.id === id) : undefined;
      if (e) {
        e.mentions.push({ start: t.start[i]!, end: t.end[i]! });
        mentions.push({ start: t.start[i]!, end: t.end[i]!, entityId: e.id, form: 'pronoun' });
        insertAnchor(anchors, { start: t.start[i]!, sentence, entityId: e.id, gender: pg });
      }
      const rel = POSSESSIVES.has(h) ? relationAfter(i + 1) : null;
      if (rel && e) linkRelation(rel.tok, rel.relation, e, t.start[i]!);
      continue;
    }
    if (h === THE && i + 1 < t.count) {
      const m = YEAR_OLD.exec(
        text.slice(t.start[i + 1]!, t.end[i + 1]! - possessiveLength(text, t.end[i + 1]!)),
      );
      let endTok = -1;
      let age: number | undefined;
      let gender: Gender = null;
      if (m) {
        endTok = i + 1;
        age = Number(m[1]);
      } else {
        for (let j = i + 1; j < Math.min(t.count, i + 4) && t.kind[j] === TokenKind.word; j++) {
          if (ROLE_NOUNS.has(t.hash[j]!) && t.cap[j] !== 1) {
            endTok = j;
            gender = ROLE_NOUNS.get(t.hash[j]!) ?? null;
            break;
          }
          if (t.cap[j] !== 1 && j > i + 1) break;
        }
      }
      if (endTok < 0) continue;
      gender ??= genderAhead(doc, endTok, PRONOUNS);
      const want = age === undefined ? { gender, sentence } : { gender, sentence, age };
      const id = resolve(doc, anchors, t.start[i]!, want, kbOf);
      const e = id ? ents.find((x) => x.id === id) : undefined;
      if (!e) continue;
      const end = t.end[endTok]! - possessiveLength(text, t.end[endTok]!);
      e.mentions.push({ start: t.start[i]!, end });
      mentions.push({ start: t.start[i]!, end, entityId: e.id, form: 'epithet' });
      insertAnchor(anchors, { start: t.start[i]!, sentence, entityId: e.id, gender: e.gender });
      if (age !== undefined) ages.push({ start: t.start[i]!, end, entityId: e.id, age });
      i = endTok;
      continue;
    }
    // a bare relation noun before a name or after "or": "wife Meghan", "or brother, Prince William"
    const rel = RELATION_NOUNS.get(h);
    if (rel && t.cap[i] !== 1 && (i === 0 || !POSSESSIVES.has(t.hash[i - 1]!))) {
      const prevRel = relations.at(-1);
      const ofId = prevRel && t.sentence[tokenOf(prevRel.start)] === sentence ? prevRel.of : null;
      const ofE = ents.find((x) => x.id === ofId);
      const target = nameAfter(i);
      if (target) {
        const owner =
          ofE ??
          ents.find(
            (x) =>
              x.id ===
              resolve(doc, anchors, t.start[i]!, { gender: null, sentence, exclude: target.id }, kbOf),
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
  }

  function tokenOf(offset: number): number {
    let k = 0;
    while (k < t.count && t.start[k]! < offset) k++;
    return k;
  }
  function relationAfter(j: number): { tok: number; relation: string } | null {
    // "his controversial spouse": skip up to two lower-case modifiers
    for (let k = j; k < Math.min(t.count, j + 3) && t.kind[k] === TokenKind.word && t.cap[k] !== 1; k++) {
      const r = RELATION_NOUNS.get(t.hash[k]!);
      if (r) return { tok: k, relation: r };
    }
    return null;
  }
  function nameAfter(k: number): { id: string; end: number } | null {
    let j = k + 1;
    if (j < t.count && text.charCodeAt(t.start[j]!) === 44) j++;
    const m = mentions.find((x) => x.start === t.start[j] && (x.form === 'name' || x.form === 'title'));
    return m ? { id: m.entityId, end: m.end } : null;
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
    for (const e of ents) {
      if (
        e.kbId &&
        e.kind === 'person' &&
        doc.kb
          .relations(e.kbId, kb.id)
          .some((r) => r === relation || (relation === 'spouse' && (r === 'wife' || r === 'husband')))
      ) {
        const end = t.end[k]!;
        e.mentions.push({ start, end });
        mentions.push({ start, end, entityId: e.id, form: 'epithet' });
        return;
      }
    }
  }

  mentions.sort((a, b) => a.start - b.start);
  const entities: Entity[] = ents.map((e) => ({
    id: e.id,
    kind: e.kind,
    name: e.name,
    mentions: e.mentions.sort((a, b) => a.start - b.start),
    kbId: e.kbId,
    gender: e.gender,
  }));
  return { entities, mentions, ages, relations };
}

function insertAnchor(anchors: Anchor[], a: Anchor): void {
  let k = anchors.length;
  while (k > 0 && anchors[k - 1]!.start > a.start) k--;
  anchors.splice(k, 0, a);
}

/** Finds people, organizations, places and events, and clusters their mentions. */
export const entitiesStage: Stage = { name: 'entities', run };
