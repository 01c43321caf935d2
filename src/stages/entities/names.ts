/**
 * Name spotting: at a token, the longest knowledge-base alias that starts there, or else the run of
 * capitalised words (with name particles) a reader would take for a name.
 */
import { THE, wordSet } from '../../core/hash.ts';
import { aliasAt } from '../../kb/match.ts';
import type { KbRecord } from '../../kb/types.ts';
import { type Doc, TokenKind } from '../../pipeline/doc.ts';
import { isNameDot } from '../../core/spans.ts';
import { possessiveLength } from '../../core/tokens.ts';

export { possessiveLength };

// Particles inside names: "Duke of Sussex", "Leonardo da Vinci", "Princess of Wales".
const PARTICLES = wordSet(['of', 'de', 'da', 'van', 'von', 'der', 'la', 'le', 'del', 'bin', 'al', 'the']);

/** A name found at a token: its span, the tokens it covers and the records it may be. */
export interface NameMatch {
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly records: readonly KbRecord[];
}

/** The longest knowledge-base alias starting at token `i` ("Catherine, Princess of Wales", "Kate's"). */
export function kbNameAt(doc: Doc, i: number): NameMatch | null {
  const t = doc.tokens;
  // an alias starts with a capital, or with "the" ("the Duke of Sussex")
  if (t.cap[i] !== 1 && t.hash[i] !== THE) return null;
  const hit = aliasAt(doc.kb, t, i);
  if (!hit) return null;
  const end = t.end[hit.last]! - (hit.value.possessive ? possessiveLength(doc.text, t.end[hit.last]!) : 0);
  return { first: i, last: hit.last, start: t.start[i]!, end, records: hit.value.records };
}

/**
 * The run of capitalised words starting at token `i` (particles allowed inside), of at most
 * `maxTokens` tokens: the index of its last token, or -1 when `i` is no capitalised word. (An index,
 * not a span object: asked at every capital.)
 */
export function capitalRun(doc: Doc, i: number, maxTokens: number): number {
  const t = doc.tokens;
  if (t.cap[i] !== 1 || t.kind[i] !== TokenKind.word) return -1;
  let last = i;
  const stop = Math.min(t.count, i + maxTokens);
  for (let j = i + 1; j < stop; j++) {
    if (t.start[j]! - t.end[j - 1]! > 1 || t.sentence[j] !== t.sentence[i]) break;
    if (possessiveLength(doc.text, t.end[j - 1]!) > 0) break;
    if (isNameDot(doc.text, t, j)) continue;
    if (t.kind[j] === TokenKind.word && t.cap[j] === 1) {
      last = j;
      continue;
    }
    if (t.kind[j] === TokenKind.word && PARTICLES.has(t.hash[j]!) && t.cap[j + 1] === 1 && t.hash[j] !== THE)
      continue;
    break;
  }
  return last;
}
