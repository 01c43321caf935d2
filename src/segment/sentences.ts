/**
 * Sentences, found from tokens in one pass: a sentence ends at . ! ? (with any closing quotation
 * marks or brackets after it) when the next token opens a new sentence, unless the full stop ends an
 * abbreviation or an initial ("J. Lo", "Mr. Smith").
 */
import { type Tokens, TokenKind } from '../pipeline/doc.ts';
import { ABBREVIATIONS } from '../lexicon/abbreviations.ts';
import { OUTLET_NAMES } from '../corpus/outlet-names.ts';
import type { Sentence, Span } from '../report/schema.ts';
import { codeAt } from '../core/chars.ts';

/**
 * The first two words of outlets' names that hold a "!" ("e! news", "ok! magazine"), lower-cased,
 * from the hand-written outlet list.
 */
const BANG_NAMES: ReadonlySet<string> = new Set(
  OUTLET_NAMES.flatMap((o) => [o.name, ...o.aliases])
    .map((n) => /^\S+! \S+/.exec(n)?.[0].toLowerCase())
    .filter((n): n is string => !!n),
);

const CLOSERS = new Set([0x201d, 0x2019, 34, 39, 41, 93]); // ” ’ " ' ) ]
const OPENERS = new Set([0x201c, 0x2018, 34, 39, 40, 91]);

/** Fills `tokens.sentence` and returns the sentences of the given paragraphs. */
export function sentences(text: string, tokens: Tokens, paras: readonly Span[]): Sentence[] {
  const out: Sentence[] = [];
  let t = 0;
  for (let p = 0; p < paras.length; p++) {
    const para = paras[p]!;
    while (t < tokens.count && tokens.start[t]! < para.start) t++;
    let first = t;
    let i = t;
    while (i < tokens.count && tokens.end[i]! <= para.end) {
      let endTok = -1;
      const c = codeAt(text, tokens.start[i]!);
      if (tokens.kind[i] === TokenKind.punct && (c === 46 || c === 33 || c === 63 || c === 0x2026)) {
        let j = i + 1;
        // runs of ?! and ... belong together
        while (j < tokens.count && tokens.end[j]! <= para.end && tokens.kind[j] === TokenKind.punct) {
          const d = codeAt(text, tokens.start[j]!);
          if (d === 46 || d === 33 || d === 63 || d === 0x2026) j++;
          else break;
        }
        while (
          j < tokens.count &&
          tokens.end[j]! <= para.end &&
          CLOSERS.has(codeAt(text, tokens.start[j]!))
        ) {
          // a straight quote right before a word opens the next quotation instead
          if (
            tokens.start[j] === tokens.end[j - 1] ||
            j + 1 >= tokens.count ||
            tokens.start[j + 1]! > tokens.end[j]!
          )
            j++;
          else break;
        }
        const atEnd = j >= tokens.count || tokens.end[j]! > para.end;
        if (atEnd) endTok = j - 1;
        else if (
          tokens.start[j]! > tokens.end[j - 1]! &&
          opensSentence(text, tokens, j) &&
          !abbreviation(text, tokens, i, c)
        )
          endTok = j - 1;
        if (endTok < 0) {
          i = j;
          continue;
        }
      }
      if (endTok >= 0) {
        push(out, tokens, first, endTok, p);
        first = endTok + 1;
        i = endTok + 1;
        continue;
      }
      i++;
    }
    if (first < i) push(out, tokens, first, i - 1, p);
    t = i;
  }
  return out;
}

function push(out: Sentence[], tokens: Tokens, a: number, b: number, paragraph: number): void {
  const idx = out.length;
  for (let k = a; k <= b; k++) tokens.sentence[k] = idx;
  out.push({ start: tokens.start[a]!, end: tokens.end[b]!, paragraph });
}

function opensSentence(text: string, tokens: Tokens, j: number): boolean {
  if (tokens.cap[j] === 1 || tokens.kind[j] === TokenKind.number) return true;
  const c = codeAt(text, tokens.start[j]!);
  return OPENERS.has(c) || c === 0x2013 || c === 0x2014;
}

function abbreviation(text: string, tokens: Tokens, dot: number, c: number): boolean {
  if (dot === 0) return false;
  // "E! News", "OK! Magazine": the "!" of an outlet's name (outlet-names.ts) ends no sentence
  if (c === 33) {
    const w = dot - 1;
    if (tokens.end[w] !== tokens.start[dot] || dot + 1 >= tokens.count) return false;
    const pair = `${text.slice(tokens.start[w], tokens.end[dot])} ${text.slice(tokens.start[dot + 1], tokens.end[dot + 1])}`;
    return BANG_NAMES.has(pair.toLowerCase());
  }
  if (c !== 46) return false;
  const w = dot - 1;
  if (tokens.end[w] !== tokens.start[dot] || tokens.kind[w] === TokenKind.punct) return false;
  const len = tokens.end[w]! - tokens.start[w]!;
  // a single capital letter is an initial ("J. K. Rowling"); "U.S." style runs too
  if (len === 1 && tokens.cap[w] === 1) return true;
  if (ABBREVIATIONS.has(tokens.hash[w]!)) return true;
  return w > 0 && codeAt(text, tokens.end[w - 1]!) === 46 && tokens.end[w - 1] === tokens.start[w];
}
