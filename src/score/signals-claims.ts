/**
 * Signals read off the engine's claims, hedges and checks: what kind of claims the article makes,
 * how it hedges them, what it passes on with no one behind it, and which checkable facts add up.
 */
import { sortedBy } from '../core/spans.ts';
import {
  byStart,
  claimShare,
  describeClaimShare,
  type Feature,
  type Measurement,
  measurement,
  phrases,
  plural,
  share,
  span,
  type ScoreInput,
  withExamples,
} from './feature-kit.ts';
import type { Check, Claim } from '../report/schema.ts';
import { unquotedMindReading, unverifiableGossip } from '../stages/claims/figures.ts';

/** The share of the article's claims that `hits` are, with those claims as evidence. */
function shareOfClaims(r: ScoreInput, hits: readonly Claim[]): Measurement {
  return measurement(
    share(hits.length, r.claims.length),
    hits.length,
    sortedBy(hits.map(span), byStart),
    undefined,
    r.claims.length,
  );
}

const isPrivateFact = (c: Claim): boolean => c.content === 'fact' && c.checkable === 'private';

/** A log1p count of the checks with one status; evidence is their spans, examples their details. */
function checksWith(r: ScoreInput, status: Check['status']): Measurement {
  const hits = r.checks.filter((c) => c.status === status);
  return measurement(
    Math.log1p(hits.length),
    hits.length,
    sortedBy(
      hits.map((c) => span(c.span)),
      byStart,
    ),
    hits.map((c) => c.detail),
  );
}

/** Signals about claims, hedges and checks, in weights-file order. */
export const CLAIM_FEATURES: readonly Feature[] = [
  {
    id: 'unquoted-mind-reading',
    direction: -1,
    // the same function the summary counts with (claims/figures.ts): figure and evidence agree
    compute: (r) => shareOfClaims(r, unquotedMindReading(r.claims, r.sources)),
    describe: (_v, _c, m) =>
      m.count === 0
        ? 'No claim says what an unquoted person thinks or feels.'
        : `${m.count} of ${plural(m.of ?? 0, 'claim', 'claims')} ${m.count === 1 ? 'says' : 'say'} what someone who is not quoted thinks or feels.`,
  },
  {
    id: 'unverifiable-gossip',
    direction: -1,
    compute: (r) => shareOfClaims(r, unverifiableGossip(r.claims)),
    describe: (_v, _c, m) =>
      m.count === 0
        ? 'No claim is a private fact or mind-reading resting on an anonymous source or on nobody.'
        : `${m.count} of ${plural(m.of ?? 0, 'claim', 'claims')} ${m.count === 1 ? 'is' : 'are'} unverifiable gossip: private facts or mind-reading resting on anonymous or no sources.`,
  },
  {
    id: 'agentless-hearsay',
    direction: -1,
    compute: (r) => {
      const hits = r.hedges
        .filter((h) => h.kind === 'hearsay' && h.agentless)
        .map(span)
        .sort(byStart);
      return measurement(Math.log1p(hits.length), hits.length, hits, phrases(r, hits));
    },
    describe: (_v, _c, m) =>
      m.count === 0
        ? 'Nothing is passed on without someone to say it.'
        : withExamples(
            `${plural(m.count, 'thing is', 'things are')} passed on with no one to say ${m.count === 1 ? 'it' : 'them'}`,
            m.examples,
          ),
  },
  {
    id: 'inconsistent-checks',
    direction: -1,
    compute: (r) => checksWith(r, 'inconsistent'),
    describe: (_v, _c, m) =>
      m.count === 0
        ? 'No checkable fact is contradicted.'
        : `${plural(m.count, 'checkable fact does', 'checkable facts do')} not add up: ${(m.examples?.[0] ?? '').replace(/\.$/, '')}.`,
  },
  {
    id: 'consistent-checks',
    direction: 1,
    compute: (r) => checksWith(r, 'consistent'),
    describe: (_v, _c, m) =>
      m.count === 0
        ? 'No age, date or relation in it could be checked and found consistent.'
        : `${plural(m.count, 'checkable fact (an age, a date, a relation) is', 'checkable facts (ages, dates, relations) are')} consistent.`,
  },
  {
    id: 'fact-share',
    direction: 1,
    compute: (r) => claimShare(r, 'fact'),
    describe: describeClaimShare('is a plain statement of fact', 'are plain statements of fact'),
  },
  {
    // a fact only insiders could know (who sleeps where, a private call), whoever it rests on
    id: 'private-fact-share',
    direction: -1,
    compute: (r) => shareOfClaims(r, r.claims.filter(isPrivateFact)),
    describe: describeClaimShare('is a fact only insiders could know', 'are facts only insiders could know'),
  },
  {
    // what the article asserts on the word of people it does not name (facts and feelings alike)
    id: 'anonymous-claims-share',
    direction: -1,
    compute: (r) =>
      shareOfClaims(
        r,
        r.claims.filter((c) => c.attribution?.kind === 'anonymous'),
      ),
    describe: describeClaimShare('rests on an unnamed source', 'rest on unnamed sources'),
  },
  {
    // what someone thinks, feels or wants, quoted or not: only they can know it, whoever reports it
    id: 'mental-state-share',
    direction: -1,
    compute: (r) => claimShare(r, 'mental-state'),
    describe: describeClaimShare('says what someone thinks or feels', 'say what someone thinks or feels'),
  },
  {
    id: 'speculation-share',
    direction: -1,
    compute: (r) => claimShare(r, 'speculation'),
    describe: describeClaimShare('is speculation', 'are speculation'),
  },
  {
    id: 'opinion-share',
    direction: -1,
    compute: (r) => claimShare(r, 'opinion'),
    describe: describeClaimShare('is opinion', 'are opinion'),
  },
];
