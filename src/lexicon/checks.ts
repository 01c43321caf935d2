/**
 * Word lists the checks stage reads (data only). Written for this project from ordinary English usage
 * in news copy: how a death is told ("sadly died", "the passing of"), the words that order a date
 * against an event ("after", "before"), the glue that may stand between them ("which took place in"),
 * and the words that open a new clause. Relation words that are not family: from the Knowledge base's
 * relation vocabulary (spouse, parent, child, sibling), which records marriages but not engagements.
 */

/** Words that make a dead person's mention their death ("the Queen died", "Philip's passing"). */
export const DEATH_WORDS = ['died', 'death', 'passing', 'passed'];
/** Words that may stand between the name and the death word ("sadly died", "had passed"). */
export const DEATH_FILLERS = ['sadly', 'tragically', 'suddenly', 'peacefully', 'had', 'has'];
/** Words that put a date after an event ("after the Queen's death"). */
export const ORDER_AFTER = ['after', 'following', 'since'];
/** Words that put a date before an event ("ahead of the coronation"). */
export const ORDER_BEFORE = ['before', 'until', 'till', 'ahead', 'prior'];
/** Words that may stand between an event and its date. */
export const EVENT_GLUE = 'in on at of during the was which that took place back just shortly soon'.split(' ');
/** Words that open a new clause: a past verb beyond them does not date the clause of the date. */
export const CLAUSE_WORDS = 'but while although though whereas because who whom whose which'.split(' ');
/** After a comma these start a new clause: "Tomorrow is Fat Tuesday, and I've got…". */
export const CLAUSE_JOINS = ['and', 'or', 'so', 'yet'];
/** Articles: a year after one names a thing ("the 2025 tour"), not a date. */
export const ARTICLES = ['the', 'a', 'an'];
/** Relation words the knowledge base cannot bear out: it records marriages, not courtships. */
export const ROMANTIC = ['partner', 'fiancé', 'fiancée', 'fiance', 'fiancee', 'girlfriend', 'boyfriend'];
/** Former relations: the knowledge base records marriages but not whether they ended. */
export const FORMER = ['ex-wife', 'ex-husband', 'ex'];
