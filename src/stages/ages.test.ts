/**
 * One age function for the entities stage (which person "the 40-year-old" is) and the checks stage
 * (is "Lena Vark, 40" right?): both read `ageRange`, so a partial birth date gives the same answer in
 * both — before, the resolver ignored a birth year without a day while the check used it.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseArticle } from '../article.ts';
import type { KbPerson } from '../kb/types.ts';
import { buildKb } from '../kb/load.ts';
import { standard } from '../pipeline/presets.ts';
import { docBefore, runStage } from '../pipeline/processor.ts';
import { ageRange, parseDay } from './dates/days.ts';
import { checksStage } from './checks/stage.ts';
import { entitiesStage } from './entities/stage.ts';

const person = (id: string, name: string, born: string | null): KbPerson => ({
  kind: 'person',
  id,
  name,
  aliases: [],
  titles: [],
  gender: 'female',
  born,
  died: null,
  spouses: [],
  parents: [],
  children: [],
  siblings: [],
  occupations: [],
});

describe('ageRange', () => {
  const on = parseDay('2024-10-08');
  test('a full birth date gives one age, the day before and on the birthday', () => {
    assert.deepEqual(ageRange('1984-10-09', on), [39, 39]);
    assert.deepEqual(ageRange('1984-10-08', on), [40, 40]);
  });
  test('a birth month gives one age when the month is past, two when it is the current month', () => {
    assert.deepEqual(ageRange('1984-09', on), [40, 40]);
    assert.deepEqual(ageRange('1984-10', on), [39, 40]);
    assert.deepEqual(ageRange('1984-11', on), [39, 39]);
  });
  test('a birth year gives the two ages the person may be', () => {
    assert.deepEqual(ageRange('1984', on), [39, 40]);
  });
  test('no birth date or no day gives null', () => {
    assert.equal(ageRange(null, on), null);
    assert.equal(ageRange('1984', null), null);
    assert.equal(ageRange('soon', on), null);
  });
});

describe('partial birth dates agree between the entities and checks stages', () => {
  // Two women known only by birth year; only one can be 40 on the article's date. The old resolver
  // ignored year-only birth dates and gave the epithet to the nearest woman, Mira Solt.
  const kb = buildKb([person('lena-vark', 'Lena Vark', '1984'), person('mira-solt', 'Mira Solt', '1990')]);
  const text = 'Lena Vark and Mira Solt arrived together. The 40-year-old waved to the crowd.';
  const article = parseArticle({ text, date: '2024-10-08' });
  assert.ok(article.ok);

  test('the entities stage gives the epithet to the person whose birth year allows 40', () => {
    const doc = docBefore(standard, 'entities', article.value, kb);
    const found = runStage(entitiesStage, doc);
    const at = text.indexOf('The 40-year-old');
    const m = found.mentions?.find((x) => x.start === at);
    assert.ok(m, 'the epithet is a mention');
    const e = found.entities?.find((x) => x.id === m.entityId);
    assert.equal(e?.kbId, 'lena-vark');
    assert.deepEqual(
      found.ages?.map((a) => [text.slice(a.start, a.end), a.age, a.form]),
      [['The 40-year-old', 40, 'epithet']],
    );
  });

  test('the checks stage finds the stated age consistent with the birth year', () => {
    const t2 = 'Lena Vark, 40, arrived. Mira Solt, 34, followed.';
    const a2 = parseArticle({ text: t2, date: '2024-10-08' });
    assert.ok(a2.ok);
    const doc = docBefore(standard, 'checks', a2.value, kb);
    const checks = runStage(checksStage, doc).checks ?? [];
    assert.deepEqual(
      checks.map((c) => [t2.slice(c.span.start, c.span.end), c.kind, c.status]),
      [
        ['Lena Vark, 40', 'age', 'consistent'],
        ['Mira Solt, 34', 'age', 'consistent'],
      ],
    );
    assert.match(checks[0]!.detail, /was 39 or 40 on 2024-10-08/);
  });
});
