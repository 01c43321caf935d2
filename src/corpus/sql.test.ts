import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { pgArrayLiteral } from './sql.ts';

// pg's own conversion of a JS array parameter, which pgArrayLiteral stands in for
const { prepareValue } = createRequire(import.meta.url)('pg/lib/utils.js') as {
  prepareValue: (v: unknown) => unknown;
};

test('pgArrayLiteral writes the literal pg writes for the same values', () => {
  const values = [
    'plain',
    'she said "no"',
    'a back\\slash \\" both',
    '',
    null,
    undefined,
    0,
    -12,
    3.25,
    'NULL',
    '{1,2,-3}',
    'comma, and } brace',
    'émoji 🎉 and\nnewline',
  ];
  assert.equal(pgArrayLiteral(values), prepareValue(values));
  assert.equal(pgArrayLiteral([]), prepareValue([]));
  assert.equal(pgArrayLiteral([null]), '{NULL}');
  assert.equal(pgArrayLiteral(['a"b\\c']), '{"a\\"b\\\\c"}');
});
