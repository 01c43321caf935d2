/**
 * Summary: the shares of claims by support (anonymous, named, none), mind reading about people who
 * are not quoted, and hedges and emotive words per 100 words. Fixtures: claims-rift.txt and
 * bombshell-feud.txt, plus short texts whose counts are easy to verify by hand.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze, type FullReport as Report } from '../../src/index.ts';
import { at, claimOf, entityByKb, report } from './helpers.ts';

const round3 = (x: number): number => Math.round(x * 1000) / 1000;
const supportSum = (r: Report): number =>
  r.summary.claimSupport.anonymous + r.summary.claimSupport.named + r.summary.claimSupport.none;

describe('claimSupport', () => {
  test('claims-rift.txt: 3 anonymous, 2 named, 17 with no source, of 22 claims', () => {
    const r = report('claims-rift.txt');
    assert.equal(r.summary.claims, 22);
    assert.equal(r.claims.length, 22);
    assert.deepEqual(r.summary.claimSupport, {
      anonymous: round3(3 / 22),
      named: round3(2 / 22),
      none: round3(17 / 22),
    });
    assert.ok(Math.abs(supportSum(r) - 1) <= 0.0015, String(supportSum(r)));
  });

  test("claims-rift.txt: the shares follow from each claim's source kind", () => {
    const r = report('claims-rift.txt');
    const kind = new Map(r.sources.map((s) => [s.id, s.kind]));
    const named = r.claims.filter((c) => c.sourceId && kind.get(c.sourceId) === 'named-person');
    const anonymous = r.claims.filter((c) => c.sourceId && kind.get(c.sourceId) === 'anonymous');
    assert.deepEqual(
      named.map((c) => at(r, c)),
      ['I just want my brother back,', 'Honestly, I definitely miss him every single day.'],
    );
    assert.deepEqual(
      anonymous.map((c) => at(r, c)),
      [
        'The Sussexes quietly moved their entire household to a rented mansion in California in 2020',
        'the decision was final',
        'Harry has been sleeping badly since the funeral',
      ],
    );
    assert.equal(r.claims.filter((c) => c.sourceId === null).length, 17);
  });

  test('one claim of each support: a third each, adding up to 1 within rounding', () => {
    const text =
      '“I miss my brother every day,” Prince Harry said. “He is heartbroken,” an insider said. Kate opened a garden in London.';
    const r = analyze(text);
    assert.equal(r.summary.claims, 3);
    assert.deepEqual(r.summary.claimSupport, { anonymous: 0.333, named: 0.333, none: 0.333 });
    assert.ok(Math.abs(supportSum(r) - 1) <= 0.0015);
  });

  test('a document counts as named support, unnamed media as anonymous', () => {
    const text =
      '“The respondent has refused all contact,” court papers claim. The row began over a family wedding, according to reports. Kate is absolutely thrilled about it.';
    const r = analyze(text);
    assert.deepEqual(
      r.sources.map((s) => s.kind),
      ['document', 'unnamed-media'],
    );
    assert.equal(r.summary.claims, 3);
    assert.deepEqual(r.summary.claimSupport, { anonymous: 0.333, named: 0.333, none: 0.333 });
  });

  test('an article of author claims only has all its support "none"', () => {
    const r = report('plain-visit.txt');
    assert.ok(r.summary.claims > 0);
    assert.deepEqual(r.summary.claimSupport, { anonymous: 0, named: 0, none: 1 });
  });

  test('with no claims at all, every share is 0 (nothing to divide)', () => {
    const r = analyze('Hi.');
    assert.equal(r.summary.claims, 0);
    assert.deepEqual(r.summary.claimSupport, { anonymous: 0, named: 0, none: 0 });
  });
});

describe('unquotedMindReading', () => {
  test('claims-rift.txt: Kate, Meghan and William (twice) are mind-read without being quoted; Harry is quoted', () => {
    const r = report('claims-rift.txt');
    const harry = entityByKb(r, 'prince-harry');
    // the claim about Harry's remorse is mental-state, but Harry speaks for himself in the article
    assert.equal(
      claimOf(r, 'He holds great remorse for the interview he gave on television.').type,
      'mental-state',
    );
    assert.ok(r.sources.some((s) => s.entityId === harry.id && s.quotes > 0));
    assert.equal(r.summary.claimsByType['mental-state'], 5);
    assert.equal(r.summary.unquotedMindReading, 4);
  });

  test('a person quoted by name is not counted; an unquoted one is', () => {
    const text =
      '“I miss my brother every day,” Prince Harry said. Kate believes the rift can heal. Harry fears the worst.';
    const r = analyze(text);
    assert.equal(claimOf(r, 'Kate believes the rift can heal.').type, 'mental-state');
    assert.equal(claimOf(r, 'Harry fears the worst.').type, 'mental-state');
    assert.equal(r.summary.unquotedMindReading, 1);
  });

  test('without the quotation, both count', () => {
    const r = analyze('Kate believes the rift can heal. Prince Harry fears the worst.');
    assert.equal(r.summary.unquotedMindReading, 2);
  });

  test("an insider reading Harry's mind is not counted when Harry is quoted himself", () => {
    const text =
      'Prince Harry flew home. “He is heartbroken,” an insider said. “I am heartbroken,” Prince Harry said.';
    const r = analyze(text);
    const c = claimOf(r, 'He is heartbroken,');
    assert.equal(c.type, 'mental-state');
    assert.equal(c.voice, 'quoted');
    assert.deepEqual(c.about, [entityByKb(r, 'prince-harry').id]);
    assert.equal(r.summary.unquotedMindReading, 0);
  });

  test('… and is counted when Harry is not quoted', () => {
    const r = analyze('Prince Harry flew home. “He is heartbroken,” an insider said.');
    assert.equal(claimOf(r, 'He is heartbroken,').type, 'mental-state');
    assert.equal(r.summary.unquotedMindReading, 1);
  });

  test("the experiencer decides: Kate's belief is mind reading even when the Harry she thinks about is quoted", () => {
    const text =
      '“I miss my brother every day,” Prince Harry said. Kate believes Harry owes William an apology.';
    const r = analyze(text);
    assert.equal(claimOf(r, 'Kate believes Harry owes William an apology.').type, 'mental-state');
    assert.equal(r.summary.unquotedMindReading, 1);
  });
});

describe('per 100 words', () => {
  test('"Kate may be upset. Harry could be devastated.": 8 words, 2 hedges, 1 emotive word', () => {
    const r = analyze('Kate may be upset. Harry could be devastated.');
    assert.equal(r.summary.words, 8);
    assert.equal(r.hedges.length, 2);
    assert.equal(r.language.emotive.length, 1);
    assert.equal(r.summary.hedgesPer100Words, 25);
    assert.equal(r.summary.emotivePer100Words, 12.5);
  });

  test('boosters are not hedges: "Kate is absolutely thrilled." has 0 hedges per 100 words', () => {
    const r = analyze('Kate is absolutely thrilled.');
    assert.equal(r.hedges.length, 1);
    assert.equal(r.hedges[0]!.kind, 'booster');
    assert.equal(r.summary.hedgesPer100Words, 0);
  });

  test('hearsay counts with hedges: "Harry reportedly cried." → 1 in 3 words', () => {
    const r = analyze('Harry reportedly cried.');
    assert.equal(r.summary.words, 3);
    assert.equal(r.summary.hedgesPer100Words, round3(100 / 3));
  });

  test('claims-rift.txt: 8 hedges and hearsay cues (3 boosters left out) and 2 emotive words in 212 words', () => {
    const r = report('claims-rift.txt');
    assert.equal(r.summary.words, 212);
    assert.equal(r.hedges.filter((h) => h.kind !== 'booster').length, 8);
    assert.equal(r.hedges.filter((h) => h.kind === 'booster').length, 3);
    assert.equal(r.summary.hedgesPer100Words, round3(800 / 212));
    assert.equal(r.summary.emotivePer100Words, round3((r.language.emotive.length * 100) / 212));
  });

  test('bombshell-feud.txt: 9 emotive words in 66 words', () => {
    const r = report('bombshell-feud.txt');
    assert.equal(r.summary.words, 66);
    assert.equal(r.language.emotive.length, 9);
    assert.equal(r.summary.emotivePer100Words, round3(900 / 66));
    assert.equal(r.summary.hedgesPer100Words, 0);
  });

  test('an empty article has 0 of each, not NaN', () => {
    const r = analyze('');
    assert.equal(r.summary.words, 0);
    assert.equal(r.summary.hedgesPer100Words, 0);
    assert.equal(r.summary.emotivePer100Words, 0);
  });
});
