/**
 * Named thresholds of the entities, language, dates, captions and score stages, each pinned by a
 * fixture just inside and one just outside, run through the stage itself (the checks stage's are in
 * checks.thresholds.test.ts). Moving a default by one step fails one of each pair.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseArticle } from '../article.ts';
import { bundledKb } from '../kb/load.ts';
import type { Doc } from '../pipeline/doc.ts';
import { standard } from '../pipeline/presets.ts';
import { docBefore, runStage } from '../pipeline/processor.ts';
import { band } from '../score/model.ts';
import { captionsStage } from './captions/stage.ts';
import { datesStage } from './dates/stage.ts';
import { entitiesStage } from './entities/stage.ts';
import { languageStage } from './language/stage.ts';
import { scoreStage } from './score/stage.ts';

const before = (stage: string, text: string): Doc => {
  const a = parseArticle({ text, date: '2024-10-08' });
  if (!a.ok) throw a.error;
  return docBefore(standard, stage, a.value, bundledKb());
};
const fill = (n: number): string => ' Rain fell.'.repeat(n);

describe('entities: resolveReach (40 sentences)', () => {
  /** The entity the last "He" points to, when it comes `gap` sentences after the name. */
  const he = (gap: number, o = {}): string | null | undefined => {
    const text = `Prince Harry arrived.${fill(gap - 1)} He smiled.`;
    const found = runStage(entitiesStage, before('entities', text), o);
    const m = found.mentions?.find((x) => x.start === text.lastIndexOf('He'));
    return m && found.entities?.find((e) => e.id === m.entityId)?.kbId;
  };
  test('40 sentences on, "He" is still Harry', () => assert.equal(he(40), 'prince-harry'));
  test('41 sentences on, it is no one', () => {
    assert.equal(he(41), undefined);
    assert.equal(he(41, { resolveReach: 41 }), 'prince-harry');
  });
});

describe('entities: weakNameReach (2 sentences)', () => {
  // "Tamsin Brook" is a name known only by its capitals (no KB record, title or listed first name)
  const she = (gap: number, o = {}): string | undefined => {
    const text = `Tamsin Brook arrived.${fill(gap - 1)} She smiled.`;
    const found = runStage(entitiesStage, before('entities', text), o);
    const m = found.mentions?.find((x) => x.start === text.lastIndexOf('She'));
    return m && found.entities?.find((e) => e.id === m.entityId)?.name;
  };
  test('2 sentences on, "She" takes the weak name', () => assert.equal(she(2), 'Tamsin Brook'));
  test('3 sentences on, it does not', () => {
    assert.equal(she(3), undefined);
    assert.equal(she(3, { weakNameReach: 3 }), 'Tamsin Brook');
  });
});

describe('entities: maxAge (119)', () => {
  const ages = (n: number, o = {}): number[] =>
    (runStage(entitiesStage, before('entities', `Prince Harry, ${n}, arrived.`), o).ages ?? []).map(
      (a) => a.age,
    );
  test('"Harry, 119" is an age', () => assert.deepEqual(ages(119), [119]));
  test('"Harry, 120" is not', () => {
    assert.deepEqual(ages(120), []);
    assert.deepEqual(ages(120, { maxAge: 120 }), [120]);
  });
});

describe('language: allCapsMinLength (4) and superlativeMinLength (5)', () => {
  // "wrest" and "jest" are in no word list: only the length rule decides
  const text = 'The FANS and the NBA cheered; they jest and wrest.';
  const found = (o = {}) => {
    const l = runStage(languageStage, before('language', text), o).language!;
    return {
      caps: l.allCaps.map((s) => text.slice(s.start, s.end)),
      superlatives: l.superlatives.map((s) => text.slice(s.start, s.end)),
    };
  };
  test('a 4-letter capitals word shouts, a 3-letter one is an acronym', () => {
    assert.deepEqual(found().caps, ['FANS']);
    assert.deepEqual(found({ allCapsMinLength: 3 }).caps, ['FANS', 'NBA']);
  });
  test('a 5-letter -est word is read as a superlative, a 4-letter one is not', () => {
    assert.deepEqual(found().superlatives, ['wrest']);
    assert.deepEqual(found({ superlativeMinLength: 4 }).superlatives, ['jest', 'wrest']);
  });
});

describe('dates: earliestYear (1800) and latestYear (2099)', () => {
  const year = (y: number, o = {}): (string | null)[] =>
    (runStage(datesStage, before('dates', `It began in ${y}.`), o).dates ?? []).map((d) => d.resolved);
  test('1800 and 2099 are years', () => {
    assert.deepEqual(year(1800), ['1800']);
    assert.deepEqual(year(2099), ['2099']);
  });
  test('1799 and 2100 are not', () => {
    assert.deepEqual(year(1799), []);
    assert.deepEqual(year(2100), []);
    assert.deepEqual(year(1799, { earliestYear: 1799 }), ['1799']);
    assert.deepEqual(year(2100, { latestYear: 2100 }), ['2100']);
  });
  // "mid-2099" is read by the year-word matcher, which keeps to the same options as a bare year
  const mid = (y: number, o = {}): (string | null)[] =>
    (runStage(datesStage, before('dates', `The plan dates from mid-${y}.`), o).dates ?? []).map(
      (d) => d.resolved,
    );
  test('a year word ("mid-1800", "mid-2099") keeps to the same range', () => {
    assert.deepEqual(mid(1800), ['1800']);
    assert.deepEqual(mid(2099), ['2099']);
    assert.deepEqual(mid(2100), []);
    assert.deepEqual(mid(2100, { latestYear: 2100 }), ['2100']);
    assert.deepEqual(mid(1799, { earliestYear: 1799 }), ['1799']);
  });
});

describe('captions: maxLength (400)', () => {
  const credit = ' (Photo: Getty)';
  const captions = (length: number, o = {}): number[] => {
    const text = `Story starts here.\n\n${'A'.repeat(length - credit.length)}${credit}\n\nMore text.`;
    return (runStage(captionsStage, before('captions', text), o).captions ?? []).map((c) => c.end - c.start);
  };
  test('a 400-character paragraph ending in a credit is a caption', () =>
    assert.deepEqual(captions(400), [400]));
  test('a 401-character one is prose', () => {
    assert.deepEqual(captions(401), []);
    assert.deepEqual(captions(401, { maxLength: 401 }), [401]);
  });
});

describe('score: wellSupportedFrom (7) and partlySupportedFrom (5)', () => {
  test('the bands begin at 7 and 5', () => {
    assert.equal(band(7), 'well supported');
    assert.equal(band(6.9), 'partly supported');
    assert.equal(band(5), 'partly supported');
    assert.equal(band(4.9), 'likely unreliable');
  });
  test('the stage bands its own score with its options', () => {
    const doc = before('score', '"We are fine," Kim Kardashian told People on Monday. She smiled.');
    const value = runStage(scoreStage, doc).score!.value;
    assert.equal(runStage(scoreStage, doc, { wellSupportedFrom: value }).score?.band, 'well supported');
    assert.equal(
      runStage(scoreStage, doc, { wellSupportedFrom: value + 0.1, partlySupportedFrom: value }).score?.band,
      'partly supported',
    );
    assert.equal(
      runStage(scoreStage, doc, { wellSupportedFrom: 10, partlySupportedFrom: value + 0.1 }).score?.band,
      'likely unreliable',
    );
  });
});
