/**
 * Phrase lists the score's signals match in the text. Each list is a bounded regular expression built
 * from plain word lists, so a reader can see what counts. They were gathered from celebrity and tabloid
 * copy (the GossipCop corpus read by document-frequency log-odds, the AP guidance on anonymous sources,
 * the award-show and TV calendar); none keys on one site's boilerplate.
 */

const alternation = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length || a.localeCompare(b)).join('|');

/** Heads of anonymous sources: "a source", "an insider", "a pal". */
const ANONYMOUS_HEADS = [
  'insiders?',
  'sources?',
  'pals?',
  'confidant(?:e|s|es)?',
  'tipsters?',
  'spies',
  'spy',
  'moles?',
  'eyewitness(?:es)?',
  'onlookers?',
  'friends? of the (?:couple|star|singer|actress|actor|family|pair)',
  'friends? close to (?:the|him|her|them)',
];
/** Words that may stand between the determiner and the head: "a source close to", "a royal insider". */
const ANONYMOUS_MODIFIERS = [
  'close',
  'royal',
  'palace',
  'family',
  'well-placed',
  'trusted',
  'senior',
  'studio',
  'production',
  'set',
  'show',
  'industry',
  'hollywood',
  'second',
  'third',
  'new',
  'other',
  'unnamed',
  'anonymous',
  'longtime',
];

/**
 * Anonymous attribution: a determiner, up to three words and an anonymous head ("a source", "an OK!
 * insider", "a source close to the couple", "our impeccable source"), a bare plural ("sources say"),
 * "according to insiders", or "we're told" / "we hear". A source of something ("the source of the
 * stain") and a photo credit ("Source: Getty") do not count.
 */
export const ANONYMOUS_PHRASE = new RegExp(
  String.raw`\b(?:(?:a|an|the|one|our|another|multiple|several|two|three|some|various|his|her|their|its|my)\s+)` +
    String.raw`(?:[\w!'’.-]+\s+){0,3}?(?:${alternation(ANONYMOUS_HEADS)})\b(?!\s*(?:of|responsible|code|material)\b|:)` +
    String.raw`|\b(?:insiders|sources)\b(?!\s*(?:of\b|:))|\binsider\b(?!\s*(?:of\b|:))` +
    String.raw`|\baccording to (?:(?:${alternation(ANONYMOUS_MODIFIERS)})\s+)?(?:insiders|sources|friends|pals)\b` +
    String.raw`|\bwe(?:'re|’re| are| were|'ve been|’ve been| have been)\s+told\b|\bwe hear\b`,
  'gi',
);

/**
 * Celebrity tabloids and gossip sites, as proper names (case-sensitive): Radar Online, In Touch, Life &
 * Style, OK!, Star, the National Enquirer, HollywoodLife, The Sun, New Idea, Woman's Day… "Star" counts
 * only when the sentence treats it as a publication ("Star magazine", "Star reports").
 */
export const TABLOID_NAMES = new RegExp(
  String.raw`\b(?:Hollywood ?Life(?:\.com)?(?!rs)|Radar ?Online(?:\.com)?|Radar(?= (?:reports|reported|claims|claimed|says|said|alleges|also|magazine|has|notes|adds)\b)` +
    String.raw`|In ?Touch(?: Weekly)?|Life (?:&|and) Style|OK!(?: magazine)?|OK magazine` +
    String.raw`|Star magazine|Star(?= (?:reports|reported|claims|claimed|alleges|says|said|insists|also|has|notes|adds)\b)` +
    String.raw`|(?:the )?National Enquirer|The Enquirer|Enquirer|Globe magazine|The Sun(?! Valley)|New Idea|Woman['’]s Day|Who magazine` +
    String.raw`|That['’]s Life|Closer magazine|Daily Mail|DailyMail|Mail Online|MailOnline|The Mirror|Daily Mirror|Daily Star` +
    String.raw`|Page Six|Perez Hilton|MTO News|Naughty Gossip|Celebrity Insider|Hollywood Unlocked)(?!\w)`,
  'g',
);

/**
 * Other publications' reports named without a name: "the tabloid", "a new report", "the magazine",
 * "the publication", "the outlet", plus plain "reports" and "tabloids".
 */
export const UNNAMED_MEDIA = new RegExp(
  String.raw`\b(?:the|a|this|that|one|another|its|their)\s+(?:(?:new|latest|recent|same|tabloid|bombshell|explosive|shocking|dubious|initial|original)\s+){0,2}` +
    String.raw`(?:tabloid|magazine|mag|outlet|publication|report|cover story|tabloid story)s?\b|\b(?:tabloids|reports)\b`,
  'gi',
);

