/**
 * The batch plumbing (src/cli/batch.ts, batch-protocol.ts) without the engine: chunks, order, a record
 * that kills or hangs its worker in the middle of a chunk, the sink, and the reader's line numbers.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, test } from 'node:test';
import {
  BYTES_PER_WORKER,
  defaultJobs,
  readByteChunks,
  readChunks,
  runBatch,
  WORKER_OLD_SPACE_MB,
} from '../../src/cli/batch.ts';
import { newProgress, PROGRESS_DONE, PROGRESS_LINE, runChunk } from '../../src/cli/batch-protocol.ts';

const dir = mkdtempSync(join(tmpdir(), 'hearsay-batch-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const WORKER = new URL('./poison-worker.ts', import.meta.url);

/** A corpus of `n` records (about 30 bytes each, so thousands make several chunks), some with an action. */
function corpus(name: string, n: number, actions: Readonly<Record<number, string>>): string {
  const lines: string[] = [];
  for (let i = 1; i <= n; i++) lines.push(JSON.stringify(actions[i] ? { n: i, do: actions[i] } : { n: i }));
  const file = join(dir, name);
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

async function run(
  file: string,
  opts: { jobs: number; skipBad: boolean; maxMs?: number },
): Promise<{ ns: number[]; lines: number[]; error: string | null; stderr: string }> {
  let out = '';
  const stderr: string[] = [];
  const write = process.stderr.write;
  process.stderr.write = ((s: string) => stderr.push(s) > 0) as typeof process.stderr.write;
  let error: string | null = null;
  try {
    await runBatch(file, {
      ...opts,
      kb: [],
      worker: WORKER,
      write: (b) => (out += Buffer.from(b).toString()),
    });
  } catch (e) {
    error = (e as Error).message;
  } finally {
    process.stderr.write = write;
  }
  const recs = out
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { n: number; line: number });
  return { ns: recs.map((r) => r.n), lines: recs.map((r) => r.line), error, stderr: stderr.join('') };
}

const range = (from: number, to: number, skip: readonly number[] = []): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i).filter((i) => !skip.includes(i));

test('records that kill or hang their worker mid-chunk fail alone; the rest come out in order', async () => {
  const file = corpus('poison.jsonl', 6000, { 1234: 'exit', 2500: 'hang', 4000: 'exit', 5999: 'bad' });
  for (const jobs of [1, 2]) {
    const r = await run(file, { jobs, skipBad: true, maxMs: 100 });
    assert.equal(r.error, null);
    assert.deepEqual(r.ns, range(1, 6000, [1234, 2500, 4000, 5999]));
    assert.deepEqual(r.lines, r.ns);
    const bad = r.stderr.trimEnd().split('\n');
    assert.equal(bad[0], 'hearsay: skipped 4 bad line(s):');
    assert.match(bad[1]!, /^ {2}HS_WORKER_FAILED a worker failed: line 1234: /);
    assert.match(bad[2]!, /^ {2}HS_TIME_BUDGET .*line 2500: still running at 1200 ms/);
    assert.match(bad[3]!, /^ {2}HS_WORKER_FAILED a worker failed: line 4000: /);
    assert.match(bad[4]!, /^ {2}HS_BAD_RECORD .*line 5999: bad/);
  }
});

test('without --skip-bad the output stops at the last good report before the first bad record', async () => {
  const file = corpus('stop.jsonl', 5000, { 3000: 'exit', 4500: 'bad' });
  const r = await run(file, { jobs: 2, skipBad: false });
  assert.deepEqual(r.ns, range(1, 2999));
  assert.match(r.error!, /line 3000/);
  const bad = await run(corpus('stop-bad.jsonl', 5000, { 2222: 'bad' }), { jobs: 2, skipBad: false });
  assert.deepEqual(bad.ns, range(1, 2221));
  assert.match(bad.error!, /line 2222: bad/);
});

test('a sink gets each report with its extra, in order, and only the lines it wants', async () => {
  const file = corpus('sink.jsonl', 3000, { 100: 'exit' });
  const got: [number, unknown][] = [];
  const wrote = await runBatch(file, {
    jobs: 2,
    skipBad: true,
    kb: [],
    worker: WORKER,
    sink: {
      want: (_line, lineNo) => lineNo % 3 !== 0,
      write: (json, extra) => got.push([(JSON.parse(json) as { n: number }).n, extra]),
      drain: async () => {},
    },
  }).finally(() => {});
  const want = range(1, 3000, [100]).filter((i) => i % 3 !== 0);
  assert.equal(wrote, want.length);
  assert.deepEqual(
    got,
    want.map((n) => [n, n * 2]),
  );
});

