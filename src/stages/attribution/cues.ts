/**
 * Cue patterns around a quotation: after it ("…,” an insider tells Woman's Day. / …,” says our
 * source.) and before it (She told friends: “…”, According to a pal, “…”).
 */
import { hashWord, wordSet } from '../../lexicon/hash.ts';
import { ACCORDING, LISTENER_VERBS, REPORTING_VERBS, TO } from '../../lexicon/reporting.ts';
import { type Doc, TokenKind } from '../../pipeline/doc.ts';
import { isNameDot, tokenAtOrAfter } from '../../pipeline/spans.ts';
import type { Span } from '../../report/schema.ts';
import { type SpeakerPhrase, speakerPhrase } from './speaker.ts';

/** A cue found beside a quotation, with its speaker and listener. */
export interface CueMatch {
  readonly cue: Span;
  readonly speaker: SpeakerPhrase;
  readonly listener: Span | null;
}

// Words that may sit between a speaker and the cue: "our insider also says", "she later told".
const ADVERBS = wordSet([
  'also',
  'later',
  'then',
  'previously',
  'once',
  'recently',
  'exclusively',
  'further',
  'reportedly',
  'earlier',
  'has',
  'had',
  'have',
  'was',
  'is',
  'would',
  'went',
  'once',
]);
const STOP = new Set([44, 46, 59, 58, 33, 63, 0x201c, 0x201d, 34, 0x2014, 0x2013, 40, 41]);
const AS = hashWord('as');
const AFTER_LISTENER = wordSet([
  'on',
  'in',
  'at',
  'about',
  'after',
  'before',
  'during',
  'via',
  'that',
  'this',
  'last',
  'when',
  'while',
  'of',
  'over',
  'from',
]);
const PUT = hashWord('put');

/** The punctuation character at token `i`, or -1; the full stop of "Mr." or an initial is part of a name. */
export const punctAt = (doc: Doc, i: number): number =>
  doc.tokens.kind[i] === TokenKind.punct && !isNameDot(doc.text, doc.tokens, i)
    ? doc.text.charCodeAt(doc.tokens.start[i]!)
    : -1;

/** The listener after a telling verb: "tells Woman's Day", "told reporters". */
export function listenerAt(doc: Doc, i: number, limit: number): Span | null {
  const t = doc.tokens;
  let j = i;
  // "told fans on Instagram": the listener ends before a preposition or "that"
  while (
    j < limit &&
    j < i + 6 &&
    t.kind[j] !== TokenKind.punct &&
    (j === i || !AFTER_LISTENER.has(t.hash[j]!))
  )
    j++;
  return j > i ? { start: t.start[i]!, end: t.end[j - 1]! } : null;
}

/** Looks right of a closing mark, up to token `limit` (exclusive), for `SPEAKER CUE` or `CUE SPEAKER`. */
export function cueAfter(doc: Doc, from: number, limit: number): CueMatch | null {
  const t = doc.tokens;
  let i = from;
  while (i < limit && (punctAt(doc, i) === 44 || punctAt(doc, i) === 0x2014 || punctAt(doc, i) === 0x2013))
    i++;
  if (i >= limit) return null;
  // "reports claim": a noun that looks like a verb, followed by the real cue
  if (REPORTING_VERBS.has(t.hash[i]!) && !REPORTING_VERBS.has(t.hash[i + 1] ?? 0)) {
    // inverted: "says our source"
    let j = i + 1;
    while (j < limit && !STOP.has(punctAt(doc, j)) && j < i + 10) j++;
    const sp = speakerPhrase(doc, i + 1, j - 1);
    return sp ? { cue: { start: t.start[i]!, end: t.end[i]! }, speaker: sp, listener: null } : null;
  }
  // room for an appositive: "Poppy Lang, a spokesperson for Vane Music Group, said"
  for (let c = i + 1; c < limit && c < i + 16; c++) {
    if (STOP.has(punctAt(doc, c)) && punctAt(doc, c) !== 44) return null;
    if (!REPORTING_VERBS.has(t.hash[c]!)) continue;
    let end = c - 1;
    while (end > i && ADVERBS.has(t.hash[end]!)) end--;
    // "Jane Doe, a spokesperson for X, said": the speaker is the name before the appositive
    const comma = findComma(doc, i, end);
    const sp = speakerPhrase(doc, i, comma > i ? comma - 1 : end);
    if (!sp) return null;
    const listener = LISTENER_VERBS.has(t.hash[c]!) ? listenerAt(doc, c + 1, limit) : null;
    return { cue: { start: t.start[c]!, end: t.end[c]! }, speaker: sp, listener };
  }
  return null;
}

