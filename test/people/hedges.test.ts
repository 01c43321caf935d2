/**
 * Hedges, boosters and hearsay cues: the hedging words, tabloid hearsay with and without an agent,
 * boosters, and the month May that is no hedge. Fixture: hearsay-christmas.txt.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze, type Hedge } from '../../src/index.ts';
import { hedgeAt, hedgesOverlapping, listHedges, report, spanIn, spanOf } from './helpers.ts';

const r = report('hearsay-christmas.txt');

/** A hedge as a plain record, for deepEqual. */
const plain = (h: Hedge) => ({ start: h.start, end: h.end, kind: h.kind, agentless: h.agentless });

describe('every cue in hearsay-christmas.txt, in text order', () => {
  test('the full list of spans (kinds are checked one by one below)', () => {
    assert.deepEqual(
      r.hedges.map((h) => ({ start: h.start, end: h.end })),
      [
        spanOf(r.text, 'may'),
        spanOf(r.text, 'might'),
        spanOf(r.text, 'could'),
        spanOf(r.text, 'possibly'),
        spanOf(r.text, 'probably'),
        spanOf(r.text, 'is said to'),
        spanOf(r.text, 'reportedly'),
        spanOf(r.text, 'are rumoured to'),
        spanIn(r.text, 'Their rumoured return', 'rumoured'),
        spanOf(r.text, 'Sources claim'),
        spanOf(r.text, 'Insiders say'),
        spanOf(r.text, 'All signs point to'),
        spanOf(r.text, 'It’s understood'),
        spanOf(r.text, 'absolutely'),
        spanOf(r.text, 'certainly'),
        spanOf(r.text, 'definitely'),
      ],
    );
  });

  test('the kinds that are settled: five hedges, four agentless, two with agents, three boosters', () => {
    const settled = r.hedges.filter(
      (h) => !['rumoured', 'All signs point to'].includes(r.text.slice(h.start, h.end)),
    );
    const count = (kind: string, agentless: boolean) =>
      settled.filter((h) => h.kind === kind && h.agentless === agentless).length;
    assert.equal(count('hedge', false), 5);
    assert.equal(count('hearsay', true), 4);
    assert.equal(count('hearsay', false), 2);
    assert.equal(count('booster', false), 3);
    assert.equal(settled.length, 14);
  });
});

describe('hedges', () => {
  for (const word of ['may', 'might', 'could', 'possibly', 'probably']) {
    test(`"${word}" is a hedge with no agent question (agentless false)`, () => {
      const h = hedgeAt(r, spanOf(r.text, word));
      assert.equal(h.kind, 'hedge');
      assert.equal(h.agentless, false);
    });
  }

  test('"may be" and "could be" are taken whole', () => {
    const text = 'Kate may be upset. Harry could be devastated.';
    const r2 = analyze(text);
    assert.equal(hedgeAt(r2, spanOf(text, 'may be')).kind, 'hedge');
    assert.equal(hedgeAt(r2, spanOf(text, 'could be')).kind, 'hedge');
    assert.equal(r2.hedges.length, 2);
  });
});

