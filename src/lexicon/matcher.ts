/**
 * The multi-pattern matcher: many phrase lexicons compiled once into one trie over word hashes, and
 * matched in a single pass over a document's tokens. Each lexicon keeps its own longest match at each
 * token, so a stage reads its hits by token index (O(1)) instead of walking the tokens again with a
 * matcher of its own. Nothing is allocated per token: the trie is a typed-array hash table keyed by
 * (node, word hash), and the hits are a row number per token and one row per token where a phrase starts.
 *
 *   const LEXICONS = compileLexicons({ hedges: HEDGE_PHRASES, outlets: [['us weekly', true]] });
 *   const HEDGES = LEXICONS.lexicon('hedges');
 *   const hits = LEXICONS.scan(doc.tokens);          // once per document (the lexicon stage)
 *   const last = hits.last(HEDGES, i);               // -1, or the last token of the longest hedge at i
 *   const kind = hits.value(HEDGES, i);              // its payload (typed by the lexicon)
 *
 * Matching rules, the same for every lexicon: phrases are tokenized like the article (so hashes are
 * lowercased, ’ folded to ', inner hyphens and apostrophes kept), a phrase never runs across a
 * sentence, and when one lexicon lists the same phrase twice the first entry wins.
 */
import type { Tokens } from '../pipeline/doc.ts';
import { slabInt32 } from '../core/slab.ts';
import { tokenize } from '../core/tokens.ts';

/** The entries of a phrase lexicon: `[phrase, payload]` pairs. */
export type LexiconEntries<T = unknown> = readonly (readonly [string, T])[];

/** A compiled lexicon's handle: its index in the matcher (and, for the compiler, its payload type). */
export interface LexiconRef<T> {
  readonly index: number;
  readonly name: string;
  /** Never set: carries the payload type. */
  readonly _payload?: T;
}

/** The payload type of a lexicon's entries. */
type Payload<E> = E extends LexiconEntries<infer T> ? T : never;

const NONE = -1;
const MIX = 0x9e3779b1;
/** Size of the first-word filter of a trie, in bits (a power of two). */
const FIRST_BITS = 1 << 16;

/**
 * A trie of word hashes shared by several lexicons. Edges live in one open-addressing table
 * (`keyHash`, `keyNode` → `child`); `accept[node * lexicons + l]` is the entry index of lexicon `l`
 * ending at that node, or -1.
 */
class HashTrie {
  private edges = 0;
  private nodes = 1;
  private mask: number;
  private keyHash: Uint32Array;
  private keyNode: Int32Array;
  private child: Int32Array;
  private acceptList: number[] = [NONE];
  /** Entry index per (node, lexicon), or -1; compacted into a typed array by `freeze`. */
  accept: Int32Array = new Int32Array(0);
  /** The deepest phrase, in tokens: no walk goes further. */
  depth = 0;
  /**
   * One bit per low 16 bits of a phrase's first word hash: 8 KB that stay in the cache, so that the
   * most tokens, which start no phrase, are passed without a probe of the (large) edge table.
   */
  readonly firsts = new Int32Array(FIRST_BITS >>> 5);

  constructor(readonly lexicons: number) {
    this.mask = 255;
    this.keyHash = new Uint32Array(256);
    this.keyNode = new Int32Array(256).fill(NONE);
    this.child = new Int32Array(256);
    this.acceptList = new Array<number>(lexicons).fill(NONE);
  }

