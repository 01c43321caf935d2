import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { type CorpusRecord, type PackedWire, packWire, rowsOf } from '../corpus/rows.ts';
import { analyzeArticle } from '../index.ts';
import { openReportStore } from './store.ts';

// invented records: one keyed by its id, one by its URL, one by its content hash
const byId: CorpusRecord = {
  id: 'q-1',
  text: 'The mayor said the bridge "opens in May" at a meeting on Monday.',
};
const byUrl: CorpusRecord = {
  text: 'A spokesperson said the festival "will go ahead" despite the rain.',
  url: 'https://invented.example/festival',
};
const byHash: CorpusRecord = { text: 'Officials said the road "stays closed" until the repairs end.' };

const packed = (r: CorpusRecord): PackedWire => {
  const out = analyzeArticle({ ...r, id: r.id == null ? null : String(r.id) });
  assert.ok(out.ok);
  return packWire(rowsOf(out.value, r));
};

test('current: stored records are current by id, URL or content hash; new or changed ones are not', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'hearsay-queue-store-'));
  const store = await openReportStore(path.join(dir, 'q.db'));
  try {
    // the analysis threads' rows (COPY tuples) reach a SQLite store decoded
    assert.deepEqual(await store.put([byId, byUrl, byHash].map(packed)), { stored: 3, unchanged: 0 });
    assert.deepEqual(await store.put([packed(byId)]), { stored: 0, unchanged: 1 });
    const changed = { ...byId, text: `${byId.text} More.` };
    assert.deepEqual(
      await store.current([byId, byUrl, byHash, { id: 'q-2', text: 'New.' }, changed, { id: 7, text: 'x' }]),
      [true, true, true, false, false, false],
    );
    // another preset reads them again
    assert.deepEqual(await store.current([byId, byUrl], 'news'), [false, false]);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
