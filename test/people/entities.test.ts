/**
 * Entities: every form a person is named in (titles and styles, appositive ages, epithets,
 * possessives, plain new names), aliases clustered into one entity, pronouns, organizations, events
 * and places, KB ids and gender. Fixtures: wales-awards.txt (royals) and velvet-split.txt (invented
 * celebrities).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze, type FullReport as Report, type Span } from '../../src/index.ts';
import {
  at,
  entityAt,
  entityByKb,
  entityNamed,
  entityOf,
  mentionTexts,
  report,
  spanIn,
  spanOf,
} from './helpers.ts';

/** The checks of one kind whose span is exactly `span`. */
const checksAt = (r: Report, kind: string, span: Span) =>
  r.checks.filter((c) => c.kind === kind && c.span.start === span.start && c.span.end === span.end);

describe('titles and styles (wales-awards.txt)', () => {
  const r = report('wales-awards.txt');

  test('"Catherine, Princess of Wales" is one mention of the KB person catherine, female', () => {
    const e = entityOf(r, 'Catherine, Princess of Wales');
    assert.equal(e.kind, 'person');
    assert.equal(e.kbId, 'catherine');
    assert.equal(e.name, 'Catherine, Princess of Wales');
    assert.equal(e.gender, 'female');
    // the style is not split off into a second mention
    assert.ok(!e.mentions.some((m) => at(r, m) === 'Princess of Wales'));
  });

  test('"Prince William" → William, Prince of Wales, male', () => {
    const e = entityOf(r, 'Prince William');
    assert.equal(e.kind, 'person');
    assert.equal(e.kbId, 'prince-william');
    assert.equal(e.name, 'William, Prince of Wales');
    assert.equal(e.gender, 'male');
  });

  test('"King Charles" → Charles III, male', () => {
    const e = entityOf(r, 'King Charles');
    assert.equal(e.kbId, 'charles-iii');
    assert.equal(e.name, 'Charles III');
    assert.equal(e.gender, 'male');
  });

  test('"Queen Camilla" → camilla, female', () => {
    const e = entityOf(r, 'Queen Camilla');
    assert.equal(e.kbId, 'camilla');
    assert.equal(e.gender, 'female');
  });

  test('"the Duke of Sussex" (with its article) → Prince Harry, Duke of Sussex', () => {
    const e = entityOf(r, 'the Duke of Sussex');
    assert.equal(e.kbId, 'prince-harry');
    assert.equal(e.name, 'Prince Harry, Duke of Sussex');
    assert.equal(e.gender, 'male');
  });

  test('"Meghan Markle" → Meghan, Duchess of Sussex, female', () => {
    const e = entityOf(r, 'Meghan Markle');
    assert.equal(e.kbId, 'meghan');
    assert.equal(e.name, 'Meghan, Duchess of Sussex');
    assert.equal(e.gender, 'female');
  });
});

describe('aliases clustered into one entity (wales-awards.txt)', () => {
  const r = report('wales-awards.txt');

  test('Catherine, Princess of Wales = the 42-year-old = Kate = the Princess of Wales = Catherine (caption)', () => {
    const e = entityByKb(r, 'catherine');
    assert.equal(r.entities.filter((x) => x.kbId === 'catherine').length, 1);
    assert.deepEqual(e.mentions, [
      spanOf(r.text, 'Catherine, Princess of Wales'),
      spanOf(r.text, 'The 42-year-old'),
      spanIn(r.text, 'as she chatted', 'she'),
      spanIn(r.text, "Kate's emerald", 'Kate'),
      spanOf(r.text, 'the Princess of Wales'),
      spanIn(r.text, 'Prince William and Catherine arrive', 'Catherine'),
    ]);
    assert.deepEqual(mentionTexts(r, e), [
      'Catherine, Princess of Wales',
      'The 42-year-old',
      'she',
      'Kate',
      'the Princess of Wales',
      'Catherine',
    ]);
  });

  test('The Duke of Sussex = Prince Harry = the Duke of Sussex, one entity', () => {
    const e = entityByKb(r, 'prince-harry');
    assert.equal(r.entities.filter((x) => x.kbId === 'prince-harry').length, 1);
    for (const span of [
      spanOf(r.text, 'The Duke of Sussex'),
      spanOf(r.text, 'Prince Harry'),
      spanOf(r.text, 'the Duke of Sussex'),
    ])
      assert.equal(entityAt(r, span).id, e.id, `${at(r, span)} is not Prince Harry`);
  });

  test('"Harry, 40" in a royal story is Prince Harry too, not another Harry in the KB', () => {
    const e = entityAt(r, spanIn(r.text, 'Harry, 40', 'Harry'));
    assert.equal(e.kbId, 'prince-harry');
    assert.equal(e.id, entityOf(r, 'The Duke of Sussex').id);
    assert.ok(!r.entities.some((x) => x.kbId === 'harry-styles'), 'Harry Styles is not in this story');
  });

  test('"Prince William" in the body and in the caption are one entity', () => {
    const e = entityByKb(r, 'prince-william');
    // "his brother" (Harry's) is William too, by the knowledge base's relations
    assert.deepEqual(e.mentions, [
      spanOf(r.text, 'Prince William'),
      spanOf(r.text, 'his brother'),
      spanIn(r.text, 'Prince William and Catherine arrive', 'Prince William'),
    ]);
  });
});

