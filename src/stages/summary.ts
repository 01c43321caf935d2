/** The summary: totals a reader wants at a glance, derived from the findings (never kept by hand). */
import { type Doc, TokenKind } from '../pipeline/doc.ts';
import { defineStage } from '../pipeline/stage.ts';
import type { Summary } from '../report/schema.ts';

const ANONYMOUS = new Set(['anonymous', 'unnamed-media']);
const round = (x: number): number => Math.round(x * 1000) / 1000;

function run(doc: Doc): { summary: Summary } {
  let words = 0;
  for (let i = 0; i < doc.tokens.count; i++) if (doc.tokens.kind[i] !== TokenKind.punct) words++;
  const quotedWords = doc.quotes.reduce((n, q) => n + q.words, 0);
  const anonQuotes = doc.quotes.filter((q) => ANONYMOUS.has(q.speaker.kind)).length;
  const sourcesByKind: Record<string, number> = {};
  for (const s of doc.sources) sourcesByKind[s.kind] = (sourcesByKind[s.kind] ?? 0) + 1;
  const claimsByType: Record<string, number> = {};
  for (const c of doc.claims) claimsByType[c.type] = (claimsByType[c.type] ?? 0) + 1;
  const kindOf = new Map(doc.sources.map((s) => [s.id, s.kind]));
  const support = { anonymous: 0, named: 0, none: 0 };
  for (const c of doc.claims) {
    const k = c.sourceId ? kindOf.get(c.sourceId) : undefined;
    if (!k) support.none++;
    else if (k === 'named-person' || k === 'named-organization' || k === 'document') support.named++;
    else support.anonymous++;
  }
  const n = doc.claims.length || 1;
  // sources cited without quoted words (quotes: 0) are not quoted
  const quotedEntities = new Set(
    doc.sources
      .filter((s) => s.quotes > 0)
      .map((s) => s.entityId)
      .filter((x) => x !== null),
  );
  const mindReading = doc.claims.filter(
    // about[0] is whose mind the claim reads (see claims.ts); others it names do not matter here
    (c) => c.type === 'mental-state' && c.about[0] !== undefined && !quotedEntities.has(c.about[0]),
  ).length;
  const per100 = (x: number): number => (words ? round((x * 100) / words) : 0);
  return {
    summary: {
      words,
      quotes: doc.quotes.length,
      quotedWords,
      quotedShare: words ? round(quotedWords / words) : 0,
      anonymousShare: doc.quotes.length ? round(anonQuotes / doc.quotes.length) : 0,
      namedSources: doc.sources.filter((s) => s.kind === 'named-person' || s.kind === 'named-organization')
        .length,
      anonymousSources: doc.sources.filter((s) => s.kind === 'anonymous').length,
      sourcesByKind,
      claims: doc.claims.length,
      claimsByType,
      claimSupport: {
        anonymous: round(support.anonymous / n),
        named: round(support.named / n),
        none: round(support.none / n),
      },
      unquotedMindReading: mindReading,
      hedgesPer100Words: per100(doc.hedges.filter((h) => h.kind !== 'booster').length),
      emotivePer100Words: per100(doc.language.emotive.length),
    },
  };
}

/** Computes the summary totals. */
export const summaryStage = defineStage({
  name: 'summary',
  about: 'Totals derived from the findings',
  needs: ['tokens', 'quotes', 'sources', 'claims', 'hedges', 'language'],
  gives: ['summary'],
  run,
});
