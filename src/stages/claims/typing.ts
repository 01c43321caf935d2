/**
 * Claim typing, in order of precedence: speculation (a hedge or agentless hearsay governs it),
 * mental-state (a person followed closely by a word of thinking or feeling), reported (an attributed
 * author claim), fact (something checkable: a number, a date, a place, an age), else opinion.
 */
import { EVALUATIVE, MENTAL } from '../../lexicon/mental.ts';
import { type Doc, type Mention, TokenKind } from '../../pipeline/doc.ts';
import { tokenAtOrAfter } from '../../pipeline/spans.ts';
import type { ClaimType, Hedge, Span } from '../../report/schema.ts';

/** The type of a claim and the sentence that explains it, plus whom a mental-state claim is about. */
export interface Typing {
  readonly type: ClaimType;
  readonly reason: string;
  readonly experiencer: string | null;
}

/** Types the claim `[start, end)`. `attributed` is true when an author claim cites a source. */
export function typeClaim(
  doc: Doc,
  claim: Span,
  hedges: readonly Hedge[],
  persons: readonly Mention[],
  attributed: boolean,
  quoted: boolean,
): Typing {
  const { start, end } = claim;
  const t = doc.tokens;
  const text = doc.text;
  // hearsay with an (unnamed) agent in an attributed sentence is reporting, not the writer's guess
  const hedge = hedges.find(
    (h) => h.kind === 'hedge' || h.agentless || (h.kind === 'hearsay' && !attributed),
  );
  if (hedge) {
    const cue = text.slice(hedge.start, hedge.end);
    return {
      type: 'speculation',
      reason: hedge.agentless
        ? `Rests on “${cue}”, hearsay with no one behind it.`
        : hedge.kind === 'hearsay'
          ? `Rests on “${cue}”, hearsay from unnamed people.`
          : `Hedged with “${cue}”: the writer does not commit to it.`,
      experiencer: null,
    };
  }
  const a = tokenAtOrAfter(t, start);
  let checkable = '';
  let evaluative = '';
  for (let i = a; i < t.count && t.end[i]! <= end; i++) {
    const h = t.hash[i]!;
    if (t.kind[i] === TokenKind.punct) continue;
    if (MENTAL.has(h)) {
      // the experiencer: the last person named within five words before the mental word
      const before = persons.filter((m) => m.end <= t.start[i]! && t.start[i]! - m.end < 40).at(-1);
      // "The Duke's travel plans": a possessive names an owner, not someone thinking
      const possessive = before && /^['’]s\b/.test(text.slice(before.end, before.end + 3));
      if (before && !possessive) {
        const who = doc.entities.find((e) => e.id === before.entityId)!;
        const word = text.slice(t.start[i]!, t.end[i]!);
        return {
          type: 'mental-state',
          reason: `Says what ${who.name} thinks or feels (“${word}”)${quoted ? ', in someone else’s words' : ''}.`,
          experiencer: who.id,
        };
      }
    }
    if (!checkable && t.kind[i] === TokenKind.number) checkable = text.slice(t.start[i]!, t.end[i]!);
    if (!evaluative && EVALUATIVE.has(h)) evaluative = text.slice(t.start[i]!, t.end[i]!);
  }
  if (attributed)
    return { type: 'reported', reason: 'Attributed to a source the article cites.', experiencer: null };
  if (!checkable) {
    const date = doc.dates.find((d) => d.start >= start && d.end <= end);
    const place = doc.mentions.find(
      (m) =>
        m.start >= start && m.end <= end && doc.entities.find((e) => e.id === m.entityId)?.kind !== 'person',
    );
    checkable = date ? date.text : place ? text.slice(place.start, place.end) : '';
  }
  if (evaluative) {
    return {
      type: 'opinion',
      reason: `An evaluation (“${evaluative}”), not something one could check.`,
      experiencer: null,
    };
  }
  if (checkable) {
    return { type: 'fact', reason: `Checkable: it names “${checkable}”.`, experiencer: null };
  }
  return {
    type: 'opinion',
    reason: 'Nothing in it could be checked: a characterisation.',
    experiencer: null,
  };
}
