/**
 * Phrase lists the score's signals match in the text. Each is a bounded regular expression built from
 * plain word lists, so a reader can see what counts. They were gathered from celebrity and tabloid copy
 * (the GossipCop corpus read by document-frequency log-odds), the AP guidance on anonymous sources and
 * the award-show and TV calendar; none keys on one site's boilerplate (disclaimers, cookie notices).
 */

/** Longest alternatives first, so "insiders" wins over "insider". */
const anyOf = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length || a.localeCompare(b)).join('|');

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
const ANONYMOUS_DETERMINERS = [
  'a',
  'an',
  'the',
  'one',
  'our',
  'another',
  'multiple',
  'several',
  'two',
  'three',
  'some',
  'various',
  'his',
  'her',
  'their',
  'its',
  'my',
];

/**
 * Anonymous attribution: a determiner, up to three words and an anonymous head ("a source", "an OK!
 * insider", "a source close to the couple", "our impeccable source"), a bare plural ("sources say"),
 * "insider" on its own, or "we're told" / "we hear". A source of something ("the source of the stain")
 * and a photo credit ("Source: Getty") do not count.
 */
export const ANONYMOUS_PHRASE = new RegExp(
  `\\b(?:${anyOf(ANONYMOUS_DETERMINERS)})\\s+(?:[\\w!'’.-]+\\s+){0,3}?(?:${anyOf(ANONYMOUS_HEADS)})\\b` +
    '(?!\\s*(?:of|responsible|code|material)\\b|:)' +
    "|\\b(?:insiders|sources|insider)\\b(?!\\s*(?:of\\b|:))|\\bwe(?:'re|’re| are| were|'ve been|’ve been| have been)\\s+told\\b|\\bwe hear\\b",
  'gi',
);

/** Names that merely contain "insider" or "source": Business Insider, a newsletter's "INSIDER", a credit. */
export const NOT_ANONYMOUS = /\b(?:INSIDER|SOURCE)\b|(?:Business|Celebrity|Image|Photo) (?:Insider|Source)/;

const TABLOIDS = [
  'Hollywood ?Life(?:\\.com)?(?!rs)',
  'Radar ?Online(?:\\.com)?',
  'In ?Touch(?: Weekly)?',
  'Life (?:&|and) Style',
  'OK!(?: magazine)?',
  'OK magazine',
  'Star magazine',
  '(?:the )?National Enquirer',
  'The Enquirer',
  'Enquirer',
  'Globe magazine',
  'The Sun(?! Valley)',
  'New Idea',
  "Woman['’]s Day",
  'Who magazine',
  "That['’]s Life",
  'Closer magazine',
  'Daily Mail',
  'DailyMail',
  'Mail ?Online',
  'The Mirror',
  'Daily Mirror',
  'Daily Star',
  'Page Six',
  'Perez Hilton',
  'MTO News',
  'Naughty Gossip',
  'Celebrity Insider',
  'Hollywood Unlocked',
];
// "Radar" and "Star" are publications only when the sentence treats them as one ("Star reports").
const AS_PUBLICATION =
  '(?= (?:reports|reported|claims|claimed|alleges|says|said|insists|also|has|notes|adds|magazine)\\b)';

/**
 * Celebrity tabloids and gossip sites as proper names (case-sensitive): Radar Online, In Touch, Life &
 * Style, OK!, Star, the National Enquirer, HollywoodLife, The Sun, New Idea, Woman's Day, Page Six…
 */
export const TABLOID_NAMES = new RegExp(
  `(?<!\\w)(?:${anyOf(TABLOIDS)}|Radar${AS_PUBLICATION}|Star${AS_PUBLICATION})(?!\\w)`,
  'g',
);

