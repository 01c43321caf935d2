/**
 * Two readings fixed in the eighth round, on invented sentences, through the stages that make them:
 * a listener named by a lower-case noun phrase ("told the magazine that …") is skipped like a named
 * one, and a role noun before a given name ("Singer Ava Quill") describes the person instead of
 * joining the name, so later mentions ("Ava Quill") meet the same entity.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseArticle } from '../src/article.ts';
import { bundledKb } from '../src/kb/load.ts';
import { standard } from '../src/pipeline/presets.ts';
import { docBefore, runStage } from '../src/pipeline/processor.ts';
import { quotationRows } from '../src/stages/attribution/fixture.ts';
import { entitiesStage } from '../src/stages/entities/stage.ts';

describe('a listener in lower case', () => {
  test('"A source told the magazine that …" is reported speech of the anonymous source', () => {
    assert.deepEqual(
      quotationRows('A source told the magazine that the couple quietly split in April.', true),
      [['indirect', 'the couple quietly split in April', 'A source', 'A source', 'anonymous', 'cue', 'told']],
    );
  });
  test('a bare plural listener: "The singer told reporters that …"', () => {
    assert.deepEqual(
      quotationRows('Later that night, the singer told reporters that the tour would go on.', true),
      [['indirect', 'the tour would go on', 'the singer', 'the singer', 'anonymous', 'cue', 'told']],
    );
  });
  test('without a "that" the object is no listener and nothing is reported', () => {
    assert.deepEqual(quotationRows('A source told the magazine about the split.', true), []);
  });
});

describe('a role noun before a given name', () => {
  const entities = (text: string): [string, string, string[]][] => {
    const a = parseArticle({ text, date: '2024-10-08' });
    if (!a.ok) throw a.error;
    const f = runStage(entitiesStage, docBefore(standard, 'entities', a.value, bundledKb()), {});
    return (f.entities ?? []).map((e) => [e.kind, e.name, e.mentions.map((m) => text.slice(m.start, m.end))]);
  };
  test('"Singer Ava Quill … Ava Quill" is one person, named without the role', () => {
    const text = 'Singer Ava Quill released an album on Friday. Ava Quill was proud of it.';
    assert.deepEqual(entities(text), [['person', 'Ava Quill', ['Ava Quill', 'Ava Quill']]]);
  });
  test('"Actress Mia Long" likewise', () => {
    const text = 'Actress Mia Long arrived late. Later, Mia Long waved to fans.';
    assert.deepEqual(entities(text), [['person', 'Mia Long', ['Mia Long', 'Mia Long']]]);
  });
  test('a role word before a word that is no given name stays in the name', () => {
    const text = 'Yesterday, Designer Brands Ltd opened a store in town.';
    assert.deepEqual(entities(text), [['organization', 'Designer Brands Ltd', ['Designer Brands Ltd']]]);
  });
});
