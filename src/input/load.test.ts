import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, test } from 'node:test';
import { loadInput, looksBinary, looksHtml } from './load.ts';

const dir = mkdtempSync(join(tmpdir(), 'hearsay-load-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Uint8Array): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const ARTICLE =
  '<p>A reality star was seen leaving a restaurant, onlookers said, looking very happy indeed.</p>';

test('plain text comes back exactly as given, with no metadata', async () => {
  const text = 'Date: 2024-01-02\n\n  An insider says "it is over".  \n';
  const r = await loadInput(file('a.txt', text));
  assert.ok(r.ok);
  assert.deepEqual(r.value, { text, meta: null, kind: 'text', captions: [] });
});

test('HTML is detected by extension or by a leading doctype/html tag, and extracted', async () => {
  for (const [name, content] of [
    ['page.html', `<div>${ARTICLE}</div>`],
    ['page.HTM', `<div>${ARTICLE}</div>`],
    ['page.txt', `\n  <!DOCTYPE html><html><body>${ARTICLE}</body></html>`],
    ['page', `<HTML lang="en"><body>${ARTICLE}</body></HTML>`],
  ] as const) {
    const r = await loadInput(file(name, content));
    assert.ok(r.ok, name);
    assert.equal(r.value.kind, 'html', name);
    assert.match(r.value.text, /^A reality star was seen/, name);
    assert.ok(r.value.meta, name);
  }
  assert.equal(looksHtml('x.txt', '<p>not a page start</p>'), false);
});

test('missing, empty and binary files get their codes', async () => {
  const codes = async (p: string): Promise<string> => {
    const r = await loadInput(p);
    return r.ok ? 'ok' : r.error.code;
  };
  assert.equal(await codes(join(dir, 'nope.txt')), 'HS_FILE_NOT_FOUND');
  assert.equal(await codes(file('empty.txt', '')), 'HS_EMPTY_INPUT');
  assert.equal(await codes(file('blank.txt', ' \n\t\n')), 'HS_EMPTY_INPUT');
  assert.equal(await codes(file('nul.txt', 'text\u0000more')), 'HS_BINARY_INPUT');
  assert.equal(
    await codes(file('bad.txt', new Uint8Array([0x68, 0x69, 0xff, 0xfe, 0x20]))),
    'HS_BINARY_INPUT',
  );
  assert.equal(await codes(dir), 'HS_FILE_UNREADABLE');
  assert.equal(await codes('ftp://example.com/a'), 'HS_FETCH_PROTOCOL');
});

test('a multi-byte character split at the 8 KB sniff boundary is not binary', () => {
  const bytes = Buffer.from(`${'a'.repeat(8191)}é and more`, 'utf8');
  assert.equal(looksBinary(bytes), false);
});

test('- reads stdin', async () => {
  const r = await loadInput('-', {
    stdin: Readable.from([Buffer.from('Sources claim '), Buffer.from('it is true.')]),
  });
  assert.ok(r.ok);
  assert.equal(r.value.text, 'Sources claim it is true.');
  const empty = await loadInput('-', { stdin: Readable.from([]) });
  assert.ok(!empty.ok);
  assert.equal(empty.error.code, 'HS_EMPTY_INPUT');
});
