/**
 * Claims: each type on clear sentences (fact, mental-state, speculation, opinion, reported), the voice
 * and source of quoted claims, the hedges and boosters inside claims, and captions that never make
 * claims. Fixture: claims-rift.txt.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../src/index.ts';
import {
  at,
  claimOf,
  claimsOverlapping,
  entityByKb,
  quoteOf,
  report,
  spanIn,
  spanOf,
  texts,
} from './helpers.ts';

const r = report('claims-rift.txt');
const kate = entityByKb(r, 'catherine');
const harry = entityByKb(r, 'prince-harry');
const meghan = entityByKb(r, 'meghan');
const william = entityByKb(r, 'prince-william');
const charles = entityByKb(r, 'charles-iii');

describe('mental-state: what a third party thinks, feels, wants or knows', () => {
  test('"Kate believes …" is about Kate', () => {
    const c = claimOf(r, 'Kate believes the rift between the brothers can still be healed.');
    assert.equal(c.type, 'mental-state');
    assert.equal(c.voice, 'author');
    assert.deepEqual(c.about, [kate.id]);
    assert.match(c.reason, /Catherine, Princess of Wales/);
    assert.match(c.reason, /believes/);
  });

  test('"He holds great remorse …": the pronoun finds Prince Harry, the claim is about him', () => {
    const c = claimOf(r, 'He holds great remorse for the interview he gave on television.');
    assert.equal(c.type, 'mental-state');
    assert.deepEqual(c.about, [harry.id]);
    assert.match(c.reason, /remorse/);
  });

  test('"Meghan knows …" (knowing) and "Prince William wants …" (wanting)', () => {
    const knows = claimOf(r, 'Meghan knows the palace will never forgive her.');
    assert.equal(knows.type, 'mental-state');
    assert.deepEqual(knows.about, [meghan.id]);
    const wants = claimOf(r, 'Prince William wants a quiet Christmas at Sandringham.');
    assert.equal(wants.type, 'mental-state');
    assert.deepEqual(wants.about, [william.id]);
  });

  test('with three people in the sentence, the one before the mental word is the experiencer', () => {
    const text = 'Kate believes Harry owes William an apology.';
    const r2 = analyze(text);
    const c = claimOf(r2, text);
    assert.equal(c.type, 'mental-state');
    const k = entityByKb(r2, 'catherine');
    assert.equal(c.about[0], k.id);
    assert.equal(c.about.length, 3);
    assert.match(c.reason, /^Says what Catherine, Princess of Wales thinks or feels/);
  });

  test('a booster does not stop a mental-state claim: "Prince William absolutely refuses …"', () => {
    const c = claimOf(r, 'Prince William absolutely refuses to discuss the book with his staff.');
    assert.equal(c.type, 'mental-state');
    assert.deepEqual(c.about, [william.id]);
    assert.deepEqual(c.boosters, [spanOf(r.text, 'absolutely')]);
    assert.deepEqual(c.hedges, []);
  });
});

describe('speculation: hedged or agentless claims', () => {
  const cases: [claim: string, cue: string][] = [
    ['The Duke of Sussex may return to Britain next spring.', 'may'],
    ['Their friendship is probably unsalvageable.', 'probably'],
    ['The couple reportedly spent $14 million on their Montecito home.', 'reportedly'],
    ['Meghan is said to be planning a new show.', 'is said to'],
    ['Harry is believed to be writing a second book.', 'is believed to'],
    ['All signs point to a reunion before Christmas.', 'All signs point to'],
  ];
  for (const [claim, cue] of cases) {
    test(`“${claim}” → speculation on “${cue}”`, () => {
      const c = claimOf(r, claim);
      assert.equal(c.type, 'speculation');
      assert.equal(c.voice, 'author');
      assert.deepEqual(c.hedges, [spanIn(r.text, claim, cue)]);
      assert.deepEqual(c.boosters, []);
      assert.ok(c.reason.includes(`“${cue}”`), c.reason);
    });
  }

  test('agentless hearsay says so in the reason; a plain hedge says the writer does not commit', () => {
    assert.match(claimOf(r, 'Meghan is said to be planning a new show.').reason, /no one behind it/);
    assert.match(
      claimOf(r, 'The Duke of Sussex may return to Britain next spring.').reason,
      /does not commit/,
    );
  });

  test('the speculation keeps whom it is about: "Meghan is said to …" is about Meghan', () => {
    assert.deepEqual(claimOf(r, 'Meghan is said to be planning a new show.').about, [meghan.id]);
    assert.deepEqual(claimOf(r, 'The Duke of Sussex may return to Britain next spring.').about, [harry.id]);
  });

  test('"Harry could be back for Christmas." → speculation on "could be"', () => {
    const text = 'Harry could be back for Christmas.';
    const c = claimOf(analyze(text), text);
    assert.equal(c.type, 'speculation');
    assert.deepEqual(c.hedges, [spanOf(text, 'could be')]);
  });

  test('a prediction is speculation: "Royal commentators predict a reconciliation by the summer."', () => {
    assert.equal(
      claimOf(r, 'Royal commentators predict a reconciliation by the summer.').type,
      'speculation',
    );
  });
});

describe('fact: a date, a number, a place', () => {
  test('a place and a day: "Prince Harry flew back to California on Sunday."', () => {
    const c = claimOf(r, 'Prince Harry flew back to California on Sunday.');
    assert.equal(c.type, 'fact');
    assert.deepEqual(c.about, [harry.id]);
    assert.deepEqual(c.hedges, []);
  });

  test('a date: "King Charles celebrated his 75th birthday at Highgrove on November 14, 2023."', () => {
    const c = claimOf(r, 'King Charles celebrated his 75th birthday at Highgrove on November 14, 2023.');
    assert.equal(c.type, 'fact');
    assert.ok(c.about.includes(charles.id));
    assert.match(c.reason, /^Checkable/);
  });

  test('numbers: "The Montecito estate has 9 bedrooms and 16 bathrooms."', () => {
    const c = claimOf(r, 'The Montecito estate has 9 bedrooms and 16 bathrooms.');
    assert.equal(c.type, 'fact');
    assert.equal(c.reason, 'Checkable: it names “9”.');
  });

  test('a place alone: "Meghan Markle stayed behind in Montecito."', () => {
    const text = 'Meghan Markle stayed behind in Montecito.';
    const c = claimOf(analyze(text), text);
    assert.equal(c.type, 'fact');
    assert.equal(c.reason, 'Checkable: it names “Montecito”.');
  });
});

describe('opinion: evaluations', () => {
  test('"controversial"', () => {
    const c = claimOf(r, "Harry's memoir remains controversial with royal fans.");
    assert.equal(c.type, 'opinion');
    assert.match(c.reason, /“controversial”/);
  });

  test('"isn\'t healthy"', () => {
    const c = claimOf(r, "Living apart isn't healthy for the family.");
    assert.equal(c.type, 'opinion');
    assert.match(c.reason, /“healthy”/);
  });
});

describe('reported: an author claim resting on a cited source', () => {
  test('"…, sources confirming …": the writer\'s part is reported, the source\'s part is quoted', () => {
    const q = quoteOf(r, 'the decision was final');
    assert.equal(q.kind, 'indirect');
    const sentence = spanOf(
      r.text,
      'The Sussexes quietly moved their entire household to a rented mansion in California in 2020',
    );
    const author = claimsOverlapping(r, sentence);
    assert.equal(author.length, 1);
    assert.equal(author[0]!.type, 'reported');
    assert.equal(author[0]!.voice, 'author');
    assert.equal(author[0]!.start, sentence.start);
    assert.equal(author[0]!.quoteId, null);
    const quoted = claimOf(r, 'the decision was final');
    assert.equal(quoted.voice, 'quoted');
    assert.equal(quoted.quoteId, q.id);
    assert.equal(quoted.sourceId, q.sourceId);
    assert.ok(author[0]!.end <= quoted.start);
  });

  test('"According to a pal, …": the pal\'s claim is quoted with the pal as its source', () => {
    const q = quoteOf(r, 'Harry has been sleeping badly since the funeral');
    const c = claimOf(r, 'Harry has been sleeping badly since the funeral');
    assert.equal(c.voice, 'quoted');
    assert.equal(c.quoteId, q.id);
    assert.equal(c.sourceId, q.sourceId);
    assert.equal(r.sources.find((s) => s.id === c.sourceId)?.name, 'a pal');
    assert.deepEqual(c.about, [harry.id]);
  });

  test('"According to a pal" alone is attribution, not a claim', () => {
    assert.deepEqual(
      r.claims.filter((c) => at(r, c) === 'According to a pal'),
      [],
    );
    const text = 'Harry has hired a new team of lawyers in Los Angeles, according to a pal.';
    const r2 = analyze(text);
    assert.deepEqual(claimsOverlapping(r2, spanOf(text, 'according to a pal')), []);
  });

  test('a short author claim before "sources confirming" is kept: "The Sussexes moved to California in 2020"', () => {
    const text = 'The Sussexes moved to California in 2020, sources confirming the decision was final.';
    const r2 = analyze(text);
    const author = claimsOverlapping(r2, spanOf(text, 'The Sussexes moved to California in 2020'));
    assert.equal(author.length, 1);
    assert.equal(author[0]!.voice, 'author');
    assert.equal(author[0]!.type, 'reported');
  });
});

describe('voice: quoted inside quotations, author otherwise', () => {
  test("direct quotations make quoted claims with the quotation's source and id", () => {
    for (const content of [
      'I just want my brother back,',
      'Honestly, I definitely miss him every single day.',
    ]) {
      const q = quoteOf(r, content);
      const c = claimOf(r, content);
      assert.equal(c.voice, 'quoted');
      assert.equal(c.quoteId, q.id);
      assert.equal(c.sourceId, q.sourceId);
      assert.notEqual(c.sourceId, null);
    }
    const src = r.sources.find((s) => s.id === quoteOf(r, 'I just want my brother back,').sourceId)!;
    assert.equal(src.entityId, harry.id);
  });

  test('"Harry told friends" beside the quotation is attribution, not a claim', () => {
    assert.deepEqual(claimsOverlapping(r, spanOf(r.text, 'Harry told friends')), []);
  });

  test('a booster inside a quotation is on the quoted claim', () => {
    const c = claimOf(r, 'Honestly, I definitely miss him every single day.');
    assert.deepEqual(c.boosters, [spanOf(r.text, 'definitely')]);
    assert.deepEqual(c.hedges, []);
  });

  test("every claim outside quotations is the author's, with no quotation (and no source unless reported)", () => {
    for (const c of r.claims) {
      const inQuote = r.quotes.some((q) => q.start <= c.start && c.end <= q.end);
      assert.equal(c.voice, inQuote ? 'quoted' : 'author', at(r, c));
      if (c.voice === 'author') {
        assert.equal(c.quoteId, null, at(r, c));
        // whether a reported claim should name the source it rests on is left open here
        if (c.type !== 'reported') assert.equal(c.sourceId, null, at(r, c));
      } else {
        assert.ok(c.quoteId, at(r, c));
      }
    }
  });
});

describe('hedges and boosters inside claims', () => {
  test('each claim carries exactly the hedges (hedge and hearsay) and boosters inside it', () => {
    for (const c of r.claims) {
      const inside = r.hedges.filter((h) => h.start >= c.start && h.end <= c.end);
      assert.deepEqual(
        c.hedges,
        inside.filter((h) => h.kind !== 'booster').map((h) => ({ start: h.start, end: h.end })),
        at(r, c),
      );
      assert.deepEqual(
        c.boosters,
        inside.filter((h) => h.kind === 'booster').map((h) => ({ start: h.start, end: h.end })),
        at(r, c),
      );
    }
  });

  test('"never" is a booster of the Meghan claim', () => {
    const c = claimOf(r, 'Meghan knows the palace will never forgive her.');
    assert.deepEqual(texts(r, c.boosters), ['never']);
  });
});

describe('captions never produce claims', () => {
  test('the caption of claims-rift.txt has no claim and no hedge, though it says "may"', () => {
    assert.equal(r.captions.length, 1);
    const cap = r.captions[0]!;
    assert.equal(at(r, cap), 'Harry may be back sooner than anyone thinks. (Photo: Getty Images)');
    assert.deepEqual(claimsOverlapping(r, cap), []);
    assert.deepEqual(
      r.hedges.filter((h) => h.start < cap.end && cap.start < h.end),
      [],
    );
  });

  test('a caption with a hedge and a mental word between two body sentences', () => {
    const text =
      'Kate opened the garden in London.\n\nKate believes the garden will heal. (Photo: Getty)\n\nPrince William planted a tree.';
    const r2 = analyze(text);
    assert.equal(r2.captions.length, 1);
    assert.deepEqual(claimsOverlapping(r2, r2.captions[0]!), []);
    assert.deepEqual(texts(r2, r2.claims), [
      'Kate opened the garden in London.',
      'Prince William planted a tree.',
    ]);
  });
});
