/**
 * Indirect (reported) speech: "…, says our source.", "An insider said (that) …", "According to a
 * pal, …", "with sources confirming the pair …". A reported clause holding a short quoted fragment
 * is a mixed quotation. Passive "is said to" has no speaker at all and is left to the hedges stage.
 * The attribution stage calls this finder; it writes no quotation itself.
 */
import type { Doc } from '../pipeline/doc.ts';
import { overlaps, tokenAtOrAfter, wordsIn } from '../pipeline/spans.ts';
import type { Span } from '../report/schema.ts';
import { type Hit, leading, parenthetical, participle, trailing, trimSpan } from './attribution/reported.ts';

/** A reported statement found without quotation marks (or with a quoted fragment: mixed). */
export interface Reported extends Hit {
  readonly mixed: boolean;
}

/** Finds reported speech in the sentences that hold no direct quotation (`direct`) and no caption. */
export function findReported(doc: Doc, direct: readonly Span[]): Reported[] {
  const t = doc.tokens;
  const found: Reported[] = [];
  const caps = doc.captions;
  for (let s = 0; s < doc.sentences.length; s++) {
    const sent = doc.sentences[s]!;
    if (direct.some((q) => overlaps(q, sent)) || caps.some((c) => overlaps(c, sent))) continue;
    const a = tokenAtOrAfter(t, sent.start);
    let b = a;
    while (b + 1 < t.count && t.sentence[b + 1] === s) b++;
    const hit =
      trailing(doc, a, b) ?? leading(doc, a, b) ?? parenthetical(doc, a, b) ?? participle(doc, a, b);
    if (!hit) continue;
    const content = trimSpan(doc, hit.content);
    if (wordsIn(t, content.start, content.end) < 3) continue;
    const mixed = doc.scareQuotes.some((x) => x.start >= content.start && x.end <= content.end);
    found.push({ ...hit, content, mixed });
  }
  return found;
}
