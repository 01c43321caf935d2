// biome-ignore-all format: word lists read best packed, as in src/lexicon
/**
 * Word and phrase lists the score's signals match over the article's tokens (src/score/token-match.ts
 * compiles them into one hash lookup per token). Plain lists, so a reader can see what counts. They
 * were gathered from celebrity and tabloid copy (the GossipCop corpus read by document-frequency
 * log-odds), the AP guidance on anonymous sources and the award-show and TV calendar; none keys on
 * one site's boilerplate (disclaimers, cookie notices). Phrases are written as the text has them: a
 * space in a phrase is one space in the text, no space means the tokens touch ("OK!", "People.com").
 * Lists marked case-sensitive match only the capitals written here (names, "May" as a month).
 */
import { NEGATORS } from '../lexicon/claims.ts';

/**
 * Anonymous heads: "a source", "an OK! insider", "our impeccable source", after a determiner and up to
 * three words. A source of something ("the source of the stain") and a photo credit ("Source:") do not
 * count (see ANONYMOUS_NOT_BEFORE).
 */
export const ANONYMOUS_HEADS = [
  'insider', 'insiders', 'source', 'sources', 'pal', 'pals', 'confidant', 'confidante', 'confidants',
  'confidantes', 'tipster', 'tipsters', 'spies', 'spy', 'mole', 'moles', 'eyewitness', 'eyewitnesses',
  'onlooker', 'onlookers',
  ...['friend', 'friends'].flatMap((f) => [
    ...['couple', 'star', 'singer', 'actress', 'actor', 'family', 'pair'].map((w) => `${f} of the ${w}`),
    ...['the', 'him', 'her', 'them'].map((w) => `${f} close to ${w}`),
  ]),
];

/** Determiners that open an anonymous attribution ("a", "our", "several"…). */
export const ANONYMOUS_DETERMINERS = [
  'a', 'an', 'the', 'one', 'our', 'another', 'multiple', 'several', 'two', 'three', 'some', 'various',
  'his', 'her', 'their', 'its', 'my',
];

/** Words after a head that make it something else: "the source of", "source code", "responsible". */
export const ANONYMOUS_NOT_BEFORE = ['of', 'responsible', 'code', 'material'];

/** Heads that count on their own, without a determiner: "Sources say", "insiders claim". */
export const ANONYMOUS_BARE = ['insiders', 'sources', 'insider'];

/** The outlet's own anonymous voice: "we're told", "we hear". */
export const ANONYMOUS_WE = [
  "we're told", 'we are told', 'we were told', "we've been told", 'we have been told', 'we hear',
];

/** Names that merely contain "insider" or "source": Business Insider, a newsletter's "INSIDER", a credit. */
export const NOT_ANONYMOUS_CAPS = ['INSIDER', 'SOURCE'];
/** The first words of such names ("Business Insider", "Photo Source"); case-sensitive. */
export const NOT_ANONYMOUS_NAMES = ['Business', 'Celebrity', 'Image', 'Photo'].flatMap((w) => [
  `${w} Insider`,
  `${w} Source`,
]);

/**
 * Celebrity tabloids and gossip sites as proper names (case-sensitive): Radar Online, In Touch, Life &
 * Style, OK!, Star, the National Enquirer, HollywoodLife, The Sun, New Idea, Woman's Day, Page Six…
 * "Radar" and "Star" alone count only as a publication (TABLOID_ONLY_AS_PUBLICATION).
 */
export const TABLOIDS = [
  'Hollywood Life', 'HollywoodLife', 'Hollywood Life.com', 'HollywoodLife.com', 'Radar Online',
  'RadarOnline', 'Radar Online.com', 'RadarOnline.com', 'In Touch', 'InTouch', 'In Touch Weekly',
  'InTouch Weekly', 'Life & Style', 'Life and Style', 'OK!', 'OK! magazine', 'OK magazine',
  'Star magazine', 'National Enquirer', 'the National Enquirer', 'The Enquirer', 'Enquirer',
  'Globe magazine', 'The Sun', 'New Idea', "Woman's Day", "That's Life", 'Who magazine',
  'Closer magazine', 'Daily Mail', 'DailyMail', 'Mail Online', 'MailOnline', 'The Mirror',
  'Daily Mirror', 'Daily Star', 'Page Six', 'Perez Hilton', 'MTO News', 'Naughty Gossip',
  'Celebrity Insider', 'Hollywood Unlocked',
];
/** Tabloid names that are ordinary words too: a publication only before one of TABLOID_VERBS. */
export const TABLOID_ONLY_AS_PUBLICATION = ['Radar', 'Star'];
/** What a publication does in a sentence ("Star reports"); lower case, the next word. */
export const TABLOID_VERBS = [
  'reports', 'reported', 'claims', 'claimed', 'alleges', 'says', 'said', 'insists', 'also', 'has',
  'notes', 'adds', 'magazine',
];
/** "The Sun Valley" is a place, not the paper. */
export const NOT_THE_SUN = 'Valley';

