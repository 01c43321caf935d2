/** The summary: totals a reader wants at a glance, derived from the findings (never kept by hand). */
import { type Doc, TokenKind } from '../../pipeline/doc.ts';
import { defineStage } from '../../pipeline/stage.ts';
import type { Summary } from '../../report/schema.ts';
import { unquotedMindReading, unverifiableGossip } from '../claims/figures.ts';

const ANONYMOUS = new Set(['anonymous', 'unnamed-media']);
const round = (x: number): number => Math.round(x * 1000) / 1000;

/** Named people and organisations, the sources a reader can hold to account by name. */
const isNamed = (k: string): boolean => k === 'named-person' || k === 'named-organization';

function run(doc: Doc): { summary: Summary } {
  let words = 0;
  const kinds = doc.tokens.kind;
  for (let i = 0; i < doc.tokens.count; i++) if (kinds[i] !== TokenKind.punct) words++;
  let quotedWords = 0;
  let anonQuotes = 0;
  for (const q of doc.quotes) {
    quotedWords += q.words;
    if (ANONYMOUS.has(q.speaker.kind)) anonQuotes++;
  }
  // one pass per section: the counts of each, and each source's kind by id for the claims' support
  const sourcesByKind: Record<string, number> = {};
  const kindOf = new Map<string, string>();
  let namedSources = 0;
  let anonymousSources = 0;
  for (const s of doc.sources) {
    sourcesByKind[s.kind] = (sourcesByKind[s.kind] ?? 0) + 1;
    kindOf.set(s.id, s.kind);
    if (isNamed(s.kind)) namedSources++;
    else if (s.kind === 'anonymous') anonymousSources++;
  }
  const claimsByType: Record<string, number> = {};
  const support = { anonymous: 0, named: 0, none: 0 };
  let privateFacts = 0;
  for (const c of doc.claims) {
    claimsByType[c.content] = (claimsByType[c.content] ?? 0) + 1;
    if (c.content === 'fact' && c.checkable === 'private') privateFacts++;
    const k = c.attribution ? kindOf.get(c.attribution.sourceId) : undefined;
    if (!k) support.none++;
    else if (isNamed(k) || k === 'document') support.named++;
    else support.anonymous++;
  }
  let hedges = 0;
  for (const h of doc.hedges) if (h.kind !== 'booster') hedges++;
  const n = doc.claims.length || 1;
  // defined once in claims/figures.ts: the score's signals read the same functions
  const mindReading = unquotedMindReading(doc.claims, doc.sources).length;
  const gossip = unverifiableGossip(doc.claims).length;
  const per100 = (x: number): number => (words ? round((x * 100) / words) : 0);
  return {
    summary: {
      words,
      quotes: doc.quotes.length,
      quotedWords,
      quotedShare: words ? round(quotedWords / words) : 0,
      anonymousShare: doc.quotes.length ? round(anonQuotes / doc.quotes.length) : 0,
      namedSources,
      anonymousSources,
      sourcesByKind,
      claims: doc.claims.length,
      claimsByType,
      claimSupport: {
        anonymous: round(support.anonymous / n),
        named: round(support.named / n),
        none: round(support.none / n),
      },
      unquotedMindReading: mindReading,
      privateFacts,
      unverifiableGossip: doc.claims.length ? round(gossip / doc.claims.length) : 0,
      hedgesPer100Words: per100(hedges),
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
