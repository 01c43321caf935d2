/**
 * Words that report what someone thinks, feels, wants or knows: the verbs of cognition, emotion and
 * desire from Levin's English Verb Classes (1993, classes 29–31) plus the adjectives and nouns of
 * feeling common in celebrity copy ("is heartbroken", "holds great remorse").
 */
import { wordSet } from '../core/hash.ts';

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
  // forms the first list missed: "has never stopped hoping", "Tom is alarmed", "is concerned about"
  'hoping', 'wanting', 'fearing', 'worrying', 'believing', 'thinking', 'feeling', 'loving', 'hating',
  'alarmed', 'concerned', 'worried', 'interested', 'focused', 'clueless', 'panicked', 'protective',
  'struggling', 'heartbreak', 'devastation', 'frustration', 'anger', 'fury', 'shame', 'pride', 'joy',
  'relief', 'doubting', 'suspicious', 'wary', 'fond', 'ready', 'hesitant', 'insecure', 'paranoid',
  'miserable', 'content', 'blissful', 'elated', 'ecstatic', 'stressed', 'overwhelmed', 'heartsick',
  'enjoys', 'enjoying', 'enjoyed', 'wonders', 'wondering', 'wondered', 'considering', 'contemplating',
  'regretting', 'resenting', 'missing', 'craving', 'dreading', 'yearning', 'intent', 'plotting',
]);

/**
 * Verbs of cognition and intention (Levin 29.4–29.5, 32.1): with a third-person subject they read a mind
 * ("Kate believes …"), with "I" they report the speaker's own view.
 */
export const COGNITION = wordSet([
  'believe', 'believes', 'believed', 'believing', 'think', 'thinks', 'thought', 'thinking', 'know', 'knows',
  'knew', 'realise', 'realises', 'realised', 'realize', 'realizes', 'realized', 'understand', 'understands',
  'suspect', 'suspects', 'doubt', 'doubts', 'wonder', 'wonders', 'wondering', 'want', 'wants', 'wanted',
  'wanting', 'wish', 'wishes', 'hope', 'hopes', 'hoped', 'hoping', 'intends', 'plans', 'fear', 'fears',
  'feared', 'worry', 'worries', 'worried', 'feel', 'feels', 'felt', 'considering', 'convinced', 'determined',
]);

/** Evaluative words: a claim built on one of these is an opinion. */
export const EVALUATIVE = wordSet([
  'healthy', 'unhealthy', 'unsalvageable', 'controversial', 'good', 'bad', 'great', 'terrible', 'awful',
  'amazing', 'incredible', 'stunning', 'gorgeous', 'beautiful', 'ugly', 'best', 'worst', 'better', 'worse',
  'right', 'wrong', 'fair', 'unfair', 'shameful', 'disgraceful', 'ridiculous', 'absurd', 'toxic', 'perfect',
  'brilliant', 'selfish', 'rude', 'cruel', 'kind', 'sweet', 'nasty', 'petty', 'classy', 'tacky', 'iconic',
  'sad', 'tragic', 'shocking', 'disappointing', 'embarrassing', 'important', 'should', 'deserves', 'deserve',
  'needs', 'need', 'must', 'ought', 'support', 'lucky', 'unlucky', 'mistake', 'failure', 'success',
  // common evaluations in celebrity copy: looks, style, praise and insult
  'cute', 'cutest', 'adorable', 'hot', 'sexy', 'chic', 'glamorous', 'elegant', 'fabulous', 'flawless',
  'fierce', 'wonderful', 'lovely', 'fantastic', 'awesome', 'cool', 'fun', 'funny', 'hilarious', 'weird',
  'strange', 'crazy', 'insane', 'silly', 'stupid', 'dumb', 'boring', 'epic', 'legendary', 'talented',
  'inspiring', 'inspirational', 'heartwarming', 'sweetest', 'stylish', 'sleek', 'radiant', 'glowing',
  'striking', 'breathtaking', 'jaw-dropping', 'impressive', 'disastrous', 'misstep', 'cringe', 'awkward',
  'unforgettable', 'incredible', 'remarkable', 'special', 'beloved', 'famous', 'favorite', 'favourite',
  'ideal', 'proper', 'appropriate', 'inappropriate', 'honest', 'genuine', 'fake', 'tough', 'strong',
  'triumph', 'disaster', 'flop', 'masterpiece', 'gem', 'total', 'utter', 'pure', 'sheer', 'shame', 'joke',
]);
