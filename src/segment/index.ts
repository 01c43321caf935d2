/** The segment stage: paragraphs, tokens and sentences of the article body. */
import type { Doc } from '../pipeline/doc.ts';
import { defineStage } from '../pipeline/stage.ts';
import { paragraphs } from './paragraphs.ts';
import { sentences } from './sentences.ts';
import { tokenize } from '../core/tokens.ts';

/** Splits the body into paragraphs, tokens and sentences, all with offsets into the text. */
export const segmentStage = defineStage({
  name: 'segment',
  about: 'Paragraphs, sentences and tokens (typed arrays: offsets, kind, word hash) for every later stage',
  needs: [],
  gives: ['paragraphs', 'tokens', 'sentences'],
  run(doc: Doc) {
    const paras = paragraphs(doc.text, doc.bodyStart);
    const tokens = tokenize(doc.text, doc.bodyStart);
    return { paragraphs: paras, tokens, sentences: sentences(doc.text, tokens, paras) };
  },
});
