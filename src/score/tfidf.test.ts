import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { auc } from './metrics.ts';
import { mulberry32 } from './random.ts';
import { buildVocabulary, fitTfidfClassifier, terms, tokenize, vectorize } from './tfidf.ts';

describe('tokenize', () => {
  it('lower-cases words and folds curly apostrophes', () => {
    assert.deepEqual(tokenize("Kim’s NEW look, don't miss!"), ["kim's", 'new', 'look', "don't", 'miss']);
  });
  it('adds bigrams on request', () => {
    assert.deepEqual(terms(['a', 'b', 'c'], 2), ['a', 'b', 'c', 'a b', 'b c']);
  });
});

describe('tf-idf', () => {
  it('drops rare terms and L2-normalises with sublinear tf', () => {
    const docs = [tokenize('star star star wed'), tokenize('star split'), tokenize('wed split rare')];
    const vocabulary = buildVocabulary(docs, { minDf: 2, maxDfShare: 1 });
    assert.deepEqual([...vocabulary.index.keys()], ['split', 'star', 'wed']);
    const v = vectorize(docs[0]!, vocabulary);
    const norm = Math.sqrt(v.values.reduce((a, x) => a + x * x, 0));
    assert.ok(Math.abs(norm - 1) < 1e-12);
    // star: (1 + ln 3)·idf, wed: 1·idf, with equal idf (both in 2 of 3 documents).
    assert.deepEqual([...v.indices], [1, 2]);
    const [star, wed] = [v.values[0]!, v.values[1]!];
    assert.ok(Math.abs(star / wed - (1 + Math.log(3))) < 1e-12);
  });
  it('learns which words mark a class, deterministically', () => {
    const rand = mulberry32(5);
    const fake = ['insider', 'shocking', 'reportedly', 'source', 'feud'];
    const real = ['announced', 'statement', 'confirmed', 'premiere', 'court'];
    const neutral = ['the', 'star', 'said', 'week', 'new', 'show', 'film', 'fans'];
    const pick = (xs: string[]) => xs[Math.floor(rand() * xs.length)]!;
    const texts: string[] = [];
    const labels: number[] = [];
    for (let i = 0; i < 400; i++) {
      const y = i % 2;
      const words = Array.from({ length: 12 }, () => (rand() < 0.25 ? pick(y ? real : fake) : pick(neutral)));
      texts.push(words.join(' '));
      labels.push(y);
    }
    const a = fitTfidfClassifier(texts.slice(0, 300), labels.slice(0, 300), { seed: 3, epochs: 10 });
    const b = fitTfidfClassifier(texts.slice(0, 300), labels.slice(0, 300), { seed: 3, epochs: 10 });
    const p = texts.slice(300).map(a.predict);
    assert.ok(auc(p, labels.slice(300)) > 0.95);
    assert.deepEqual(p, texts.slice(300).map(b.predict));
  });
});
