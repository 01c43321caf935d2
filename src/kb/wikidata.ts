/**
 * Builds knowledge-base records from the official Wikidata JSON dump (`latest-all.json[.gz]`): a JSON
 * array written one entity per line, so it can be streamed line by line in flat memory however large it
 * is. Only humans (P31 = Q5) are kept; relations stay as Q-ids, which resolve once the whole dump is in.
 */
import { StringDecoder } from 'node:string_decoder';
import { Readable, type Writable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { formatKbLine, isKbDate, KbPersonLine } from './format.ts';
import type { KbPerson } from './types.ts';

/** Options for `importWikidata`. */
export interface WikidataImportOptions {
  /** Called every 10,000 entities and once at the end; `bytes` counts the input as read (compressed). */
  readonly onProgress?: (entities: number, people: number, bytes: number) => void;
}

/** How much of the dump was read, how many people were written and how many humans were left out as invalid. */
export interface WikidataImportStats {
  readonly entities: number;
  readonly people: number;
  /** Humans whose record failed the knowledge-base schema (the one `--kb` checks with), so were not written. */
  readonly bad?: number;
  /** The first few of those, as "Q123: field … must …", for the user to see what was left out. */
  readonly badExamples?: readonly string[];
}

/** How many invalid records are described in the stats; the rest are only counted. */
export const BAD_EXAMPLES = 5;

/** Thrown for input that is not a Wikidata JSON dump, with a message meant to be shown as is. */
export class WikidataFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WikidataFormatError';
  }
}

const HUMAN = 'Q5';
const GENDERS: Readonly<Record<string, 'female' | 'male'>> = {
  Q6581097: 'male',
  Q6581072: 'female',
  Q2449503: 'male', // trans man
  Q1052281: 'female', // trans woman
};
const JULIAN = 'http://www.wikidata.org/entity/Q1985786';
const LABEL_LANGUAGES = ['en', 'mul'];
const PROGRESS_EVERY = 10_000;

interface Snak {
  readonly snaktype?: string;
  readonly datavalue?: { readonly type?: string; readonly value?: unknown };
}
interface Statement {
  readonly mainsnak?: Snak;
  readonly rank?: string;
}
/** The parts of a dump entity the importer reads; everything else on the line is ignored. */
export interface WikidataEntity {
  readonly type?: string;
  readonly id?: string;
  readonly labels?: Record<string, { readonly value?: string } | undefined>;
  readonly aliases?: Record<string, readonly { readonly value?: string }[] | undefined>;
  readonly claims?: Record<string, readonly Statement[] | undefined>;
}

/** The statements worth reading: deprecated ones are known to be wrong, and preferred ones outrank normal. */
/** A property's statements, or none when the entity holds something else there (a hostile or broken dump). */
const statements = (entity: WikidataEntity, property: string): readonly Statement[] => {
  const list = entity.claims?.[property];
  return Array.isArray(list) ? list.filter((x) => x !== null && typeof x === 'object') : [];
};

function bestStatements(entity: WikidataEntity, property: string): Statement[] {
  const all = statements(entity, property).filter(
    (s) => s.rank !== 'deprecated' && s.mainsnak?.snaktype === 'value',
  );
  const preferred = all.filter((s) => s.rank === 'preferred');
  return preferred.length > 0 ? preferred : all;
}

