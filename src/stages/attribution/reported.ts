/**
 * Reported-speech patterns, shared by the indirect stage and by attribution of quoted fragments:
 * "…, says our source." (trailing), "An insider said (that) …" / "According to X, …" (leading) and
 * "with sources confirming …" (participle).
 */
import { hashWord, wordSet } from '../../lexicon/hash.ts';
import {
  ACCORDING,
  LISTENER_VERBS,
  REPORTING_PARTICIPLES,
  THAT,
  THAT_VERBS,
  TO,
} from '../../lexicon/reporting.ts';
import { type Doc, TokenKind } from '../../pipeline/doc.ts';
import { tokenAtOrAfter } from '../../pipeline/spans.ts';
import type { Span } from '../../report/schema.ts';
import { cueAfter, punctAt } from './cues.ts';
import { type SpeakerPhrase, speakerPhrase } from './speaker.ts';

const PASSIVE = wordSet(['is', 'are', 'was', 'were', 'been', 'being', 'be']);
const OPENERS = wordSet(['and', 'but', 'yet', 'now', 'meanwhile', 'however', 'still', 'also']);
const WITH = hashWord('with');
const SUBJECTS = wordSet([
  'he',
  'she',
  'they',
  'it',
  'i',
  'we',
  'you',
  'there',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
]);
const AS = hashWord('as');
const punct = punctAt;

/** A reported-speech match: the reported words, the speaker and the cue. */
export interface Hit {
  readonly content: Span;
  readonly speaker: SpeakerPhrase;
  readonly cue: Span;
  /** Whom it was told to ("told Us Weekly that …"), when the text says. */
  readonly listener?: Span;
}

/** "CONTENT, says our source." / "CONTENT, an insider claims." / "CONTENT, according to X." */
export function trailing(doc: Doc, a: number, b: number): Hit | null {
  const t = doc.tokens;
  for (let k = b; k > a + 2 && k > b - 14; k--) {
    if (punct(doc, k) !== 44) continue;
    if (t.hash[k + 1] === ACCORDING && t.hash[k + 2] === TO) {
      const end = punct(doc, b) >= 0 ? b - 1 : b;
      const sp = speakerPhrase(doc, k + 3, end);
      if (sp)
        return {
          content: { start: t.start[a]!, end: t.start[k]! },
          speaker: sp,
          cue: { start: t.start[k + 1]!, end: t.end[k + 2]! },
        };
    }
    const m = cueAfter(doc, k + 1, b + 1);
    // the cue and speaker must close the sentence: "…, with sources claiming he met …" is not trailing
    const tail = m ? Math.max(m.speaker.span.end, m.cue.end, m.listener?.end ?? 0) : 0;
    if (m && onlyPunctAfter(doc, tail, b)) {
      return { content: { start: t.start[a]!, end: t.start[k]! }, speaker: m.speaker, cue: m.cue };
    }
    return null;
  }
  return null;
}

function onlyPunctAfter(doc: Doc, offset: number, b: number): boolean {
  const t = doc.tokens;
  for (let i = b; i >= 0 && t.start[i]! >= offset; i--) if (t.kind[i] !== TokenKind.punct) return false;
  return true;
}

const FINITE = wordSet([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'should',
  'may',
  'might',
  'must',
  'do',
  'does',
  'did',
  'won’t',
  "won't",
  'isn’t',
  "isn't",
  'wasn’t',
  "wasn't",
  'hasn’t',
  "hasn't",
  'haven’t',
  "haven't",
  'don’t',
  "don't",
  'doesn’t',
  "doesn't",
  'didn’t',
  "didn't",
]);

function finiteSoon(doc: Doc, from: number, b: number): boolean {
  const t = doc.tokens;
  for (let i = from + 1; i <= b && i < from + 8; i++) if (FINITE.has(t.hash[i]!)) return true;
  return false;
}

