/**
 * Name spotting: at a token, the longest knowledge-base alias that starts there, or else the run of
 * capitalised words (with name particles) a reader would take for a name.
 */
import { hashWord, wordSet } from '../../lexicon/hash.ts';
import type { Kb, KbRecord } from '../../kb/types.ts';
import { tokenize } from '../../segment/tokens.ts';
import { type Doc, TokenKind } from '../../pipeline/doc.ts';

// Particles inside names: "Duke of Sussex", "Leonardo da Vinci", "Princess of Wales".
const PARTICLES = wordSet([
  'of',
  'de',
  'da',
  'van',
  'von',
  'der',
  'la',
  'le',
  'del',
  'bin',
  'al',
  'and',
  'the',
]);
const THE = hashWord('the');
const COMMA = 44;

/** A name found at a token: its span, the tokens it covers and the records it may be. */
export interface NameMatch {
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly records: readonly KbRecord[];
}

/** Length of a trailing possessive ’s / 's on a token, so names are matched without it. */
export function possessiveLength(text: string, end: number): number {
  const a = text.charCodeAt(end - 2);
  const b = text.charCodeAt(end - 1);
  if ((a === 0x2019 || a === 39) && (b === 115 || b === 83)) return 2;
  return 0;
}

const FIRST_WORDS = new WeakMap<Kb, ReadonlySet<number>>();

/** Hashes of the first word of every alias in the knowledge base (cached per knowledge base). */
function firstWords(kb: Kb): ReadonlySet<number> {
  let set = FIRST_WORDS.get(kb);
  if (!set) {
    const words = new Set<number>();
    for (const r of kb.records()) {
      for (const name of [r.name, ...r.aliases]) {
        const tok = tokenize(name);
        if (tok.count > 0) words.add(tok.hash[0]!);
      }
    }
    set = words;
    FIRST_WORDS.set(kb, set);
  }
  return set;
}

/** The longest knowledge-base alias starting at token `i`, allowing commas and particles inside. */
export function kbNameAt(doc: Doc, i: number): NameMatch | null {
  const t = doc.tokens;
  const text = doc.text;
  if (doc.kb.size === 0) return null;
  // most capitalised words start no alias: skip the string work for them
  if (!firstWords(doc.kb).has(t.hash[i]!)) return null;
  const max = doc.kb.maxAliasWords + 2;
  let best: NameMatch | null = null;
  for (let j = i; j < t.count && j < i + max; j++) {
    const isPunct = t.kind[j] === TokenKind.punct;
    if (isPunct && text.charCodeAt(t.start[j]!) !== COMMA) break;
    if (j > i && t.start[j]! - t.end[j - 1]! > 1) break;
    if (isPunct) continue;
    if (j === i ? t.cap[j] !== 1 && t.hash[j] !== THE : t.cap[j] !== 1 && !PARTICLES.has(t.hash[j]!)) break;
    if (t.cap[j] !== 1) continue;
    const pos = possessiveLength(text, t.end[j]!);
    const end = t.end[j]! - pos;
    const records = doc.kb.lookup(text.slice(t.start[i]!, end).replace(/\s+/g, ' '));
    if (records.length > 0) best = { first: i, last: j, start: t.start[i]!, end, records };
    if (pos > 0) break;
  }
  return best;
}

/** The run of capitalised words starting at token `i` (particles allowed inside), as token bounds. */
export function capitalRun(doc: Doc, i: number): { first: number; last: number } | null {
  const t = doc.tokens;
  if (t.cap[i] !== 1 || t.kind[i] !== TokenKind.word) return null;
  let last = i;
  for (let j = i + 1; j < t.count; j++) {
    if (t.start[j]! - t.end[j - 1]! > 1 || t.sentence[j] !== t.sentence[i]) break;
    if (possessiveLength(doc.text, t.end[j - 1]!) > 0) break;
    if (t.kind[j] === TokenKind.word && t.cap[j] === 1) {
      last = j;
      continue;
    }
    if (t.kind[j] === TokenKind.word && PARTICLES.has(t.hash[j]!) && t.cap[j + 1] === 1 && t.hash[j] !== THE)
      continue;
    break;
  }
  return { first: i, last };
}
