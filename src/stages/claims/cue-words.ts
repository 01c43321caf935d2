// biome-ignore-all format: word lists read best packed, as in src/lexicon/
/**
 * More cue words for the claim typer, beyond src/lexicon/mental.ts and claim-cues.ts: written for this
 * project from general English vocabulary, not from any article. The words of feeling are the basic
 * emotion families of Shaver et al. (1987, "Emotion knowledge": love, joy, surprise, anger, sadness,
 * fear) with their common adjectives and verb forms, and the verbs of desire, intention and cognition
 * of Levin (1993, 29–32) in all their inflections; the evaluative words are the common adjectives,
 * nouns and stance adverbs of praise, blame and judgement (Martin & White 2005, "appreciation" and
 * "judgement"); the speculative ones are English epistemic adverbs and words of rumour and prediction.
 * They join the same feature classes as the base lists (features.ts), so the fitted weights of those
 * classes carry over to words the training articles never used.
 */
import { wordSet } from '../../core/hash.ts';

/** Words that say what someone feels, wants, intends or knows (added to the mental-state class). */
export const MORE_MENTAL = wordSet([
  // love and attachment
  'adoring', 'adored', 'cherishes', 'cherished', 'dotes', 'doting', 'enamored', 'enamoured', 'besotted',
  'lovestruck', 'lovesick', 'attached', 'devoted', 'crush', 'feelings', 'affection', 'admires', 'admired',
  'respects', 'treasures', 'likes', 'liked', 'dislikes', 'disliked', 'fancies',
  // joy and contentment
  'glad', 'pleased', 'satisfied', 'thankful', 'joyful', 'cheerful', 'optimistic', 'hopeful', 'upbeat',
  'euphoric', 'giddy', 'happier', 'happiest', 'happiness', 'excitement', 'thrilled', 'grateful',
  // surprise and confusion
  'shocked', 'stunned', 'surprised', 'astonished', 'blindsided', 'flabbergasted', 'baffled', 'bewildered',
  'confused', 'puzzled', 'perplexed', 'mystified', 'speechless',
  // anger
  'mad', 'pissed', 'irate', 'enraged', 'incensed', 'outraged', 'annoyed', 'irritated', 'irked', 'peeved',
  'miffed', 'resentful', 'infuriated', 'exasperated', 'rage', 'hatred', 'disgusted', 'appalled',
  'horrified', 'sickened', 'offended', 'insulted', 'betrayed', 'detests', 'despises', 'loathes', 'envies',
  'envious', 'possessive',
  // sadness
  'depressed', 'despondent', 'grieving', 'mourning', 'inconsolable', 'sorrow', 'heartache', 'sadness',
  'grief', 'homesick', 'wounded', 'disappointed', 'lonelier',
  // fear and strain
  'frightened', 'fearful', 'petrified', 'panic', 'panicking', 'anxiety', 'uneasy', 'apprehensive',
  'jittery', 'spooked', 'rattled', 'shaken', 'exhausted', 'drained', 'frazzled', 'stress', 'tense',
  'restless', 'bored', 'skeptical', 'sceptical', 'doubtful', 'unsure', 'uncertain', 'distrustful',
  'humiliated', 'mortified', 'regretful', 'remorseful', 'sorry', 'apologetic',
  // desire, intention and readiness
  'itching', 'aching', 'longs', 'yearning', 'desire', 'desired', 'wish', 'wishing', 'prefers', 'preferred',
  'intend', 'intended', 'intending', 'intention', 'plan', 'planning', 'planned', 'aims', 'aiming',
  'hopes', 'dream', 'dreamed', 'dreamt', 'eager', 'determined', 'motivated', 'committed', 'unwilling',
  'interested', 'uninterested', 'priority', 'leaning',
  // cognition
  'assumes', 'assumed', 'imagines', 'imagined', 'reckons', 'figures', 'supposes', 'suspected', 'trusted',
  'distrusts', 'doubted', 'ponders', 'pondering', 'considers', 'considered', 'contemplates', 'weighing',
  'debating', 'recognizes', 'recognises', 'appreciates', 'remembers', 'recalls', 'forgets', 'forgot',
  'cares', 'caring', 'minds', 'clue', 'heart', 'emotional', 'emotions', 'aware',
  // attitude and memory: general English words of agreement, enthusiasm, nostalgia and being moved
  'agree', 'agrees', 'passionate', 'reminiscing', 'reminisces', 'nostalgic', 'impressed', 'unimpressed',
  'touched', 'belief', 'beliefs', 'questioning', 'hesitance',
]);

