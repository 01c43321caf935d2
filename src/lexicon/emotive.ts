/**
 * Emotive and sensational wording, superlatives and clickbait patterns. The emotive words are the
 * high-arousal terms of tabloid headlines (after the NRC Emotion Lexicon's strongest entries and
 * the sensationalism markers of Chen, Conroy & Rubin 2015 on clickbait), cut to the forms news uses.
 */
import { wordSet } from '../core/hash.ts';

/** Sensational words, as a list (the shared matcher compiles it: lexicon/compiled.ts). */
export const EMOTIVE_WORDS: readonly string[] = [
  'devastating', 'devastated', 'desperate', 'desperately', 'slammed', 'slams', 'slam', 'feud', 'feuding',
  'bombshell', 'shock', 'shocking', 'shocked', 'heartbreak', 'heartbreaking', 'heartbroken', 'furious',
  'fury', 'rage', 'raging', 'explosive', 'meltdown', 'scandal', 'scandalous', 'betrayal', 'betrayed',
  'brutal', 'savage', 'disaster', 'disastrous', 'crisis', 'crises', 'nightmare', 'tragic', 'tragedy',
  'humiliated', 'humiliating', 'humiliation', 'outrage', 'outraged', 'horrified', 'horrifying', 'stunning',
  'stunned', 'sensational', 'dramatic', 'drama', 'war', 'warring', 'rift', 'snub', 'snubbed', 'blasted',
  'blasts', 'fuming', 'livid', 'seething', 'sobbing', 'tears', 'tearful', 'agony', 'anguish', 'torment',
  'terrified', 'terrifying', 'panic', 'chaos', 'crumbling', 'collapse', 'doomed', 'secret', 'secretly',
  'exclusive', 'revealed', 'exposed', 'heartache', 'crushed', 'gutted', 'distress', 'perils', 'cold',
  'ghosting', 'grudge', 'disgrace', 'frantic', 'frantically', 'insane', 'incredible', 'unbelievable',
  'jaw-dropping', 'mind-blowing', 'epic', 'massive', 'huge', 'overjoyed', 'wake-up', 'sombre', 'remorse',
];

/** Sensational words, as word hashes. */
export const EMOTIVE = wordSet(EMOTIVE_WORDS);

/** Irregular superlatives; regular ones are words ending in -est that are not in NOT_SUPERLATIVE. */
export const SUPERLATIVES = wordSet(['best', 'worst', 'most', 'least', 'biggest', 'greatest', 'hottest']);

/** Words ending in -est that are not superlatives. */
export const NOT_SUPERLATIVE = wordSet([
  'est', 'best', 'interest', 'rest', 'test', 'nest', 'west', 'chest', 'guest', 'quest', 'request', 'protest',
  'honest', 'modest', 'forest', 'harvest', 'contest', 'suggest', 'arrest', 'invest', 'latest', 'manifest',
  'digest', 'unrest', 'conquest', 'pest', 'vest', 'zest', 'priest', 'fest', 'behest', 'attest', 'detest',
  'earnest', 'lest', 'crest', 'biggest', 'inquest', 'bequest', 'congest', 'infest', 'divest', 'midwest',
]);

/** Clickbait patterns for titles: a bounded regex and the reason a reader would give. */
export const CLICKBAIT: readonly { readonly pattern: RegExp; readonly reason: string }[] = [
  { pattern: /\byou won[’']t believe\b/i, reason: 'promises a surprise instead of saying what happened' },
  { pattern: /\b(?:here[’']s|this is) (?:why|what|how)\b/i, reason: 'withholds the news to make you click' },
  { pattern: /\b(?:shock(?:ing)?|bombshell|stunning|explosive|heartbreaking)\b/i, reason: 'sensational word in the title' },
  { pattern: /^\d{1,2} (?:things|reasons|ways|times|signs|secrets)\b/i, reason: 'listicle title' },
  { pattern: /\?\s*$/, reason: 'a question headline, which usually answers itself with no' },
  { pattern: /\b(?:exclusive|breaking|revealed|exposed)\b/i, reason: 'claims a scoop' },
  { pattern: /\b(?:what happened next|the truth about|finally (?:reveals|speaks))\b/i, reason: 'teases instead of telling' },
  { pattern: /!/, reason: 'exclamation mark in the title' },
];