/**
 * Established entertainment and news outlets (case-sensitive): People, Entertainment Tonight, E! News,
 * Variety, The Hollywood Reporter, Deadline, CNN, the Associated Press…
 */
export const PRESS = [
  'Entertainment Tonight', 'ET Online', 'E! News', 'E! Online', 'Variety', 'The Hollywood Reporter',
  'THR', 'Deadline', 'Billboard', 'Rolling Stone', 'CNN', 'NBC News', 'ABC News', 'CBS News', 'BBC',
  'Associated Press', 'Reuters', 'The New York Times', 'New York Times', 'Washington Post',
  'Los Angeles Times', 'USA Today', 'Vanity Fair', 'Entertainment Weekly', 'Good Morning America',
  'Access Hollywood', 'Vogue', "Harper's Bazaar", 'GQ', 'Esquire', 'Time magazine', 'NPR', 'PEOPLE',
  'People magazine', 'People.com',
];
/** "People", "ET" and "E!" count only as a publication: right after one of PRESS_TOLD_TO ("told People"). */
export const PRESS_ONLY_AFTER_TOLD = ['People', 'ET', 'E!'];
/** The words before such a name that make it a publication (lower case). */
export const PRESS_TOLD_TO = ['told', 'tells', 'telling', 'to', 'with', 'via'];

/** The article's own outlet speaking after its name: "HollywoodLife has EXCLUSIVELY learned". */
export const OWN_VOICE_AFTER = ['EXCLUSIVELY', 'exclusively', 'learned'];
/** "… can (exclusively) reveal / confirm". */
export const OWN_VOICE_CAN = ['reveal', 'confirm'];

/** Determiners of an unnamed report: "the tabloid", "a new report", "this magazine". */
export const UNNAMED_MEDIA_DETERMINERS = ['the', 'a', 'this', 'that', 'one', 'another', 'its', 'their'];
/** Up to two words between: "the latest bombshell report". */
export const UNNAMED_MEDIA_MODIFIERS = [
  'new', 'latest', 'recent', 'same', 'tabloid', 'bombshell', 'explosive', 'shocking', 'dubious',
  'initial', 'original',
];
/** What the unnamed report is. */
export const UNNAMED_MEDIA_HEADS = [
  'tabloid', 'tabloids', 'magazine', 'magazines', 'mag', 'mags', 'outlet', 'outlets', 'publication',
  'publications', 'report', 'reports', 'cover story',
];
/** Plain "report(s)" and "tabloids" count alone, except "report to" and "report card". */
export const UNNAMED_MEDIA_BARE = ['tabloids', 'reports', 'report'];
/** Words after a bare report that make it something else. */
export const UNNAMED_MEDIA_NOT_BEFORE = ['to', 'card'];

/**
 * "According to …": the article says where something comes from. What follows within
 * ACCORDING_TO_REACH words must not be an unnamed source or report ("according to a source", "according
 * to reports"): those are counted as unnamed sourcing instead. Written from the AP's attribution
 * guidance, which asks that "according to" be followed by a named source or document.
 */
export const ACCORDING_TO = ['according to'];

/** "Exclusively": what the outlet says it alone was told, which no one else can confirm. */
export const EXCLUSIVELY = ['exclusively'];

/** Rumour vocabulary: the article talks about rumours, claims and speculation rather than events. */
export const RUMOUR_WORDS = [
  'rumor', 'rumors', 'rumour', 'rumours', 'rumored', 'rumoured', 'claim', 'claims', 'claimed',
  'claiming', 'alleged', 'allegedly', 'speculation', 'speculate', 'speculated', 'gossip', 'whisper',
  'whispers',
];

