/**
 * Golden reports: the report of each fixture article must equal the stored one and validate against
 * the report schema. The score is stored apart (<name>.score.json), so a refit of the weights changes
 * only the score files and a change of findings shows where it happened. After an intended change,
 * run `npm run golden` and review the diff.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { goldenArticles, goldenParts, goldenPaths } from '../scripts/golden.ts';
import { analyze, FullReport } from '../src/index.ts';

const stored = (file: string): unknown => {
  assert.ok(existsSync(file), `${file} is missing: run npm run golden`);
  return JSON.parse(readFileSync(file, 'utf8'));
};

for (const [name, file] of goldenArticles()) {
  const report = analyze(readFileSync(file, 'utf8'), { id: name });
  const { findings, score } = goldenParts(report);
  const paths = goldenPaths(name);
  test(`golden findings of ${name}`, () => {
    assert.doesNotThrow(() => FullReport.parse(report));
    assert.deepEqual(JSON.parse(JSON.stringify(findings)), stored(paths.findings));
  });
  test(`golden score of ${name}`, () => {
    assert.deepEqual(JSON.parse(JSON.stringify(score)), stored(paths.score));
  });
}
