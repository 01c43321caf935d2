/** The README documents every error code of the registry, and every message reads as one line. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ERRORS, type ErrorCode, HearsayError } from '../src/errors.ts';

test('every error code is documented in the README', () => {
  const readme = readFileSync('README.md', 'utf8');
  const missing = Object.keys(ERRORS).filter((code) => !readme.includes(`\`${code}\``));
  assert.deepEqual(missing, []);
});

test('every error message is one line and carries its exit code', () => {
  for (const code of Object.keys(ERRORS) as ErrorCode[]) {
    const e = new HearsayError(code, 'x.txt');
    assert.equal(e.message.includes('\n'), false, code);
    assert.ok(e.exitCode > 0, code);
    assert.equal(e.code, code);
  }
});
