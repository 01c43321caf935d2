import assert from 'node:assert/strict';
import { test } from 'node:test';
import { creditedOutlets, foldName, hostOf, knownOutlet, normaliseOutlet, outletOf } from './outlet.ts';

test('a listed outlet is one outlet by any name or domain', () => {
  const us = { key: 'usweekly', name: 'Us Weekly' };
  assert.deepEqual(normaliseOutlet('www.usmagazine.com'), us);
  assert.deepEqual(normaliseOutlet('Us Weekly'), us);
  assert.deepEqual(normaliseOutlet('US WEEKLY'), us);
  assert.deepEqual(normaliseOutlet('https://www.usmagazine.com/celebrity-news/x/'), us);
  assert.deepEqual(normaliseOutlet('E! Online'), normaliseOutlet('eonline.com'));
  assert.deepEqual(normaliseOutlet('uk.eonline.com'), { key: 'enews', name: 'E! News' });
  assert.deepEqual(normaliseOutlet('People.com'), { key: 'people', name: 'People' });
});

test('an unlisted outlet keeps its folded name or its domain', () => {
  assert.deepEqual(normaliseOutlet('The Celebrity Gazette'), {
    key: 'celebritygazette',
    name: 'The Celebrity Gazette',
  });
  assert.deepEqual(normaliseOutlet('m.gossip-example.net'), {
    key: 'gossip-example.net',
    name: 'gossip-example.net',
  });
  assert.equal(normaliseOutlet('  '), null);
  assert.equal(foldName('Life & Style'), 'lifeandstyle');
  assert.equal(hostOf('not a url'), null);
});

test("an article's outlet: the record's, else the page's, else the URL's domain", () => {
  assert.equal(outletOf('TMZ', 'People', 'https://www.usmagazine.com/a').key, 'tmz');
  assert.equal(outletOf(null, 'People', 'https://www.usmagazine.com/a').key, 'people');
  assert.equal(outletOf(null, null, 'https://www.usmagazine.com/a').key, 'usweekly');
  assert.equal(outletOf(null, null, null).key, 'unknown');
});

test('credits: "according to", "told", "X reported" name listed outlets only', () => {
  assert.deepEqual(
    [
      ...creditedOutlets('The chef signed a lease, according to TMZ. A source told Us Weekly on Monday.'),
    ].sort(),
    ['tmz', 'usweekly'],
  );
  assert.deepEqual([...creditedOutlets('As Page Six first reported, the pair split.')], ['pagesix']);
  assert.deepEqual([...creditedOutlets('She told Friends she was happy, according to Her Mother.')], []);
  assert.equal(knownOutlet('Her Mother'), null);
});