function findComma(doc: Doc, a: number, b: number): number {
  for (let k = a; k <= b; k++) if (punctAt(doc, k) === 44) return k;
  return -1;
}

/** Looks left of an opening mark at token `markTok`, back to token `floor`, for `SPEAKER CUE [LISTENER][:,]`. */
export function cueBefore(doc: Doc, markTok: number, floor: number): CueMatch | null {
  const t = doc.tokens;
  let k = markTok - 1;
  const p = punctAt(doc, k);
  if (p !== 58 && p !== 44) return null;
  k--;
  let c = -1;
  for (let j = k; j >= floor && j > k - 8; j--) {
    if (STOP.has(punctAt(doc, j))) break;
    if (REPORTING_VERBS.has(t.hash[j]!) || (t.hash[j] === PUT && t.hash[j - 2] === AS)) {
      c = j;
      break;
    }
  }
  // "According to a source close to the pair, “…”"
  if (c < 0) {
    for (let j = k; j >= floor && j > k - 10; j--) {
      if (t.hash[j] === ACCORDING && t.hash[j + 1] === TO) {
        const sp = speakerPhrase(doc, j + 2, k);
        return sp ? { cue: { start: t.start[j]!, end: t.end[j + 1]! }, speaker: sp, listener: null } : null;
      }
    }
    return p === 58 ? colonSubject(doc, markTok - 1, floor) : null;
  }
  let s = c - 1;
  if (punctAt(doc, s) === 44) s--;
  while (s >= floor && ADVERBS.has(t.hash[s]!)) s--;
  let a = s;
  while (a > floor && a > s - 8 && !STOP.has(punctAt(doc, a - 1)) && t.sentence[a - 1] === t.sentence[s]) a--;
  // drop a leading "As" of "As one pal put it"
  if (t.hash[a] === AS) a++;
  // "Jane Doe, a spokesperson for X, said:": the name before the appositive speaks
  if (punctAt(doc, a - 1) === 44) {
    const name = doc.mentions.find(
      (m) => m.end === t.end[a - 2] && (m.form === 'name' || m.form === 'title'),
    );
    if (name) {
      const first = tokenAtOrAfter(t, name.start);
      const sp = speakerPhrase(doc, first, a - 2);
      if (sp?.kind === 'named-person') {
        const listener = LISTENER_VERBS.has(t.hash[c]!) ? listenerAt(doc, c + 1, k + 1) : null;
        return { cue: { start: t.start[c]!, end: t.end[c]! }, speaker: sp, listener };
      }
    }
  }
  for (let start = a; start <= s; start++) {
    const sp = speakerPhrase(doc, start, s);
    if (sp) {
      const listener = LISTENER_VERBS.has(t.hash[c]!) ? listenerAt(doc, c + 1, k + 1) : null;
      return { cue: { start: t.start[c]!, end: t.end[c]! }, speaker: sp, listener };
    }
  }
  return null;
}

/**
 * "Her opponent, Sasha Kell, was less gracious: “…”": a sentence that names one person and ends in a
 * colon introduces that person's words; the colon is the cue.
 */
function colonSubject(doc: Doc, colon: number, floor: number): CueMatch | null {
  const t = doc.tokens;
  const sentence = t.sentence[colon];
  const names = doc.mentions.filter(
    (m) =>
      m.start >= t.start[floor]! &&
      m.end <= t.start[colon]! &&
      (m.form === 'name' || m.form === 'title') &&
      t.sentence[tokenAtOrAfter(t, m.start)] === sentence &&
      doc.entities.find((e) => e.id === m.entityId)?.kind === 'person',
  );
  const first = names[0];
  if (!first || names.some((m) => m.entityId !== first.entityId)) return null;
  const a = tokenAtOrAfter(t, first.start);
  const sp = speakerPhrase(doc, a, tokenAtOrAfter(t, first.end) - 1);
  if (sp?.kind !== 'named-person') return null;
  return { cue: { start: t.start[colon]!, end: t.end[colon]! }, speaker: sp, listener: null };
}