describe('appositive ages (recorded for the age checks)', () => {
  test('"Prince William, 42," is a mention without the age, and a consistent age check on "Prince William, 42"', () => {
    const text = 'date 2024-10-08 Prince William, 42, opened the new hospice wing in Norfolk on Monday.';
    const r = analyze(text);
    const e = entityOf(r, 'Prince William');
    assert.equal(e.kbId, 'prince-william');
    assert.deepEqual(e.mentions, [spanOf(text, 'Prince William')]);
    const checks = checksAt(r, 'age', spanOf(text, 'Prince William, 42'));
    assert.equal(checks.length, 1);
    assert.equal(checks[0]!.status, 'consistent');
  });

  test('"Kate, 45," is flagged: the age check is inconsistent (Kate was 42)', () => {
    const text = 'date 2024-10-08 Kate, 45, opened the new hospice wing in Norfolk on Monday.';
    const r = analyze(text);
    assert.equal(entityOf(r, 'Kate').kbId, 'catherine');
    const checks = checksAt(r, 'age', spanOf(text, 'Kate, 45'));
    assert.equal(checks.length, 1);
    assert.equal(checks[0]!.status, 'inconsistent');
    assert.match(checks[0]!.detail, /42/);
  });

  test('"Merritt, 35" (a person the KB does not know) → mention "Merritt" and an unverifiable age check', () => {
    const r = report('wales-awards.txt');
    const e = entityAt(r, spanIn(r.text, 'Merritt, 35', 'Merritt'));
    assert.equal(e.name, 'Jade Merritt');
    const checks = checksAt(r, 'age', spanOf(r.text, 'Merritt, 35'));
    assert.equal(checks.length, 1);
    assert.equal(checks[0]!.status, 'unverifiable');
  });

  test('"Harry, 40" in a story dated 2024-10-08 checks out against Prince Harry (born 1984-09-15)', () => {
    const r = report('wales-awards.txt');
    const checks = checksAt(r, 'age', spanOf(r.text, 'Harry, 40'));
    assert.equal(checks.length, 1);
    assert.equal(checks[0]!.status, 'consistent', checks[0]!.detail);
  });

  test('no age check is made where no age is given beside a name', () => {
    const r = report('wales-awards.txt');
    assert.deepEqual(
      r.checks.filter((c) => c.kind === 'age').map((c) => at(r, c.span)),
      ['The 42-year-old', 'Harry, 40', 'Merritt, 35'],
    );
  });
});

describe('epithets', () => {
  test('"The 42-year-old" → Kate, with a consistent age check on the epithet (wales-awards.txt)', () => {
    const r = report('wales-awards.txt');
    assert.equal(entityOf(r, 'The 42-year-old').kbId, 'catherine');
    const checks = checksAt(r, 'age', spanOf(r.text, 'The 42-year-old'));
    assert.equal(checks.length, 1);
    assert.equal(checks[0]!.status, 'consistent');
  });

  test('"the 42-year-old" skips the nearer man who is 40 on the article date and finds Kate', () => {
    const text =
      'date 2024-10-08 Kate arrived with Prince Harry at the gala in London. The 42-year-old smiled.';
    const r = analyze(text);
    assert.equal(entityOf(r, 'The 42-year-old').kbId, 'catherine');
    assert.notEqual(entityOf(r, 'The 42-year-old').id, entityOf(r, 'Prince Harry').id);
  });

  test('"The actress" → the nearest woman (Tamsin Rook), not the man named last (velvet-split.txt)', () => {
    const r = report('velvet-split.txt');
    const e = entityOf(r, 'The actress');
    assert.equal(e.name, 'Tamsin Rook');
    assert.equal(e.kind, 'person');
  });

  test('"The actress" after "Meghan Markle arrived with Prince Harry" is Meghan', () => {
    const text = 'Meghan Markle arrived with Prince Harry. The actress wore white.';
    const r = analyze(text);
    assert.deepEqual(entityOf(r, 'Meghan Markle').mentions, [
      spanOf(text, 'Meghan Markle'),
      spanOf(text, 'The actress'),
    ]);
  });

  test('"The Velvet Lane star … without him" is the actress, not the man "him" points to (velvet-split.txt)', {
    todo: 'the object pronoun "him" later in the sentence is read as the epithet\'s own gender, so the epithet goes to Oscar Flint',
  }, () => {
    const r = report('velvet-split.txt');
    assert.equal(entityOf(r, 'The Velvet Lane star').name, 'Tamsin Rook');
  });

  test('the show title inside "The Velvet Lane star" is not a person (velvet-split.txt)', () => {
    const r = report('velvet-split.txt');
    assert.deepEqual(
      r.entities.filter((e) => e.kind === 'person' && e.name === 'Velvet Lane'),
      [],
    );
  });
});

