import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { COPY_CHUNK, CopyIn, copyBinary, numberIn, pgArrayLiteral } from './sql.ts';

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

test('copyBinary writes COPY binary tuples: header, field count, lengths, big-endian values, -1 for NULL', () => {
  const types = new Map([
    ['id', 'text'],
    ['n', 'integer'],
    ['score', 'double precision'],
    ['blob', 'bytea'],
  ]);
  const out = copyBinary(
    types,
    ['id', 'n', 'score', 'blob'],
    [
      ['é"1', -2, 0.5, Buffer.from([7, 8])],
      [null, 3, null, null],
    ],
  );
  assert.ok(out);
  const header = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
  assert.deepEqual(out.subarray(0, 11), header);
  assert.equal(out.readInt32BE(11), 0); // flags
  assert.equal(out.readInt32BE(15), 0); // header extension
  let at = 19;
  const int16 = () => {
    const v = out.readInt16BE(at);
    at += 2;
    return v;
  };
  const int32 = () => {
    const v = out.readInt32BE(at);
    at += 4;
    return v;
  };
  assert.equal(int16(), 4);
  const len = int32();
  assert.equal(out.subarray(at, at + len).toString('utf8'), 'é"1');
  at += len;
  assert.equal(int32(), 4);
  assert.equal(int32(), -2);
  assert.equal(int32(), 8);
  assert.equal(out.readDoubleBE(at), 0.5);
  at += 8;
  assert.equal(int32(), 2);
  assert.deepEqual([...out.subarray(at, at + 2)], [7, 8]);
  at += 2;
  assert.equal(int16(), 4);
  assert.equal(int32(), -1);
  assert.equal(int32(), 4);
  assert.equal(int32(), 3);
  assert.equal(int32(), -1);
  assert.equal(int32(), -1);
  assert.equal(int16(), -1); // trailer
  assert.equal(at, out.length);
});

test('copyBinary declines a column type it does not write, and refuses a non-integer for an integer', () => {
  assert.equal(copyBinary(new Map([['bands', 'integer[]']]), ['bands'], [['{1,2}']]), null);
  assert.throws(() => copyBinary(new Map([['n', 'integer']]), ['n'], [[1.5]]), /integer/);
});

test('copyBinary grows its buffer when text takes more bytes than characters', () => {
  const long = 'x'.repeat(100_000);
  const wide = 'é🎉'.repeat(50_000); // 2 + 4 bytes for 3 UTF-16 units
  const out = copyBinary(new Map([['t', 'text']]), ['t'], [[long], [wide], [wide]]);
  assert.equal(out?.length, 19 + (2 + 4 + 100_000) + 2 * (2 + 4 + 300_000) + 2);
  assert.equal(out?.subarray(19 + 2 + 4 + 100_000 + 6, 19 + 2 + 4 + 100_000 + 6 + 300_000).toString(), wide);
});

test('copyBinary takes for a number column only finite numbers and strings that are a number in full', () => {
  const int = new Map([['n', 'integer']]);
  const dbl = new Map([['x', 'double precision']]);
  // what PostgreSQL's own text input refuses (the insertMany path) the binary form refuses too
  for (const v of [
    '',
    ' ',
    'abc',
    '12abc',
    '0x10',
    '1e3',
    '1.5',
    Number.NaN,
    Number.POSITIVE_INFINITY,
    2 ** 31,
  ])
    assert.throws(() => copyBinary(int, ['n'], [[v]]), /invalid input syntax for type integer/, String(v));
  for (const v of ['', ' ', 'abc', '1.5x', 'Infinity', Number.NaN, Number.NEGATIVE_INFINITY])
    assert.throws(
      () => copyBinary(dbl, ['x'], [[v]]),
      /invalid input syntax for type double precision/,
      String(v),
    );
  // and what it takes, it writes as the number
  const i = copyBinary(int, ['n'], [[' -42 '], ['7'], [7]]);
  assert.deepEqual([i?.readInt32BE(19 + 6), i?.readInt32BE(19 + 16), i?.readInt32BE(19 + 26)], [-42, 7, 7]);
  const d = copyBinary(dbl, ['x'], [['2.5e-1'], ['.5'], [-3]]);
  assert.deepEqual(
    [d?.readDoubleBE(19 + 6), d?.readDoubleBE(19 + 20), d?.readDoubleBE(19 + 34)],
    [0.25, 0.5, -3],
  );
});

test('numberIn checks a value for an integer or double column the way copyBinary does', () => {
  assert.equal(numberIn('integer', ' 12 '), 12);
  assert.equal(numberIn('double precision', '1e3'), 1000);
  assert.throws(() => numberIn('integer', ''), /invalid input syntax for type integer: ""/);
  assert.throws(
    () => numberIn('double precision', 'abc'),
    /invalid input syntax for type double precision: "abc"/,
  );
});

test('CopyIn sends its data as CopyData messages of COPY_CHUNK bytes at most, in order, then CopyDone', () => {
  assert.ok(COPY_CHUNK >= 64 * 1024 && COPY_CHUNK <= 256 * 1024);
  const data = Buffer.alloc(2 * COPY_CHUNK + 5);
  for (let i = 0; i < data.length; i++) data[i] = i % 251;
  const sent: Buffer[] = [];
  let done = 0;
  new CopyIn('COPY t FROM STDIN', data).handleCopyInResponse({
    query: () => {},
    sendCopyFromChunk: (c) => sent.push(c),
    endCopyFrom: () => done++,
  });
  assert.deepEqual(
    sent.map((c) => c.length),
    [COPY_CHUNK, COPY_CHUNK, 5],
  );
  assert.ok(Buffer.concat(sent).equals(data));
  assert.equal(done, 1);
});
