/**
 * The entities under construction: each entity with its mentions, indexed by id, key and name word,
 * and the anchors (person mentions in text order) that references resolve against.
 */
import type { KbPerson, KbRecord } from '../../kb/types.ts';
import { type AgeMention, type Doc, type Mention, TokenKind } from '../../pipeline/doc.ts';
import { foldApostrophes, hashRange, hashWord } from '../../core/hash.ts';
import { WordIndex } from '../../core/word-table.ts';
import { RELATION_NOUNS, TITLES } from '../../lexicon/people.ts';
import type { Entity, Span } from '../../report/schema.ts';
import { tokenAtOrAfter } from '../../core/spans.ts';
import { ENTITY_DEFAULTS, type EntityOptions } from './options.ts';
import type { Anchor } from './resolve.ts';
import { codeAt } from '../../core/chars.ts';

/** An entity being built. `weak`: a person guessed from capitals alone (no title, given name or KB record). */
export interface Ent {
  readonly id: string;
  readonly kind: Entity['kind'];
  readonly name: string;
  readonly mentions: Span[];
  readonly kbId: string | null;
  gender: 'female' | 'male' | null;
  /** How many words a person's name has (split at spaces and commas); 0 for other kinds, never read. */
  readonly words: number;
  readonly weak: boolean;
}

/** Collects entities, mentions, ages and anchors for one document. */
export class Cluster {
  readonly ents: Ent[] = [];
  /** Name and title mentions (references are kept apart until `sortedMentions` joins them). */
  readonly mentions: Mention[] = [];
  /** Pronoun and epithet mentions, in the order they were resolved. */
  private readonly references: Mention[] = [];
  readonly ages: AgeMention[] = [];
  readonly anchors: Anchor[] = [];
  private readonly byKey = new Map<string, Ent>();
  /** Entities of knowledge-base records, by record id (their own table: no key string per lookup). */
  private readonly byKb = new Map<string, Ent>();
  private readonly byId = new Map<string, Ent>();
  /** The latest person whose multi-word name holds a word, by the word's hash. */
  private readonly byWord = new WordIndex<Ent>();

  constructor(
    private readonly doc: Doc,
    /** The stage's thresholds, for the passes that share this cluster. */
    readonly options: EntityOptions = ENTITY_DEFAULTS,
  ) {}

  /** The entity under `key`, created on first use. */
  entity(
    key: string,
    kind: Ent['kind'],
    name: string,
    kbId: string | null,
    gender: Ent['gender'],
    weak = false,
  ): Ent {
    return this.byKey.get(key) ?? this.create(this.byKey, key, kind, name, kbId, gender, weak);
  }

  /** The entity of a knowledge-base record, created on first use. */
  kbEntity(r: KbRecord): Ent {
    const person = r.kind === 'person';
    return (
      this.byKb.get(r.id) ??
      this.create(this.byKb, r.id, person ? 'person' : 'event', r.name, r.id, person ? r.gender : null, false)
    );
  }

  /** True when the record already has an entity. */
  hasKb(r: KbRecord): boolean {
    return this.byKb.has(r.id);
  }

  private create(
    table: Map<string, Ent>,
    key: string,
    kind: Ent['kind'],
    name: string,
    kbId: string | null,
    gender: Ent['gender'],
    weak: boolean,
  ): Ent {
    // only a person's name words are read (learnGenders, personWithWord)
    const words = kind === 'person' ? nameWords(name) : 0;
    const e: Ent = { id: `e${this.ents.length + 1}`, kind, name, mentions: [], kbId, gender, words, weak };
    this.ents.push(e);
    table.set(key, e);
    this.byId.set(e.id, e);
    if (words > 1) {
      for (let k = 0; k < words; k++) {
        // titles and particles ("Prince", "of") name no one by themselves
        const h = WORD_HASH[k]!;
        if (WORD_LENGTH[k]! < 3 || TITLES.has(h)) continue;
        this.byWord.set(h, e);
      }
    }
    return e;
  }

  /** The entity with this id. */
  get(id: string | null | undefined): Ent | undefined {
    return id ? this.byId.get(id) : undefined;
  }

  /** The most recent person whose multi-word name holds this word, by its hash ("Marcus" → Marcus Holt). */
  personWithWord(hash: number): Ent | undefined {
    return this.byWord.get(hash);
  }

  /** The knowledge-base person behind an entity, if any. */
  kbOf = (id: string): KbPerson | undefined => {
    const e = this.byId.get(id);
    const r = e?.kbId ? this.doc.kb.get(e.kbId) : undefined;
    return r?.kind === 'person' ? r : undefined;
  };

  /** Records a name mention at token `tok`; person names become anchors for later references. */
  addName(e: Ent, start: number, end: number, form: Mention['form'], tok: number): void {
    e.mentions.push({ start, end });
    this.mentions.push({ start, end, entityId: e.id, form });
    if (e.kind !== 'person') return;
    const t = this.doc.tokens;
    const comma = t.kind[tok - 1] === TokenKind.punct && this.doc.text.charCodeAt(t.start[tok - 1]!) === 44;
    const before = comma ? tok - 2 : tok - 1;
    const appositive = before >= 0 && RELATION_NOUNS.has(t.hash[before]!);
    this.anchors.push({
      start,
      sentence: t.sentence[tok]!,
      entityId: e.id,
      gender: e.gender,
      appositive,
      weak: e.weak,
    });
  }

