/**
 * An invented tabloid corpus for the queue tests: articles assembled from our own sentence patterns,
 * people, outlets and dates by a seeded generator, so a few thousand varied articles come from a few
 * lines of code and every run gets the same ones. Nothing here comes from a real article.
 */

/** A small seeded PRNG (mulberry32): the same seed gives the same corpus. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PEOPLE = [
  ['Marla Quint', 'she'],
  ['Dorian Vale', 'he'],
  ['Tessa Marlowe', 'she'],
  ['Jules Arkwright', 'he'],
  ['Priya Halden', 'she'],
  ['Rafe Delacourt', 'he'],
  ['Odette Finch', 'she'],
  ['Casper Lindqvist', 'he'],
] as const;
const OUTLETS = [
  'The Daily Glimmer',
  'Starwatch Weekly',
  'Velvet Rope',
  'The Morning Chatter',
  'Limelight Now',
];
const PLACES = [
  'a beach club in Malibu',
  'a gala in Monaco',
  'a bistro in Soho',
  'a charity dinner in Toronto',
];
const THINGS = ['the new album', 'the wedding plans', 'the film role', 'the book deal', 'the tour'];

type P = () => number;
const pick = <T>(r: P, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

const SENTENCES: ((r: P, a: string, b: string, pa: string) => string)[] = [
  (r, a, _b, pa) =>
    `"I have never been happier," ${a} said of ${pick(r, THINGS)}. "${pa === 'she' ? 'She' : 'He'} knows that."`,
  (r, a, b) =>
    `A source close to ${a} told ${pick(r, OUTLETS)} that the pair "are barely speaking" after ${b} skipped ${pick(r, THINGS)}.`,
  (r, a) => `${a}, ${20 + Math.floor(r() * 40)}, was spotted at ${pick(r, PLACES)} on Saturday.`,
  (_r, a, b) => `Insiders say ${a} is secretly furious with ${b}, though neither has commented.`,
  (r, a, _b, pa) => `${a} reportedly turned down ${pick(r, THINGS)}, and ${pa} feels betrayed by the studio.`,
  (r, a) => `"It was a private moment," a spokesperson for ${a} told ${pick(r, OUTLETS)}.`,
  (_r, a, b) => `According to an insider, ${b} may be planning a surprise for ${a} later this year.`,
  (r, a, b) =>
    `${b} posted a photo with ${a} on Instagram, writing: "${pick(r, ['Best week ever', 'Grateful for you', 'No comment'])}."`,
  (_r, a) => `It is understood that ${a} wants a fresh start, one friend claimed.`,
  (r, a, b) =>
    `${a} and ${b} first met in ${2005 + Math.floor(r() * 15)} on the set of a drama that was later cancelled.`,
  (r, a, _b, pa) =>
    `"We are focused on the work," ${a} told reporters, adding that ${pa} would "say more soon" about ${pick(r, THINGS)}.`,
  (_r, a, b) => `Fans believe ${b} is heartbroken, but sources insist ${a} has moved on.`,
];

/** One invented article record. */
export interface InventedRecord {
  readonly id: string;
  readonly title: string;
  readonly outlet: string;
  readonly date: string;
  readonly text: string;
}

/** `n` invented articles, varied in people, sources, length and date; the same for the same seed. */
export function inventCorpus(n: number, seed = 14): InventedRecord[] {
  const r = rng(seed);
  const out: InventedRecord[] = [];
  for (let i = 0; i < n; i++) {
    const [a, pa] = pick(r, PEOPLE);
    let [b] = pick(r, PEOPLE);
    if (b === a) b = PEOPLE[(PEOPLE.findIndex(([x]) => x === a) + 1) % PEOPLE.length]![0];
    const paragraphs: string[] = [];
    const count = 2 + Math.floor(r() * 5);
    for (let p = 0; p < count; p++) {
      const s1 = pick(r, SENTENCES)(r, a, b, pa);
      const s2 = r() < 0.6 ? ` ${pick(r, SENTENCES)(r, b, a, pa)}` : '';
      paragraphs.push(s1 + s2);
    }
    const month = 1 + Math.floor(r() * 12);
    const day = 1 + Math.floor(r() * 28);
    out.push({
      id: `inv-${seed}-${i}`,
      title: `${a} and ${b}: ${pick(r, THINGS)}`,
      outlet: pick(r, OUTLETS),
      date: `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      text: paragraphs.join('\n\n'),
    });
  }
  return out;
}

/** The records as JSON Lines. */
export const toLines = (records: readonly object[]): string =>
  records.map((x) => JSON.stringify(x)).join('\n') + '\n';
