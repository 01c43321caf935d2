/**
 * Claim units and their named thresholds: a claim is a sentence (or a clause of one where the content
 * type changes), never longer than its sentence and never repeated per unmatched quotation mark; very
 * short lines and photo credits are not claims. Each option is pinned by a case just inside and just
 * outside it. Also the softmax fit the typer rests on.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseArticle } from '../../src/article.ts';
import { analyze, bundledKb, standard } from '../../src/index.ts';
import type { Doc } from '../../src/pipeline/doc.ts';
import { runStages } from '../../src/pipeline/processor.ts';
import { CLAIM_DEFAULTS, findClaims } from '../../src/stages/claims/stage.ts';
import { fitSoftmax, logits, softmaxInPlace } from '../../src/stages/claims/softmax.ts';
import { at, spanOf } from '../people/helpers.ts';

const before = standard.slice(
  0,
  standard.findIndex((s) => s.name === 'claims'),
);
const docOf = (text: string): Doc => {
  const a = parseArticle({ text });
  assert.ok(a.ok);
  return runStages(before, a.value, bundledKb());
};
const claimTexts = (text: string, options = CLAIM_DEFAULTS): string[] => {
  const doc = docOf(text);
  return findClaims(doc, options).map((c) => text.slice(c.start, c.end));
};

describe('clauses of different types are split, and only then', () => {
  const text = 'Theo has moved out of the house, but Lena still hopes he will come back.';

  test('a fact and a hope joined by ", but" are two claims', () => {
    const r = analyze(text);
    assert.deepEqual(
      r.claims.map((c) => [at(r, c), c.content]),
      [
        ['Theo has moved out of the house', 'fact'],
        ['but Lena still hopes he will come back.', 'mental-state'],
      ],
    );
  });

  test('clauseConfidence: above both clauses’ confidence the sentence stays whole', () => {
    assert.deepEqual(claimTexts(text, { ...CLAIM_DEFAULTS, clauseConfidence: 0.99 }), [text]);
  });

  test('clauseMinWords: a clause shorter than the minimum is not split off', () => {
    assert.equal(claimTexts(text, { ...CLAIM_DEFAULTS, clauseMinWords: 8 }).length, 1);
    assert.equal(claimTexts(text, { ...CLAIM_DEFAULTS, clauseMinWords: 7 }).length, 2);
  });

  test('maxClauseSplits: with no split points allowed, one claim per sentence', () => {
    assert.equal(claimTexts(text, { ...CLAIM_DEFAULTS, maxClauseSplits: 0 }).length, 1);
  });
});

describe('what is not a claim', () => {
  test('minWords: "Kim left home." (3 words) is a claim, "Kim left." is not', () => {
    assert.deepEqual(claimTexts('Kim left home. Kim left.'), ['Kim left home.']);
    assert.deepEqual(claimTexts('Kim left home. Kim left.', { ...CLAIM_DEFAULTS, minWords: 4 }), []);
    assert.deepEqual(claimTexts('Kim left home. Kim left.', { ...CLAIM_DEFAULTS, minWords: 2 }), [
      'Kim left home.',
      'Kim left.',
    ]);
  });

  test('creditMaxWords: a short line naming a photo agency after a slash is a credit', () => {
    const credit = 'Lena Marsh and Theo Vance in Paris Jon Smith/Getty Images';
    assert.deepEqual(claimTexts(credit), []);
    assert.deepEqual(claimTexts(credit, { ...CLAIM_DEFAULTS, creditMaxWords: 10 }), [credit]);
  });

  test('site labels and embed text: "RELATED: …", "Sign up …", "A post shared by …"', () => {
    const text =
      'RELATED: Lena Marsh Opens Up About Her Tour\n\nSign up for our newsletter today.\n\nA post shared by Lena Marsh (@lena) on Mar 3, 2025 at 9:10am PST\n\nLena Marsh sang in Paris on Friday.';
    assert.deepEqual(claimTexts(text), ['Lena Marsh sang in Paris on Friday.']);
  });
});

describe('claims stay inside the text and their sentence', () => {
  test('1,000 unmatched opening quotation marks give at most one claim per sentence, each inside it', () => {
    const text = `${'Kim said “ '.repeat(1000)}Kim left home.`;
    const r = analyze(text);
    assert.ok(
      r.claims.length <= r.sentences.length,
      `${r.claims.length} claims, ${r.sentences.length} sentences`,
    );
    for (const c of r.claims) {
      assert.ok(c.start >= 0 && c.end <= text.length && c.start < c.end);
      assert.ok(
        r.sentences.some((s) => s.start <= c.start && c.end <= s.end),
        `claim ${JSON.stringify(at(r, c).slice(0, 40))} leaves its sentence`,
      );
    }
    const starts = new Set(r.claims.map((c) => c.start));
    assert.equal(starts.size, r.claims.length, 'no claim is repeated');
  });

  test('a quoted sentence followed by its attribution is the quoted words only', () => {
    const text = '“I feel calmer than I have in years,” Lena Marsh told Vogue.';
    const r = analyze(text);
    assert.equal(r.claims.length, 1);
    assert.deepEqual(
      { start: r.claims[0]!.start, end: r.claims[0]!.end },
      spanOf(text, 'I feel calmer than I have in years'),
    );
    assert.equal(r.claims[0]!.voice, 'quoted');
  });
});

describe('softmax fit', () => {
  test('separable toy data: every row is predicted its own class, and the fit is deterministic', () => {
    const rows = [0, 1, 2, 0, 1, 2].map((k) => ({
      index: Int32Array.of(k, 3),
      value: Float64Array.of(1, 1),
    }));
    const labels = [0, 1, 2, 0, 1, 2];
    const a = fitSoftmax(rows, labels, 3, 4, { l2: 1e-3, iterations: 300 });
    const b = fitSoftmax(rows, labels, 3, 4, { l2: 1e-3, iterations: 300 });
    assert.deepEqual(Array.from(a.weights), Array.from(b.weights));
    const z = new Float64Array(3);
    rows.forEach((r, i) => {
      logits(a, r.index, r.value, 2, z);
      softmaxInPlace(z);
      assert.equal(z.indexOf(Math.max(...z)), labels[i]);
      assert.ok(Math.abs(z.reduce((s, x) => s + x, 0) - 1) < 1e-12);
    });
  });
});
