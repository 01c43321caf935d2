/**
 * Paragraphs: blocks separated by blank lines; when the body has no blank line at all, every line
 * break separates paragraphs (many scraped corpora use single newlines).
 */
import type { Span } from '../report/schema.ts';
import { isSpace } from '../core/tokens.ts';
import { codeAt } from '../core/chars.ts';

/** Splits `text[from, end)` into trimmed paragraph spans. */
export function paragraphs(text: string, from: number): Span[] {
  const single = !hasBlankLine(text, from);
  const out: Span[] = [];
  let s = from;
  const flush = (e: number): void => {
    let a = s;
    let b = e;
    while (a < b && isSpace(codeAt(text, a))) a++;
    while (b > a && isSpace(codeAt(text, b - 1))) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  const length = text.length;
  // from line break to line break (a native search, not a read of every character)
  for (let i = text.indexOf('\n', from); i >= 0; ) {
    let j = i + 1;
    while (j < length && codeAt(text, j) !== 10 && isSpace(codeAt(text, j))) j++;
    if (single || (j < length && codeAt(text, j) === 10)) {
      flush(i);
      s = j;
      i = text.indexOf('\n', j);
    } else i = text.indexOf('\n', i + 1);
  }
  flush(length);
  return out;
}

/** True when `text` from `from` on holds a blank line: two line breaks with only spaces, tabs or CRs between. */
function hasBlankLine(text: string, from: number): boolean {
  let i = text.indexOf('\n', from);
  while (i >= 0) {
    let j = i + 1;
    for (;;) {
      const c = codeAt(text, j);
      if (c === 32 || c === 9 || c === 13 || c === 0xa0) j++;
      else break;
    }
    if (codeAt(text, j) === 10) return true;
    i = text.indexOf('\n', j);
  }
  return false;
}
