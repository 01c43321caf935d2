/**
 * COPY's binary form, without a database: rows to tuples and back. Its own module so the analysis
 * threads (src/corpus/ingest-worker.ts) can build a fresh article's tuples without loading a driver.
 */

/** A value a query takes or returns. */
export type SqlValue = string | number | null | Buffer;

/** Writes a 32-bit integer big-endian at `at`. */
function put32(b: Uint8Array, at: number, v: number): void {
  b[at] = v >>> 24;
  b[at + 1] = v >>> 16;
  b[at + 2] = v >>> 8;
  b[at + 3] = v;
}

/** The longest string `BinaryWriter.text` copies itself when it is ASCII. */
const SHORT_TEXT = 64;

/**
 * A growing buffer for COPY's binary form (network byte order). Text is written straight in as UTF-8
 * after room for the most bytes it can take, and its length put before it afterwards: one pass over
 * each string, where measuring it first would take two.
 */
class BinaryWriter {
  buf: Buffer;
  at = 0;
  /** With `own`, the buffer is an ArrayBuffer of its own (never a slice of Node's pool), to transfer. */
  constructor(size: number, own = false) {
    const n = Math.max(size, 64);
    this.buf = own ? Buffer.from(new ArrayBuffer(n)) : Buffer.allocUnsafe(n);
  }
  room(n: number): void {
    if (this.at + n <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.at + n));
    this.buf.copy(next, 0, 0, this.at);
    this.buf = next;
  }
  // big-endian by hand: a Uint8Array store keeps the low byte, and Buffer's writers check their
  // arguments on every call (a job's tuples make hundreds of thousands of them)
  int16(v: number): void {
    this.room(2);
    const b = this.buf;
    const at = this.at;
    b[at] = v >> 8;
    b[at + 1] = v;
    this.at = at + 2;
  }
  int32(v: number): void {
    this.room(4);
    put32(this.buf, this.at, v);
    this.at += 4;
  }
  text(s: string): void {
    // the exact length only when the most a string can take does not fit (rare: the buffer starts at
    // the rows' size with one byte a character)
    if (this.at + 4 + s.length * 3 > this.buf.length) this.room(4 + Buffer.byteLength(s));
    const buf = this.buf;
    const start = this.at + 4;
    let n = -1;
    // a short ASCII string (ids, kinds, keys: most of a row's strings) byte by byte: a call into
    // Buffer.write costs more than the copy itself
    if (s.length <= SHORT_TEXT) {
      let i = 0;
      for (; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0x80) break;
        buf[start + i] = c;
      }
      if (i === s.length) n = i;
    }
    if (n < 0) n = buf.write(s, start, 'utf8');
    put32(buf, this.at, n);
    this.at = start + n;
  }
  bytes(b: Uint8Array): void {
    this.room(4 + b.length);
    put32(this.buf, this.at, b.length);
    this.buf.set(b, this.at + 4);
    this.at += 4 + b.length;
  }
}

// PostgreSQL's text input of the two types, in the decimal forms it takes (spaces around allowed): the
// old insertMany path sent values as text and the server refused the rest; Number() alone would take
// '' as 0 and 'abc' as NaN
const INTEGER_TEXT = /^\s*[+-]?\d+\s*$/;
const DOUBLE_TEXT = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

const refuse = (type: string, v: unknown): never => {
  throw new Error(`invalid input syntax for type ${type}: "${String(v)}"`);
};

const integerOf = (v: SqlValue): number => {
  if (typeof v !== 'number' && !(typeof v === 'string' && INTEGER_TEXT.test(v))) refuse('integer', v);
  const n = Number(v);
  if (!Number.isInteger(n) || n < -2147483648 || n > 2147483647) refuse('integer', v);
  return n;
};

const doubleOf = (v: SqlValue): number => {
  if (typeof v !== 'number' && !(typeof v === 'string' && DOUBLE_TEXT.test(v))) refuse('double precision', v);
  const n = Number(v);
  if (!Number.isFinite(n)) refuse('double precision', v);
  return n;
};

/**
 * A value for an `integer` or `double precision` column as the number both insert paths store, or the
 * error both throw; a value of another column's type is returned as it is.
 */
export function numberIn(type: string, v: SqlValue): SqlValue {
  if (type === 'integer') return integerOf(v);
  if (type === 'double precision') return doubleOf(v);
  return v;
}

/** The column types the store's fresh rows have, each with its writer's number in `writeTuples`. */
const BINARY: Readonly<Record<string, number>> = { text: 0, integer: 1, 'double precision': 2, bytea: 3 };

/** COPY's binary signature, flags and header extension length. */
export const COPY_HEADER = Buffer.from('PGCOPY\n\xff\r\n\0\0\0\0\0\0\0\0\0', 'latin1');

/** The writer of each column, or null when a column has a type `BINARY` does not write. */
function fieldsOf(types: ReadonlyMap<string, string>, columns: readonly string[]): number[] | null {
  const fields = columns.map((c) => BINARY[types.get(c) ?? '']);
  return fields.some((f) => f === undefined) ? null : (fields as number[]);
}

