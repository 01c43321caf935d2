/** Shared helpers of the checks: names for details. */
import type { KbPerson, KbRecord } from '../../kb/types.ts';
import type { Doc } from '../../pipeline/doc.ts';
import type { Entity } from '../../report/schema.ts';

/** The KB person an entity is, if it is one. */
export function personOf(doc: Doc, entity: Entity | undefined): KbPerson | undefined {
  const r = entity?.kbId ? doc.kb.get(entity.kbId) : undefined;
  return r?.kind === 'person' ? r : undefined;
}

/**
 * The name a reader knows a record by: "Prince Harry, Duke of Sussex" reads as its first alias,
 * "Prince Harry"; names without a styled suffix ("Charles III") stay as they are.
 */
export function shortName(r: KbRecord): string {
  if (!r.name.includes(',')) return r.name;
  return r.aliases[0] ?? r.name.slice(0, r.name.indexOf(','));
}

/** "Prince Harry" → "Prince Harry's"; names ending in s keep the 's too, as British style does. */
export const possessive = (name: string): string => `${name}'s`;
