/**
 * Entities: the people, organizations, places, events and works the article talks about, with every
 * mention clustered (Kate = Catherine = the Princess of Wales = the 42-year-old). Names come from the
 * knowledge base's aliases first, then from capitalised runs (entities/pass-names.ts); pronouns,
 * epithets and relation nouns are resolved to the person they point to (entities/references.ts).
 * Ages ("Harry, 40") and relations ("his father, King Charles") are recorded for the checks.
 */
import type { Doc } from '../../pipeline/doc.ts';
import { defineStage } from '../../pipeline/stage.ts';
import { WordMap } from '../../core/hash.ts';
import { POSSESSIVES, SUBJECT_PRONOUNS } from '../../lexicon/people.ts';
import { Cluster } from './cluster.ts';
import { EntityOptions } from './options.ts';
import { findNames } from './pass-names.ts';
import { resolveReferences } from './references.ts';

const SUBJECT_AND_POSSESSIVE = new WordMap([...SUBJECT_PRONOUNS, ...POSSESSIVES]);

function run(doc: Doc, o: EntityOptions) {
  const c = new Cluster(doc, o);
  findNames(doc, c);
  c.learnGenders(SUBJECT_AND_POSSESSIVE);
  const relations = resolveReferences(doc, c);
  const mentions = c.sortedMentions();
  return { entities: c.toEntities(), mentions, ages: c.ages, relations };
}

/** Finds people, organizations, places and events, and clusters their mentions. */
export const entitiesStage = defineStage({
  name: 'entities',
  about: 'People, organizations, places and events with clustered mentions; ages and relations stated',
  needs: ['tokens', 'lexicon', 'captions'],
  gives: ['entities', 'mentions', 'ages', 'relations'],
  options: EntityOptions,
  run,
});
