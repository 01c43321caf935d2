/**
 * Knowledge-base aliases as a phrase matcher over token hashes, built once per knowledge base: the
 * stages find names and events by comparing word hashes at each token instead of building and
 * normalising a string for every candidate span. A possessive form of each alias ("Kate's") matches
 * too, and says so, so the mention can stop before the "'s".
 */
import { foldApostrophes } from '../core/hash.ts';
import { matchAt, type PhraseMatcher, phraseMatcher } from '../lexicon/phrases.ts';
import type { Tokens } from '../pipeline/doc.ts';
import type { Kb, KbEvent, KbRecord } from './types.ts';

/** What an alias match names: the records sharing the alias, and whether the text adds a possessive. */
export interface AliasHit {
  readonly records: readonly KbRecord[];
  /** The records that are events, picked out once (the dates stage asks at every name). */
  readonly events: readonly KbEvent[];
  readonly possessive: boolean;
}

const CACHE = new WeakMap<Kb, PhraseMatcher<AliasHit>>();
const EVENT_CACHE = new WeakMap<Kb, PhraseMatcher<AliasHit>>();
/** The knowledge base asked last and its matcher: the stages ask at every capitalised token. */
let lastKb: Kb | null = null;
let lastMatcher: PhraseMatcher<AliasHit> | null = null;

/** The alias matcher of a knowledge base (cached). */
export function aliasMatcher(kb: Kb): PhraseMatcher<AliasHit> {
  if (kb === lastKb && lastMatcher) return lastMatcher;
  let m = CACHE.get(kb);
  if (m) {
    lastKb = kb;
    lastMatcher = m;
    return m;
  }
  const byAlias = new Map<string, KbRecord[]>();
  for (const r of kb.records()) {
    for (const name of new Set([r.name, ...r.aliases])) {
      const key = foldApostrophes(name.toLowerCase()).replace(/\s+/g, ' ').trim();
      // "Beyonce" finds Beyoncé: the accentless spelling is an alias too
      const plain = key.normalize('NFD').replace(/\p{M}+/gu, '');
      for (const k of new Set([key, plain])) {
        const list = byAlias.get(k) ?? [];
        if (!list.includes(r)) byAlias.set(k, [...list, r]);
      }
    }
  }
  const entries: [string, AliasHit][] = [];
  for (const [alias, records] of byAlias) {
    const events = records.filter((r): r is KbEvent => r.kind === 'event');
    entries.push([alias, { records, events, possessive: false }]);
    if (!alias.endsWith("'s")) entries.push([`${alias}'s`, { records, events, possessive: true }]);
  }
  m = phraseMatcher(entries);
  CACHE.set(kb, m);
  EVENT_CACHE.set(kb, phraseMatcher(entries.filter(([, hit]) => hit.events.length > 0)));
  lastKb = kb;
  lastMatcher = m;
  return m;
}

/** The longest alias starting at token `i`, or null. */
export function aliasAt(kb: Kb, tokens: Tokens, i: number): { last: number; value: AliasHit } | null {
  return kb.size === 0 ? null : matchAt(aliasMatcher(kb), tokens, i);
}

/**
 * Whether an alias naming an event starts at token `i`. The aliases of events alone, in a matcher of
 * their own: a token where none starts can start no alias with events, so the dates stage asks the
 * whole alias matcher (which walks every person's name) only at the few tokens where one does.
 */
export function eventAliasAt(kb: Kb, tokens: Tokens, i: number): boolean {
  if (kb.size === 0) return false;
  aliasMatcher(kb);
  return matchAt(EVENT_CACHE.get(kb)!, tokens, i) !== null;
}