/** Every item id a property points to, in dump order, deduplicated (non-deprecated statements only). */
function itemIds(entity: WikidataEntity, property: string): string[] {
  const out = new Set<string>();
  for (const s of statements(entity, property)) {
    if (s.rank === 'deprecated' || s.mainsnak?.snaktype !== 'value') continue;
    const value = s.mainsnak.datavalue?.value as { id?: unknown; 'numeric-id'?: unknown } | undefined;
    if (typeof value?.id === 'string') out.add(value.id);
    else if (typeof value?.['numeric-id'] === 'number') out.add(`Q${value['numeric-id']}`);
  }
  return [...out];
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Converts a Julian-calendar day to the Gregorian one, since the KB's dates are all Gregorian. */
function julianToGregorian(year: number, month: number, day: number): [number, number, number] {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  const jdn = day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - 32083;
  // Richards' algorithm, Gregorian direction.
  const f = jdn + 1401 + Math.floor((Math.floor((4 * jdn + 274277) / 146097) * 3) / 4) - 38;
  const e = 4 * f + 3;
  const g = Math.floor((e % 1461) / 4);
  const h = 5 * g + 2;
  const dd = Math.floor((h % 153) / 5) + 1;
  const mm = ((Math.floor(h / 153) + 2) % 12) + 1;
  const yy = Math.floor(e / 1461) - 4716 + Math.floor((14 - mm) / 12);
  return [yy, mm, dd];
}

/** A time value as YYYY-MM-DD / YYYY-MM / YYYY by precision; null when coarser or outside 1–9999 CE, as KB dates compare as strings. */
export function wikidataDate(value: unknown): string | null {
  if (value === null || typeof value !== 'object') return null;
  const { time, precision, calendarmodel } = value as {
    time?: unknown;
    precision?: unknown;
    calendarmodel?: unknown;
  };
  if (typeof time !== 'string' || typeof precision !== 'number') return null;
  const m = /^\+(\d+)-(\d\d)-(\d\d)T/.exec(time);
  if (!m || precision < 9) return null;
  let year = Number(m[1]);
  let month = Number(m[2]);
  let day = Number(m[3]);
  if (year < 1 || year > 9999) return null;
  if (precision >= 11 && month >= 1 && day >= 1) {
    if (calendarmodel === JULIAN) [year, month, day] = julianToGregorian(year, month, day);
    if (year < 1 || year > 9999) return null;
    const iso = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
    // a day that does not exist (1900-02-29) keeps its month: `--kb` would refuse the whole file for it
    if (isKbDate(iso)) return iso;
    return month <= 12 ? `${pad(year, 4)}-${pad(month, 2)}` : pad(year, 4);
  }
  if (precision >= 10 && month >= 1 && month <= 12) return `${pad(year, 4)}-${pad(month, 2)}`;
  return pad(year, 4);
}

const firstDate = (entity: WikidataEntity, property: string): string | null => {
  for (const s of bestStatements(entity, property)) {
    const date = wikidataDate(s.mainsnak?.datavalue?.value);
    if (date) return date;
  }
  return null;
};

const firstGender = (entity: WikidataEntity): 'female' | 'male' | null => {
  for (const s of bestStatements(entity, 'P21')) {
    const id = (s.mainsnak?.datavalue?.value as { id?: unknown } | undefined)?.id;
    const gender = typeof id === 'string' ? GENDERS[id] : undefined;
    if (gender) return gender;
  }
  return null;
};

const stringOf = (v: unknown): string | undefined => (typeof v === 'string' ? v.trim() : undefined);
const labelOf = (entity: WikidataEntity, lang: string): string | undefined =>
  stringOf((entity.labels?.[lang] as { value?: unknown } | undefined)?.value);

/** The KB person for a Wikidata entity, or null when it is not a human with a usable name. */
export function wikidataPerson(entity: WikidataEntity): KbPerson | null {
  if (entity.type !== 'item' || typeof entity.id !== 'string') return null;
  if (!itemIds(entity, 'P31').includes(HUMAN)) return null;
  let name: string | undefined;
  for (const lang of LABEL_LANGUAGES) {
    const label = labelOf(entity, lang);
    if (label) {
      name = label;
      break;
    }
  }
  if (!name) return null;
  const aliases = new Set<string>();
  for (const lang of LABEL_LANGUAGES) {
    const label = labelOf(entity, lang);
    if (label && label !== name) aliases.add(label);
    // `aliases.en` is a list in real dumps; anything else ("aliases": {"en": 5}) holds no alias
    const list: unknown = entity.aliases?.[lang];
    for (const alias of Array.isArray(list) ? list : []) {
      const value = stringOf((alias as { value?: unknown } | null)?.value);
      if (value && value !== name) aliases.add(value);
    }
  }
  return {
    kind: 'person',
    id: entity.id,
    name,
    aliases: [...aliases],
    titles: itemIds(entity, 'P97'),
    gender: firstGender(entity),
    born: firstDate(entity, 'P569'),
    died: firstDate(entity, 'P570'),
    spouses: itemIds(entity, 'P26'),
    parents: [...new Set([...itemIds(entity, 'P22'), ...itemIds(entity, 'P25')])],
    children: itemIds(entity, 'P40'),
    siblings: itemIds(entity, 'P3373'),
    occupations: itemIds(entity, 'P106'),
  };
}

type Chunk = Buffer | string;

/**
 * Peeks at the first bytes to tell gzip from plain JSON (and to refuse bzip2 with a useful message),
 * counting bytes as they are read so progress can be shown against the file size.
 */
async function decompressed(input: Readable, countBytes: (n: number) => void): Promise<Readable> {
  const iterator: AsyncIterator<Chunk> = input[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let headBytes = 0;
  let done = false;
  while (headBytes < 3) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const buf = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    head.push(buf);
    headBytes += buf.length;
    countBytes(buf.length);
  }
  const start = Buffer.concat(head);
  if (start[0] === 0x42 && start[1] === 0x5a && start[2] === 0x68) {
    input.destroy();
    throw new WikidataFormatError(
      'bzip2 dumps are not supported: use latest-all.json.gz, or decompress with bunzip2 first',
    );
  }
  async function* bytes(): AsyncGenerator<Buffer> {
    if (start.length > 0) yield start;
    if (done) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      const buf = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
      countBytes(buf.length);
      yield buf;
    }
  }
  const raw = Readable.from(bytes(), { objectMode: false });
  if (start[0] !== 0x1f || start[1] !== 0x8b) return raw;
  const gunzip = createGunzip();
  raw.on('error', (e) => gunzip.destroy(e));
  return raw.pipe(gunzip);
}

/**
 * Splits a byte stream into lines, holding at most one partial line: dump lines can be megabytes long,
 * and unlike readline's iterator, errors of the stream (a cut-off gzip) reach the caller.
 */
