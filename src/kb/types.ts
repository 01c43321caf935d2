/**
 * The knowledge base as the pipeline sees it. The record format itself (JSON Lines) is defined with zod
 * in `format.ts`; this interface is what stages may ask of a loaded knowledge base.
 */

/** A person in the knowledge base. Dates are ISO (YYYY-MM-DD, or YYYY-MM / YYYY when only that is known). */
export interface KbPerson {
  readonly kind: 'person';
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly titles: readonly string[];
  readonly gender: 'female' | 'male' | null;
  readonly born: string | null;
  readonly died: string | null;
  readonly spouses: readonly string[];
  readonly parents: readonly string[];
  readonly children: readonly string[];
  readonly siblings: readonly string[];
  readonly occupations: readonly string[];
}

/** A dated event in the knowledge base (a death, a wedding, a coronation…). */
export interface KbEvent {
  readonly kind: 'event';
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly date: string;
  readonly participants: readonly string[];
}

/** A knowledge-base record. */
export type KbRecord = KbPerson | KbEvent;

/** A loaded, indexed knowledge base. */
export interface Kb {
  readonly size: number;
  /** Every record, in no particular order. */
  readonly records: () => Iterable<KbRecord>;
  /** The record with this id. */
  readonly get: (id: string) => KbRecord | undefined;
  /**
   * Records whose name or alias is exactly this text (case-insensitive, ’ folded to ', accents and runs of
   * spaces folded). Ambiguous aliases ("Harry", "the Queen") return every match, for the caller to pick.
   */
  readonly lookup: (name: string) => readonly KbRecord[];
  /** The longest alias, in words: how far a name matcher needs to look ahead. */
  readonly maxAliasWords: number;
  /**
   * Every relation word that holds from `a` to `b` ("father" when a is b's father), in-laws derived:
   * father, mother, parent, son, daughter, child, brother, sister, sibling, husband, wife, spouse,
   * brother-in-law, sister-in-law, father-in-law, mother-in-law, son-in-law, daughter-in-law,
   * grandfather, grandmother, grandson, granddaughter, uncle, aunt, nephew, niece; also the neutral
   * sibling-in-law, parent-in-law, child-in-law, grandparent, grandchild, and step-parent, stepfather,
   * stepmother, stepchild, stepson, stepdaughter. Gendered words need the record's gender. Spouses
   * include former spouses (as Wikidata's P26 does), so "husband" also holds for an ex-husband.
   */
  readonly relations: (a: string, b: string) => readonly string[];
}