describe('possessives', () => {
  test('"Kate\'s" → a mention "Kate" that stops before the \'s (wales-awards.txt)', () => {
    const r = report('wales-awards.txt');
    const span = spanIn(r.text, "Kate's emerald", 'Kate');
    assert.equal(entityAt(r, span).kbId, 'catherine');
    assert.ok(!r.entities.some((e) => e.mentions.some((m) => at(r, m) === "Kate's")));
  });

  test('"Rook\'s publicist" → a mention "Rook" of Tamsin Rook (velvet-split.txt)', () => {
    const r = report('velvet-split.txt');
    assert.equal(entityAt(r, spanIn(r.text, "Rook's publicist", 'Rook')).name, 'Tamsin Rook');
  });

  test('curly possessive "Meghan’s" → mention "Meghan"', () => {
    const text = 'Meghan’s new show starts in May.';
    const r = analyze(text);
    assert.deepEqual(entityByKb(r, 'meghan').mentions, [spanOf(text, 'Meghan')]);
  });
});

describe('names never seen before (wales-awards.txt)', () => {
  const r = report('wales-awards.txt');

  test('"Jade Merritt" … "Merritt" … "Jade" … "she" are one person, female by her given name, not in the KB', () => {
    const e = entityNamed(r, 'Jade Merritt');
    assert.equal(e.kind, 'person');
    assert.equal(e.kbId, null);
    assert.equal(e.gender, 'female');
    assert.deepEqual(e.mentions, [
      spanOf(r.text, 'Jade Merritt'),
      spanIn(r.text, 'Merritt, 35', 'Merritt'),
      spanIn(r.text, 'Jade now runs', 'Jade'),
      spanIn(r.text, 'and she still sends', 'she'),
    ]);
  });

  test('an unknown two-word name with a male given name gets male', () => {
    const text = 'Oscar Flint has moved to London.';
    const r = analyze(text);
    const e = entityOf(r, 'Oscar Flint');
    assert.equal(e.kind, 'person');
    assert.equal(e.gender, 'male');
    assert.equal(e.kbId, null);
  });

  test('a woman whose given name is unknown learns her gender from "her boyfriend", "The actress" and "she" (velvet-split.txt)', () => {
    const v = report('velvet-split.txt');
    assert.equal(entityNamed(v, 'Tamsin Rook').gender, 'female');
  });
});

describe('pronouns (she and he with two people of different gender)', () => {
  test('"Prince William waved at Kate before she stepped inside, and he followed her"', () => {
    const text =
      'Prince William waved at Kate before she stepped inside, and he followed her a minute later.';
    const r = analyze(text);
    const william = entityOf(r, 'Prince William');
    const kate = entityOf(r, 'Kate');
    assert.deepEqual(kate.mentions, [spanOf(text, 'Kate'), spanOf(text, 'she'), spanOf(text, 'her')]);
    assert.deepEqual(william.mentions, [spanOf(text, 'Prince William'), spanIn(text, 'and he', 'he')]);
  });

  test('"She" after Kate and William were both named (wales-awards.txt)', () => {
    const r = report('wales-awards.txt');
    assert.equal(entityAt(r, spanIn(r.text, 'as she chatted', 'she')).kbId, 'catherine');
  });

  test('"He" after King Charles, with Queen Camilla later in the sentence (wales-awards.txt)', () => {
    const r = report('wales-awards.txt');
    assert.equal(entityAt(r, spanIn(r.text, 'He was at Sandringham', 'He')).kbId, 'charles-iii');
  });

  test('"she" after Meghan Markle, not the Duke of Sussex later in the sentence (wales-awards.txt)', () => {
    const r = report('wales-awards.txt');
    assert.equal(entityAt(r, spanIn(r.text, 'where she waits', 'she')).kbId, 'meghan');
  });

  test('given names decide: "Jade Merritt met Oscar Flint … He proposed … she accepted"', () => {
    const text = 'Jade Merritt met Oscar Flint in London. He proposed at dinner and she accepted at once.';
    const r = analyze(text);
    assert.equal(entityAt(r, spanOf(text, 'He')).name, 'Oscar Flint');
    assert.equal(entityAt(r, spanOf(text, 'she')).name, 'Jade Merritt');
  });

  test('"Flint and Rook met …, and he proposed" → two people, and "he" is Oscar Flint (velvet-split.txt)', () => {
    const r = report('velvet-split.txt');
    assert.equal(entityAt(r, spanIn(r.text, 'Flint and Rook', 'Flint')).name, 'Oscar Flint');
    assert.equal(entityAt(r, spanIn(r.text, 'Flint and Rook', 'Rook')).name, 'Tamsin Rook');
    assert.equal(entityAt(r, spanIn(r.text, 'and he proposed', 'he')).name, 'Oscar Flint');
  });
});

