/**
 * `hearsay kb import` end to end through the CLI: a Wikidata dump in, a knowledge base out, and that
 * knowledge base used by `hearsay analyze --kb` to check an age and a relation.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { before, test } from 'node:test';

const bin = path.resolve('bin/hearsay.js');
const hearsay = (...args: string[]) => spawnSync('node', [bin, ...args], { encoding: 'utf8' });
let dir = '';

before(() => {
  spawnSync('npm', ['run', 'build'], { encoding: 'utf8' });
  dir = mkdtempSync(path.join(tmpdir(), 'hearsay-kb-'));
});

test('kb import writes one record per human of the dump and says how many', () => {
  const out = path.join(dir, 'kb.jsonl');
  const r = hearsay('kb', 'import', 'test/fixtures/wikidata/mini.json', '-o', out);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /^hearsay: wrote 6 people from 10 entities to /);
  const records = readFileSync(out, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.equal(records.length, 6);
  assert.deepEqual(records[1], {
    kind: 'person',
    id: 'Q9002',
    name: 'Edmund Vale',
    aliases: ['Prince Edmund', 'the Prince'],
    gender: 'male',
    born: '1948-11-14',
    spouses: ['Q9003'],
    parents: ['Q9001'],
    children: ['Q9004', 'Q9005'],
    occupations: ['Q82955'],
  });
});

test('analyze --kb checks ages against the imported records', () => {
  const kb = path.join(dir, 'kb2.jsonl');
  assert.equal(hearsay('kb', 'import', 'test/fixtures/wikidata/mini.json', '-o', kb).status, 0);
  const article = path.join(dir, 'edmund.txt');
  writeFileSync(article, ' date 2020-01-10 Edmund Vale, 71, opened a library on Friday.\n');
  const r = hearsay('analyze', article, '--kb', kb, '--format', 'json');
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  const age = report.checks.find((c: { kind: string }) => c.kind === 'age');
  assert.equal(age.status, 'consistent');
  assert.equal(report.text.slice(age.span.start, age.span.end), 'Edmund Vale, 71');
  assert.deepEqual(age.evidence, ['Edmund Vale: born 1948-11-14']);
});

test('kb import on a missing dump is one line and a non-zero exit, with nothing written', () => {
  const out = path.join(dir, 'none.jsonl');
  const r = hearsay('kb', 'import', path.join(dir, 'missing.json'), '-o', out);
  assert.notEqual(r.status, 0);
  assert.equal(r.stderr.trim().split('\n').length, 1);
  assert.match(r.stderr, /^hearsay: HS_BAD_KB /);
  assert.throws(() => readFileSync(out));
});