test('runChunk: blank lines and CRLF, failures at their place in the output, progress marked done', () => {
  const progress = newProgress();
  const handle = (line: string, lineNo: number) =>
    line === 'x'
      ? ({ ok: false, code: 'HS_BAD_JSON_LINE', error: `line ${lineNo}` } as const)
      : ({ ok: true, json: `"${line}@${lineNo}"` } as const);
  const r = runChunk({ id: 7, text: 'a\r\n\n  \nx\nb\n', first: 10, stop: false }, handle, progress);
  assert.equal(r.out, '"a@10"\n"b@14"\n');
  assert.equal(r.n, 2);
  assert.deepEqual(r.fails, [{ lineNo: 13, code: 'HS_BAD_JSON_LINE', error: 'line 13', at: 7 }]);
  assert.equal(progress[PROGRESS_LINE], PROGRESS_DONE);
  const stop = runChunk(
    { id: 8, text: 'a\nx\nb', first: 1, lineNos: [4, 9, 12], stop: true },
    handle,
    progress,
  );
  assert.equal(stop.out, '"a@4"\n');
  assert.deepEqual(
    stop.fails.map((f) => f.lineNo),
    [9],
  );
});

test('runChunk with bytes: the same lines in UTF-8, failures at their byte offset', () => {
  const progress = newProgress();
  // "é" and "😀" take more bytes than UTF-16 units: offsets must count bytes
  const handle = (line: string) =>
    line === 'x'
      ? ({ ok: false, code: 'HS_BAD_JSON_LINE', error: 'bad' } as const)
      : ({ ok: true, json: JSON.stringify(line) } as const);
  const big = 'é😀'.repeat(40_000); // past the first buffer: it grows
  const r = runChunk(
    { id: 1, text: `é\n😀\nx\n${big}`, first: 1, stop: false, bytes: true },
    handle,
    progress,
  );
  assert.ok(r.out instanceof Uint8Array);
  assert.equal(Buffer.from(r.out).toString(), `"é"\n"😀"\n"${big}"\n`);
  assert.equal(r.n, 3);
  assert.deepEqual(r.fails, [{ lineNo: 3, code: 'HS_BAD_JSON_LINE', error: 'bad', at: 12 }]); // 5 + 7 bytes; 9 UTF-16 units
});

test('readChunks: whole lines, the number of each chunk’s first line, a long line whole', async () => {
  const long = 'y'.repeat(50);
  const pieces = ['ab\ncd', 'e\n\nfg\n', `${long.slice(0, 20)}`, `${long.slice(20)}\nlast`];
  const got: [string, number][] = [];
  await readChunks(
    Readable.from(pieces),
    async (text, first) => {
      got.push([text, first]);
      return true;
    },
    4,
  );
  assert.deepEqual(got, [
    ['ab\ncde\n', 1],
    ['\nfg\n', 3],
    [`${long}\n`, 5],
    ['last', 6],
  ]);
});

test('readByteChunks: the same cuts in UTF-8, each chunk a buffer of its own, a character never split', async () => {
  const long = 'y'.repeat(50);
  // the é (2 bytes) is split across two pieces: a chunk ends only at a line end, so it stays whole
  const pieces = ['ab\ncd', 'e\n\nf\xc3', '\xa9\n', `${long.slice(0, 20)}`, `${long.slice(20)}\nlast`].map(
    (p) => Buffer.from(p, 'latin1'),
  );
  const got: [string, number][] = [];
  await readByteChunks(
    Readable.from(pieces),
    async (bytes, first) => {
      assert.equal(bytes.byteOffset, 0);
      assert.equal(bytes.buffer.byteLength, bytes.byteLength);
      got.push([Buffer.from(bytes).toString('utf8'), first]);
      return true;
    },
    4,
  );
  assert.deepEqual(got, [
    ['ab\ncde\n', 1],
    ['\nf\u00e9\n', 3],
    [`${long}\n`, 5],
    ['last', 6],
  ]);
});

test('defaultJobs: one worker per core, one per BYTES_PER_WORKER of input, one at least', () => {
  assert.equal(defaultJobs(0, 8), 8);
  assert.equal(defaultJobs(100, 8), 1);
  assert.equal(defaultJobs(BYTES_PER_WORKER + 1, 8), 2);
  assert.equal(defaultJobs(100 * BYTES_PER_WORKER, 2), 2);
});

test('each worker gets an old-generation cap: WORKER_OLD_SPACE_MB (256), or --max-heap-mb', async () => {
  assert.equal(WORKER_OLD_SPACE_MB, 256);
  const file = corpus('heap.jsonl', 1, { 1: 'heap' });
  for (const [maxHeapMb, want] of [
    [undefined, WORKER_OLD_SPACE_MB],
    [100, 100],
  ] as const) {
    let out = '';
    await runBatch(file, {
      jobs: 1,
      skipBad: false,
      kb: [],
      worker: WORKER,
      ...(maxHeapMb ? { maxHeapMb } : {}),
      write: (b) => (out += Buffer.from(b).toString()),
    });
    assert.deepEqual(JSON.parse(out), { n: 1, heapMb: want });
  }
});
