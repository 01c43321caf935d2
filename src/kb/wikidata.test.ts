import assert from 'node:assert/strict';
import {
  createReadStream,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { runKbImport } from './cli.ts';
import { parseKbLine } from './format.ts';
import { buildKb, loadKbFiles } from './load.ts';
import type { KbPerson, KbRecord } from './types.ts';
import { importWikidata, WikidataFormatError, wikidataDate } from './wikidata.ts';

const FIXTURE = fileURLToPath(new URL('../../test/fixtures/wikidata/mini.json', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'hearsay-wikidata-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const GZIPPED = join(dir, 'mini.json.gz');
writeFileSync(GZIPPED, gzipSync(readFileSync(FIXTURE)));

/** Runs the importer into memory and parses what it wrote with the KB's own line parser. */
async function importToRecords(
  input: Readable,
  onProgress?: (entities: number, people: number, bytes: number) => void,
): Promise<{ stats: { entities: number; people: number }; records: KbRecord[]; text: string }> {
  const chunks: Buffer[] = [];
  const output = new Writable({
    write(chunk: Buffer, _enc, cb) {
      chunks.push(chunk);
      cb();
    },
  });
  const stats = await importWikidata(input, output, onProgress ? { onProgress } : {});
  const text = Buffer.concat(chunks).toString('utf8');
  const records = text
    .split('\n')
    .filter((l) => l !== '')
    .map((line, i) => {
      const r = parseKbLine(line, i + 1);
      assert.ok(r.ok, r.ok ? '' : r.error);
      return r.value;
    });
  return { stats, records, text };
}

const byId = (records: readonly KbRecord[], id: string): KbPerson => {
  const r = records.find((x) => x.id === id);
  assert.ok(r && r.kind === 'person', `${id} imported`);
  return r;
};

describe('wikidataDate', () => {
  const t = (time: string, precision: number, julian = false) => ({
    time,
    timezone: 0,
    before: 0,
    after: 0,
    precision,
    calendarmodel: `http://www.wikidata.org/entity/${julian ? 'Q1985786' : 'Q1985727'}`,
  });
  test('writes day, month and year precision', () => {
    assert.equal(wikidataDate(t('+1984-09-15T00:00:00Z', 11)), '1984-09-15');
    assert.equal(wikidataDate(t('+1984-09-00T00:00:00Z', 10)), '1984-09');
    assert.equal(wikidataDate(t('+1984-00-00T00:00:00Z', 9)), '1984');
    assert.equal(wikidataDate(t('+0800-12-25T00:00:00Z', 9)), '0800');
  });
  test('drops coarse, BCE and malformed values', () => {
    assert.equal(wikidataDate(t('+1900-00-00T00:00:00Z', 8)), null);
    assert.equal(wikidataDate(t('-0100-07-12T00:00:00Z', 11)), null);
    assert.equal(wikidataDate({ time: 'yesterday', precision: 11 }), null);
    assert.equal(wikidataDate(null), null);
  });
  test('converts Julian-calendar days to Gregorian', () => {
    // The Gregorian reform: Julian 5 October 1582 was Gregorian 15 October 1582.
    assert.equal(wikidataDate(t('+1582-10-05T00:00:00Z', 11, true)), '1582-10-15');
    // Newton: born 25 December 1642 (Julian), 4 January 1643 (Gregorian).
    assert.equal(wikidataDate(t('+1642-12-25T00:00:00Z', 11, true)), '1643-01-04');
    assert.equal(wikidataDate(t('+1642-12-00T00:00:00Z', 10, true)), '1642-12');
  });
});

describe('importWikidata', () => {
  test('keeps the humans of the plain dump with their names, dates and relations', async () => {
    const { stats, records } = await importToRecords(createReadStream(FIXTURE));
    assert.deepEqual(stats, { entities: 10, people: 6 });
    assert.deepEqual(
      records.map((r) => r.id),
      ['Q9001', 'Q9002', 'Q9003', 'Q9004', 'Q9005', 'Q9006'],
    );
    assert.deepEqual(byId(records, 'Q9001'), {
      kind: 'person',
      id: 'Q9001',
      name: 'Aldric I',
      aliases: ['King Aldric'],
      titles: ['Q12097'],
      gender: 'male',
      born: '1500-03-11',
      died: '1560',
      spouses: [],
      parents: [],
      children: ['Q9002'],
      siblings: [],
      occupations: ['Q116'],
    });
    const edmund = byId(records, 'Q9002');
    assert.equal(edmund.born, '1948-11-14', 'the deprecated birth date is ignored');
    assert.deepEqual(edmund.aliases, ['Prince Edmund', 'the Prince']);
    assert.deepEqual(edmund.children, ['Q9004', 'Q9005']);
    assert.deepEqual(edmund.parents, ['Q9001']);
    const rosalind = byId(records, 'Q9003');
    assert.deepEqual([rosalind.gender, rosalind.born, rosalind.died], ['female', '1951-07', '1997-08-31']);
    const arthur = byId(records, 'Q9004');
    assert.equal(arthur.born, '1982-06-21', 'the preferred birth date wins');
    assert.deepEqual(arthur.parents, ['Q9002', 'Q9003']);
    assert.deepEqual(arthur.spouses, ['Q9006']);
    const henry = byId(records, 'Q9005');
    assert.equal(henry.name, 'Henry Vale', 'the mul label stands in for a missing English one');
    assert.deepEqual(henry.aliases, ['Prince Henry', 'Henry', 'Hal Vale']);
    assert.deepEqual(henry.spouses, [], 'an unknown-value spouse gives no id');
    assert.equal(
      records.find((r) => r.id === 'Q9008'),
      undefined,
      'a castle that mentions Q5 is not a person',
    );
  });

  test('reads the gzipped dump the same way and reports progress in compressed bytes', async () => {
    const plain = await importToRecords(createReadStream(FIXTURE));
    const calls: [number, number, number][] = [];
    const gz = await importToRecords(createReadStream(GZIPPED), (e, p, b) => calls.push([e, p, b]));
    assert.equal(gz.text, plain.text);
    assert.deepEqual(gz.stats, plain.stats);
    const size = readFileSync(GZIPPED).length;
    assert.deepEqual(calls.at(-1), [10, 6, size]);
  });

  test('import → records → buildKb: relations, derived in-laws included', async () => {
    const { records } = await importToRecords(createReadStream(GZIPPED));
    const kb = buildKb(records);
    assert.equal(kb.lookup('Prince Henry')[0]?.id, 'Q9005');
    assert.equal(kb.lookup('the prince')[0]?.id, 'Q9002');
    assert.deepEqual(kb.relations('Q9002', 'Q9005'), ['parent', 'father']);
    assert.deepEqual(kb.relations('Q9003', 'Q9004'), ['parent', 'mother']);
    assert.deepEqual(kb.relations('Q9004', 'Q9005'), ['sibling', 'brother']);
    assert.deepEqual(kb.relations('Q9006', 'Q9004'), ['spouse', 'wife']);
    assert.deepEqual(kb.relations('Q9006', 'Q9005'), ['sibling-in-law', 'sister-in-law']);
    assert.deepEqual(kb.relations('Q9005', 'Q9006'), ['sibling-in-law', 'brother-in-law']);
    assert.deepEqual(kb.relations('Q9003', 'Q9006'), ['parent-in-law', 'mother-in-law']);
    assert.deepEqual(kb.relations('Q9006', 'Q9002'), ['child-in-law', 'daughter-in-law']);
    assert.deepEqual(kb.relations('Q9001', 'Q9004'), ['grandparent', 'grandfather']);
  });

  test('accepts a dump split into odd chunks (multi-byte characters across chunk edges)', async () => {
    const bytes = Buffer.from(
      '[\n{"type":"item","id":"Q1","labels":{"en":{"language":"en","value":"Zoë Ångström"}},"claims":{"P31":[{"mainsnak":{"snaktype":"value","datavalue":{"value":{"id":"Q5"}}},"rank":"normal"}]}}\n]\n',
    );
    const pieces: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += 7) pieces.push(bytes.subarray(i, i + 7));
    const { records } = await importToRecords(Readable.from(pieces));
    assert.equal(records[0]?.name, 'Zoë Ångström');
  });

  test('refuses input that is not a dump, with the line', async () => {
    await assert.rejects(
      importToRecords(Readable.from([Buffer.from('name,born\nHarry,1984\n')])),
      (e: unknown) =>
        e instanceof WikidataFormatError &&
        /^not a Wikidata JSON dump \(line 1: starts with "name,born"\)/.test(e.message),
    );
    await assert.rejects(
      importToRecords(Readable.from([Buffer.from('[\n{"type":"item","id":"Q5","claims":{"P31":[\n')])),
      (e: unknown) => e instanceof WikidataFormatError && /line 2: not a JSON entity/.test(e.message),
    );
    await assert.rejects(
      importToRecords(Readable.from([Buffer.from('BZh91AY&SY')])),
      (e: unknown) => e instanceof WikidataFormatError && /bzip2 dumps are not supported/.test(e.message),
    );
    await assert.rejects(
      importToRecords(Readable.from([Buffer.alloc(0)])),
      (e: unknown) => e instanceof WikidataFormatError && /the input is empty/.test(e.message),
    );
  });

  test('fails on a truncated gzip instead of ending quietly', async () => {
    const gz = readFileSync(GZIPPED);
    await assert.rejects(importToRecords(Readable.from([gz.subarray(0, gz.length - 20)])));
  });

  test('waits for a slow output and fails if the output breaks', async () => {
    const slow = new PassThrough({ highWaterMark: 16 });
    const received: Buffer[] = [];
    const reading = (async () => {
      for await (const chunk of slow) {
        received.push(chunk as Buffer);
        await new Promise((r) => setTimeout(r, 1));
      }
    })();
    const stats = await importWikidata(createReadStream(FIXTURE), slow);
    slow.end();
    await reading;
    assert.equal(stats.people, 6);
    assert.equal(Buffer.concat(received).toString('utf8').split('\n').filter(Boolean).length, 6);

    const broken = new Writable({
      highWaterMark: 1,
      write(_chunk, _enc, cb) {
        setTimeout(() => cb(new Error('disk full')), 1);
      },
    });
    broken.on('error', () => undefined);
    await assert.rejects(importWikidata(createReadStream(FIXTURE), broken), /disk full/);
  });
});

describe('runKbImport', () => {
  test('writes the output through a temporary file and it loads as a KB', async () => {
    const out = join(dir, 'people.jsonl');
    const r = await runKbImport(GZIPPED, out, { progress: false });
    assert.deepEqual(r, { ok: true, value: { entities: 10, people: 6 } });
    const kb = loadKbFiles([out]);
    assert.ok(kb.ok, kb.ok ? '' : kb.error);
    assert.deepEqual(kb.value.relations('Q9006', 'Q9005'), ['sibling-in-law', 'sister-in-law']);
    assert.deepEqual(
      readdirSync(dir).filter((f) => f.endsWith('.tmp')),
      [],
    );
  });

  test('draws progress on stderr when asked, and still succeeds', async () => {
    const out = join(dir, 'people-progress.jsonl');
    const r = await runKbImport(FIXTURE, out, { progress: true });
    assert.deepEqual(r, { ok: true, value: { entities: 10, people: 6 } });
    assert.equal(readFileSync(out, 'utf8').split('\n').filter(Boolean).length, 6);
  });

  test('one-line errors, and nothing left behind on failure', async () => {
    const missing = join(dir, 'nope.json.gz');
    assert.deepEqual(await runKbImport(missing, join(dir, 'x.jsonl'), { progress: false }), {
      ok: false,
      error: `file not found: ${missing}`,
    });

    const csv = join(dir, 'people.csv');
    writeFileSync(csv, 'name,born\nHarry,1984\n');
    const out = join(dir, 'from-csv.jsonl');
    const r = await runKbImport(csv, out, { progress: false });
    assert.equal(r.ok, false);
    assert.match(r.ok ? '' : r.error, /^.*people\.csv: not a Wikidata JSON dump \(line 1: [^\n]*$/);
    assert.equal(existsSync(out), false);
    assert.deepEqual(
      readdirSync(dir).filter((f) => f.endsWith('.tmp')),
      [],
    );

    const noDir = join(dir, 'no-such-dir', 'out.jsonl');
    const w = await runKbImport(FIXTURE, noDir, { progress: false });
    assert.deepEqual(w, { ok: false, error: `could not write ${noDir}: no such file or directory` });

    const empty = join(dir, 'empty.json');
    writeFileSync(empty, '');
    const e = await runKbImport(empty, join(dir, 'e.jsonl'), { progress: false });
    assert.equal(e.ok, false);
    assert.match(e.ok ? '' : e.error, /is empty/);
  });

  test('a failed import keeps an earlier good output intact', async () => {
    const out = join(dir, 'keep.jsonl');
    writeFileSync(out, 'previous good content\n');
    const gz = readFileSync(GZIPPED);
    const cut = join(dir, 'cut.json.gz');
    writeFileSync(cut, gz.subarray(0, gz.length - 20));
    const r = await runKbImport(cut, out, { progress: false });
    assert.equal(r.ok, false);
    assert.match(r.ok ? '' : r.error, /^could not import .*cut\.json\.gz: /);
    assert.equal(readFileSync(out, 'utf8'), 'previous good content\n');
  });
});

describe('hostile dumps (issue 16)', () => {
  const human = (
    id: string,
    extra: Record<string, unknown> = {},
    claims: Record<string, unknown> = {},
  ): string =>
    JSON.stringify({
      type: 'item',
      id,
      labels: { en: { language: 'en', value: `Person ${id}` } },
      claims: {
        P31: [{ mainsnak: { snaktype: 'value', datavalue: { value: { id: 'Q5' } } }, rank: 'normal' }],
        ...claims,
      },
      ...extra,
    });
  const born = (time: string) => ({
    P569: [
      {
        mainsnak: {
          snaktype: 'value',
          datavalue: {
            value: { time, precision: 11, calendarmodel: 'http://www.wikidata.org/entity/Q1985727' },
          },
        },
        rank: 'normal',
      },
    ],
  });

  test('a dump cut at a line boundary (no closing "]") fails, and the old KB is kept', async () => {
    const cut = `[\n${human('Q1')},\n${human('Q2')},\n`;
    await assert.rejects(
      importToRecords(Readable.from([Buffer.from(cut)])),
      (e: unknown) =>
        e instanceof WikidataFormatError && /cut short \(no closing "\]" after line 3\)/.test(e.message),
    );
    const file = join(dir, 'cut-plain.json');
    writeFileSync(file, cut);
    const out = join(dir, 'kept.jsonl');
    writeFileSync(out, 'previous good content\n');
    const r = await runKbImport(file, out, { progress: false });
    assert.equal(r.ok, false);
    assert.equal(readFileSync(out, 'utf8'), 'previous good content\n');
    assert.deepEqual(
      readdirSync(dir).filter((f) => f.endsWith('.tmp')),
      [],
    );
  });

  test('an impossible day keeps its month, so --kb reads the file; aliases.en: 5 is no alias', async () => {
    const dump = `[\n${human('Q1', {}, born('+1900-02-29T00:00:00Z'))},\n${human('Q2', { aliases: { en: 5 } })}\n]\n`;
    const { stats, records } = await importToRecords(Readable.from([Buffer.from(dump)]));
    assert.deepEqual(stats, { entities: 2, people: 2 });
    assert.equal(byId(records, 'Q1').born, '1900-02');
    assert.deepEqual(byId(records, 'Q2').aliases, []);
    assert.equal(wikidataDate({ time: '+1900-02-29T00:00:00Z', precision: 11 }), '1900-02');
  });

  test('records failing the --kb schema are left out, counted and described', async () => {
    const dump = `[\n${human('Q1', { labels: { en: { value: 7 } } })},\n${human('Q2', {}, { P26: { not: 'a list' } })},\n${human('Q3', { labels: { en: { value: '   ' } }, aliases: { en: [{ value: 'Alias Three' }] } })}\n]\n`;
    const { stats, records } = await importToRecords(
      Readable.from([Buffer.from(dump.replace(/\n\]\n$/, `,\n${human('')}\n]\n`))]),
    );
    // Q1 and Q3 have no usable label (no person record at all); Q2's broken spouse list holds no spouse;
    // the one with an empty id would make `--kb` refuse the whole file, so it is counted and left out
    assert.deepEqual(stats, {
      entities: 4,
      people: 1,
      bad: 1,
      badExamples: [': field "id" must not be empty'],
    });
    assert.deepEqual(byId(records, 'Q2').spouses, []);
    assert.equal(records.length, 1);
  });
});
