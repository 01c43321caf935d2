/**
 * Sets and maps keyed by 32-bit word hashes, in typed arrays. A JS `Set<number>` or `Map<number, V>`
 * is slow for these keys: three hashes in four are above the small-integer range, so every lookup of
 * `tokens.hash[i]` boxes the number (an allocation per token) and hashes a heap number. These tables
 * probe a Uint32Array instead: no allocation, about five times faster per lookup. They implement
 * `ReadonlySet` / `ReadonlyMap`, so lexicons keep their types and can still be spread or iterated.
 */

const MIX = 0x9e3779b1;

/** Open-addressing slots for a fixed set of uint32 keys: `slot(h)` is the key's index, or -1. */
class Slots {
  private readonly keys: Uint32Array;
  private readonly index: Int32Array;
  private readonly mask: number;
  /** The distinct keys, in first-insertion order. */
  readonly order: number[] = [];

  constructor(keys: Iterable<number>) {
    const list = [...keys];
    let cap = 16;
    while (cap < list.length * 3) cap <<= 1;
    this.mask = cap - 1;
    this.keys = new Uint32Array(cap);
    this.index = new Int32Array(cap).fill(-1);
    for (const k of list) {
      const h = k >>> 0;
      let s = Math.imul(h, MIX) & this.mask;
      while (this.index[s] !== -1 && this.keys[s] !== h) s = (s + 1) & this.mask;
      if (this.index[s] !== -1) continue;
      this.keys[s] = h;
      this.index[s] = this.order.length;
      this.order.push(h);
    }
  }

  /** The position of `h` in `order`, or -1. */
  slot(h: number): number {
    const keys = this.keys;
    const index = this.index;
    const mask = this.mask;
    const k = h >>> 0;
    let s = Math.imul(k, MIX) & mask;
    for (;;) {
      const at = index[s]!;
      if (at === -1 || keys[s] === k) return at;
      s = (s + 1) & mask;
    }
  }
}

/** A read-only set of word hashes. */
export class WordSet implements ReadonlySet<number> {
  private readonly slots: Slots;

  constructor(hashes: Iterable<number>) {
    this.slots = new Slots(hashes);
  }

  /** True when the hash is in the set. */
  has(h: number): boolean {
    return this.slots.slot(h) !== -1;
  }

  /** How many hashes the set holds. */
  get size(): number {
    return this.slots.order.length;
  }

  /** Calls `fn` for each hash, in insertion order. */
  forEach(fn: (value: number, key: number, set: ReadonlySet<number>) => void, thisArg?: unknown): void {
    for (const h of this.slots.order) fn.call(thisArg, h, h, this);
  }

  /** `[hash, hash]` pairs, as `Set.prototype.entries` gives. */
  *entries(): SetIterator<[number, number]> {
    for (const h of this.slots.order) yield [h, h];
  }

  /** The hashes. */
  keys(): SetIterator<number> {
    return this.slots.order.values();
  }

  /** The hashes. */
  values(): SetIterator<number> {
    return this.slots.order.values();
  }

  /** The hashes. */
  [Symbol.iterator](): SetIterator<number> {
    return this.slots.order.values();
  }
}

/** A read-only map from word hashes to values; a key given twice keeps the last value, as `Map` does. */
export class WordMap<V> implements ReadonlyMap<number, V> {
  private readonly slots: Slots;
  private readonly vals: V[];

  constructor(entries: Iterable<readonly [number, V]>) {
    const list = [...entries];
    this.slots = new Slots(list.map(([k]) => k));
    this.vals = new Array<V>(this.slots.order.length);
    for (const [k, v] of list) this.vals[this.slots.slot(k)] = v;
  }

  /** The value under the hash, or undefined. */
  get(h: number): V | undefined {
    const at = this.slots.slot(h);
    return at === -1 ? undefined : this.vals[at];
  }

  /** True when the hash is a key. */
  has(h: number): boolean {
    return this.slots.slot(h) !== -1;
  }

  /** How many keys the map holds. */
  get size(): number {
    return this.vals.length;
  }

  /** Calls `fn` for each entry, in insertion order. */
  forEach(fn: (value: V, key: number, map: ReadonlyMap<number, V>) => void, thisArg?: unknown): void {
    const order = this.slots.order;
    for (let i = 0; i < order.length; i++) fn.call(thisArg, this.vals[i]!, order[i]!, this);
  }

  /** `[hash, value]` pairs in insertion order. */
  *entries(): MapIterator<[number, V]> {
    const order = this.slots.order;
    for (let i = 0; i < order.length; i++) yield [order[i]!, this.vals[i]!];
  }

  /** The hashes. */
  keys(): MapIterator<number> {
    return this.slots.order.values();
  }

  /** The values. */
  values(): MapIterator<V> {
    return this.vals.values();
  }

  /** `[hash, value]` pairs in insertion order. */
  [Symbol.iterator](): MapIterator<[number, V]> {
    return this.entries();
  }
}

/**
 * A growable map from word hashes to values, for tables built while reading one document (the
 * entities stage's "which person holds this word"): open addressing like `WordMap`, so a lookup of
 * `tokens.hash[i]` boxes nothing, but in plain arrays (unboxed doubles and small integers), which cost
 * far less to make per document than typed arrays do. `set` overwrites: a key keeps its latest value.
 */
export class WordIndex<V> {
  private keys: number[] = new Array<number>(16).fill(0);
  private index: number[] = new Array<number>(16).fill(-1);
  private readonly vals: V[] = [];

  /** The value under the hash, or undefined. */
  get(h: number): V | undefined {
    const at = this.find(h >>> 0);
    return at === -1 ? undefined : this.vals[at];
  }

  /** Puts `v` under the hash, replacing any value it had. */
  set(h: number, v: V): void {
    const k = h >>> 0;
    const at = this.find(k);
    if (at !== -1) {
      this.vals[at] = v;
      return;
    }
    if ((this.vals.length + 1) * 3 > this.keys.length) this.grow();
    this.put(k, this.vals.length);
    this.vals.push(v);
  }

  private find(k: number): number {
    const { keys, index } = this;
    const mask = keys.length - 1;
    let s = Math.imul(k, MIX) & mask;
    for (;;) {
      const at = index[s]!;
      if (at === -1 || keys[s] === k) return at;
      s = (s + 1) & mask;
    }
  }

  private put(k: number, at: number): void {
    const mask = this.keys.length - 1;
    let s = Math.imul(k, MIX) & mask;
    while (this.index[s] !== -1) s = (s + 1) & mask;
    this.keys[s] = k;
    this.index[s] = at;
  }

  private grow(): void {
    const { keys, index } = this;
    this.keys = new Array<number>(keys.length * 2).fill(0);
    this.index = new Array<number>(keys.length * 2).fill(-1);
    for (let s = 0; s < keys.length; s++) if (index[s] !== -1) this.put(keys[s]!, index[s]!);
  }
}
