/**
 * The entities stage's thresholds named in options.ts that thresholds.test.ts (src/stages) does not
 * cover: each pinned by a fixture just inside and one just outside, run through the stage itself.
 * Moving a default by one step fails one of each pair; the override cases show the option reaches
 * its rule.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseArticle } from '../../article.ts';
import { bundledKb } from '../../kb/load.ts';
import type { Doc } from '../../pipeline/doc.ts';
import { standard } from '../../pipeline/presets.ts';
import { docBefore, runStage } from '../../pipeline/processor.ts';
import type { EntityOptions } from './options.ts';
import { entitiesStage } from './stage.ts';

const before = (text: string): Doc => {
  const a = parseArticle({ text, date: '2024-10-08' });
  if (!a.ok) throw a.error;
  return docBefore(standard, 'entities', a.value, bundledKb());
};
const run = (text: string, o: Partial<EntityOptions> = {}) => runStage(entitiesStage, before(text), o);

describe('maxNameTokens (12)', () => {
  // invented capitalised words: in no word list, so only the run's length decides where a name ends
  const WORDS = 'Zorva Quelb Marrix Tovell Brenic Yastro Pellum Druvak Ossing Kelmar Fanteq Vubrin Gashel';
  const names = (n: number, o: Partial<EntityOptions> = {}): string[] => {
    const text = `Yesterday we met ${WORDS.split(' ').slice(0, n).join(' ')} at noon.`;
    return (run(text, o).entities ?? []).map((e) => e.name);
  };
  const twelve = WORDS.split(' ').slice(0, 12).join(' ');
  test('a run of 12 capitalised words is one name', () => assert.deepEqual(names(12), [twelve]));
  test('a run of 13 is cut after 12', () => {
    assert.deepEqual(names(13), [twelve, 'Gashel']);
    assert.deepEqual(names(13, { maxNameTokens: 13 }), [WORDS]);
  });
});

/** The epithet mentions as "span→entity name". */
const epithets = (text: string, o: Partial<EntityOptions> = {}): string[] => {
  const f = run(text, o);
  return (f.mentions ?? [])
    .filter((m) => m.form === 'epithet')
    .map((m) => `${text.slice(m.start, m.end)}→${f.entities?.find((e) => e.id === m.entityId)?.name}`);
};

describe('epithetReach (3 words)', () => {
  test('a role noun 3 words after "the" makes an epithet', () =>
    assert.deepEqual(epithets('Emma Stone arrived. The brilliant Welsh actress smiled.'), [
      'The brilliant Welsh actress→Emma Stone',
    ]));
  test('4 words after, it does not', () => {
    const text = 'Emma Stone arrived. The brilliant Welsh Emmy actress smiled.';
    assert.deepEqual(epithets(text), []);
    assert.deepEqual(epithets(text, { epithetReach: 4 }), ['The brilliant Welsh Emmy actress→Emma Stone']);
  });
});

describe('relationModifiers (2 words)', () => {
  /** The relations stated with a possessive ("His … wife, Meghan Markle"). */
  const owned = (text: string, o: Partial<EntityOptions> = {}): string[] =>
    (run(text, o).relations ?? [])
      .map((r) => `${text.slice(r.start, r.end)}:${r.relation}`)
      .filter((r) => r.startsWith('His'));
  test('two lower-case words between "his" and "wife" are passed over', () =>
    assert.deepEqual(owned('Prince Harry arrived. His controversial new wife, Meghan Markle, waved.'), [
      'His controversial new wife, Meghan Markle:wife',
    ]));
  test('three are not', () => {
    const text = 'Prince Harry arrived. His controversial young new wife, Meghan Markle, waved.';
    assert.deepEqual(owned(text), []);
    assert.deepEqual(owned(text, { relationModifiers: 3 }), [
      'His controversial young new wife, Meghan Markle:wife',
    ]);
  });
});
