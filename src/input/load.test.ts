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

test('a multi-byte character anywhere is not binary, a NUL or bad byte anywhere is', () => {
  const bytes = Buffer.from(`${'a'.repeat(8191)}é and more`, 'utf8');
  assert.equal(looksBinary(bytes), false);
  // issue 16: past the first 8 KB used to pass silently
  assert.equal(looksBinary(Buffer.from(`${'a'.repeat(20_000)}\u0000b`, 'utf8')), true);
  assert.equal(
    looksBinary(Buffer.concat([Buffer.from('a'.repeat(20_000)), Buffer.from([0xc3, 0x28])])),
    true,
  );
});

test('local HTML files are decoded by their declared charset, as pages from URLs are', async () => {
  const page = (charset: string, body: string): string =>
    `<html><head><meta charset="${charset}"><title>T</title></head><body><article><p>${body}</p></article></body></html>`;
  const sentence = 'The singer said “I am fine” at the café with her friends on a very long evening out.';
  const cp1252 = Buffer.from(
    page('windows-1252', sentence).replace('“', '\x93').replace('”', '\x94').replace('é', '\xe9'),
    'latin1',
  );
  const sjis = Buffer.from(
    // 「東京」 in Shift_JIS, written out as bytes since Node has no Shift_JIS encoder
    [
      ...Buffer.from(
        page('Shift_JIS', 'The star flew to @@ for a very long show with her band and friends.'),
        'latin1',
      ),
    ].flatMap((b, i, all) =>
      b === 0x40 && all[i + 1] === 0x40
        ? [0x93, 0x8c, 0x8b, 0x9e]
        : b === 0x40 && all[i - 1] === 0x40
          ? []
          : [b],
    ),
  );
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page('utf-16', sentence), 'utf16le')]);
  const got = async (name: string, bytes: Uint8Array): Promise<string> => {
    const r = await loadInput(file(name, bytes));
    assert.ok(r.ok, `${name}: ${r.ok ? '' : r.error.code}`);
    return r.value.text;
  };
  assert.equal(await got('cp1252.html', cp1252), sentence);
  assert.equal(
    await got('sjis.html', sjis),
    'The star flew to 東京 for a very long show with her band and friends.',
  );
  assert.equal(await got('utf16.html', utf16), sentence);
});

test('standard input past the byte cap is refused, not read whole', async () => {
  const r = await loadInput('-', { stdin: Readable.from([Buffer.alloc(600, 0x61)]), maxBytes: 500 });
  assert.ok(!r.ok);
  assert.equal(r.error.code, 'HS_TOO_LARGE');
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