/** The verbs among MORE_MENTAL that take a clause or an infinitive as their content (cognition class). */
export const MORE_COGNITION = wordSet([
  'assumes', 'assumed', 'imagines', 'imagined', 'reckons', 'figures', 'supposes', 'suspected', 'doubted',
  'ponders', 'pondering', 'considers', 'contemplates', 'weighing', 'debating', 'recognizes', 'recognises',
  'remembers', 'recalls', 'intend', 'intended', 'intending', 'plan', 'planning', 'planned', 'aims',
  'aiming', 'prefers', 'wish', 'wishing', 'dreamed', 'dreamt', 'desired',
]);

/** Words of praise, blame and judgement (added to the evaluative class). */
export const MORE_EVALUATIVE = wordSet([
  // praise
  'awesome', 'fantastic', 'fabulous', 'marvelous', 'marvellous', 'terrific', 'superb', 'excellent',
  'outstanding', 'exceptional', 'extraordinary', 'phenomenal', 'spectacular', 'magnificent', 'splendid',
  'wonderful', 'handsome', 'attractive', 'charming', 'fashionable', 'trendy', 'dazzling',
  'ravishing', 'memorable', 'touching', 'heartfelt', 'generous', 'gracious', 'humble',
  'brave', 'courageous', 'smart', 'intelligent', 'clever', 'witty', 'entertaining', 'exciting',
  'thrilling', 'interesting', 'fascinating', 'intriguing', 'compelling', 'refreshing', 'delightful',
  'pleasant', 'nice', 'fine', 'decent', 'worthy', 'deserving', 'classic', 'timeless', 'bold', 'daring',
  'edgy', 'sassy', 'sultry', 'sizzling', 'steamy', 'racy', 'eye-catching', 'show-stopping', 'showstopping',
  'head-turning', 'unparalleled', 'unmatched', 'unbeatable', 'finest', 'greatest', 'coolest', 'hottest',
  'prettiest', 'loveliest', 'funniest', 'smartest', 'sweeter', 'cuter', 'hotter',
  // blame
  'horrible', 'horrendous', 'dreadful', 'atrocious', 'abysmal', 'appalling', 'disgusting', 'gross',
  'vile', 'revolting', 'hideous', 'unflattering', 'trashy', 'cheesy', 'cringey', 'cringeworthy',
  'humiliating', 'outrageous', 'ludicrous', 'laughable', 'pathetic', 'lame', 'dull', 'bland', 'mediocre',
  'forgettable', 'underwhelming', 'overrated', 'underrated', 'overdone', 'excessive', 'offensive',
  'insulting', 'disrespectful', 'vicious', 'arrogant', 'entitled', 'spoiled', 'shallow', 'phony',
  'hypocritical', 'irresponsible', 'reckless', 'careless', 'dangerous', 'harmful', 'problematic',
  'scandalous', 'bizarre', 'odd', 'questionable', 'dubious', 'unacceptable', 'unforgivable',
  'inexcusable', 'abhorrent', 'repugnant', 'despicable', 'sexist', 'racist', 'bigoted', 'jarring',
  'heartbreaking', 'devastating', 'painful', 'difficult', 'hard', 'easy', 'crucial', 'essential',
  'vital', 'necessary', 'unfair', 'unjust', 'undeserved', 'worthless', 'useless', 'pointless', 'silly',
  'dumbest', 'stupidest', 'ugliest', 'weirdest', 'craziest', 'messed',
  // nouns of praise and blame
  'icon', 'legend', 'queen', 'goddess', 'stunner', 'bombshell', 'knockout', 'mess', 'trainwreck',
  'fail', 'blunder', 'gaffe', 'travesty', 'nightmare', 'delight', 'genius', 'idiot',
  'fool', 'moron', 'jerk', 'diva', 'hypocrite', 'bigot', 'hero', 'villain', 'problem',
  // the writer's stance
  'sadly', 'unfortunately', 'fortunately', 'luckily', 'thankfully', 'clearly', 'obviously', 'frankly',
  'honestly', 'admittedly', 'undoubtedly', 'arguably', 'interestingly', 'ironically', 'shockingly',
  'surprisingly', 'amazingly', 'understandably', 'rightly', 'wrongly',
]);

