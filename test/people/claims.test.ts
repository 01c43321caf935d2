/**
 * Claims: each content type on clear sentences (fact, mental-state, speculation, opinion), the attribution
 * of reported claims, the voice and source of quoted claims, the hedges and boosters inside claims, and captions that never make
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
    assert.equal(c.content, 'mental-state');
    assert.equal(c.voice, 'author');
    assert.deepEqual(c.about, [kate.id]);
    assert.equal(c.experiencer, kate.id);
    assert.match(c.reason, /^Mind-reading .*“believes”/);
  });

  test('"He holds great remorse …": the pronoun finds Prince Harry, the claim is about him', () => {
    const c = claimOf(r, 'He holds great remorse for the interview he gave on television.');
    assert.equal(c.content, 'mental-state');
    assert.deepEqual(c.about, [harry.id]);
    assert.match(c.reason, /remorse/);
  });

  test('"Meghan knows …" (knowing) and "Prince William wants …" (wanting)', () => {
    const knows = claimOf(r, 'Meghan knows the palace will never forgive her.');
    assert.equal(knows.content, 'mental-state');
    assert.deepEqual(knows.about, [meghan.id]);
    const wants = claimOf(r, 'Prince William wants a quiet Christmas at Sandringham.');
    assert.equal(wants.content, 'mental-state');
    assert.deepEqual(wants.about, [william.id]);
  });

  test('with three people in the sentence, the one before the mental word is the experiencer', () => {
    const text = 'Kate believes Harry owes William an apology.';
    const r2 = analyze(text);
    const c = claimOf(r2, text);
    assert.equal(c.content, 'mental-state');
    const k = entityByKb(r2, 'catherine');
    assert.equal(c.about[0], k.id);
    assert.equal(c.about.length, 3);
    assert.equal(c.experiencer, k.id);
  });

  test('a booster does not stop a mental-state claim: "Prince William absolutely refuses …"', () => {
    const c = claimOf(r, 'Prince William absolutely refuses to discuss the book with his staff.');
    assert.equal(c.content, 'mental-state');
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
      assert.equal(c.content, 'speculation');
      assert.equal(c.voice, 'author');
      assert.deepEqual(c.hedges, [spanIn(r.text, claim, cue)]);
      assert.deepEqual(c.boosters, []);
      assert.ok(c.reason.includes(`“${cue}”`), c.reason);
      assert.deepEqual(c.cue, spanIn(r.text, claim, cue));
    });
  }

  test('agentless hearsay decides by rule and says so; a plain hedge is named in the reason', () => {
    assert.match(
      claimOf(r, 'Meghan is said to be planning a new show.').reason,
      /by rule, hearsay with no one behind it/,
    );
    assert.match(claimOf(r, 'The Duke of Sussex may return to Britain next spring.').reason, /a hedge “may”/);
  });

  test('the speculation keeps whom it is about: "Meghan is said to …" is about Meghan', () => {
    assert.deepEqual(claimOf(r, 'Meghan is said to be planning a new show.').about, [meghan.id]);
    assert.deepEqual(claimOf(r, 'The Duke of Sussex may return to Britain next spring.').about, [harry.id]);
  });

  test('"Harry could be back for Christmas." → speculation on "could be"', () => {
    const text = 'Harry could be back for Christmas.';
    const c = claimOf(analyze(text), text);
    assert.equal(c.content, 'speculation');
    assert.deepEqual(c.hedges, [spanOf(text, 'could be')]);
  });

  test('a prediction is speculation: "Royal commentators predict a reconciliation by the summer."', () => {
    assert.equal(
      claimOf(r, 'Royal commentators predict a reconciliation by the summer.').content,
      'speculation',
    );
  });
});

describe('fact: a date, a number, a place', () => {
  test('a place and a day: "Prince Harry flew back to California on Sunday."', () => {
    const c = claimOf(r, 'Prince Harry flew back to California on Sunday.');
    assert.equal(c.content, 'fact');
    assert.deepEqual(c.about, [harry.id]);
    assert.deepEqual(c.hedges, []);
  });

  test('a date: "King Charles celebrated his 75th birthday at Highgrove on November 14, 2023."', () => {
    const c = claimOf(r, 'King Charles celebrated his 75th birthday at Highgrove on November 14, 2023.');
    assert.equal(c.content, 'fact');
    assert.ok(c.about.includes(charles.id));
    assert.equal(c.checkable, 'public');
  });

  test('numbers: "The Montecito estate has 9 bedrooms and 16 bathrooms."', () => {
    const c = claimOf(r, 'The Montecito estate has 9 bedrooms and 16 bathrooms.');
    assert.equal(c.content, 'fact');
    assert.equal(c.checkable, 'public');
    assert.match(c.reason, /a number “9”/);
  });

  test('a place alone: "Meghan Markle stayed behind in Montecito."', () => {
    const text = 'Meghan Markle stayed behind in Montecito.';
    const c = claimOf(analyze(text), text);
    assert.equal(c.content, 'fact');
    assert.equal(c.checkable, 'public');
  });
});

describe('opinion: evaluations', () => {
  test('"controversial"', () => {
    const c = claimOf(r, "Harry's memoir remains controversial with royal fans.");
    assert.equal(c.content, 'opinion');
    assert.match(c.reason, /“controversial”/);
  });

  test('"isn\'t healthy"', () => {
    const c = claimOf(r, "Living apart isn't healthy for the family.");
    assert.equal(c.content, 'opinion');
    assert.match(c.reason, /“healthy”/);
  });
});

describe('reported speech: the author’s claim, typed by what is reported, resting on the source it cites', () => {
  test('"…, sources confirming …": one author claim, a fact resting on the anonymous sources', () => {
    const q = quoteOf(r, 'the decision was final');
    assert.equal(q.kind, 'indirect');
    const sentence = spanOf(
      r.text,
      'The Sussexes quietly moved their entire household to a rented mansion in California in 2020, sources confirming the decision was final.',
    );
    const cs = claimsOverlapping(r, sentence);
    assert.equal(cs.length, 1);
    assert.deepEqual({ start: cs[0]!.start, end: cs[0]!.end }, sentence);
    assert.equal(cs[0]!.content, 'fact');
    assert.equal(cs[0]!.voice, 'author');
    assert.deepEqual(cs[0]!.attribution, { sourceId: q.sourceId, kind: 'anonymous' });
    assert.equal(cs[0]!.quoteId, q.id);
  });

  test('"According to a pal, …": the author’s claim rests on the pal', () => {
    const q = quoteOf(r, 'Harry has been sleeping badly since the funeral');
    const c = claimOf(r, 'According to a pal, Harry has been sleeping badly since the funeral.');
    assert.equal(c.voice, 'author');
    assert.equal(c.content, 'fact');
    assert.equal(c.quoteId, q.id);
    assert.equal(c.attribution?.sourceId, q.sourceId);
    assert.equal(r.sources.find((s) => s.id === c.attribution?.sourceId)?.name, 'a pal');
    assert.deepEqual(c.about, [harry.id]);
  });

  test('"…, according to a pal." is one claim with the pal as its attribution', () => {
    const text = 'Harry has hired a new team of lawyers in Los Angeles, according to a pal.';
    const r2 = analyze(text);
    assert.equal(r2.claims.length, 1);
    assert.equal(r2.claims[0]!.attribution?.kind, 'anonymous');
  });
});

describe('voice: quoted inside quotations, author otherwise', () => {
  test("direct quotations make quoted claims with the quotation's source and id", () => {
    for (const content of [
      'I just want my brother back,',
      'Honestly, I definitely miss him every single day.',
    ]) {
      const q = quoteOf(r, content);
      // the claim leaves out the comma that joins the quotation to "Harry told friends"
      const c = claimOf(r, content.replace(/,$/, ''));
      assert.equal(c.voice, 'quoted');
      assert.equal(c.quoteId, q.id);
      assert.equal(c.attribution?.sourceId, q.sourceId);
      assert.notEqual(c.attribution, null);
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

  test("a claim is quoted when its sentence opens inside a quotation, the author's otherwise", () => {
    for (const c of r.claims) {
      const inQuote = r.quotes.some((q) => q.kind === 'direct' && q.start <= c.start && c.end <= q.end);
      assert.equal(c.voice, inQuote ? 'quoted' : 'author', at(r, c));
      if (c.voice === 'quoted') assert.ok(c.quoteId && c.attribution, at(r, c));
      if (c.attribution)
        assert.equal(r.sources.find((s) => s.id === c.attribution!.sourceId)?.kind, c.attribution.kind);
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
