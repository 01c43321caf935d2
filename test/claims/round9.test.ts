/**
 * Round 9: the content is decided by its probability, a fact by its two classes (public, private)
 * together, and only then which kind of fact. Pinned on a model made by hand (its probabilities are the
 * bias alone, so no refit can move them) and on invented sentences through the whole stage.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseArticle } from '../../src/article.ts';
import { bundledKb } from '../../src/kb/load.ts';
import { standard } from '../../src/pipeline/presets.ts';
import { docBefore, runStage } from '../../src/pipeline/processor.ts';
import { FeatureBuffer, FIXED_FEATURES } from '../../src/stages/claims/features.ts';
import { CLASSES, classify, compileModel } from '../../src/stages/claims/model.ts';
import { claimsStage } from '../../src/stages/claims/stage.ts';

/** A model whose class probabilities are `p` for every claim with no features (log-probabilities as bias). */
function modelOf(p: readonly number[]) {
  const fixed: Record<string, number[]> = {};
  for (const [id] of FIXED_FEATURES) {
    fixed[id] = [0, 0, 0, 0, 0];
    fixed[`${id}@quoted`] = [0, 0, 0, 0, 0];
  }
  return compileModel({
    version: 'hand',
    trainedOn: null,
    classes: [...CLASSES],
    l2: 0,
    bias: p.map((x) => Math.log(x)),
    fixed,
    vocab: {},
  });
}

const empty = (): FeatureBuffer => {
  const b = new FeatureBuffer();
  b.reset();
  return b;
};

describe('the content first, then the kind of fact', () => {
  test('30% public fact, 30% private fact, 35% opinion: a fact (60%), of the likelier kind', () => {
    const v = classify(modelOf([0.31, 0.29, 0.05, 0.0001, 0.35]), empty());
    assert.equal(v.cls, 'fact-public');
    assert.equal(Math.round(v.probability * 100), 31);
  });

  test('the private kind when it is the likelier one', () => {
    assert.equal(classify(modelOf([0.29, 0.31, 0.05, 0.0001, 0.35]), empty()).cls, 'fact-private');
  });

  test('an opinion likelier than both facts together is an opinion', () => {
    assert.equal(classify(modelOf([0.2, 0.2, 0.05, 0.0001, 0.55]), empty()).cls, 'opinion');
  });
});

/** The claims of `text` as "content/checkable: span text". */
function claims(text: string): string[] {
  const a = parseArticle({ text, date: '2024-10-08' });
  if (!a.ok) throw a.error;
  const found = runStage(claimsStage, docBefore(standard, 'claims', a.value, bundledKb()), {});
  return (found.claims ?? []).map((c) => `${c.content}/${c.checkable}: ${text.slice(c.start, c.end)}`);
}

describe('invented sentences through the stage', () => {
  test('a plain event in the writer’s voice is a fact, span exact', () =>
    assert.deepEqual(claims('Rain fell on the town. Kim smiled widely.'), [
      'fact/public: Rain fell on the town.',
      'fact/public: Kim smiled widely.',
    ]));

  test('a clause of feeling after a fact is still split off and read as mind-reading', () =>
    assert.deepEqual(claims('Tom bought a house in Malibu, but he may feel bored there.'), [
      'fact/public: Tom bought a house in Malibu',
      'mental-state/null: but he may feel bored there.',
    ]));
});
