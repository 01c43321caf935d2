/**
 * Reference resolution for the entities stage: which person a pronoun, an epithet ("the 42-year-old")
 * or a relation ("his wife") points to. The nearest compatible person before it wins; a pronoun with
 * no one before it may point forward within its sentence ("His father … Prince Harry").
 */
import type { KbPerson } from '../../kb/types.ts';
import type { Doc } from '../../pipeline/doc.ts';
import { ageRange, parseDay } from '../dates/days.ts';
import { ENTITY_DEFAULTS, type EntityOptions } from './options.ts';

/** A person mention resolution can point to. */
export interface Anchor {
  readonly start: number;
  readonly sentence: number;
  readonly entityId: string;
  readonly gender: 'female' | 'male' | null;
  /** A name in apposition to a relation noun ("his father, King Charles"): never a cataphora target. */
  readonly appositive?: boolean;
  /** A person guessed from capitals alone: pronouns pass over it while a surer person is near. */
  readonly weak?: boolean;
}

/** What a resolved reference must satisfy. */
export interface Constraint {
  readonly gender: 'female' | 'male' | null;
  readonly age?: number;
  readonly exclude?: string;
  readonly sentence: number;
}

/**
 * Whether anchor `a` satisfies `want` (gender, age, not the excluded one). A function of its own, not a
 * closure made per call of `resolve`: one is resolved per pronoun.
 */
function fits(
  a: Anchor,
  want: Constraint,
  doc: Doc,
  kbOf: (entityId: string) => KbPerson | undefined,
  knownAgeOnly: boolean,
): boolean {
  if (a.entityId === want.exclude) return false;
  if (want.gender && a.gender && a.gender !== want.gender) return false;
  if (want.age !== undefined) {
    // a partial birth date allows both ages the person may be
    const range = ageRange(kbOf(a.entityId)?.born ?? null, parseDay(doc.meta.date));
    if (range !== null ? want.age < range[0] || want.age > range[1] : knownAgeOnly) return false;
  }
  return true;
}

/** Finds the person a reference at `pos` points to, given the anchors seen so far (sorted). */
export function resolve(
  doc: Doc,
  anchors: readonly Anchor[],
  pos: number,
  want: Constraint,
  kbOf: (entityId: string) => KbPerson | undefined,
  /** Only people whose age is known can match an age. */
  knownAgeOnly = false,
  reach: Pick<EntityOptions, 'resolveReach' | 'weakNameReach'> = ENTITY_DEFAULTS,
): string | null {
  let i = anchors.length - 1;
  while (i >= 0 && anchors[i]!.start >= pos) i--;
  let weakFit: Anchor | null = null;
  for (let k = i; k >= 0; k--) {
    const a = anchors[k]!;
    if (want.sentence - a.sentence > reach.resolveReach) break;
    if (!fits(a, want, doc, kbOf, knownAgeOnly)) continue;
    if (!a.weak) return a.entityId;
    weakFit ??= a;
  }
  // a name of unknown sort is taken only when nothing surer is near and it is close by
  if (weakFit && (!want.gender || want.sentence - weakFit.sentence <= reach.weakNameReach))
    return weakFit.entityId;
  for (let k = i + 1; k < anchors.length; k++) {
    const a = anchors[k]!;
    if (a.sentence !== want.sentence) break;
    if (!a.appositive && !a.weak && fits(a, want, doc, kbOf, knownAgeOnly)) return a.entityId;
  }
  return null;
}

/** The gender of the first he/she/his/her after token `from` in its sentence: a hint for epithets. */
export function genderAhead(doc: Doc, from: number, pronouns: ReadonlyMap<number, 'female' | 'male' | null>) {
  const t = doc.tokens;
  const s = t.sentence[from];
  for (let j = from + 1; j < t.count && t.sentence[j] === s; j++) {
    const g = pronouns.get(t.hash[j]!);
    if (g) return g;
  }
  return null;
}
