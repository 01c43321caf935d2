/**
 * Outlets by their usual names, other names and web domains, so that "www.usmagazine.com", "Us
 * Weekly" and "Us Magazine" count as one outlet. Where it comes from: written by hand for hearsay
 * from each outlet's own masthead and site address (the celebrity, tabloid and entertainment press
 * most often cited in English-language gossip coverage). Outlets not listed still normalise, by
 * their folded name or their domain; add a line here to merge their variants.
 */

/** One outlet: the name shown, other names it goes by, and the domains it publishes on. */
export interface OutletName {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly domains: readonly string[];
}

/** The known outlets. */
export const OUTLET_NAMES: readonly OutletName[] = [
  { name: 'Us Weekly', aliases: ['Us Magazine', 'US Weekly Magazine'], domains: ['usmagazine.com'] },
  { name: 'People', aliases: ['People Magazine', 'People.com'], domains: ['people.com'] },
  { name: 'TMZ', aliases: ['TMZ.com'], domains: ['tmz.com'] },
  { name: 'E! News', aliases: ['E! Online', 'E!', 'E News', 'E! Entertainment'], domains: ['eonline.com'] },
  {
    name: 'Page Six',
    aliases: ['PageSix', 'New York Post', 'the Post'],
    domains: ['pagesix.com', 'nypost.com'],
  },
  {
    name: 'Daily Mail',
    aliases: ['Mail Online', 'the Daily Mail', 'DailyMail.com'],
    domains: ['dailymail.co.uk', 'dailymail.com'],
  },
  { name: 'The Sun', aliases: ['Sun'], domains: ['thesun.co.uk', 'the-sun.com'] },
  { name: 'Daily Mirror', aliases: ['Mirror', 'the Mirror'], domains: ['mirror.co.uk'] },
  { name: 'Daily Express', aliases: ['Express', 'Express.co.uk'], domains: ['express.co.uk'] },
  { name: 'HollywoodLife', aliases: ['Hollywood Life'], domains: ['hollywoodlife.com'] },
  { name: 'Radar Online', aliases: ['Radar', 'RadarOnline'], domains: ['radaronline.com'] },
  { name: 'In Touch Weekly', aliases: ['In Touch'], domains: ['intouchweekly.com'] },
  {
    name: 'Life & Style',
    aliases: ['Life and Style', 'Life & Style Weekly'],
    domains: ['lifeandstylemag.com'],
  },
  { name: 'OK!', aliases: ['OK! Magazine', 'OK Magazine'], domains: ['okmagazine.com', 'ok.co.uk'] },
  { name: 'Star', aliases: ['Star Magazine'], domains: ['starmagazine.com'] },
  { name: 'National Enquirer', aliases: ['the Enquirer', 'Enquirer'], domains: ['nationalenquirer.com'] },
  { name: 'Entertainment Tonight', aliases: ['ET', 'ET Online'], domains: ['etonline.com'] },
  { name: 'Entertainment Weekly', aliases: ['EW'], domains: ['ew.com'] },
  { name: 'Hello!', aliases: ['Hello! Magazine', 'Hello Magazine'], domains: ['hellomagazine.com'] },
  { name: "Woman's Day", aliases: ['Womans Day'], domains: ['womansday.com', 'womansday.com.au'] },
  { name: 'New Idea', aliases: [], domains: ['newidea.com.au'] },
  { name: 'Just Jared', aliases: ['JustJared'], domains: ['justjared.com'] },
  { name: 'Gossip Cop', aliases: ['GossipCop'], domains: ['gossipcop.com'] },
  { name: 'Vanity Fair', aliases: [], domains: ['vanityfair.com'] },
  { name: 'Variety', aliases: [], domains: ['variety.com'] },
  {
    name: 'The Hollywood Reporter',
    aliases: ['Hollywood Reporter', 'THR'],
    domains: ['hollywoodreporter.com'],
  },
  { name: 'Access Hollywood', aliases: ['Access Online'], domains: ['accessonline.com'] },
  { name: 'Extra', aliases: ['Extra TV'], domains: ['extratv.com'] },
  { name: 'Cosmopolitan', aliases: ['Cosmo'], domains: ['cosmopolitan.com'] },
  { name: 'Elle', aliases: [], domains: ['elle.com'] },
  { name: "Harper's Bazaar", aliases: ['Harpers Bazaar', 'Bazaar'], domains: ['harpersbazaar.com'] },
  { name: 'Vogue', aliases: [], domains: ['vogue.com'] },
  { name: 'Refinery29', aliases: [], domains: ['refinery29.com'] },
  { name: 'BuzzFeed', aliases: ['BuzzFeed News'], domains: ['buzzfeed.com', 'buzzfeednews.com'] },
  { name: 'Yahoo', aliases: ['Yahoo News', 'Yahoo Entertainment'], domains: ['yahoo.com'] },
  { name: 'Fox News', aliases: [], domains: ['foxnews.com'] },
  { name: 'CNN', aliases: [], domains: ['cnn.com'] },
  { name: 'BBC', aliases: ['BBC News'], domains: ['bbc.co.uk', 'bbc.com'] },
  { name: 'The Guardian', aliases: ['Guardian'], domains: ['theguardian.com'] },
  { name: 'The New York Times', aliases: ['New York Times', 'NYT'], domains: ['nytimes.com'] },
  { name: 'Rolling Stone', aliases: [], domains: ['rollingstone.com'] },
  { name: 'Billboard', aliases: [], domains: ['billboard.com'] },
];
