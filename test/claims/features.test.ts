/**
 * The claim typer's features on invented sentences: each linguistic cue fires on the word it names
 * (so a reason can quote it), and only where the grammar says it should.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseArticle } from '../../src/article.ts';
import { bundledKb, standard } from '../../src/index.ts';
import type { Doc } from '../../src/pipeline/doc.ts';
import { runStages } from '../../src/pipeline/processor.ts';
import {
  claimIndex,
  extractFeatures,
  FeatureBuffer,
  FIXED_FEATURES,
  type FixedFeature,
} from '../../src/stages/claims/features.ts';
import { shippedModel } from '../../src/stages/claims/model.ts';

const upToClaims = standard.slice(
  0,
  standard.findIndex((s) => s.name === 'claims'),
);
const kb = bundledKb();

/** The features of a one-sentence article in the writer's voice: each fired feature → the word that fired it. */
function featuresOf(sentence: string, context = ''): Map<FixedFeature, string | null> {
  const text = context + sentence;
  const article = parseArticle({ id: 't', text, title: null });
  if (!article.ok) throw article.error;
  const doc: Doc = runStages(upToClaims, article.value, kb);
  const buf = new FeatureBuffer();
  const span = { start: context.length, end: text.length };
  extractFeatures(
    doc,
    span,
    { quoted: false, attribution: null, firstSentence: false, question: sentence.endsWith('?') },
    claimIndex(doc, shippedModel().vocab),
    buf,
  );
  const out = new Map<FixedFeature, string | null>();
  FIXED_FEATURES.forEach(([id], j) => {
    if (buf.value[j] === 0) return;
    const at = buf.at[j]!;
    out.set(id, at >= 0 ? doc.text.slice(doc.tokens.start[at], doc.tokens.end[at]) : null);
  });
  return out;
}

describe('predicates after a copula', () => {
  test('"The gown was truly stunning." evaluates the gown: an evaluative predicate on "stunning"', () => {
    const f = featuresOf('The gown was truly stunning.');
    assert.equal(f.get('evaluative-predicate'), 'stunning');
    assert.equal(f.has('mental-predicate'), false);
  });

  test('"Her new single is a total triumph." runs past the article; "Her" is no subject', () => {
    const f = featuresOf('Her new single is a total triumph.');
    assert.equal(f.get('evaluative-predicate'), 'total');
    assert.equal(f.has('mental-third'), false);
  });

  test('"Marco Bellini is devastated." says a state of mind of a third person', () => {
    const f = featuresOf('Marco Bellini is devastated.');
    assert.equal(f.get('mental-predicate'), 'devastated');
    assert.equal(f.get('mental-third'), 'devastated');
    assert.equal(f.has('evaluative-predicate'), false);
  });
});

describe('subjects', () => {
  test('"It is so sad to watch." is about a thing: the feeling word reads no one’s mind', () => {
    const f = featuresOf('It is so sad to watch.');
    assert.equal(f.get('impersonal-subject'), 'It');
    assert.equal(f.get('mental-impersonal'), 'sad');
    assert.equal(f.has('mental-third'), false);
  });

  test('"He told her he wants out." — the wanting is his, not hers: "her" is an object', () => {
    const f = featuresOf('He told her he wants out.');
    assert.equal(f.get('mental-third'), 'wants');
    assert.equal(f.get('mental-third-content'), 'wants');
  });

  test('"Her mother loves the spotlight." — the possessive names Lena but reads no mind of hers', () => {
    const f = featuresOf('Her mother loves the spotlight.', 'Lena Marsh arrived late. ');
    assert.equal(f.get('person'), 'Her');
    assert.equal(f.get('mental'), 'loves');
    assert.equal(f.has('mental-third'), false);
  });
});

describe('reported content and speculation', () => {
  test('"A source says Nadia is heartbroken." reads Nadia’s mind in what is reported', () => {
    const f = featuresOf('A source says Nadia Storm is heartbroken.');
    assert.equal(f.get('reporting'), 'says');
    assert.equal(f.get('mental-third-content'), 'heartbroken');
    assert.equal(f.get('mental-predicate'), 'heartbroken');
  });

  test('"The pair are going to split." is the future by "going to"', () => {
    const f = featuresOf('The pair are going to split.');
    assert.equal(f.get('future'), 'going');
    assert.equal(f.get('future-main'), 'going');
  });

  test('"There is a chance they reunite." is a word of guessing in what is asserted', () => {
    const f = featuresOf('There is a chance they reunite.');
    assert.equal(f.get('speculative-content'), 'chance');
    assert.equal(f.get('impersonal-subject'), 'There');
  });
});

describe('words of attitude and memory (round six)', () => {
  test('"Dana Vale is nostalgic about her first tour." reads a third person’s mind on "nostalgic"', () => {
    const f = featuresOf('Dana Vale is nostalgic about her first tour.');
    assert.equal(f.get('mental-third'), 'nostalgic');
    assert.equal(f.get('mental-predicate'), 'nostalgic');
  });
  test('"She has been reminiscing about Rome." and "He agrees with her." fire on the verb', () => {
    assert.equal(featuresOf('She has been reminiscing about Rome.').get('mental-third'), 'reminiscing');
    // "agrees" is also a reporting verb: what follows it is reported content, so it is not read as his mind
    const f = featuresOf('He agrees with her.');
    assert.equal(f.get('mental'), 'agrees');
    assert.equal(f.get('reporting'), 'agrees');
  });
});

describe('the future and a capitalised "Will"', () => {
  test('"Nora Pike appeared on Will and Grace last week." has no future: "Will" is a title', () => {
    const f = featuresOf('Nora Pike appeared on Will and Grace last week.');
    assert.equal(f.has('future'), false);
    assert.equal(f.has('future-main'), false);
  });
  test('"Will she return?" opens on "Will": the future, on its first word', () =>
    assert.equal(featuresOf('Will she return to the show?').get('future'), 'Will'));
  test('"Nora will return." is the future on "will"', () =>
    assert.equal(featuresOf('Nora Pike will return to the show.').get('future-main'), 'will'));
});
