/**
 * Typed arrays for per-document tables, carved from a shared slab. A `new Int32Array(n)` of more than
 * 64 bytes is an ArrayBuffer with a backing store of its own (an allocator call, zero-filling, and an
 * extension the garbage collector must sweep): about 1.5 µs each, several per article. Here the
 * arrays are views into one zeroed slab, handed out once and never reused (so each starts zeroed, as
 * a fresh array does); a slab is freed when the last view into it is. Like Node's Buffer pool.
 */

/** Bytes per slab; an array of more than an eighth of it gets a buffer of its own. */
const SLAB_BYTES = 256 * 1024;
const BIG = SLAB_BYTES / 8;

let slab = new ArrayBuffer(SLAB_BYTES);
let used = 0;
/** Where in the buffer `carve` last returned its bytes begin (a variable, not a tuple per call). */
let carvedAt = 0;

/**
 * `bytes` zeroed bytes, 8-aligned: the buffer they are in (a fresh one when large), and in `carvedAt`
 * their offset. For views made at once and kept as long as the caller likes: the bytes are never
 * handed out again.
 */
export function carve(bytes: number): ArrayBuffer {
  if (bytes > BIG) {
    carvedAt = 0;
    return new ArrayBuffer(bytes);
  }
  const size = (bytes + 7) & ~7;
  if (used + size > SLAB_BYTES) {
    slab = new ArrayBuffer(SLAB_BYTES);
    used = 0;
  }
  carvedAt = used;
  used += size;
  return slab;
}

/** The offset of the bytes the last `carve` gave. */
export const carvedOffset = (): number => carvedAt;

/** A zeroed Int32Array of length n, like `new Int32Array(n)`, carved from the slab. */
export function slabInt32(n: number): Int32Array {
  const buf = carve(n * 4);
  return new Int32Array(buf, carvedAt, n);
}