const PRESS = [
  'Entertainment Tonight',
  'ET Online',
  'E! News',
  'E! Online',
  'Variety',
  'The Hollywood Reporter',
  'THR',
  'Deadline',
  'Billboard',
  'Rolling Stone',
  'CNN',
  'NBC News',
  'ABC News',
  'CBS News',
  'BBC',
  'Associated Press',
  'Reuters',
  'The New York Times',
  'New York Times',
  'Washington Post',
  'Los Angeles Times',
  'USA Today',
  'Vanity Fair',
  'Entertainment Weekly',
  'Good Morning America',
  'Access Hollywood',
  'Vogue',
  "Harper['’]s Bazaar",
  'GQ',
  'Esquire',
  'Time magazine',
  'NPR',
  'PEOPLE',
  'People magazine',
  'People\\.com',
];
const TOLD_TO = '(?<=\\b(?:told|tells|telling|to|with|via|according to)\\s)';

/**
 * Established entertainment and news outlets (case-sensitive): People, Entertainment Tonight, E! News,
 * Variety, The Hollywood Reporter, Deadline, CNN, the Associated Press… "People", "ET" and "E!" count
 * only as a publication ("told People", "according to ET").
 */
export const PRESS_NAMES = new RegExp(`(?<!\\w)(?:${anyOf(PRESS)}|${TOLD_TO}(?:People|ET|E!))(?!\\w)`, 'g');

/**
 * Other publications' reports named without a name: "the tabloid", "a new report", "the magazine",
 * "the publication", "the outlet", and plain "report(s)" and "tabloids".
 */
export const UNNAMED_MEDIA = new RegExp(
  '\\b(?:the|a|this|that|one|another|its|their)\\s+' +
    '(?:(?:new|latest|recent|same|tabloid|bombshell|explosive|shocking|dubious|initial|original)\\s+){0,2}' +
    '(?:tabloid|magazine|mag|outlet|publication|report|cover story|tabloid story)s?\\b' +
    '|\\b(?:tabloids|reports?)\\b(?!\\s+(?:to|card)\\b)',
  'gi',
);

/** "Exclusively": what the outlet says it alone was told, which no one else can confirm. */
export const EXCLUSIVELY = /\bexclusively\b/gi;

/** Rumour vocabulary: the article talks about rumours, claims and speculation rather than events. */
export const RUMOUR_WORDS =
  /\b(?:rumou?rs?|rumou?red|claims?|claimed|claiming|alleged|allegedly|speculation|speculated?|gossip|whispers?)\b/gi;

/** Weekdays ("Sunday", "Tuesday night"): when something happened. "Last week" is too vague to count. */
export const WEEKDAY_OR_NIGHT =
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b(?:\s+(?:night|morning|afternoon|evening))?/g;

const MONTH_ABBREVIATED =
  'Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)|Apr(?:il|\\.)|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?';

/** A month with a day ("Jan. 28", "April 23rd"), a month name ("May" only as a date) or a clock time. */
export const CALENDAR_DATE = new RegExp(
  `\\b(?:${MONTH_ABBREVIATED})\\s+\\d{1,2}(?:st|nd|rd|th)?\\b` +
    '|\\b(?:January|February|March|April|June|July|August|September|October|November|December)\\b' +
    '|\\b(?:in|on|last|this|next|since|until|by|of|early|late|mid-)\\s+May\\b' +
    '|\\b\\d{1,2}(?::\\d\\d)?\\s*(?:a\\.m\\.|p\\.m\\.|a\\.m\\b|p\\.m\\b|am\\b|pm\\b|AM\\b|PM\\b)',
  'g',
);

const EVENTS = [
  'awards?(?: show| ceremony| season)?',
  'ceremony',
  'premiere[ds]?',
  'festival',
  'finale',
  'gala',
  'red carpet',
  'Oscars?',
  'Grammys?',
  'Emmys?',
  'Golden Globes?',
  'Globes',
  'Tonys',
  'BAFTAs?',
  'Met Gala',
  'Super Bowl',
  'Olympics',
  'episodes?',
  'season (?:\\d+|premiere|finale|one|two|three|four|five|six|seven|eight|nine|ten)',
  'nominat(?:ed|ions?)',
  'performance',
  'performed',
  'concert',
  'tour',
  'debuted',
  'premiered',
  'appearance on',
  'appeared on',
  'hosted',
  'presented',
  'broadcast',
  'aired',
  'airs',
];