describe('organizations, events and places', () => {
  test('a photo agency in a caption credit is an organization whose mention is the credit (wales-awards.txt)', () => {
    const r = report('wales-awards.txt');
    const e = entityOf(r, 'Shutterstock');
    assert.equal(e.kind, 'organization');
    assert.equal(e.kbId, null);
    assert.equal(e.gender, null);
    assert.deepEqual(e.mentions, [r.captions[0]!.creditSpan]);
  });

  test('"Backgrid" in a caption is an organization (velvet-split.txt)', () => {
    const r = report('velvet-split.txt');
    assert.equal(entityOf(r, 'Backgrid').kind, 'organization');
  });

  test('"the WellChild Awards" is an event, one entity for body and caption (wales-awards.txt)', () => {
    const r = report('wales-awards.txt');
    const e = entityOf(r, 'WellChild Awards');
    assert.equal(e.kind, 'event');
    assert.equal(e.name, 'WellChild Awards');
    assert.deepEqual(e.mentions, [spanOf(r.text, 'WellChild Awards'), spanOf(r.text, 'WellChild Awards', 2)]);
  });

  test('"Page Six" is an outlet organization (velvet-split.txt)', () => {
    const r = report('velvet-split.txt');
    const e = entityOf(r, 'Page Six');
    assert.equal(e.kind, 'organization');
    assert.equal(e.name, 'Page Six');
  });

  test('"Kensington Palace" and "Harbour Lights Trust" are organizations', () => {
    const text = 'Kensington Palace thanked Harbour Lights Trust for the flowers.';
    const r = analyze(text);
    assert.equal(entityOf(r, 'Kensington Palace').kind, 'organization');
    assert.equal(entityOf(r, 'Harbour Lights Trust').kind, 'organization');
  });

  test('"Us Weekly" is an outlet organization with the whole name (wales-awards.txt)', () => {
    const r = report('wales-awards.txt');
    const e = entityOf(r, 'Us Weekly');
    assert.equal(e.kind, 'organization');
    assert.equal(e.name, 'Us Weekly');
  });

  test('London, California, Montecito, Sandringham and Windsor are places (wales-awards.txt)', () => {
    const r = report('wales-awards.txt');
    for (const name of ['London', 'California', 'Montecito', 'Sandringham', 'Windsor']) {
      const e = entityOf(r, name);
      assert.equal(e.kind, 'place', name);
      assert.equal(e.name, name);
      assert.equal(e.kbId, null);
    }
    assert.equal(entityOf(r, 'London').mentions.length, 2);
  });

  test('"New York" is a place, not a person called "York" (velvet-split.txt)', () => {
    const r = report('velvet-split.txt');
    assert.equal(entityOf(r, 'New York').kind, 'place');
    assert.ok(!r.entities.some((e) => e.kind === 'person' && e.name === 'York'));
  });
});

describe('kbId and gender across a report', () => {
  test('every KB person in wales-awards.txt has the KB gender; places and organizations have none', () => {
    const r = report('wales-awards.txt');
    const genders = Object.fromEntries(
      r.entities.filter((e) => e.kbId && e.kbId !== 'harry-styles').map((e) => [e.kbId, e.gender]),
    );
    assert.deepEqual(genders, {
      catherine: 'female',
      'prince-william': 'male',
      'charles-iii': 'male',
      camilla: 'female',
      'prince-harry': 'male',
      meghan: 'female',
    });
    for (const e of r.entities.filter((x) => x.kind !== 'person')) assert.equal(e.gender, null, e.name);
  });

  test('every mention of every entity lies inside the article body and covers its name or a reference', () => {
    const r = report('wales-awards.txt');
    const body = r.paragraphs[0]!.start;
    for (const e of r.entities)
      for (const m of e.mentions) {
        assert.ok(m.start >= body && m.end > m.start, `${e.name}: ${JSON.stringify(m)}`);
        assert.equal(at(r, m).trim(), at(r, m), `${e.name}: mention with spaces around it`);
      }
  });
});