  /** The child of `node` along word hash `h`, or -1. */
  next(node: number, h: number): number {
    let slot = (h ^ Math.imul(node + 1, MIX)) & this.mask;
    for (;;) {
      const n = this.keyNode[slot]!;
      if (n === NONE) return NONE;
      if (n === node && this.keyHash[slot] === h) return this.child[slot]!;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Adds a phrase (its word hashes) ending with entry `entry` of lexicon `lex`; the first entry wins. */
  add(hashes: ArrayLike<number>, lex: number, entry: number): void {
    let node = 0;
    if (hashes.length > 0) {
      const b = hashes[0]! & (FIRST_BITS - 1);
      this.firsts[b >>> 5]! |= 1 << (b & 31);
    }
    for (let k = 0; k < hashes.length; k++) {
      const h = hashes[k]!;
      let c = this.next(node, h);
      if (c === NONE) {
        c = this.nodes++;
        for (let l = 0; l < this.lexicons; l++) this.acceptList.push(NONE);
        this.insert(node, h, c);
      }
      node = c;
    }
    const at = node * this.lexicons + lex;
    if (this.acceptList[at] === NONE) this.acceptList[at] = entry;
    if (hashes.length > this.depth) this.depth = hashes.length;
  }

  /** Compacts the accept table once every phrase is in. */
  freeze(): void {
    this.accept = Int32Array.from(this.acceptList);
  }

  private insert(node: number, h: number, c: number): void {
    if ((this.edges + 1) * 2 > this.mask + 1) this.grow();
    let slot = (h ^ Math.imul(node + 1, MIX)) & this.mask;
    while (this.keyNode[slot] !== NONE) slot = (slot + 1) & this.mask;
    this.keyNode[slot] = node;
    this.keyHash[slot] = h;
    this.child[slot] = c;
    this.edges++;
  }

  private grow(): void {
    const { keyHash, keyNode, child } = this;
    const size = (this.mask + 1) * 2;
    this.mask = size - 1;
    this.keyHash = new Uint32Array(size);
    this.keyNode = new Int32Array(size).fill(NONE);
    this.child = new Int32Array(size);
    this.edges = 0;
    for (let s = 0; s < keyNode.length; s++) {
      if (keyNode[s] !== NONE) this.insert(keyNode[s]!, keyHash[s]!, child[s]!);
    }
  }
}

/** The word hashes of a phrase, tokenized as an article is. */
const phraseHashes = (phrase: string): Uint32Array => tokenize(phrase).hash;

/**
 * Walks the trie from token `i`, writing each lexicon's longest phrase into `best` (entry) and
 * `bestLast` (last token); false, with nothing written, when no phrase starts there. `best` is reset
 * only once the first word matched: most tokens start no phrase and cost one bit test (`firsts`).
 */
function walk(trie: HashTrie, tokens: Tokens, i: number, best: Int32Array, bestLast: Int32Array): boolean {
  const h = tokens.hash[i]!;
  const b = h & (FIRST_BITS - 1);
  if ((trie.firsts[b >>> 5]! & (1 << (b & 31))) === 0) return false;
  let node = trie.next(0, h);
  if (node === NONE) return false;
  const L = trie.lexicons;
  best.fill(NONE);
  let any = false;
  const sentence = tokens.sentence[i];
  const stop = Math.min(tokens.count, i + trie.depth);
  for (let k = i; ; ) {
    const base = node * L;
    for (let l = 0; l < L; l++) {
      const e = trie.accept[base + l]!;
      if (e === NONE) continue;
      best[l] = e;
      bestLast[l] = k;
      any = true;
    }
    k++;
    // phrases do not run across sentences
    if (k >= stop || tokens.sentence[k] !== sentence) break;
    node = trie.next(node, tokens.hash[k]!);
    if (node === NONE) break;
  }
  return any;
}

/**
 * Where each lexicon matched in one document: for lexicon `l` and token `i`, the last token of the
 * longest phrase of `l` starting at `i` (or -1) and its payload. Stored sparsely: most tokens start no
 * phrase, so a token holds a row number (-1 for none) and only the rows of tokens where some phrase
 * starts hold one lane per lexicon; a dense table per document was 8 bytes per token and lexicon.
 */
export class LexiconHits<P extends readonly unknown[][] = unknown[][]> {
  /**
   * @param rowOf per token: its row, or -1.
   * @param lastTok `[row * lexicons + l]`: last token of lexicon l's phrase there, or -1.
   * @param entry `[row * lexicons + l]`: the entry index of that phrase.
   */
  constructor(
    private readonly values: P,
    private readonly count: number,
    private readonly lexicons: number,
    private readonly rowOf: Int32Array,
    private readonly lastTok: Int32Array,
    private readonly entry: Int32Array,
  ) {}

  /** The last token of the longest phrase of `lex` starting at token `i`, or -1. */
  last(lex: LexiconRef<unknown>, i: number): number {
    if (i < 0 || i >= this.count) return NONE;
    const row = this.rowOf[i]!;
    return row === NONE ? NONE : this.lastTok[row * this.lexicons + lex.index]!;
  }

  /** The payload of the phrase of `lex` at token `i` (call only where `last` is not -1). */
  value<T>(lex: LexiconRef<T>, i: number): T {
    return this.values[lex.index]![this.entry[this.rowOf[i]! * this.lexicons + lex.index]!] as T;
  }

  /** True when some phrase of `lex` starts at token `i`. */
  has(lex: LexiconRef<unknown>, i: number): boolean {
    return this.last(lex, i) !== NONE;
  }
}

/** Lexicons compiled into one matcher: `scan` a document once, then read each lexicon's hits. */
export class LexiconMatcher<L extends Readonly<Record<string, LexiconEntries>>> {
  private readonly trie: HashTrie;
  private readonly names: string[];
  private readonly values: unknown[][];
  private readonly best: Int32Array;
  private readonly bestLast: Int32Array;
  /** Scratch rows of `scan` (one lane per lexicon per token where a phrase starts), grown by doubling. */
  private rowLast = new Int32Array(256);
  private rowEntry = new Int32Array(256);

  constructor(lexicons: L) {
    this.names = Object.keys(lexicons);
    this.trie = new HashTrie(this.names.length);
    this.values = this.names.map((name, l) => {
      const entries = lexicons[name]!;
      entries.forEach(([phrase], k) => {
        const hashes = phraseHashes(phrase);
        if (hashes.length > 0) this.trie.add(hashes, l, k);
      });
      return entries.map(([, v]) => v);
    });
    this.trie.freeze();
    this.best = new Int32Array(this.names.length);
    this.bestLast = new Int32Array(this.names.length);
  }

  /** The handle of one compiled lexicon, to read its hits. */
  lexicon<K extends keyof L & string>(name: K): LexiconRef<Payload<L[K]>> {
    const index = this.names.indexOf(name);
    if (index < 0) throw new Error(`no lexicon ${name}`);
    return { index, name };
  }

  /** Matches every lexicon at every token, in one pass. */
  scan(tokens: Tokens): LexiconHits {
    const n = tokens.count;
    const L = this.names.length;
    const rowOf = slabInt32(n).fill(NONE);
    const { best, bestLast } = this;
    // rows go to scratch tables kept between documents, copied out at their final length
    let rows = 0;
    for (let i = 0; i < n; i++) {
      if (!walk(this.trie, tokens, i, best, bestLast)) continue;
      if ((rows + 1) * L > this.rowLast.length) this.growRows();
      const base = rows * L;
      for (let l = 0; l < L; l++) {
        const hit = best[l] !== NONE;
        this.rowLast[base + l] = hit ? bestLast[l]! : NONE;
        this.rowEntry[base + l] = hit ? best[l]! : 0;
      }
      rowOf[i] = rows++;
    }
    // copied into slab views: `slice` would make two backing stores per document
    const lastTok = slabInt32(rows * L);
    lastTok.set(this.rowLast.subarray(0, rows * L));
    const entry = slabInt32(rows * L);
    entry.set(this.rowEntry.subarray(0, rows * L));
    return new LexiconHits(this.values, n, L, rowOf, lastTok, entry);
  }

  private growRows(): void {
    const last = new Int32Array(this.rowLast.length * 2);
    const entry = new Int32Array(this.rowEntry.length * 2);
    last.set(this.rowLast);
    entry.set(this.rowEntry);
    this.rowLast = last;
    this.rowEntry = entry;
  }

  /** The longest phrase of `lex` starting at token `i` (a walk from that token alone), or null. */
  matchAt<T>(lex: LexiconRef<T>, tokens: Tokens, i: number): { last: number; value: T } | null {
    const { best, bestLast } = this;
    if (i < 0 || i >= tokens.count || !walk(this.trie, tokens, i, best, bestLast)) return null;
    const e = best[lex.index]!;
    return e === NONE ? null : { last: bestLast[lex.index]!, value: this.values[lex.index]![e] as T };
  }
}

/** Compiles phrase lexicons, keyed by name, into one matcher (do it once, at module load). */
export const compileLexicons = <L extends Readonly<Record<string, LexiconEntries>>>(
  lexicons: L,
): LexiconMatcher<L> => new LexiconMatcher(lexicons);
