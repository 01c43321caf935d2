/**
 * Golden reports: the full report of each fixture article must equal the stored one, and validate
 * against the report schema. After an intended change, run `npm run golden` and review the diff.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { goldenArticles } from '../scripts/golden.ts';
import { analyze, Report } from '../src/index.ts';

for (const [name, file] of goldenArticles()) {
  test(`golden report of ${name}`, () => {
    const report = analyze(readFileSync(file, 'utf8'), { id: name });
    assert.doesNotThrow(() => Report.parse(report));
    const golden = `test/golden/${name}.json`;
    assert.ok(existsSync(golden), `${golden} is missing: run npm run golden`);
    assert.deepEqual(JSON.parse(JSON.stringify(report)), JSON.parse(readFileSync(golden, 'utf8')));
  });
}