/** Epistemic adverbs and words of rumour and prediction (added to the speculative class). */
export const MORE_SPECULATIVE = wordSet([
  'supposedly', 'purportedly', 'seemingly', 'unclear', 'unconfirmed', 'unknown', 'speculation',
  'speculated', 'speculate', 'predict', 'predicts', 'predicted', 'predicting', 'prediction', 'bet',
  'betting', 'likely', 'unlikely', 'probably', 'probable', 'possibly', 'conceivably', 'mystery',
  'whispers', 'buzz', 'gossip', 'tipped', 'rumored', 'rumoured', 'seem', 'seems', 'seemed',
  'suggests', 'suggesting', 'indicates', 'hinting', 'evidently',
]);

/**
 * Words that open a second clause after a comma besides the joining conjunctions of the base list
 * (src/lexicon/claims.ts): relatives and subordinators ("…, which fans believe …", "…, where it seemed
 * …", "…, though it's unclear …"), English grammar's closed class (Quirk et al. 1985, ch. 13–15).
 */
export const CLAUSE_OPENERS = wordSet(['which', 'where', 'since', 'because', 'as', 'whom', 'who']);

/** Conjunctions that join two clauses of their own, even with no comma before them. */
export const BARE_JOINERS = wordSet(['but', 'yet']);

/**
 * The verbs of announced events in their base form, as they follow "will" ("the show will air …", "she
 * will host …", "the tour will kick off …"), and the words that announce a date: with the future they
 * mark a scheduled event (the guide's fact), not a prediction.
 */
export const MORE_SCHEDULE = wordSet([
  'air', 'open', 'debut', 'begin', 'continue', 'premiere', 'launch', 'start', 'return', 'host', 'perform',
  'headline', 'appear', 'star', 'join', 'release', 'drop', 'kick', 'wrap', 'close', 'run', 'stream',
  'broadcast', 'available', 'officially', 'announced', 'confirmed',
  'sept', 'oct', 'nov', 'dec', 'jan', 'feb',
  'aug',
]);

/**
 * Words of the private sphere, beyond the base list (src/lexicon/claims.ts): the rooms and furniture of
 * a home, the routines and staff of home life and the words of keeping something to oneself, written for
 * this project from general English vocabulary, not from any article. A fact set there is one only
 * insiders could know (the guide's private fact: "who sleeps where", "what happens at home").
 */
export const MORE_PRIVATE = wordSet([
  // rooms and furniture of a home
  'kitchen', 'bathroom', 'nursery', 'wing', 'wings', 'room', 'rooms', 'couch', 'sofa', 'desk', 'bedside',
  'fridge', 'garden', 'backyard', 'basement', 'mansion', 'apartment', 'flat', 'estate', 'ranch',
  // home life
  'breakfast', 'bedtime', 'cooks', 'cooked', 'cooking', 'chores', 'routine', 'separate', 'separately',
  'nanny', 'housekeeper', 'staff', 'secretary', 'aide', 'aides',
  // keeping it to oneself
  'confidant', 'confidante', 'confided', 'whispered', 'hidden', 'hides', 'hid', 'hiding', 'keeps',
  'kept', 'discreet', 'discreetly', 'intimate', 'personal', 'offscreen', 'off-camera',
]);
