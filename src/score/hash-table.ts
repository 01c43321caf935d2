/**
 * A read-only table keyed by 32-bit word hashes, in typed arrays with open addressing. A `Map` or a
 * `Set` keyed by a hash above 2^30 boxes the number on every lookup (an allocation per token in a
 * hot loop); this table compares the raw integers.
 */

/** A frozen hash → value table. */
export class HashTable<T> {
  private readonly keys: Uint32Array;
  private readonly slots: Int32Array;
  private readonly values: T[] = [];
  private readonly shift: number;
  private readonly mask: number;

  /** Builds the table from a map (at most a quarter full, so probes stay short). */
  constructor(entries: ReadonlyMap<number, T>) {
    let bits = 4;
    while (1 << bits < entries.size * 4) bits++;
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    this.keys = new Uint32Array(1 << bits);
    this.slots = new Int32Array(1 << bits);
    for (const [h, v] of entries) {
      let k = this.start(h);
      while (this.slots[k] !== 0) k = (k + 1) & this.mask;
      this.values.push(v);
      this.keys[k] = h;
      this.slots[k] = this.values.length;
    }
  }

  private start(h: number): number {
    return Math.imul(h, 0x9e3779b1) >>> this.shift;
  }

  /** The value for hash `h`, or undefined. */
  get(h: number): T | undefined {
    let k = this.start(h);
    for (;;) {
      const v = this.slots[k]!;
      if (v === 0) return undefined;
      if (this.keys[k] === h) return this.values[v - 1];
      k = (k + 1) & this.mask;
    }
  }

  /** Whether hash `h` is in the table. */
  has(h: number): boolean {
    return this.get(h) !== undefined;
  }
}

/** A set of word hashes as a table. */
export const hashSet = (hashes: Iterable<number>): HashTable<true> =>
  new HashTable(new Map([...hashes].map((h) => [h, true as const])));