  /** Records a resolved reference (pronoun, epithet) and makes it an anchor too, keeping text order. */
  addReference(e: Ent, start: number, end: number, form: Mention['form'], sentence: number): void {
    e.mentions.push({ start, end });
    this.references.push({ start, end, entityId: e.id, form });
    const a: Anchor = { start, sentence, entityId: e.id, gender: e.gender, weak: e.weak };
    let k = this.anchors.length;
    while (k > 0 && this.anchors[k - 1]!.start > start) k--;
    this.anchors.splice(k, 0, a);
  }

  /**
   * A person with no title, given name or KB record takes the gender of the first he/she/his/her
   * after their first mention, in that sentence or the next, when no other person is named between.
   */
  learnGenders(pronouns: ReadonlyMap<number, 'female' | 'male' | null>): void {
    const t = this.doc.tokens;
    for (const e of this.ents) {
      // a single capitalised word may well be a place ("Cheltenham"): only full names learn
      if (e.kind !== 'person' || e.gender || e.mentions.length === 0 || (e.weak && e.words < 2)) continue;
      const first = e.mentions[0]!;
      const anchorAt = this.anchors.findIndex((a) => a.start === first.start);
      // the next anchor of someone else (no slice: a loop from the entity's first anchor on)
      let limit = Number.POSITIVE_INFINITY;
      for (let k = anchorAt + 1; k < this.anchors.length; k++) {
        const a = this.anchors[k]!;
        if (a.entityId !== e.id) {
          limit = a.start;
          break;
        }
      }
      let i = tokenAtOrAfter(t, first.end);
      const sentence = t.sentence[i] ?? -1;
      for (; i < t.count && t.start[i]! < limit && t.sentence[i]! <= sentence + 1; i++) {
        const g = pronouns.get(t.hash[i]!);
        if (g) {
          e.gender = g;
          break;
        }
      }
    }
    for (let k = 0; k < this.anchors.length; k++) {
      const a = this.anchors[k]!;
      const g = this.byId.get(a.entityId)?.gender ?? null;
      if (a.gender !== g) this.anchors[k] = { ...a, gender: g };
    }
  }

  /** Sorts the anchors by start (stable); they are pushed in text order, so this is usually a check. */
  sortAnchors(): void {
    sortByStart(this.anchors);
  }

  /**
   * Every mention, by start, as a stable sort of names then references gives them: both lists are
   * sorted (stably) and merged, a name first where both start at one offset.
   */
  sortedMentions(): Mention[] {
    const a = sortByStart(this.mentions);
    const b = sortByStart(this.references);
    if (b.length === 0) return a;
    const out: Mention[] = new Array<Mention>(a.length + b.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < a.length && j < b.length) out[k++] = b[j]!.start < a[i]!.start ? b[j++]! : a[i++]!;
    while (i < a.length) out[k++] = a[i++]!;
    while (j < b.length) out[k++] = b[j++]!;
    return out;
  }

  /** The entities as the report shows them. */
  toEntities(): Entity[] {
    return this.ents.map((e) => ({
      id: e.id,
      kind: e.kind,
      name: e.name,
      mentions: sortByStart(e.mentions),
      kbId: e.kbId,
      gender: e.gender,
    }));
  }
}

/** Hash and length of each word `nameWords` found, in order (scratch, read right after the call). */
let WORD_HASH = new Uint32Array(16);
let WORD_LENGTH = new Int32Array(16);

/** Writes word `k` of a name into the scratch, growing it. */
function putWord(k: number, h: number, length: number): void {
  if (k === WORD_HASH.length) {
    const hash = new Uint32Array(k * 2);
    const len = new Int32Array(k * 2);
    hash.set(WORD_HASH);
    len.set(WORD_LENGTH);
    WORD_HASH = hash;
    WORD_LENGTH = len;
  }
  WORD_HASH[k] = h;
  WORD_LENGTH[k] = length;
}

/** A character `split(/[\s,]+/)` splits an ASCII name at (a module function: no closure per name). */
const sep = (c: number): boolean => c === 32 || c === 44 || (c >= 9 && c <= 13);

/**
 * The words of a name as `foldApostrophes(name.toLowerCase()).split(/[\s,]+/)` gives them (empty
 * pieces at either end included): their count, with each one's hash and length in the scratch. A
 * name of ASCII letters and apostrophes is read from its character codes (lowercasing is then per
 * character, as hashing does); any other goes through the string functions.
 */
function nameWords(name: string): number {
  let plain = true;
  const length = name.length;
  for (let i = 0; i < length && plain; i++) {
    const c = codeAt(name, i);
    plain = c < 128 || c === 0x2019 || c === 0x2018;
  }
  if (!plain) {
    const words = foldApostrophes(name.toLowerCase()).split(/[\s,]+/);
    for (let k = 0; k < words.length; k++) putWord(k, hashWord(words[k]!), words[k]!.length);
    return words.length;
  }
  let n = 0;
  let s = 0;
  for (;;) {
    let e = s;
    while (e < length && !sep(codeAt(name, e))) e++;
    putWord(n++, hashRange(name, s, e), e - s);
    if (e === length) break;
    // a run of separators is one split; separators at the very end leave an empty last piece
    s = e;
    while (s < length && sep(codeAt(name, s))) s++;
  }
  return n;
}

/**
 * Sorts spans by start in place, stably, as `list.sort((a, b) => a.start - b.start)` would: an
 * insertion sort for short lists (they come nearly sorted, and it calls no comparator), the built-in
 * sort for long ones.
 */
export function sortByStart<T extends { readonly start: number }>(list: T[]): T[] {
  if (list.length > 32) return list.sort((a, b) => a.start - b.start);
  for (let i = 1; i < list.length; i++) {
    const x = list[i]!;
    let j = i - 1;
    if (list[j]!.start <= x.start) continue;
    while (j >= 0 && list[j]!.start > x.start) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = x;
  }
  return list;
}
