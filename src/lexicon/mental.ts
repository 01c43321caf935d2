/**
 * Words that report what someone thinks, feels, wants or knows: the verbs of cognition, emotion and
 * desire from Levin's English Verb Classes (1993, classes 29–31) plus the adjectives and nouns of
 * feeling common in celebrity copy ("is heartbroken", "holds great remorse").
 */
import { wordSet } from './hash.ts';

/** Mental-state words: a person followed by one of these is said to think or feel something. */
export const MENTAL = wordSet([
  'believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'feel', 'feels', 'felt', 'want', 'wants',
  'wanted', 'wish', 'wishes', 'wished', 'hope', 'hopes', 'hoped', 'fear', 'fears', 'feared', 'know', 'knows',
  'knew', 'realise', 'realises', 'realised', 'realize', 'realizes', 'realized', 'understand', 'understands',
  'love', 'loves', 'loved', 'hate', 'hates', 'hated', 'regret', 'regrets', 'regretted', 'miss', 'misses',
  'missed', 'long', 'longs', 'longed', 'yearn', 'yearns', 'crave', 'craves', 'dread', 'dreads', 'resent',
  'resents', 'adore', 'adores', 'worry', 'worries', 'worried', 'blame', 'blames', 'suspect', 'suspects',
  'trust', 'trusts', 'doubt', 'doubts', 'aware', 'unaware', 'determined', 'desperate', 'convinced', 'furious',
  'upset', 'devastated', 'heartbroken', 'thrilled', 'overjoyed', 'delighted', 'happy', 'unhappy', 'sad',
  'angry', 'livid', 'jealous', 'hurt', 'ashamed', 'embarrassed', 'terrified', 'scared', 'afraid', 'anxious',
  'nervous', 'excited', 'relieved', 'frustrated', 'fuming', 'seething', 'gutted', 'crushed', 'lonely',
  'remorse', 'regret', 'guilt', 'guilty', 'resentment', 'bitterness', 'bitter', 'jealousy', 'grudge',
  'appreciation', 'bear', 'eager', 'keen', 'reluctant', 'unwilling', 'willing', 'proud', 'grateful',
  'torn', 'conflicted', 'confident', 'certain', 'sure', 'obsessed', 'smitten', 'infatuated', 'distraught',
  'wants', 'needs', 'intends', 'plans', 'refuses', 'desires', 'longing', 'dreams', 'dreaming',
]);

/** Evaluative words: a claim built on one of these is an opinion. */
export const EVALUATIVE = wordSet([
  'healthy', 'unhealthy', 'unsalvageable', 'controversial', 'good', 'bad', 'great', 'terrible', 'awful',
  'amazing', 'incredible', 'stunning', 'gorgeous', 'beautiful', 'ugly', 'best', 'worst', 'better', 'worse',
  'right', 'wrong', 'fair', 'unfair', 'shameful', 'disgraceful', 'ridiculous', 'absurd', 'toxic', 'perfect',
  'brilliant', 'selfish', 'rude', 'cruel', 'kind', 'sweet', 'nasty', 'petty', 'classy', 'tacky', 'iconic',
  'sad', 'tragic', 'shocking', 'disappointing', 'embarrassing', 'important', 'should', 'deserves', 'deserve',
  'needs', 'need', 'must', 'ought', 'support', 'lucky', 'unlucky', 'mistake', 'failure', 'success',
]);
