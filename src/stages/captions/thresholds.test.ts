/**
 * The captions stage's search bounds, named in its options (maxLength is pinned in
 * src/stages/thresholds.test.ts): each pinned by a paragraph just inside and one just outside, run
 * through the stage itself. Spaces stretch the fixtures: the patterns allow any run of them.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseArticle } from '../../article.ts';
import { bundledKb } from '../../kb/load.ts';
import { standard } from '../../pipeline/presets.ts';
import { docBefore, runStage } from '../../pipeline/processor.ts';
import { type CaptionOptions, captionsStage } from './stage.ts';

/** The credits of the captions in a text whose second paragraph is `par`. */
const credits = (par: string, o: Partial<CaptionOptions> = {}): (string | null)[] => {
  const text = `Story starts here.\n\n${par}\n\nMore text.`;
  const a = parseArticle({ text });
  if (!a.ok) throw a.error;
  const doc = docBefore(standard, 'captions', a.value, bundledKb());
  return (runStage(captionsStage, doc, o).captions ?? []).map(
    (c) => c.creditSpan && text.slice(c.creditSpan.start, c.creditSpan.end),
  );
};

describe('tailLength (160)', () => {
  /** A paragraph ending in a bracketed credit `length` units long. */
  const trailing = (length: number): string =>
    `The star arrived at the gala in a long red coat (Photo:${' '.repeat(length - 22)}Lensman Agency)`;
  test('a trailing credit of 160 units, brackets included, is read', () =>
    assert.deepEqual(credits(trailing(160)), ['Lensman Agency']));
  test('one of 161 is not', () => {
    assert.deepEqual(credits(trailing(161)), []);
    assert.deepEqual(credits(trailing(161), { tailLength: 161 }), ['Lensman Agency']);
  });
});

describe('leadingMaxLength (100)', () => {
  /** A paragraph of `length` units that is a leading credit line. */
  const leading = (length: number): string => `Photo:${' '.repeat(length - 20)}Lensman Agency`;
  test('a 100-unit credit line is a caption', () =>
    assert.deepEqual(credits(leading(100)), ['Lensman Agency']));
  test('a 101-unit one is not', () => {
    assert.deepEqual(credits(leading(101)), []);
    assert.deepEqual(credits(leading(101), { leadingMaxLength: 101 }), ['Lensman Agency']);
  });
});
