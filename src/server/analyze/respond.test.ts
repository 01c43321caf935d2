/** The one-pass UTF-8 encoding of answers: the same bytes as `Buffer.from`, whatever the text holds. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ONE_PASS_MAX_UNITS, utf8Bytes } from './respond.ts';

test('utf8Bytes gives the bytes Buffer.from gives: ASCII, curly quotes, astral characters, lone surrogates', () => {
  for (const text of [
    '',
    '{"a":1}',
    'a source said “we are fine” — on Monday',
    'ünïcödé and 😀 and 𝄞 at the end 😀',
    'lone \ud800 high and \udc00 low surrogates',
    '😀'.repeat(1000),
    '“'.repeat(5000),
  ]) {
    const b = utf8Bytes(text);
    assert.deepEqual(b, Buffer.from(text, 'utf8'));
    assert.equal(b.byteLength, Buffer.byteLength(text, 'utf8'));
  }
});

test('utf8Bytes gives its bytes their own memory (a worker transfers it), never the shared pool', () => {
  const small = utf8Bytes('short');
  assert.notEqual(small.buffer, Buffer.from('x').buffer);
  assert.equal(small.byteOffset, 0);
});

test('past ONE_PASS_MAX_UNITS the buffer is exactly the bytes, not three times the text', () => {
  const text = `“${'x'.repeat(ONE_PASS_MAX_UNITS)}”`;
  const b = utf8Bytes(text);
  assert.equal(b.buffer.byteLength, ONE_PASS_MAX_UNITS + 6);
  assert.equal(b.toString('utf8'), text);
  assert.equal(utf8Bytes('ab').buffer.byteLength, 6);
});
