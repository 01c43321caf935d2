import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSpace } from '../core/tokens.ts';
import { paragraphs } from './paragraphs.ts';

const texts = (text: string, from = 0): string[] =>
  paragraphs(text, from).map((p) => text.slice(p.start, p.end));

/** The paragraphs as a reader of every character finds them (the splitter before it searched for line breaks). */
function byCharacter(text: string, from: number): { start: number; end: number }[] {
  let blank = false;
  for (let i = from; i < text.length && !blank; i++) {
    if (text.charCodeAt(i) !== 10) continue;
    let j = i + 1;
    while (j < text.length && ' \t\r\u00a0'.includes(text[j]!)) j++;
    blank = text.charCodeAt(j) === 10;
  }
  const out: { start: number; end: number }[] = [];
  const flush = (a: number, b: number): void => {
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  let s = from;
  let i = from;
  while (i < text.length) {
    if (text.charCodeAt(i) === 10) {
      let j = i + 1;
      while (j < text.length && text.charCodeAt(j) !== 10 && isSpace(text.charCodeAt(j))) j++;
      if (!blank || (j < text.length && text.charCodeAt(j) === 10)) {
        flush(s, i);
        s = j;
        i = j;
        continue;
      }
    }
    i++;
  }
  flush(s, text.length);
  return out;
}

describe('paragraphs', () => {
  it('splits at blank lines when there are any, and at every line break when there are none', () => {
    assert.deepEqual(texts('One line.\nSame paragraph.\n \t\r\nTwo.\n\n\nThree.  '), [
      'One line.\nSame paragraph.',
      'Two.',
      'Three.',
    ]);
    assert.deepEqual(texts('One.\r\nTwo.\n   Three.\n'), ['One.', 'Two.', 'Three.']);
    // only the text from `from` on is read: the blank line before it does not count
    assert.deepEqual(texts('Title\n\nBody one.\nBody two.', 6), ['Body one.', 'Body two.']);
    assert.deepEqual(texts('\n\n \n'), []);
  });
  it('finds what a reading of every character finds, on texts of spaces, breaks and words', () => {
    const pieces = ['\n', '\n', ' ', '\t', '\r', '\u00a0', 'a', 'bc.', '\u2028'];
    let seed = 7;
    const next = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    for (let k = 0; k < 2000; k++) {
      let text = '';
      for (let n = next(24); n > 0; n--) text += pieces[next(pieces.length)];
      const from = next(text.length + 1);
      assert.deepEqual(paragraphs(text, from), byCharacter(text, from), JSON.stringify([text, from]));
    }
  });
});
