/**
 * Hedges, boosters and hearsay cues. The hedge and booster words start from Hyland's metadiscourse
 * lists (Hyland 2005, as packaged in the npm `hedges` list by Titus Wormer) cut to the forms that
 * weaken a claim in news copy; the hearsay forms are tabloid attributions with no one or no name
 * behind them ("is said to", "reportedly", "insiders say", "all signs point to").
 */

/** Words after which "May" opening a sentence is the modal ("May be", "May not"), not the month. */
export const AFTER_MODAL_MAY = ['be', 'have', 'not', 'well'];

/** What a cue does to a claim, and whether anyone at all stands behind it. */
export type HedgeKind = { readonly kind: 'hedge' | 'booster' | 'hearsay'; readonly agentless: boolean };

const hedge: HedgeKind = { kind: 'hedge', agentless: false };
const booster: HedgeKind = { kind: 'booster', agentless: false };
const agentless: HedgeKind = { kind: 'hearsay', agentless: true };
const anonymous: HedgeKind = { kind: 'hearsay', agentless: false };

/** Cues of hearsay that name no one behind the claim ("reportedly", "it is said", "word has it"). */
export const AGENTLESS_HEDGES: readonly string[] = [
  'all signs point to', 'all signs pointed to', 'signs point to', 'everything points to', 'rumoured', 'rumored',
    'are thought to', 'are believed to', 'is said to', 'are said to', 'was said to', 'were said to', 'is rumoured to', 'is rumored to',
    'are rumoured to', 'are rumored to', 'reportedly', 'allegedly', 'supposedly', 'it is said', 'it’s said',
    'it is understood', 'it’s understood', 'it is believed', 'it’s believed', 'it is thought', 'it’s thought',
    'word is', 'word has it', 'rumour has it', 'rumor has it', 'we hear', 'we’re told', 'we are told',
    'is understood to', 'are understood to', 'according to reports', 'reports claim', 'reports suggest',
    'it has been claimed', 'it was claimed', 'it is claimed', 'it’s claimed', 'is thought to', 'is believed to',
];

/** Every cue phrase with its kind. */
export const HEDGE_PHRASES: readonly (readonly [string, HedgeKind])[] = [
  ...['may', 'might', 'could', 'possibly', 'perhaps', 'maybe', 'probably', 'likely', 'unlikely', 'apparently',
    'seemingly', 'presumably', 'seems', 'seem', 'seemed', 'appears', 'appear', 'appeared', 'suggests',
    'suggesting', 'rumours suggest', 'it seems', 'it appears', 
    'everything points to', 'it looks like', 'looks like', 'would appear', 'could be',
    'may be', 'might be', 
    'is expected to', 'are expected to', 'is tipped to', 'are tipped to', 
    'some say', 'speculation', 'speculate', 'speculated', 'in all likelihood', 'chances are', 'arguably',
    'purportedly', 'it remains to be seen', 'if true', 'predict', 'predicts', 'predicted', 'predicting', 'tipped to', 'is tipped', 'are tipped',
  ].map((p) => [p, hedge] as const),
  ...['absolutely', 'certainly', 'definitely', 'clearly', 'obviously', 'undoubtedly', 'surely', 'of course',
    'no doubt', 'without a doubt', 'truly', 'indeed', 'unquestionably', 'undeniably', 'completely', 'totally',
    'always', 'never', 'everyone knows', 'make no mistake', 'there is no question',
  ].map((p) => [p, booster] as const),
  ...AGENTLESS_HEDGES.map((p) => [p, agentless] as const),
  ...['sources claim', 'sources say', 'sources said', 'insiders say', 'insiders claim', 'insiders said',
    'an insider claims', 'sources close to', 'friends say', 'pals say', 'a source claims', 'sources confirming',
    'sources claiming', 'sources suggest',
  ].map((p) => [p, anonymous] as const),
];
