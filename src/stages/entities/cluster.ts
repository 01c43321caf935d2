/**
 * The entities under construction: each entity with its mentions, indexed by id, key and name word,
 * and the anchors (person mentions in text order) that references resolve against.
 */
import type { KbPerson } from '../../kb/types.ts';
import { type AgeMention, type Doc, type Mention, TokenKind } from '../../pipeline/doc.ts';
import { foldApostrophes, hashWord } from '../../lexicon/hash.ts';
import { RELATION_NOUNS, TITLES } from '../../lexicon/people.ts';
import type { Entity, Span } from '../../report/schema.ts';
import { tokenAtOrAfter } from '../../pipeline/spans.ts';
import { ENTITY_DEFAULTS, type EntityOptions } from './options.ts';
import type { Anchor } from './resolve.ts';

/** An entity being built. `weak`: a person guessed from capitals alone (no title, given name or KB record). */
export interface Ent {
  readonly id: string;
  readonly kind: Entity['kind'];
  readonly name: string;
  readonly mentions: Span[];
  readonly kbId: string | null;
  gender: 'female' | 'male' | null;
  readonly words: readonly string[];
  readonly weak: boolean;
}

/** Collects entities, mentions, ages and anchors for one document. */
export class Cluster {
  readonly ents: Ent[] = [];
  readonly mentions: Mention[] = [];
  readonly ages: AgeMention[] = [];
  readonly anchors: Anchor[] = [];
  private readonly byKey = new Map<string, Ent>();
  private readonly byId = new Map<string, Ent>();
  private readonly byWord = new Map<number, Ent[]>();

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
    let e = this.byKey.get(key);
    if (!e) {
      const words = foldApostrophes(name.toLowerCase()).split(/[\s,]+/);
      e = { id: `e${this.ents.length + 1}`, kind, name, mentions: [], kbId, gender, words, weak };
      this.ents.push(e);
      this.byKey.set(key, e);
      this.byId.set(e.id, e);
      if (kind === 'person' && words.length > 1) {
        for (const w of words) {
          // titles and particles ("Prince", "of") name no one by themselves
          const h = hashWord(w);
          if (w.length < 3 || TITLES.has(h)) continue;
          const list = this.byWord.get(h);
          if (list) list.push(e);
          else this.byWord.set(h, [e]);
        }
      }
    }
    return e;
  }

  /** True when an entity exists under `key`. */
  has(key: string): boolean {
    return this.byKey.has(key);
  }

  /** The entity with this id. */
  get(id: string | null | undefined): Ent | undefined {
    return id ? this.byId.get(id) : undefined;
  }

  /** The most recent person whose multi-word name holds this word, by its hash ("Marcus" → Marcus Holt). */
  personWithWord(hash: number): Ent | undefined {
    return this.byWord.get(hash)?.at(-1);
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
    this.mentions.push({ start, end, entityId: e.id, form });
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
      if (e.kind !== 'person' || e.gender || e.mentions.length === 0 || (e.weak && e.words.length < 2))
        continue;
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

  /** The entities as the report shows them. */
  toEntities(): Entity[] {
    return this.ents.map((e) => ({
      id: e.id,
      kind: e.kind,
      name: e.name,
      mentions: e.mentions.sort((a, b) => a.start - b.start),
      kbId: e.kbId,
      gender: e.gender,
    }));
  }
}