/** "An insider said (that) CONTENT." / "According to X, CONTENT." at the start of a sentence. */
export function leading(doc: Doc, a: number, b: number): Hit | null {
  const t = doc.tokens;
  let s = a;
  if (OPENERS.has(t.hash[s]!)) s++;
  if (punct(doc, s) === 44) s++;
  // "… – and according to a palace aide, the King has …": the attribution may open a later clause
  for (let k = s + 1; k < b - 3; k++) {
    if (
      t.hash[k] === ACCORDING &&
      t.hash[k + 1] === TO &&
      (punct(doc, k - 1) >= 0 || OPENERS.has(t.hash[k - 1]!))
    ) {
      s = k;
      break;
    }
  }
  if (t.hash[s] === ACCORDING && t.hash[s + 1] === TO) {
    for (let k = s + 2; k < b && k < s + 12; k++) {
      if (punct(doc, k) !== 44) continue;
      const sp = speakerPhrase(doc, s + 2, k - 1);
      return sp
        ? {
            content: { start: t.start[k + 1]!, end: t.end[b]! },
            speaker: sp,
            cue: { start: t.start[s]!, end: t.end[s + 1]! },
          }
        : null;
    }
    return null;
  }
  for (let c = s + 1; c < b && c < s + 14; c++) {
    if (t.kind[c] === TokenKind.punct && punct(doc, c) !== 44) return null;
    if (!THAT_VERBS.has(t.hash[c]!)) continue;
    if (PASSIVE.has(t.hash[c - 1]!) || t.hash[c + 1] === TO || t.hash[c - 1] === AS) return null;
    // "A lawyer for the outlets, David Schulz, said …": the name in apposition speaks
    const sp = appositiveName(doc, c - 1) ?? speakerPhrase(doc, s, c - 1);
    if (!sp) return null;
    let from = c + 1;
    // skip a listener: "told Us Weekly that …"
    while (
      from < b &&
      from < c + 5 &&
      t.hash[from] !== THAT &&
      (t.cap[from] === 1 || punct(doc, from) === 44) &&
      t.hash[c] !== t.hash[from]
    )
      from++;
    const listener =
      from > c + 1 && LISTENER_VERBS.has(t.hash[c]!)
        ? { start: t.start[c + 1]!, end: t.end[from - 1]! }
        : null;
    if (t.hash[from] === THAT) from++;
    // without "that", the reported words must open with a subject or hold a finite verb soon:
    // "sources claim the pair are …", not "she said the words twice"
    else if (!SUBJECTS.has(t.hash[from]!) && !finiteSoon(doc, from, b)) return null;
    if (from >= b) return null;
    return {
      content: { start: t.start[from]!, end: t.end[b]! },
      speaker: sp,
      cue: { start: t.start[c]!, end: t.end[c]! },
      ...(listener ? { listener } : {}),
    };
  }
  return null;
}

/** The person named between commas right before token `comma + 1`: ", David Schulz, said". */
function appositiveName(doc: Doc, comma: number): SpeakerPhrase | null {
  const t = doc.tokens;
  if (punct(doc, comma) !== 44) return null;
  const m = doc.mentions.find((x) => x.end === t.end[comma - 1] && (x.form === 'name' || x.form === 'title'));
  if (!m) return null;
  const first = tokenAtOrAfter(t, m.start);
  if (punct(doc, first - 1) !== 44) return null;
  const sp = speakerPhrase(doc, first, comma - 1);
  return sp?.kind === 'named-person' ? sp : null;
}

/**
 * "But to prevent problems, he said, local officials should be vigilant.": a speaker and cue set off
 * by commas inside the sentence; the reported words are the longer side.
 */
export function parenthetical(doc: Doc, a: number, b: number): Hit | null {
  const t = doc.tokens;
  for (let k = a + 2; k < b - 3; k++) {
    if (punct(doc, k) !== 44) continue;
    for (let c = k + 2; c <= k + 6 && c < b - 1; c++) {
      if (punct(doc, c) >= 0) break;
      if (!THAT_VERBS.has(t.hash[c]!) || punct(doc, c + 1) !== 44) continue;
      const sp = speakerPhrase(doc, k + 1, c - 1);
      if (!sp || sp.kind === 'unknown') break;
      const before = { start: t.start[a]!, end: t.start[k]! };
      const after = { start: t.start[c + 2]!, end: t.end[b]! };
      const content = after.end - after.start >= before.end - before.start ? after : before;
      return { content, speaker: sp, cue: { start: t.start[c]!, end: t.end[c]! } };
    }
  }
  return null;
}

/** "… with sources confirming the pair have been in touch." */
export function participle(doc: Doc, a: number, b: number): Hit | null {
  const t = doc.tokens;
  for (let c = a + 1; c < b; c++) {
    if (!REPORTING_PARTICIPLES.has(t.hash[c]!)) continue;
    let s = c - 1;
    while (s > a && t.kind[s - 1] !== TokenKind.punct && t.hash[s - 1] !== WITH && s > c - 5) s--;
    const sp = speakerPhrase(doc, s, c - 1);
    if (!sp || sp.kind === 'named-person' || sp.kind === 'unknown') continue;
    let from = c + 1;
    if (t.hash[from] === THAT) from++;
    if (from >= b) return null;
    return {
      content: { start: t.start[from]!, end: t.end[b]! },
      speaker: sp,
      cue: { start: t.start[c]!, end: t.end[c]! },
    };
  }
  return null;
}

/** Drops the sentence's closing punctuation from reported words. */
export function trimSpan(doc: Doc, s: Span): Span {
  let end = s.end;
  // the closing full stop is the sentence's, not the reported words'
  while (end > s.start && /[.,;:!?\s]/.test(doc.text[end - 1] ?? '')) end--;
  return { start: s.start, end };
}
