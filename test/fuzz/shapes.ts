/**
 * The crafted hostile shapes of issue 16, each a generator of about `n` characters, shared by the fuzz
 * suite and `npm run bench:adversarial`. Every text is invented here; none comes from a corpus.
 */

/** A crafted input: plain text for `analyze`, or an HTML page for the extractor first. */
export interface Shape {
  readonly name: string;
  readonly kind: 'text' | 'html';
  readonly make: (n: number) => string;
}

/** Repeats `unit` until the result is about `n` characters long. */
export const fill = (unit: string, n: number): string => unit.repeat(Math.max(1, Math.ceil(n / unit.length)));

const SENTENCES = [
  'She is fine.',
  'The couple left early.',
  'Fans were stunned by the news.',
  'He thinks she is upset.',
  'An insider says they split.',
];

/** A paragraph of short invented sentences of about `n` characters, with no blank line inside. */
export const paragraph = (n: number): string => {
  let s = '';
  for (let i = 0; s.length < n; i++) s += `${SENTENCES[i % SENTENCES.length]} `;
  return s;
};

/** The shapes that took the machine down before issue 16 (see the list, items 1, 2 and 9). */
export const SHAPES: readonly Shape[] = [
  {
    // 1,000 opening marks then 200 short sentences is the 6.4 KB file of item 1; scaled in the same ratio
    name: 'open-marks-then-sentences',
    kind: 'text',
    make: (n) => `${'\u201c'.repeat(Math.ceil(n / 6.4))}\n\n${paragraph(n - n / 6.4)}`,
  },
  { name: 'run-of-open-marks', kind: 'text', make: (n) => '\u201c'.repeat(n) },
  {
    name: 'open-marks-between-sentences',
    kind: 'text',
    make: (n) => fill('\u201cShe is fine. He said so. ', n),
  },
  { name: 'one-long-paragraph', kind: 'text', make: (n) => paragraph(n) },
  {
    name: 'unbalanced-nested-quotes',
    kind: 'text',
    make: (n) => fill('\u201cShe said \u2018he told me \u201cthey know ', n),
  },
  { name: 'harry-repeated', kind: 'text', make: (n) => fill('Harry ', n) },
  { name: 'name-age-list', kind: 'text', make: (n) => fill('Harry, 40, ', n) },
  {
    name: 'reported-speech-chain',
    kind: 'text',
    make: (n) => fill('Harry said that Meghan told friends that ', n),
  },
  { name: 'capitalised-words', kind: 'text', make: (n) => fill('Prince Harry Duke Of Sussex Told ', n) },
  { name: 'many-paragraphs', kind: 'text', make: (n) => fill('"I am fine," she said.\n\n', n) },
  { name: 'dates-and-ages', kind: 'text', make: (n) => fill('On May 3, 2021, Kim, 41, wed. ', n) },
  { name: 'no-spaces', kind: 'text', make: (n) => 'a'.repeat(n) },
  { name: 'punctuation-only', kind: 'text', make: (n) => fill('.,;:!?"\'()-', n) },
  {
    name: 'html-nested-divs',
    kind: 'html',
    make: (n) => {
      const depth = Math.max(1, Math.floor((n - 40) / 11));
      return `<html><body>${'<div>'.repeat(depth)}<p>She is fine.</p>${'</div>'.repeat(depth)}</body></html>`;
    },
  },
  {
    name: 'html-many-paragraphs',
    kind: 'html',
    make: (n) =>
      `<html><body><article>${fill('<p>\u201cI am fine,\u201d she said.</p>', n)}</article></body></html>`,
  },
];

/** The crafted 6.4 KB file of item 1: 1,000 opening marks then 200 short sentences. */
export const marks6k = (): string =>
  `${'\u201c'.repeat(1000)}\n\n${Array.from({ length: 200 }, (_, i) => SENTENCES[i % 5]).join(' ')}`;
/** The crafted 26 KB file of item 1: 3,000 opening marks then 1,000 short sentences. */
export const marks26k = (): string =>
  `${'\u201c'.repeat(3000)}\n\n${Array.from({ length: 1000 }, (_, i) => SENTENCES[i % 5]).join(' ')}`;
