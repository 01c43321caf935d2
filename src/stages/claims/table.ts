/**
 * A read-only hash table from 32-bit word hashes to non-negative integers, in two typed arrays with
 * linear probing. Word hashes above 2^30 are heap numbers to a JavaScript Map, so every Map look-up of
 * one costs a hash of a boxed double; here a look-up is a few integer operations and no allocation.
 */
export class HashTable {
  private readonly keys: Uint32Array;
  private readonly values: Int32Array;
  private readonly mask: number;
  /** How many keys the table holds. */
  readonly size: number;

  /** Builds the table from hash → value pairs (values ≥ 0; a later pair for the same hash wins). */
  constructor(entries: Iterable<readonly [number, number]>) {
    const list = [...entries];
    let cap = 16;
    while (cap < list.length * 2) cap <<= 1;
    this.keys = new Uint32Array(cap);
    this.values = new Int32Array(cap).fill(-1);
    this.mask = cap - 1;
    let size = 0;
    for (const [k, v] of list) {
      let i = slot(k >>> 0, this.mask);
      while (this.values[i]! >= 0 && this.keys[i] !== k >>> 0) i = (i + 1) & this.mask;
      if (this.values[i]! < 0) size++;
      this.keys[i] = k >>> 0;
      this.values[i] = v;
    }
    this.size = size;
  }

  /** The value of hash `k`, or `missing` when the table does not hold it. */
  get(k: number, missing = -1): number {
    let i = slot(k, this.mask);
    for (;;) {
      const v = this.values[i]!;
      if (v < 0) return missing;
      if (this.keys[i] === k) return v;
      i = (i + 1) & this.mask;
    }
  }
}

/** A hash's first slot: the hash mixed once more, so hashes that differ only in high bits spread. */
const slot = (k: number, mask: number): number => (Math.imul(k ^ (k >>> 16), 0x45d9f3b) >>> 0) & mask;