/**
 * Public, checkable events: award shows and ceremonies, premieres, festivals, concerts and tours, TV
 * episodes and seasons, red carpets, performances and TV appearances.
 */
export const PUBLIC_EVENTS = new RegExp(`\\b(?:${anyOf(EVENTS)})\\b`, 'gi');

/**
 * A photo, a video or a clip the reader is pointed to. Plural "photos" (of a couple out and about) is
 * paparazzi talk more often than something shown, so it does not count.
 */
export const SHOWN_MEDIA = /\b(?:photo|picture|videos?|clips?|footage|selfie|snapshots?)\b/gi;

/** First-person singular words: inside a quotation they mark someone speaking for themselves. */
export const FIRST_PERSON = /\b(?:I|I['’](?:m|ve|d|ll)|me|my|myself|mine)\b/g;

/** Cues of a post by the speaker: "captioned", "wrote", "tweeted", "posted", "shared". */
export const POST_CUES =
  /^(?:captioned|captioning|caption|wrote|writes|writing|written|posted|posts|posting|tweeted|tweets|tweeting|shared|shares|sharing)$/i;

/** Mentions of the star's own posts: the platforms, "captioned", "the caption", "a post shared by". */
export const OWN_POSTS =
  /\b(?:Instagram|Twitter|Facebook|Snapchat|TikTok|YouTube|Instagram Stor(?:y|ies)|A post shared by|captioned|captioning|caption)\b/g;

/** Plain on-record cues: "said", "wrote", "announced", "confirmed", as opposed to "claims" or "dishes". */
export const ON_RECORD_CUES =
  /^(?:said|says|saying|wrote|writes|announced|confirmed|posted|captioned|stated|explained|told)$/i;

/**
 * Private-life talk: romance, break-ups, pregnancy rumours, feuds. Such claims are the hardest to check
 * from outside, so they need a named source more than a premiere or an award does. Engagements and
 * pregnancies that the couple announce themselves are public news, so "engaged" and "pregnancy" do not
 * count; nor does "affair" (a family affair).
 */
export const PRIVATE_LIFE =
  /\b(?:divorc(?:e|ed|es|ing)|split(?:s|ting)?|break-?up|broke up|romance|romantic|dating|boyfriend|girlfriend|pregnant|baby bump|marriage|cheat(?:ed|ing|s)?|feud(?:s|ing)?|custody|reconcil(?:e|ed|iation)|rekindl(?:e|ed|ing)|back together|relationship|ex-?(?:husband|wife|boyfriend|girlfriend)|love life|jealous|fling|hook(?:ed)? up)\b/gi;

/** Questions put to the reader: "Do you think…? Let us know in the comments." */
export const READER_PROMPTS =
  /\b(?:do you think|what do you think|let us know|tell us|sound off|in the comments|comment below|share your thoughts|are you (?:surprised|shocked|happy|excited))\b/gi;

/** Headline words that pass a report or a rumour on. */
export const HEADLINE_HEARSAY =
  /\b(?:report(?:s|ed|edly)?|rumou?rs?|rumou?red|claims?|allegedly|insiders?|sources?(?: say| claim)?)\b/i;

/** Headline words that say what someone feels, wants or hides: "wants", "is furious", "secretly". */
export const HEADLINE_MIND =
  /\b(?:wants?|thinks?|feels?|desperate|furious|jealous|heartbroken|devastated|secret(?:ly|s)?|hates?|fears?|worried|upset|livid|terrified|obsessed|begging|miserable|lonely)\b/i;
