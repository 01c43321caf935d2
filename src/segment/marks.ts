/**
 * Quotation marks: pairs them within a paragraph. Curly marks say which way they face; straight ones
 * are read from their neighbours. A ’ or ' between letters is an apostrophe (Kate’s), as are elisions
 * (’90s, rock ’n’ roll, ’em). Single marks inside a double quotation are nested and ignored here.
 */
import { isSpace, isWordChar } from '../core/tokens.ts';

const LDQ = 0x201c;
const RDQ = 0x201d;
const LSQ = 0x2018;
const RSQ = 0x2019;
const DQ = 34;
const SQ = 39;

/** A quoted stretch found between marks, before it is judged a quotation or a scare quote. */
export interface Marked {
  /** Offset of the opening mark, or -1 when the stretch was never opened. */
  readonly open: number;
  /** Offset of the closing mark, or -1 when it was never closed in this paragraph. */
  readonly close: number;
  readonly single: boolean;
  /** Where the quoted words may start: after the opening mark, or after the previous quotation. */
  readonly from: number;
  /**
   * Where the quoted words must end: the closing mark, or for a stretch never closed the next opening
   * mark (or the paragraph's end). So an unclosed mark never spans the marks after it, and a run of
   * them costs linear work, not quadratic.
   */
  readonly until: number;
}

// Words that start with an elided letter: 'em, 'cause, 'til, 'n', '90s.
const ELISIONS = [
  'em',
  'cause',
  'cos',
  'til',
  'tis',
  'twas',
  'n',
  'bout',
  'round',
  'ol',
  'er',
  'ello',
  'kay',
];

function isElision(text: string, i: number, end: number): boolean {
  const next = text.charCodeAt(i + 1);
  if (next >= 48 && next <= 57) return true; // ’90s
  let j = i + 1;
  while (j < end && isWordChar(text.charCodeAt(j))) j++;
  const word = text.slice(i + 1, j).toLowerCase();
  return ELISIONS.includes(word) && (j >= end || !isWordChar(text.charCodeAt(j)));
}

const wordAt = (text: string, i: number, from: number, to: number): boolean =>
  i >= from && i < to && isWordChar(text.charCodeAt(i));

/**
 * True when a “ opened inside an open quotation is followed, before the paragraph ends, by two ”: its
 * own and the outer one's. Otherwise the first quotation was left open and this one starts anew.
 */
function nestedFits(text: string, i: number, to: number): boolean {
  let closes = 0;
  for (let j = i + 1; j < to; j++) {
    const c = text.charCodeAt(j);
    if (c === LDQ) return false;
    if (c === RDQ && ++closes === 2) return true;
  }
  return false;
}

/** Pairs the quotation marks of `text[from, to)`, in order of their opening. */
export function pairMarks(text: string, from: number, to: number): Marked[] {
  const out: Marked[] = [];
  let dOpen = -1;
  let sOpen = -1;
  let lastClose = from - 1;
  // curly “…” opened inside an open double quotation: a quotation within it, closed by its own ”
  let nested = 0;
  for (let i = from; i < to; i++) {
    let c = text.charCodeAt(i);
    // most characters are none of the marks (", ', `, ‘ ’ “ ”): one test skips them
    if (c > 39 && c !== 96 && (c < LSQ || c > RDQ)) continue;
    // ``…'' and ''…'' (wire and NYT copy) are double quotation marks written with two characters
    let pairClose = false;
    // reads past the end tested first: the first one (NaN) deoptimised pairMarks
    if ((c === SQ || c === 96) && i + 1 < text.length && text.charCodeAt(i + 1) === c) {
      // three ' closing an open two-mark quotation: the first closes a quotation inside it
      if (c === SQ && dOpen >= 0 && i + 2 < text.length && text.charCodeAt(i + 2) === SQ) i++;
      const opening = c === 96 || !wordAt(text, i - 1, from, to);
      if (opening && dOpen < 0) {
        dOpen = i + 1;
        i++;
        continue;
      }
      if (!opening || dOpen >= 0) {
        c = DQ;
        // a two-mark close with no word after it closes the open quotation, even after a space
        pairClose = dOpen >= 0 && !wordAt(text, i + 2, from, to);
      }
    }
    if (c !== LDQ && c !== RDQ && c !== DQ && c !== LSQ && c !== RSQ && c !== SQ) continue;
    const prevWord = wordAt(text, i - 1, from, to);
    const nextWord = wordAt(text, i + 1, from, to);
    const prevSpace = i === from || isSpace(text.charCodeAt(i - 1));
    if (c === LDQ && dOpen >= 0 && text.charCodeAt(dOpen) === LDQ && nestedFits(text, i, to)) {
      nested++;
      continue;
    }
    if (c === RDQ && nested > 0) {
      nested--;
      continue;
    }
    if (c === LDQ || c === RDQ || c === DQ) {
      const opens = c === LDQ || (c === DQ && dOpen < 0 && !(prevWord && !nextWord));
      if (dOpen >= 0 && (c === RDQ || (c === DQ && (!prevSpace || pairClose)))) {
        out.push({ open: dOpen, close: i, single: false, from: dOpen + 1, until: i });
        dOpen = -1;
        sOpen = -1;
        nested = 0;
        lastClose = i;
      } else if (opens || (c === DQ && prevSpace)) {
        if (dOpen >= 0) out.push({ open: dOpen, close: -1, single: false, from: dOpen + 1, until: i });
        if (sOpen >= 0) sOpen = -1;
        dOpen = i;
      } else if (c === RDQ || c === DQ) {
        out.push({ open: -1, close: i, single: false, from: lastClose + 1, until: i });
        lastClose = i;
      }
      continue;
    }
    if (dOpen >= 0) continue; // nested single marks
    if (prevWord && nextWord) continue; // apostrophe inside a word
    if ((c === LSQ || c === SQ || c === RSQ) && !prevWord && nextWord) {
      if (isElision(text, i, to)) continue;
      if (c === RSQ && sOpen < 0) continue; // ’ facing the wrong way before a word is an elision
      if (sOpen < 0) sOpen = i;
      continue;
    }
    if ((c === RSQ || c === SQ) && sOpen >= 0 && !prevSpace && !nextWord) {
      out.push({ open: sOpen, close: i, single: true, from: sOpen + 1, until: i });
      sOpen = -1;
      lastClose = i;
    }
  }
  if (dOpen >= 0) out.push({ open: dOpen, close: -1, single: false, from: dOpen + 1, until: to });
  return out.sort((a, b) => (a.open < 0 ? a.close : a.open) - (b.open < 0 ? b.close : b.open));
}