async function* splitLines(stream: Readable): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  for await (const chunk of stream as AsyncIterable<Chunk>) {
    const piece = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let nl = piece.indexOf('\n');
    if (nl === -1) {
      pending += piece;
      continue;
    }
    yield pending + piece.slice(0, nl);
    let start = nl + 1;
    for (nl = piece.indexOf('\n', start); nl !== -1; nl = piece.indexOf('\n', start)) {
      yield piece.slice(start, nl);
      start = nl + 1;
    }
    pending = piece.slice(start);
  }
  pending += decoder.end();
  if (pending !== '') yield pending;
}

/** Waits for room in the output, failing instead of hanging when the output errors or closes meanwhile. */
function drain(output: Writable): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const done = (e?: unknown): void => {
      output.off('drain', onDrain);
      output.off('error', onError);
      output.off('close', onClose);
      if (e === undefined) resolve();
      else reject(e);
    };
    const onDrain = (): void => done();
    const onError = (e: unknown): void => done(e);
    const onClose = (): void => done(output.errored ?? new Error('the output was closed during the import'));
    output.on('drain', onDrain);
    output.on('error', onError);
    output.on('close', onClose);
  });
}

const notADump = (lineNo: number, why: string): WikidataFormatError =>
  new WikidataFormatError(
    `not a Wikidata JSON dump (line ${lineNo}: ${why}); expected latest-all.json[.gz]: "[" then one entity per line`,
  );

/**
 * The KB line of an entity, checked with the schema `--kb` reads files with, so an import never writes
 * a file that `--kb` then refuses; null for entities that are not people.
 */
function personLine(entity: WikidataEntity): { ok: true; line: string } | { ok: false; why: string } | null {
  let person: KbPerson | null;
  try {
    person = wikidataPerson(entity);
  } catch (e) {
    return { ok: false, why: `unreadable entity (${e instanceof Error ? e.message : String(e)})` };
  }
  if (!person) return null;
  const line = formatKbLine(person);
  const checked = KbPersonLine.safeParse(JSON.parse(line));
  if (checked.success) return { ok: true, line };
  const issue = checked.error.issues[0];
  return { ok: false, why: `field "${issue?.path.join('.') ?? '?'}" ${issue?.message ?? 'is invalid'}` };
}

/** Streams a dump (gzip or plain) into KB person lines on `output` (left open); rejects with `WikidataFormatError` on non-dumps. */
export async function importWikidata(
  input: Readable,
  output: Writable,
  opts: WikidataImportOptions = {},
): Promise<WikidataImportStats> {
  let bytes = 0;
  let entities = 0;
  let people = 0;
  const report = (): void => opts.onProgress?.(entities, people, bytes);
  const text = await decompressed(input, (n) => {
    bytes += n;
  });
  let lineNo = 0;
  let opened = false;
  let bracket = false;
  let closed = false;
  let bad = 0;
  const badExamples: string[] = [];
  try {
    for await (const raw of splitLines(text)) {
      lineNo++;
      const line = raw.trim();
      if (line === '') continue;
      if (!opened) {
        if (line === '[') {
          opened = true;
          bracket = true;
          continue;
        }
        if (line.startsWith('{'))
          opened = true; // one entity per line without the array: also accepted
        else throw notADump(lineNo, `starts with ${JSON.stringify(line.slice(0, 20))}`);
      }
      if (line === ']') {
        closed = true;
        continue;
      }
      if (closed) throw notADump(lineNo, 'text after the closing "]"');
      entities++;
      if (entities % PROGRESS_EVERY === 0) report();
      // Most of the dump never mentions Q5: skipping those lines unparsed is what makes a full import feasible.
      if (!line.includes(`"${HUMAN}"`)) continue;
      const json = line.endsWith(',') ? line.slice(0, -1) : line;
      let entity: unknown;
      try {
        entity = JSON.parse(json);
      } catch {
        throw notADump(lineNo, 'not a JSON entity (is the file cut short?)');
      }
      if (
        entity === null ||
        typeof entity !== 'object' ||
        typeof (entity as WikidataEntity).id !== 'string'
      ) {
        throw notADump(lineNo, 'a JSON value that is not an entity');
      }
      const id = (entity as WikidataEntity).id!;
      const kbLine = personLine(entity as WikidataEntity);
      if (kbLine === null) continue;
      if (!kbLine.ok) {
        bad++;
        if (badExamples.length < BAD_EXAMPLES) badExamples.push(`${id.slice(0, 20)}: ${kbLine.why}`);
        continue;
      }
      people++;
      if (output.destroyed) throw output.errored ?? new Error('the output was closed during the import');
      if (!output.write(`${kbLine.line}\n`)) await drain(output);
    }
  } finally {
    text.destroy();
    input.destroy();
  }
  if (!opened) throw notADump(lineNo, 'the input is empty');
  // a dump cut at a line boundary parses line by line: only the missing "]" tells it is not whole
  if (bracket && !closed)
    throw new WikidataFormatError(
      `the dump is cut short (no closing "]" after line ${lineNo}): download it again; the old knowledge base is kept`,
    );
  report();
  return { entities, people, ...(bad > 0 ? { bad, badExamples } : {}) };
}
