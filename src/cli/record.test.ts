/** The one-line errors of a bad JSON Lines record say which field is missing or of the wrong kind. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledKb } from '../index.ts';
import { analyzeRecord } from './record.ts';

const errorOf = (line: string): string => {
  const r = analyzeRecord(line, 4, bundledKb());
  assert.equal(r.ok, false);
  return r.ok ? '' : `${r.code} ${r.error}`;
};
const WANT = ' (want {id, text, title?, date?, outlet?, url?})';

test('a missing text is "missing", not zod\'s "expected string, received undefined"', () => {
  assert.equal(errorOf('{"id":"a"}'), `HS_BAD_RECORD line 4: field "text" is missing${WANT}`);
});

test('a field of the wrong kind names the kind wanted and the kind given', () => {
  assert.equal(
    errorOf('{"text":5}'),
    `HS_BAD_RECORD line 4: field "text": want a string, not a number${WANT}`,
  );
  assert.equal(
    errorOf('{"text":"x","title":["a"]}'),
    `HS_BAD_RECORD line 4: field "title": want a string, not an array${WANT}`,
  );
  assert.equal(
    errorOf('{"text":"x","captionHints":{}}'),
    `HS_BAD_RECORD line 4: field "captionHints": want an array, not an object${WANT}`,
  );
});

test('an id that is neither a string nor a number says so', () => {
  assert.equal(
    errorOf('{"text":"x","id":true}'),
    `HS_BAD_RECORD line 4: field "id": want a string or a number, not true${WANT}`,
  );
});

test('an empty text is "empty"', () => {
  assert.equal(errorOf('{"text":""}'), `HS_BAD_RECORD line 4: field "text" is empty${WANT}`);
});

test('a line that is not an object says what it is', () => {
  assert.equal(
    errorOf('[1,2]'),
    `HS_BAD_RECORD line 4: the line is an array, not a record: write one JSON object per line${WANT}`,
  );
  assert.equal(
    errorOf('null'),
    `HS_BAD_RECORD line 4: the line is null, not a record: write one JSON object per line${WANT}`,
  );
});
