/**
 * Claims: each sentence outside captions is a claim; a sentence that holds a quotation splits into
 * the quoted part (voice "quoted", the quotation's source) and the writer's part (voice "author"),
 * unless the writer's part is only the attribution ("our insider says"). Each claim is typed (see
 * claims/typing.ts) and carries the hedges and boosters inside it.
 */
import { wordSet } from '../lexicon/hash.ts';
import { type Doc, TokenKind } from '../pipeline/doc.ts';
import { defineStage } from '../pipeline/stage.ts';
import { overlaps, tokenAtOrAfter } from '../pipeline/spans.ts';
import type { Claim, Quote, Span } from '../report/schema.ts';
import { typeClaim } from './claims/typing.ts';

function run(doc: Doc): { claims: Claim[] } {
  const claims: Claim[] = [];
  const persons = new Set(doc.entities.filter((e) => e.kind === 'person').map((e) => e.id));
  const personMentions = doc.mentions.filter((m) => persons.has(m.entityId));
  for (const sent of doc.sentences) {
    if (doc.captions.some((c) => overlaps(c, sent))) continue;
    const inside = doc.quotes.filter((q) => overlaps(q, sent));
    const pieces: { span: Span; quote: Quote | null }[] = inside.map((q) => ({
      span: { start: Math.max(q.start, sent.start), end: Math.min(q.end, sent.end) },
      quote: q,
    }));
    // the writer's part: the longest stretch of the sentence outside quotations
    let best: Span | null = null;
    let pos = sent.start;
    for (const q of [...inside, { start: sent.end, end: sent.end }]) {
      const gap = trim(doc, pos, Math.min(q.start, sent.end));
      if (gap && (!best || gap.end - gap.start > best.end - best.start)) best = gap;
      pos = Math.max(pos, q.end);
    }
    if (best && !attributionOnly(doc, best, inside)) {
      // "…in 2020, sources confirming": the attribution at the end of the writer's part is not the claim
      const tail = inside
        .flatMap((q) => [q.speaker.mention, q.cue])
        .filter((x): x is Span => x !== null && x.start > best!.start && x.end <= best!.end)
        .reduce((m, x) => Math.min(m, x.start), best.end);
      const cut = tail < best.end && trim(doc, best.start, tail);
      pieces.push({
        span: cut && attributionOnly(doc, { start: tail, end: best.end }, inside) ? cut : best,
        quote: null,
      });
    }
    for (const p of pieces.sort((a, b) => a.span.start - b.span.start)) {
      const words = countWords(doc, p.span);
      if (words < 3) continue;
      const hs = doc.hedges.filter((h) => h.start >= p.span.start && h.end <= p.span.end);
      const reportedBy = p.quote ? undefined : inside.find((q) => q.kind !== 'direct');
      const attributed = reportedBy !== undefined;
      const inClaim = personMentions.filter((m) => m.start >= p.span.start && m.end <= p.span.end);
      const typing = typeClaim(doc, p.span, hs, inClaim, attributed, !!p.quote);
      const about = new Set<string>();
      if (typing.experiencer) about.add(typing.experiencer);
      for (const m of inClaim) about.add(m.entityId);
      claims.push({
        id: `c${claims.length + 1}`,
        start: p.span.start,
        end: p.span.end,
        voice: p.quote ? 'quoted' : 'author',
        // a reported claim rests on the source its sentence cites
        sourceId: p.quote?.sourceId ?? (typing.type === 'reported' ? (reportedBy?.sourceId ?? null) : null),
        quoteId: p.quote?.id ?? null,
        type: typing.type,
        about: [...about],
        hedges: hs.filter((h) => h.kind !== 'booster').map((h) => ({ start: h.start, end: h.end })),
        boosters: hs.filter((h) => h.kind === 'booster').map((h) => ({ start: h.start, end: h.end })),
        reason: typing.reason,
      });
    }
  }
  return { claims };
}

function trim(doc: Doc, s: number, e: number): Span | null {
  let a = s;
  let b = e;
  // strip spaces, quotation marks and the punctuation that joins a quotation to its attribution
  while (a < b && /[\s“”"‘’',.:;–—-]/.test(doc.text[a] ?? '')) a++;
  while (b > a && /[\s“”"‘’',:;–—-]/.test(doc.text[b - 1] ?? '')) b--;
  return b > a ? { start: a, end: b } : null;
}

function countWords(doc: Doc, s: Span): number {
  const t = doc.tokens;
  let n = 0;
  for (let i = tokenAtOrAfter(t, s.start); i < t.count && t.end[i]! <= s.end; i++)
    if (t.kind[i] !== TokenKind.punct) n++;
  return n;
}

/**
 * "our insider says", "According to a pal": the writer's part is only attribution when every word of
 * it belongs to a quotation's speaker, cue or listener (or joins them: "according to", "that").
 */
function attributionOnly(doc: Doc, s: Span, quotes: readonly Quote[]): boolean {
  if (quotes.length === 0) return false;
  const t = doc.tokens;
  const parts = quotes.flatMap((q) =>
    [q.speaker.mention, q.cue, q.listenerSpan].filter((x): x is Span => x !== null),
  );
  let other = 0;
  for (let i = tokenAtOrAfter(t, s.start); i < t.count && t.end[i]! <= s.end; i++) {
    if (t.kind[i] === TokenKind.punct || JOINERS.has(t.hash[i]!)) continue;
    if (!parts.some((p) => p.start <= t.start[i]! && t.end[i]! <= p.end)) other++;
  }
  return other === 0;
}

const JOINERS = wordSet([
  'according',
  'to',
  'that',
  'also',
  'later',
  'then',
  'exclusively',
  'with',
  'as',
  'and',
]);

/** Finds and types claims. */
export const claimsStage = defineStage({
  name: 'claims',
  about: 'Claims typed fact, mental-state, speculation, opinion or reported',
  needs: ['tokens', 'sentences', 'captions', 'quotes', 'entities', 'mentions', 'hedges', 'dates'],
  gives: ['claims'],
  run,
});
