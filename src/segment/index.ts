/** The segment stage: paragraphs, tokens and sentences of the article body. */
import type { Doc, Stage } from '../pipeline/doc.ts';
import { paragraphs } from './paragraphs.ts';
import { sentences } from './sentences.ts';
import { tokenize } from './tokens.ts';

/** Splits the body into paragraphs, tokens and sentences, all with offsets into the text. */
export const segmentStage: Stage = {
  name: 'segment',
  run(doc: Doc) {
    const paras = paragraphs(doc.text, doc.bodyStart);
    const tokens = tokenize(doc.text, doc.bodyStart);
    return { paragraphs: paras, tokens, sentences: sentences(doc.text, tokens, paras) };
  },
};