/** The bytes rows' tuples take at most with a character a byte: sized once, no copies as it grows. */
function tuplesSize(rows: readonly SqlValue[][], columns: number): number {
  let size = 0;
  for (const r of rows) {
    size += 2 + 4 * columns;
    for (const v of r)
      size += typeof v === 'string' ? v.length : typeof v === 'number' ? 8 : v ? v.length : 0;
  }
  return size;
}

/** Writes one tuple per row: the field count, then each field's length and value (-1 for NULL). */
function writeTuples(w: BinaryWriter, fields: readonly number[], rows: readonly SqlValue[][]): void {
  const n = fields.length;
  for (const r of rows) {
    w.int16(n);
    for (let j = 0; j < n; j++) {
      const v = r[j];
      if (v === null || v === undefined) {
        w.int32(-1);
        continue;
      }
      // one switch, not a writer function per column: the call site stays monomorphic
      switch (fields[j]) {
        case 0:
          w.text(typeof v === 'string' ? v : String(v));
          break;
        case 1:
          w.int32(4);
          w.int32(integerOf(v));
          break;
        case 2:
          w.int32(8);
          w.room(8);
          w.at = w.buf.writeDoubleBE(doubleOf(v), w.at);
          break;
        default:
          w.bytes(typeof v === 'string' ? Buffer.from(v) : (v as Buffer));
      }
    }
  }
}

/**
 * Rows in COPY's binary form (header, one tuple per row, trailer); null when a column has a type
 * `BINARY` does not write.
 */
export function copyBinary(
  types: ReadonlyMap<string, string>,
  columns: readonly string[],
  rows: readonly SqlValue[][],
): Buffer | null {
  // the tuples framed by header and trailer: one more copy of them, not a second writer to keep true
  const tuples = copyTuples(types, columns, rows);
  return tuples === null ? null : joinTuples([tuples]);
}

/**
 * Rows as COPY binary tuples alone, without header or trailer: the tuples of many articles, each
 * built in its analysis thread, make one COPY end to end (`Sql.copyTuples`, `joinTuples`). Null when
 * a column has a type `BINARY` does not write.
 */
export function copyTuples(
  types: ReadonlyMap<string, string>,
  columns: readonly string[],
  rows: readonly SqlValue[][],
): Buffer | null {
  const fields = fieldsOf(types, columns);
  if (fields === null) return null;
  const w = new BinaryWriter(tuplesSize(rows, columns.length) + 256);
  writeTuples(w, fields, rows);
  return w.buf.subarray(0, w.at);
}

/** One table's rows for `copyTupleSets`. */
export interface TupleSet {
  readonly types: ReadonlyMap<string, string>;
  readonly columns: readonly string[];
  readonly rows: readonly SqlValue[][];
}

/**
 * `copyTuples` of several tables at once, into one buffer sized once, of its own (to transfer to
 * another thread), with where each table's tuples end. Null when a column has a type `BINARY` does
 * not write.
 */
export function copyTupleSets(sets: readonly TupleSet[]): { data: Buffer; ends: number[] } | null {
  const fields = sets.map((t) => fieldsOf(t.types, t.columns));
  if (fields.some((f) => f === null)) return null;
  let size = 256;
  for (const t of sets) size += tuplesSize(t.rows, t.columns.length);
  const w = new BinaryWriter(size, true);
  const ends = sets.map((t, i) => {
    writeTuples(w, fields[i]!, t.rows);
    return w.at;
  });
  return { data: w.buf.subarray(0, w.at), ends };
}

/**
 * COPY binary tuples (`copyTuples`) back to rows, for a store that cannot take them as they are
 * (SQLite, or PostgreSQL columns of other types). Byte values are views of `data`.
 */
export function decodeTuples(
  types: ReadonlyMap<string, string>,
  columns: readonly string[],
  data: Uint8Array,
): SqlValue[][] {
  const b = Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const kinds = columns.map((c) => types.get(c) ?? '');
  const rows: SqlValue[][] = [];
  let at = 0;
  while (at < b.length) {
    const n = b.readInt16BE(at);
    at += 2;
    if (n !== columns.length) throw new Error(`a COPY tuple of ${n} fields for ${columns.length} columns`);
    const row: SqlValue[] = new Array(n);
    for (let j = 0; j < n; j++) {
      const len = b.readInt32BE(at);
      at += 4;
      if (len < 0) {
        row[j] = null;
        continue;
      }
      const k = kinds[j];
      row[j] =
        k === 'integer'
          ? b.readInt32BE(at)
          : k === 'double precision'
            ? b.readDoubleBE(at)
            : k === 'bytea'
              ? b.subarray(at, at + len)
              : b.toString('utf8', at, at + len);
      at += len;
    }
    rows.push(row);
  }
  return rows;
}

/** A COPY in binary form of tuples built apart (`copyTuples`): header, the tuples end to end, trailer. */
export function joinTuples(tuples: readonly Uint8Array[]): Buffer {
  const size = tuples.reduce((n, t) => n + t.length, 0);
  const out = Buffer.allocUnsafe(COPY_HEADER.length + size + 2);
  let at = COPY_HEADER.copy(out, 0);
  for (const t of tuples) {
    out.set(t, at);
    at += t.length;
  }
  out.writeInt16BE(-1, at);
  return out;
}
