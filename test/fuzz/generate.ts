/**
 * Seeded input generators for the fuzz suite: mutations of the project's own fixture articles, random
 * Unicode (lone surrogates, controls, bidi, combining marks, every quotation mark), and the crafted
 * hostile shapes at small sizes. Seeded so that a failure names a seed and an index that reproduce it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../../src/score/random.ts';
import { SHAPES } from './shapes.ts';

/** The project's seeded PRNG (mulberry32), so a failing input is reproduced by its seed and index. */
export const rng = mulberry32;

const FIXTURE_DIRS = ['../fixtures/articles/', '../../examples/'];
/** The project's invented fixture articles, read once. */
export const FIXTURES: readonly string[] = FIXTURE_DIRS.flatMap((d) => {
  const dir = new URL(d, import.meta.url);
  return readdirSync(fileURLToPath(dir))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(fileURLToPath(new URL(f, dir)), 'utf8'));
});

/** Characters that have broken text tools before: marks, dashes, controls, bidi, surrogates, joiners. */
const PALETTE = [
  ...'“”‘’"\'«»‹›„‚「」『』',
  ...'.,;:!?…—–-()[]{}/\\|*_#<>&%$@',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  '\u0000',
  '\u001b[2J',
  '\u001b]52;c;aGk=\u0007',
  '\u0085',
  '\u009b',
  '\u202e',
  '\u2066',
  '\u200b',
  '\u200d',
  '\ufeff',
  '\u00a0',
  '\u2028',
  '\ud83d',
  '\ude00',
  '😀',
  '👩‍👩‍👧',
  'é',
  'e\u0301',
  'ß',
  'İ',
  'ﬁ',
  '١٢٣',
  '東京',
  ' ',
  '  ',
  ' said ',
  ' told ',
  ' according to ',
  ' an insider ',
  ' Harry',
  ', 40, ',
  ' 1900-02-29 ',
  ' May 3, 2021 ',
  ' last week ',
  ' reportedly ',
  ' Mr. ',
  ' U.S. ',
  '---\n',
  'date 2024-02-30 ',
];

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: () => number, n: number): number => Math.floor(r() * n);

/** A random string of palette pieces and random code points (any plane, lone surrogates included). */
export function randomUnicode(r: () => number, maxLen: number): string {
  let s = '';
  const len = int(r, maxLen);
  while (s.length < len) {
    const k = r();
    if (k < 0.5) s += pick(r, PALETTE);
    else if (k < 0.7) s += String.fromCharCode(int(r, 0x10000));
    else if (k < 0.8) s += String.fromCodePoint(int(r, 0x110000));
    else s += pick(r, ['Kim', 'the', 'she', 'says', 'is', 'not', 'a', 'star', 'Prince', 'Harry', 'Meghan']);
  }
  return s;
}

/** One random edit of a text: delete, duplicate, insert, swap case, cut, or splice two texts. */
export function mutate(r: () => number, text: string): string {
  const at = int(r, text.length + 1);
  const len = int(r, Math.min(200, text.length - at + 1));
  switch (int(r, 7)) {
    case 0:
      return text.slice(0, at) + text.slice(at + len);
    case 1:
      return text.slice(0, at + len) + text.slice(at, at + len).repeat(1 + int(r, 5)) + text.slice(at + len);
    case 2:
      return text.slice(0, at) + pick(r, PALETTE) + text.slice(at);
    case 3:
      return text.slice(0, at) + text.slice(at, at + len).toUpperCase() + text.slice(at + len);
    case 4:
      return text.slice(0, at);
    case 5:
      return text.slice(0, at) + randomUnicode(r, 40) + text.slice(at);
    default:
      return text.slice(0, at) + pick(r, FIXTURES).slice(0, 300) + text.slice(at);
  }
}

/** The `i`-th input of a run: which family it comes from, and the text. */
export function fuzzInput(seed: number, i: number): { family: string; text: string } {
  const r = rng(seed * 1_000_003 + i);
  const k = r();
  if (k < 0.6) {
    let t = pick(r, FIXTURES);
    for (let n = 1 + int(r, 6); n > 0; n--) t = mutate(r, t);
    return { family: 'fixture-mutation', text: t };
  }
  if (k < 0.85) return { family: 'random-unicode', text: randomUnicode(r, 600) };
  const shape = pick(
    r,
    SHAPES.filter((s) => s.kind === 'text'),
  );
  return { family: `shape:${shape.name}`, text: mutate(r, shape.make(50 + int(r, 1500))) };
}
