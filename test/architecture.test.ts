/** ARCHITECTURE.md's stage table is generated from the stage declarations: it must match them. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { withTable } from '../scripts/architecture.ts';

test('the stage table of ARCHITECTURE.md matches the declarations (npm run architecture)', () => {
  const doc = readFileSync('ARCHITECTURE.md', 'utf8');
  assert.equal(doc, withTable(doc));
});