/** Weekdays ("Sunday", "Tuesday night"), case-sensitive: when something happened. */
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].flatMap(
  (d) => [d, `${d}s`],
);
/** The part of the day that may follow a weekday ("Tuesday night"); lower case. */
export const PARTS_OF_DAY = ['night', 'morning', 'afternoon', 'evening'];

/** Month names and AP abbreviations that take a day ("Jan. 28", "Sept 3"); case-sensitive. */
export const MONTHS_WITH_DAY = [
  'Jan', 'Jan.', 'January', 'Feb', 'Feb.', 'February', 'Mar.', 'March', 'Apr.', 'April', 'Jun', 'June',
  'Jul', 'July', 'Aug', 'Aug.', 'August', 'Sep', 'Sep.', 'Sept', 'Sept.', 'September', 'Oct', 'Oct.',
  'October', 'Nov', 'Nov.', 'November', 'Dec', 'Dec.', 'December',
];
/** Month names that count on their own ("in September"); "May" needs a preposition. */
export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November',
  'December',
];
/** Words that make "May" a month: "in May", "since May"; lower case. */
export const BEFORE_MAY = ['in', 'on', 'last', 'this', 'next', 'since', 'until', 'by', 'of', 'early', 'late'];
/** Day suffixes: "April 23rd". */
export const DAY_SUFFIXES = ['st', 'nd', 'rd', 'th'];
/** Clock-time markers after a number ("7:30 p.m.", "9am"); case-sensitive, the dotted forms first. */
export const CLOCK_MARKERS = ['a.m.', 'p.m.', 'a.m', 'p.m', 'am', 'pm', 'AM', 'PM'];

/**
 * Public, checkable events: award shows and ceremonies, premieres, festivals, concerts and tours, TV
 * episodes and seasons ("season" before a number or one of SEASON_WORDS), red carpets, performances
 * and TV appearances.
 */
export const PUBLIC_EVENTS = [
  ...['award', 'awards'].flatMap((a) => [a, `${a} show`, `${a} ceremony`, `${a} season`]),
  'ceremony', 'premiere', 'premiered', 'premieres', 'festival', 'finale', 'gala', 'red carpet', 'oscar',
  'oscars', 'grammy', 'grammys', 'emmy', 'emmys', 'golden globe', 'golden globes', 'globes', 'tonys',
  'bafta', 'baftas', 'met gala', 'super bowl', 'olympics', 'episode', 'episodes', 'nominated',
  'nomination', 'nominations', 'performance', 'performed', 'concert', 'tour', 'debuted',
  'appearance on', 'appeared on', 'hosted', 'presented', 'broadcast', 'aired', 'airs',
];
/** "season premiere", "season two": a TV season (a number after "season" counts too). */
export const SEASON_WORDS = [
  'premiere', 'finale', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
];

/**
 * A photo, a video or a clip the reader is pointed to. Plural "photos" (of a couple out and about) is
 * paparazzi talk more often than something shown, so it does not count.
 */
export const SHOWN_MEDIA = [
  'photo', 'picture', 'video', 'videos', 'clip', 'clips', 'footage', 'selfie', 'snapshot', 'snapshots',
];

/**
 * First-person singular words (case-sensitive): inside a quotation they mark someone speaking for
 * themselves. "I" counts alone and at the start of "I'm", "I've", "I'd", "I'll" (token-match.ts).
 */
export const FIRST_PERSON = ['me', 'my', 'myself', 'mine'];

/** Cues of a post by the speaker: "captioned", "wrote", "tweeted", "posted", "shared". */
export const POST_CUES = [
  'captioned', 'captioning', 'caption', 'wrote', 'writes', 'writing', 'written', 'posted', 'posts',
  'posting', 'tweeted', 'tweets', 'tweeting', 'shared', 'shares', 'sharing',
];

/** Mentions of the star's own posts (case-sensitive): the platforms, "captioned", "A post shared by". */
export const OWN_POSTS = [
  'Instagram', 'Twitter', 'Facebook', 'Snapchat', 'TikTok', 'YouTube', 'A post shared by', 'captioned',
  'captioning', 'caption',
];

/** Plain on-record cues: "said", "wrote", "announced", "confirmed", as opposed to "claims" or "dishes". */
export const ON_RECORD_CUES = [
  'said', 'says', 'saying', 'wrote', 'writes', 'announced', 'confirmed', 'posted', 'captioned', 'stated',
  'explained', 'told',
];