describe('tabloid hearsay', () => {
  for (const cue of ['is said to', 'reportedly', 'are rumoured to', 'It’s understood']) {
    test(`"${cue}" is agentless hearsay`, () => {
      const h = hedgeAt(r, spanOf(r.text, cue));
      assert.equal(h.kind, 'hearsay');
      assert.equal(h.agentless, true);
    });
  }

  for (const cue of ['Sources claim', 'Insiders say']) {
    test(`"${cue}" is hearsay with an (unnamed) agent: agentless false`, () => {
      const h = hedgeAt(r, spanOf(r.text, cue));
      assert.equal(h.kind, 'hearsay');
      assert.equal(h.agentless, false);
    });
  }

  test('"it\'s understood" with a straight apostrophe and "it is understood" are agentless too', () => {
    const text = "It's understood the pair have split. It is understood that they split.";
    const r2 = analyze(text);
    for (const cue of ["It's understood", 'It is understood']) {
      const h = hedgeAt(r2, spanOf(text, cue));
      assert.equal(h.kind, 'hearsay', cue);
      assert.equal(h.agentless, true, cue);
    }
  });

  test('"insiders claim", "friends say" have agents; "word has it" has none', () => {
    const text = 'Insiders claim it is over. Friends say she is fine. Word has it they split.';
    const r2 = analyze(text);
    assert.deepEqual(r2.hedges.map(plain), [
      { ...spanOf(text, 'Insiders claim'), kind: 'hearsay', agentless: false },
      { ...spanOf(text, 'Friends say'), kind: 'hearsay', agentless: false },
      { ...spanOf(text, 'Word has it'), kind: 'hearsay', agentless: true },
    ]);
  });

  test('"All signs point to" is found whole', () => {
    assert.deepEqual(hedgesOverlapping(r, spanOf(r.text, 'All signs point to a thaw')).length, 1);
    hedgeAt(r, spanOf(r.text, 'All signs point to'));
  });

  test('"All signs point to" is agentless hearsay, as the hedge lexicon\'s own header says', () => {
    const h = hedgeAt(r, spanOf(r.text, 'All signs point to'));
    assert.equal(h.kind, 'hearsay');
    assert.equal(h.agentless, true);
  });

  test('a bare "rumoured" ("Their rumoured return") is agentless hearsay', () => {
    const h = hedgeAt(r, spanIn(r.text, 'Their rumoured return', 'rumoured'));
    assert.equal(h.kind, 'hearsay');
    assert.equal(h.agentless, true);
  });

  test('"is believed to", "is thought to", "is understood to", "allegedly", "supposedly" are agentless hearsay', () => {
    const text =
      'Harry is believed to be furious. Kate is thought to be upset. William is understood to be livid. It was allegedly a fling. He supposedly left.';
    const r2 = analyze(text);
    for (const cue of ['is believed to', 'is thought to', 'is understood to', 'allegedly', 'supposedly']) {
      const h = hedgeAt(r2, spanOf(text, cue));
      assert.equal(h.kind, 'hearsay', `${cue}:\n${listHedges(r2)}`);
      assert.equal(h.agentless, true, cue);
    }
  });
});

describe('boosters', () => {
  for (const word of ['absolutely', 'certainly', 'definitely']) {
    test(`"${word}" is a booster`, () => {
      const h = hedgeAt(r, spanOf(r.text, word));
      assert.equal(h.kind, 'booster');
      assert.equal(h.agentless, false);
    });
  }
});

describe('the month May is not a hedge', () => {
  test('"married in May, and May 2018 …" has no hedge (hearsay-christmas.txt)', () => {
    assert.deepEqual(hedgesOverlapping(r, spanOf(r.text, 'The couple married in May, and May 2018')), []);
  });

  test('"In May, she may have regretted it." → only the lower-case "may"', () => {
    const text = 'In May, she may have regretted it.';
    const r2 = analyze(text);
    assert.deepEqual(r2.hedges.map(plain), [
      { ...spanIn(text, 'she may have', 'may'), kind: 'hedge', agentless: false },
    ]);
  });

  test('"May" opening a sentence before a verb that is no modal\'s ("May brought …") is no hedge', () => {
    const text = 'May brought the couple a new baby.';
    assert.deepEqual(analyze(text).hedges, []);
  });

  test('"May also saw Harry return to London." is the month, not a hedge', () => {
    const text = 'May also saw Harry return to London.';
    assert.deepEqual(analyze(text).hedges, []);
  });
});

describe('captions', () => {
  test('no cue is found inside a photo caption', () => {
    const text = 'Kate smiled at the crowd.\n\nKate may reportedly return soon. (Photo: Getty)';
    const r2 = analyze(text);
    assert.equal(r2.captions.length, 1);
    assert.deepEqual(r2.hedges, []);
  });
});
