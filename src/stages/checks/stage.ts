/**
 * Checks: the checkable facts of an article held against the knowledge base and the calendar — ages,
 * two ages for one person, family relations, dates of known events, weekdays of dates, and events told
 * as past but dated after the article. Runs after the entities and dates stages, whose findings it reads.
 * Each check says in `detail` why, with the dates, and lists in `evidence` the facts it used.
 */
import type { Doc } from '../../pipeline/doc.ts';
import { defineStage } from '../../pipeline/stage.ts';
import type { Check } from '../../report/schema.ts';
import { ageChecks } from './ages.ts';
import { eventChecks } from './events.ts';
import { CHECK_DEFAULTS, CheckOptions } from './options.ts';
import { relationChecks } from './relations.ts';
import { timeChecks } from './time.ts';

/** Every check of a document, in text order. */
export function findChecks(doc: Doc, o: CheckOptions = CHECK_DEFAULTS): Check[] {
  // concat, not spreads: a spread's inlined iteration deoptimised on each new array kind
  return ageChecks(doc)
    .concat(relationChecks(doc, o), eventChecks(doc, o), timeChecks(doc, o))
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

/** The checks stage: consistency checks of ages, relations, event dates and weekdays. */
export const checksStage = defineStage({
  name: 'checks',
  about:
    'Ages, relations and event dates against the knowledge base; weekdays; past events dated in the future',
  needs: ['tokens', 'sentences', 'entities', 'mentions', 'ages', 'relations', 'dates', 'events'],
  gives: ['checks'],
  options: CheckOptions,
  run: (doc, o) => ({ checks: findChecks(doc, o) }),
});
