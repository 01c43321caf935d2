/**
 * Indirect (reported) speech: "…, says our source.", "An insider said (that) …", "According to a
 * pal, …", "with sources confirming the pair …". A reported clause holding a short quoted fragment
 * is a mixed quotation. Passive "is said to" has no speaker at all and is left to the hedges stage.
 */
import type { Doc } from '../pipeline/doc.ts';
import { defineStage } from '../pipeline/stage.ts';
import { overlaps, tokenAtOrAfter, wordsIn } from '../pipeline/spans.ts';
import type { Quote } from '../report/schema.ts';
import { leading, parenthetical, participle, trailing, trimSpan } from './attribution/reported.ts';

function run(doc: Doc): { quotes: Quote[] } {
  const t = doc.tokens;
  const found: Quote[] = [];
  const caps = doc.captions;
  for (let s = 0; s < doc.sentences.length; s++) {
    const sent = doc.sentences[s]!;
    if (doc.quotes.some((q) => overlaps(q, sent)) || caps.some((c) => overlaps(c, sent))) continue;
    const a = tokenAtOrAfter(t, sent.start);
    let b = a;
    while (b + 1 < t.count && t.sentence[b + 1] === s) b++;
    const hit =
      trailing(doc, a, b) ?? leading(doc, a, b) ?? parenthetical(doc, a, b) ?? participle(doc, a, b);
    if (!hit) continue;
    const content = trimSpan(doc, hit.content);
    if (wordsIn(t, content.start, content.end) < 3) continue;
    const mixed = doc.scareQuotes.some((x) => x.start >= content.start && x.end <= content.end);
    found.push({
      id: '',
      start: content.start,
      end: content.end,
      kind: mixed ? 'mixed' : 'indirect',
      speaker: {
        name: hit.speaker.name,
        kind: hit.speaker.kind,
        mention: hit.speaker.span,
        via: hit.speaker.pronoun ? 'pronoun' : 'cue',
      },
      sourceId: hit.speaker.key,
      cue: hit.cue,
      listener: hit.listener ? doc.text.slice(hit.listener.start, hit.listener.end).replace(/’/g, "'") : null,
      listenerSpan: hit.listener ?? null,
      continues: null,
      flags: [],
      words: wordsIn(t, content.start, content.end),
    });
  }
  const quotes = [...doc.quotes, ...found].sort((x, y) => x.start - y.start);
  // ids follow reading order; continuation links are rewritten to match
  const rename = new Map(quotes.map((q, i) => [q.id, `q${i + 1}`]));
  return {
    quotes: quotes.map((q, i) => ({
      ...q,
      id: `q${i + 1}`,
      continues: q.continues ? (rename.get(q.continues) ?? null) : null,
    })),
  };
}

/** Finds reported speech and mixed quotations. */
export const indirectStage = defineStage({
  name: 'indirect',
  about: 'Indirect (reported) speech and mixed quotations',
  needs: ['tokens', 'sentences', 'captions', 'scareQuotes', 'entities', 'mentions'],
  gives: [],
  rewrites: ['quotes'],
  run,
});
