/**
 * Style: emotive words, superlatives, all-caps words, exclamation marks, clickbait patterns in the
 * title, and the Flesch reading ease of the body (syllables counted by vowel groups, one pass).
 */
import { EMOTIVE_HITS } from '../../lexicon/compiled.ts';
import { CLICKBAIT, NOT_SUPERLATIVE, SUPERLATIVES } from '../../lexicon/emotive.ts';
import { emptyList, packed } from '../../core/arrays.ts';
import { hashWord } from '../../core/hash.ts';
import { type Doc, TokenKind } from '../../pipeline/doc.ts';
import { defineStage } from '../../pipeline/stage.ts';
import { z } from 'zod';
import type { Language, Span } from '../../report/schema.ts';

const MOST = hashWord('most');
/** a e i o u y in either case, by ASCII code: one table load per character instead of twelve tests. */
const VOWEL = new Uint8Array(128);
for (const c of 'aeiouyAEIOUY') VOWEL[c.charCodeAt(0)] = 1;
const isVowel = (c: number): boolean => c < 128 && VOWEL[c] === 1;

/** Syllables in `text[start, end)` by counting vowel groups, with a silent final e. */
export function syllables(text: string, start: number, end: number): number {
  let n = 0;
  let prev = false;
  for (let i = start; i < end; i++) {
    const v = isVowel(text.charCodeAt(i));
    if (v && !prev) n++;
    prev = v;
  }
  const last = text.charCodeAt(end - 1) | 32;
  if (n > 1 && last === 101 && !isVowel(text.charCodeAt(end - 2))) n--;
  return Math.max(1, n);
}

/** The language stage's thresholds. */
export const LanguageOptions = z.object({
  superlativeMinLength: z
    .number()
    .int()
    .positive()
    .default(5)
    .describe('Shortest word ending in -est read as a superlative ("nicest"; "zest" is not)'),
  allCapsMinLength: z
    .number()
    .int()
    .positive()
    .default(4)
    .describe('Shortest all-capitals word counted as shouting (shorter ones are mostly acronyms: "NBA")'),
});
/** The language stage's options. */
export type LanguageOptions = z.output<typeof LanguageOptions>;

function run(doc: Doc, o: LanguageOptions): { language: Language } {
  const t = doc.tokens;
  const text = doc.text;
  const hits = doc.lexicon;
  // one array kind whether empty or not (core/arrays.ts): the score reads these lists
  const emotive = emptyList<Span>();
  const superlatives = emptyList<Span>();
  const allCaps = emptyList<Span>();
  const exclamations = emptyList<Span>();
  let words = 0;
  let syl = 0;
  for (let i = 0; i < t.count; i++) {
    const s = t.start[i]!;
    const e = t.end[i]!;
    if (t.kind[i] === TokenKind.punct) {
      if (text.charCodeAt(s) === 33 && !inName(doc, s)) exclamations.push({ start: s, end: e });
      continue;
    }
    if (t.kind[i] !== TokenKind.word) continue;
    words++;
    syl += syllables(text, s, e);
    const h = t.hash[i]!;
    if (hits.has(EMOTIVE_HITS, i)) emotive.push({ start: s, end: e });
    if (SUPERLATIVES.has(h) && h !== MOST) superlatives.push({ start: s, end: e });
    else if (h === MOST && t.kind[i + 1] === TokenKind.word)
      superlatives.push({ start: s, end: t.end[i + 1]! });
    else if (e - s >= o.superlativeMinLength && endsWithEst(text, e) && !NOT_SUPERLATIVE.has(h))
      superlatives.push({ start: s, end: e });
    if (e - s >= o.allCapsMinLength && upper(text, s, e)) allCaps.push({ start: s, end: e });
  }
  const sentences = Math.max(1, doc.sentences.length);
  const wps = words / sentences;
  const flesch = words ? 206.835 - 1.015 * wps - 84.6 * (syl / words) : 0;
  const title = doc.meta.title ?? '';
  const clickbait = packed(
    CLICKBAIT.filter((c) => c.pattern.test(title)).map((c) => ({
      pattern: c.pattern.source,
      reason: c.reason,
    })),
  );
  return {
    language: {
      emotive,
      superlatives,
      allCaps,
      exclamations,
      clickbait,
      readability: {
        fleschReadingEase: Math.round(flesch * 10) / 10,
        wordsPerSentence: Math.round(wps * 10) / 10,
      },
    },
  };
}

/** True inside an organization's name ("OK!", "E! News"): its "!" is not an exclamation. */
function inName(doc: Doc, offset: number): boolean {
  return doc.mentions.some((m) => m.start <= offset && offset < m.end && m.form === 'name');
}

/** `text.endsWith('est', e)`, read from the character codes. */
const endsWithEst = (text: string, e: number): boolean =>
  text.charCodeAt(e - 1) === 116 && text.charCodeAt(e - 2) === 115 && text.charCodeAt(e - 3) === 101;

function upper(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
  }
  return /[A-Z]/.test(text.slice(s, s + 1));
}

/** Finds sensational wording and measures readability. */
export const languageStage = defineStage({
  name: 'language',
  about: 'Emotive words, superlatives, all caps, exclamations, clickbait titles, readability',
  needs: ['tokens', 'lexicon', 'sentences', 'mentions'],
  gives: ['language'],
  options: LanguageOptions,
  run,
});