/**
 * Private-life talk: romance, break-ups, pregnancy rumours, feuds. Such claims are the hardest to check
 * from outside, so they need a named source more than a premiere or an award does. Engagements and
 * pregnancies that the couple announce themselves are public news, so "engaged" and "pregnancy" do not
 * count; nor does "affair" (a family affair).
 */
export const PRIVATE_LIFE = [
  'divorce', 'divorced', 'divorces', 'divorcing', 'split', 'splits', 'splitting', 'break-up', 'breakup',
  'broke up', 'romance', 'romantic', 'dating', 'boyfriend', 'girlfriend', 'pregnant', 'baby bump',
  'marriage', 'cheat', 'cheated', 'cheating', 'cheats', 'feud', 'feuds', 'feuding', 'custody',
  'reconcile', 'reconciled', 'reconciliation', 'rekindle', 'rekindled', 'rekindling', 'back together',
  'relationship', 'love life', 'jealous', 'fling', 'hook up', 'hooked up',
  ...['husband', 'wife', 'boyfriend', 'girlfriend'].flatMap((w) => [`ex-${w}`, `ex${w}`]),
];

/** Questions put to the reader: "Do you think…? Let us know in the comments." */
export const READER_PROMPTS = [
  'do you think', 'what do you think', 'let us know', 'tell us', 'sound off', 'in the comments',
  'comment below', 'share your thoughts',
  ...['surprised', 'shocked', 'happy', 'excited'].map((w) => `are you ${w}`),
];

/**
 * Public work, in a headline: films, shows, records, books and the trade words around them (cast,
 * trailer, box office, renewed). A headline about work that was released or announced is about
 * something anyone can look up. Written from the entertainment trade press's section names (film, TV,
 * music, books) and their usual verbs.
 */
export const PUBLIC_WORK = [
  'film', 'films', 'movie', 'movies', 'series', 'sitcom', 'album', 'albums', 'single', 'song', 'songs',
  'track', 'released', 'release', 'releases', 'debut', 'debuts', 'cast', 'starring', 'stars in',
  'directed', 'director', 'produced', 'producer', 'trailer', 'box office', 'network', 'Netflix', 'HBO',
  'Hulu', 'book', 'memoir', 'novel', 'role', 'roles', 'character', 'sequel', 'franchise', 'show',
  'documentary', 'studio', 'record label', 'chart', 'charts', 'mixtape', 'lyrics', 'music video',
  'reboot', 'revival', 'spinoff', 'spin-off', 'renewed', 'canceled', 'cancelled', 'ratings', 'viewers',
];

/**
 * How someone looked, in a headline: what they wore, their hair and make-up. Fashion coverage reports an
 * appearance that photographers and the public saw. Written from the usual fashion-desk headline words.
 */
export const APPEARANCE = [
  'wears', 'wore', 'dress', 'gown', 'look', 'style', 'outfit', 'red carpet', 'hair', 'makeup', 'bikini',
];

/** Headline words that pass a report or a rumour on. */
export const HEADLINE_HEARSAY = [
  'report', 'reports', 'reported', 'reportedly', 'rumor', 'rumors', 'rumour', 'rumours', 'rumored',
  'rumoured', 'claim', 'claims', 'allegedly', 'insider', 'insiders',
  ...['source', 'sources'].flatMap((s) => [s, `${s} say`, `${s} claim`]),
];

/** Headline words that say what someone feels, wants or hides: "wants", "is furious", "secretly". */
export const HEADLINE_MIND = [
  'want', 'wants', 'think', 'thinks', 'feel', 'feels', 'desperate', 'furious', 'jealous', 'heartbroken',
  'devastated', 'secret', 'secretly', 'secrets', 'hate', 'hates', 'fear', 'fears', 'worried', 'upset',
  'livid', 'terrified', 'obsessed', 'begging', 'miserable', 'lonely',
];

/**
 * Negations (case-insensitive), and "n't" ending a word ("isn't", "didn’t"): what the article says is
 * not so. That someone is not dating, did not go or does not want something is a claim no photo,
 * date or record can show. The words are English grammar's plain negators (src/lexicon/claims.ts), not
 * read off any corpus, plus "nor", which the claim typer's list leaves out (adding it there would
 * change how claims are typed).
 */
export const NEGATIONS: readonly string[] = [...NEGATORS, 'nor'];
