/** The findings of a document before any stage ran: everything empty, nothing undefined. */
import { emptyList } from '../core/arrays.ts';
import { NO_HITS } from '../lexicon/compiled.ts';
import type { Findings } from './doc.ts';

/** Empty findings, shared: stages never mutate what they are given, so one copy serves every article. */
export function emptyFindings(): Findings {
  return EMPTY;
}

const EMPTY: Findings = {
  paragraphs: emptyList(),
  sentences: emptyList(),
  tokens: {
    count: 0,
    start: new Int32Array(0),
    end: new Int32Array(0),
    kind: new Uint8Array(0),
    hash: new Uint32Array(0),
    cap: new Uint8Array(0),
    sentence: new Int32Array(0),
  },
  lexicon: NO_HITS,
  captions: emptyList(),
  quoted: emptyList(),
  quotes: emptyList(),
  scareQuotes: emptyList(),
  sources: emptyList(),
  entities: emptyList(),
  mentions: emptyList(),
  ages: emptyList(),
  relations: emptyList(),
  claims: emptyList(),
  hedges: emptyList(),
  language: {
    emotive: emptyList(),
    superlatives: emptyList(),
    allCaps: emptyList(),
    exclamations: emptyList(),
    clickbait: emptyList(),
    readability: { fleschReadingEase: 0, wordsPerSentence: 0 },
  },
  dates: emptyList(),
  events: emptyList(),
  checks: emptyList(),
  score: { value: 5, band: 'partly supported', base: 5, model: 'none', signals: [] },
  summary: {
    words: 0,
    quotes: 0,
    quotedWords: 0,
    quotedShare: 0,
    anonymousShare: 0,
    namedSources: 0,
    anonymousSources: 0,
    sourcesByKind: {},
    claims: 0,
    claimsByType: {},
    claimSupport: { anonymous: 0, named: 0, none: 0 },
    unquotedMindReading: 0,
    privateFacts: 0,
    unverifiableGossip: 0,
    hedgesPer100Words: 0,
    emotivePer100Words: 0,
  },
};
