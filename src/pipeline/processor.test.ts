/**
 * The stage contract: a processor refuses a preset that cannot run (a need no earlier stage gives, two
 * writers of a slot, a bad option), every declared stage reads and writes only what it declares, and
 * a partial preset gives a report without the sections it does not compute.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { z } from 'zod';
import { goldenArticles } from '../../scripts/golden.ts';
import { parseArticle } from '../article.ts';
import { HearsayError } from '../errors.ts';
import { analyze } from '../index.ts';
import { bundledKb } from '../kb/load.ts';
import { Report, REPORT_SECTIONS } from '../report/schema.ts';
import { segmentStage } from '../segment/index.ts';
import { captionsStage } from '../stages/captions/stage.ts';
import { datesStage } from '../stages/dates/stage.ts';
import { scoreStage } from '../stages/score/stage.ts';
import { spine, standard } from './presets.ts';
import { createProcessor, toReport, tryCreateProcessor } from './processor.ts';
import { defineStage } from './stage.ts';

const refusal = (fn: () => unknown): { code: string; message: string } => {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof HearsayError, `not a registry error: ${e}`);
    return { code: e.code, message: e.message };
  }
  assert.fail('the processor was built');
};

const article = (text: string) => {
  const a = parseArticle({ text, id: 't' });
  assert.ok(a.ok);
  return a.value;
};

describe('createProcessor checks the preset when it is built', () => {
  test('a stage whose need no earlier stage gives is refused', () => {
    assert.deepEqual(
      refusal(() => createProcessor([captionsStage, segmentStage])),
      {
        code: 'HS_STAGE_MISSING_NEED',
        message: 'stage captions needs paragraphs: add a stage that gives it earlier in the preset',
      },
    );
  });

  test('two writers of one slot are refused', () => {
    const rival = defineStage({
      name: 'rival-captions',
      about: 'a second writer of captions',
      needs: ['paragraphs'],
      gives: ['captions'],
      run: () => ({ captions: [] }),
    });
    assert.deepEqual(
      refusal(() => createProcessor([segmentStage, captionsStage, rival])),
      {
        code: 'HS_STAGE_TWO_WRITERS',
        message:
          'stages captions and rival-captions both give captions: each slot has one writer; remove one of them',
      },
    );
  });

  test('a stage listed twice is refused', () => {
    assert.equal(refusal(() => createProcessor([segmentStage, segmentStage])).code, 'HS_STAGE_DUPLICATE');
  });

  test('the old way of running dates and checks twice is refused', () => {
    assert.equal(refusal(() => createProcessor([...standard, datesStage])).code, 'HS_STAGE_DUPLICATE');
  });

  test('option overrides must name a stage and a field of the right type', () => {
    const stages = [segmentStage, captionsStage];
    assert.deepEqual(
      refusal(() => createProcessor(stages, { options: { nosuch: {} } })),
      {
        code: 'HS_STAGE_BAD_OPTIONS',
        message: 'bad stage options: no stage nosuch in the preset',
      },
    );
    const unknown = refusal(() => createProcessor(stages, { options: { captions: { maxLenght: 3 } } }));
    assert.equal(unknown.code, 'HS_STAGE_BAD_OPTIONS');
    assert.match(unknown.message, /^bad stage options: captions: .*maxLenght/);
    const wrongType = refusal(() =>
      createProcessor(stages, { options: { captions: { maxLength: 'long' } } }),
    );
    assert.equal(wrongType.code, 'HS_STAGE_BAD_OPTIONS');
    assert.match(wrongType.message, /^bad stage options: captions\.maxLength: /);
  });

  test('tryCreateProcessor returns the refusal as a value', () => {
    const r = tryCreateProcessor([scoreStage]);
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.error.code, 'HS_STAGE_MISSING_NEED');
  });

  test('the standard and spine presets are accepted', () => {
    assert.equal(tryCreateProcessor(standard).ok, true);
    assert.equal(tryCreateProcessor(spine).ok, true);
  });

  test('overrides reach the stage and defaults fill the rest', () => {
    const p = createProcessor([segmentStage, captionsStage], { options: { captions: { maxLength: 10 } } });
    assert.equal((p.options.get('captions') as { maxLength: number }).maxLength, 10);
    assert.deepEqual(p.options.get('segment'), {});
  });
});

describe('every stage reads and writes only what it declares', () => {
  const strict = createProcessor(standard, { strict: true });
  const plain = createProcessor(standard);
  const kb = bundledKb();
  for (const [name, file] of goldenArticles()) {
    test(`strict run of ${name} matches the plain run`, () => {
      const a = article(readFileSync(file, 'utf8'));
      assert.deepEqual(strict.run(a, kb), plain.run(a, kb));
    });
  }

  test('a stage that reads an undeclared slot is stopped', () => {
    const sneaky = defineStage({
      name: 'sneaky',
      about: 'reads sentences without saying so',
      needs: ['tokens'],
      gives: ['hedges'],
      run: (doc) => ({ hedges: doc.sentences.length ? [] : [] }),
    });
    const p = createProcessor([segmentStage, sneaky], { strict: true });
    assert.deepEqual(
      refusal(() => p.run(article('Some text here.'), kb)),
      {
        code: 'HS_STAGE_UNDECLARED',
        message: "stage sneaky reads sentences: declare it in the stage's needs or gives",
      },
    );
  });

  test('a stage that writes an undeclared slot is stopped', () => {
    const greedy = defineStage({
      name: 'greedy',
      about: 'gives hedges, also writes claims',
      needs: [],
      gives: ['hedges'],
      options: z.object({}),
      run: () => ({ hedges: [], claims: [] }) as { hedges: [] },
    });
    const p = createProcessor([greedy], { strict: true });
    assert.equal(
      refusal(() => p.run(article('Text.'), kb)).message,
      "stage greedy writes claims: declare it in the stage's needs or gives",
    );
  });
});

describe('a partial preset gives an honest partial report', () => {
  const text = 'Kim, 42, is furious, an insider says. "She is done," the source told us. She may move.';

  test('spine has quotations and sources but no summary, score, claims or checks', () => {
    const r = analyze(text, { preset: 'spine' });
    assert.equal(r.quotes?.length, 2);
    assert.ok(r.sources && r.sources.length > 0);
    for (const k of ['summary', 'score', 'claims', 'checks', 'hedges', 'dates', 'language'] as const) {
      assert.equal(k in r, false, `${k} should be absent`);
    }
    assert.doesNotThrow(() => Report.parse(r));
  });

  test('standard has every section', () => {
    const r = analyze(text);
    assert.deepEqual(
      REPORT_SECTIONS.filter((k) => r[k] === undefined),
      [],
    );
    assert.equal(r.summary.quotes, 2);
  });

  test('the JSON Schema requires only the header and marks every section optional', () => {
    const schema = JSON.parse(readFileSync('schema/report.schema.json', 'utf8')) as {
      required: string[];
      properties: Record<string, unknown>;
    };
    assert.deepEqual([...schema.required].sort(), ['id', 'meta', 'schemaVersion', 'text']);
    for (const k of REPORT_SECTIONS) assert.ok(k in schema.properties, k);
  });

  test('toReport leaves out what no stage gave', () => {
    const p = createProcessor([segmentStage]);
    const doc = p.runDoc(article('One. Two.'), bundledKb());
    const r = toReport(doc, p.gives);
    assert.deepEqual(Object.keys(r), ['schemaVersion', 'id', 'text', 'meta', 'paragraphs', 'sentences']);
  });

  test('an unknown preset is a registry error', () => {
    assert.equal(refusal(() => analyze(text, { preset: 'nosuch' as 'spine' })).code, 'HS_UNKNOWN_PRESET');
  });
});