/** Rumour vocabulary: the article talks about rumours, claims and speculation rather than events. */
export const RUMOUR_WORDS =
  /\b(?:rumou?rs?|rumou?red|claims?|claimed|claiming|alleged|allegedly|allegations?|speculation|speculated?|gossip|whispers?|buzz)\b/gi;

/** Weekdays and "last night", "Sunday evening": when something happened. */
export const WEEKDAY_OR_NIGHT =
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b(?:\s+(?:night|morning|afternoon|evening))?|\blast (?:night|week|weekend|month)\b/g;

/** A month with a day ("Jan. 28", "April 23rd"), a month name, or a clock time ("7:30 p.m."). */
export const CALENDAR_DATE = new RegExp(
  String.raw`\b(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)|Apr(?:il|\.)|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)\s+\d{1,2}(?:st|nd|rd|th)?\b` +
    String.raw`|\b(?:January|February|March|April|June|July|August|September|October|November|December)\b` +
    String.raw`|\b(?:in|on|last|this|next|since|until|by|of|early|late|mid-)\s+May\b` +
    String.raw`|\b\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|a\.m\b|p\.m\b|am\b|pm\b|AM\b|PM\b)`,
  'g',
);

/**
 * Public, checkable events: award shows and ceremonies, premieres, festivals, concerts and tours,
 * TV episodes and seasons, red carpets, performances and TV appearances.
 */
export const PUBLIC_EVENTS = new RegExp(
  String.raw`\b(?:awards?(?: show| ceremony| season)?|ceremony|premiere[ds]?|festival|finale|gala|red carpet|Oscars?|Grammys?|Emmys?|Golden Globes?|Globes|Tonys|BAFTAs?|Met Gala|Super Bowl|Olympics` +
    String.raw`|episodes?|season (?:\d+|premiere|finale|one|two|three|four|five|six|seven|eight|nine|ten)|Season \d+|nominat(?:ed|ions?)|performance|performed|concert|tour` +
    String.raw`|debuted|premiered|appearance on|appeared on|hosted|presented|broadcast|aired|airs)\b`,
  'gi',
);

/** First-person words: inside a quotation they mark someone speaking for themselves. */
export const FIRST_PERSON =
  /\b(?:I|I['’](?:m|ve|d|ll)|me|my|myself|mine|we|we['’](?:re|ve|d|ll)|our|ours|us)\b/g;

/** Cues of a post by the speaker: "captioned", "wrote", "tweeted", "posted", "shared". */
export const POST_CUES =
  /^(?:captioned|captioning|caption|wrote|writes|writing|written|posted|posts|posting|tweeted|tweets|tweeting|shared|shares|sharing)$/i;

/** Mentions of the star's own social posts: "on Instagram", "captioned", "a post shared by". */
export const OWN_POSTS =
  /\b(?:on|to|via|in) (?:(?:her|his|their|an?) )?(?:Instagram|Twitter|Facebook|Snapchat|TikTok|YouTube|Instagram Stor(?:y|ies))\b|\bA post shared by\b|\bcaptioned\b|\bcaptioning\b/g;

/**
 * Private-life talk: romance, break-ups, pregnancies, feuds. Such claims are the hardest to check from
 * outside, so they need a named source more than a premiere or an award does.
 */
export const PRIVATE_LIFE =
  /\b(?:divorc(?:e|ed|es|ing)|split(?:s|ting)?|break-?up|broke up|romance|romantic|dating|boyfriend|girlfriend|pregnan(?:t|cy)|baby bump|engaged|engagement|marriage|cheat(?:ed|ing|s)?|affair|feud(?:s|ing)?|custody|reconcil(?:e|ed|iation)|rekindl(?:e|ed|ing)|back together|relationship|ex-?(?:husband|wife|boyfriend|girlfriend)|love life|jealous|fling|hook(?:ed)? up)\b/gi;

/** Questions put to the reader: "Do you think…? Let us know in the comments." */
export const READER_PROMPTS =
  /\b(?:do you think|what do you think|let us know|tell us|sound off|in the comments|comment below|share your thoughts|are you (?:surprised|shocked|happy|excited)|would you)\b/gi;

/** Headline words that pass a report or a rumour on. */
export const HEADLINE_HEARSAY =
  /\b(?:report(?:s|ed|edly)?|rumou?rs?|rumou?red|claims?|allegedly|insiders?|sources?(?: say| claim)?)\b/i;
