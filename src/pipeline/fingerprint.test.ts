import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import {
  ENGINE_DATA,
  engineFingerprint,
  FINGERPRINT_CHARS,
  fingerprintOf,
  NOT_ENGINE,
} from './fingerprint.ts';

const root = mkdtempSync(path.join(tmpdir(), 'hearsay-fingerprint-'));
after(() => rmSync(root, { recursive: true, force: true }));
const put = (rel: string, body: string): void => {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  writeFileSync(path.join(root, rel), body);
};
const code = `${root}/src/`;
const data = `${root}/data/`;
put('src/stages/claims/model.ts', 'export const w = 1;');
put('src/index.ts', 'export {};');
put('data/claims/weights.json', '{"w":[1]}');
const base = fingerprintOf(code, data);

test('the fingerprint is 12 hex characters and the same for the same files', () => {
  assert.equal(FINGERPRINT_CHARS, 12);
  assert.match(base, /^[0-9a-f]{12}$/);
  assert.equal(fingerprintOf(code, data), base);
  assert.match(engineFingerprint(), /^[0-9a-f]{12}$/);
});

test('a refit model, a changed stage or a new engine file changes the fingerprint', () => {
  put('data/claims/weights.json', '{"w":[2]}');
  const refit = fingerprintOf(code, data);
  assert.notEqual(refit, base);
  put('data/claims/weights.json', '{"w":[1]}');
  assert.equal(fingerprintOf(code, data), base);

  put('src/stages/claims/model.ts', 'export const w = 2;');
  assert.notEqual(fingerprintOf(code, data), base);
  put('src/stages/claims/model.ts', 'export const w = 1;');

  put('src/lexicon/new.ts', 'export const words = [];');
  assert.notEqual(fingerprintOf(code, data), base);
  rmSync(path.join(root, 'src/lexicon'), { recursive: true });
  assert.equal(fingerprintOf(code, data), base);
});

test('tests, type declarations, the programs around the engine and other data leave it as it is', () => {
  assert.deepEqual([...NOT_ENGINE].sort(), ['cli', 'corpus', 'queue', 'render', 'server', 'web']);
  assert.deepEqual(ENGINE_DATA, ['attribution', 'claims', 'score', 'kb']);
  put('src/stages/claims/model.test.ts', 'test');
  put('src/stages/claims/model.d.ts', 'export declare const w: number;');
  for (const dir of NOT_ENGINE) put(`src/${dir}/x.ts`, 'export {};');
  put('src/stages/claims/notes.md', 'not code');
  put('data/other/file.json', '{}');
  assert.equal(fingerprintOf(code, data), base);
});
