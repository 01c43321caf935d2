/**
 * Loading and indexing the knowledge base: the bundled JSON Lines files under `data/kb/`, users' own
 * files on top, an alias index for name lookup and a family graph from which in-laws and the like are
 * derived, so the data files only need to state each relation once, in either direction.
 */
import { closeSync, openSync, readdirSync, readSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { StringDecoder } from 'node:string_decoder';
import { err, ok, type Result } from '../result.ts';
import { parseKbLine } from './format.ts';
import type { Kb, KbPerson, KbRecord } from './types.ts';

/** Folds case, curly apostrophes, accents and spacing so "Beyonce" and "KHLOÉ’S" find what the files spell. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const wordCount = (name: string): number => {
  const trimmed = name.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
};

type Gender = KbPerson['gender'];

const gendered = (gender: Gender, male: string, female: string): string[] =>
  gender === 'male' ? [male] : gender === 'female' ? [female] : [];

const EMPTY: ReadonlySet<string> = new Set();

/** The family graph, every edge stored in both directions whichever side the data stated it on. */
class FamilyGraph {
  readonly parents = new Map<string, Set<string>>();
  readonly children = new Map<string, Set<string>>();
  readonly spouses = new Map<string, Set<string>>();
  readonly siblings = new Map<string, Set<string>>();

  private static add(map: Map<string, Set<string>>, from: string, to: string): void {
    if (from === to) return;
    let set = map.get(from);
    if (!set) {
      set = new Set();
      map.set(from, set);
    }
    set.add(to);
  }

  addParent(child: string, parent: string): void {
    FamilyGraph.add(this.parents, child, parent);
    FamilyGraph.add(this.children, parent, child);
  }

  addSpouse(a: string, b: string): void {
    FamilyGraph.add(this.spouses, a, b);
    FamilyGraph.add(this.spouses, b, a);
  }

  addSibling(a: string, b: string): void {
    FamilyGraph.add(this.siblings, a, b);
    FamilyGraph.add(this.siblings, b, a);
  }

  /** Children of one parent are siblings even when nobody wrote it down (half-siblings included). */
  linkSharedParents(): void {
    for (const kids of this.children.values()) {
      const list = [...kids];
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) this.addSibling(list[i]!, list[j]!);
      }
    }
  }

  of(map: Map<string, Set<string>>, id: string): ReadonlySet<string> {
    return map.get(id) ?? EMPTY;
  }

  /** Whether `a` is reachable from `b` by following `first` then `second`. */
  via(b: string, first: Map<string, Set<string>>, second: Map<string, Set<string>>, a: string): boolean {
    for (const mid of this.of(first, b)) {
      if (mid !== a && this.of(second, mid).has(a)) return true;
    }
    return false;
  }
}

/** Every relation word that holds from a to b, in a fixed order so output is stable. */
function relationWords(g: FamilyGraph, a: string, b: string, gender: Gender): string[] {
  if (a === b) return [];
  const { parents, children, spouses, siblings } = g;
  const words: string[] = [];
  const isParent = g.of(parents, b).has(a);
  const isChild = g.of(children, b).has(a);
  const isSibling = g.of(siblings, b).has(a);
  const isSpouse = g.of(spouses, b).has(a);
  if (isParent) words.push('parent', ...gendered(gender, 'father', 'mother'));
  if (isChild) words.push('child', ...gendered(gender, 'son', 'daughter'));
  if (isSibling) words.push('sibling', ...gendered(gender, 'brother', 'sister'));
  if (isSpouse) words.push('spouse', ...gendered(gender, 'husband', 'wife'));

  // A parent's spouse who is not a parent: Camilla to William.
  if (!isParent && g.via(b, parents, spouses, a)) {
    words.push('step-parent', ...gendered(gender, 'stepfather', 'stepmother'));
  }
  // A spouse's child who is not one's own: William to Camilla.
  if (!isChild && g.via(b, spouses, children, a)) {
    words.push('stepchild', ...gendered(gender, 'stepson', 'stepdaughter'));
  }
  // Sibling of one's spouse, spouse of one's sibling, and (as the tabloids use it) spouse of one's
  // spouse's sibling: Kate to Meghan.
  if (
    !isSibling &&
    (g.via(b, spouses, siblings, a) ||
      g.via(b, siblings, spouses, a) ||
      [...g.of(spouses, b)].some((s) => g.via(s, siblings, spouses, a)))
  ) {
    words.push('sibling-in-law', ...gendered(gender, 'brother-in-law', 'sister-in-law'));
  }
  if (!isParent && g.via(b, spouses, parents, a)) {
    words.push('parent-in-law', ...gendered(gender, 'father-in-law', 'mother-in-law'));
  }
  if (!isChild && g.via(b, children, spouses, a)) {
    words.push('child-in-law', ...gendered(gender, 'son-in-law', 'daughter-in-law'));
  }
  if (g.via(b, parents, parents, a)) {
    words.push('grandparent', ...gendered(gender, 'grandfather', 'grandmother'));
  }
  if (g.via(b, children, children, a)) {
    words.push('grandchild', ...gendered(gender, 'grandson', 'granddaughter'));
  }
  // A parent's sibling, or the spouse of one: Sophie is Harry's aunt.
  if (
    !isParent &&
    (g.via(b, parents, siblings, a) || [...g.of(parents, b)].some((p) => g.via(p, siblings, spouses, a)))
  ) {
    words.push(...gendered(gender, 'uncle', 'aunt'));
  }
  // A sibling's child, or a spouse's sibling's child.
  if (
    !isChild &&
    (g.via(b, siblings, children, a) || [...g.of(spouses, b)].some((s) => g.via(s, siblings, children, a)))
  ) {
    words.push(...gendered(gender, 'nephew', 'niece'));
  }
  return words;
}

/** Indexes records into a `Kb`; later lists win on equal ids, so users' files can correct the bundled facts. */
export function buildKb(...recordLists: readonly (readonly KbRecord[])[]): Kb {
  const byId = new Map<string, KbRecord>();
  for (const list of recordLists) {
    for (const record of list) {
      byId.delete(record.id); // so a replacement also takes the later position in iteration order
      byId.set(record.id, record);
    }
  }

  const byName = new Map<string, KbRecord[]>();
  let maxAliasWords = 0;
  const graph = new FamilyGraph();
  for (const record of byId.values()) {
    const keys = new Set<string>();
    for (const name of [record.name, ...record.aliases]) {
      const key = normalizeName(name);
      if (key === '' || keys.has(key)) continue;
      keys.add(key);
      maxAliasWords = Math.max(maxAliasWords, wordCount(key));
      const list = byName.get(key);
      if (list) list.push(record);
      else byName.set(key, [record]);
    }
    if (record.kind !== 'person') continue;
    for (const p of record.parents) graph.addParent(record.id, p);
    for (const c of record.children) graph.addParent(c, record.id);
    for (const s of record.spouses) graph.addSpouse(record.id, s);
    for (const s of record.siblings) graph.addSibling(record.id, s);
  }
  graph.linkSharedParents();

  const get = (id: string): KbRecord | undefined => byId.get(id);
  return {
    size: byId.size,
    get,
    records: () => byId.values(),
    lookup: (name) => byName.get(normalizeName(name)) ?? [],
    maxAliasWords,
    relations: (a, b) => {
      const rec = byId.get(a);
      const gender = rec?.kind === 'person' ? rec.gender : null;
      if (rec?.kind === 'event' || byId.get(b)?.kind === 'event') return [];
      return relationWords(graph, a, b, gender);
    },
  };
}

/** A knowledge base that knows nobody, for runs with `--no-kb` and for tests. */
export function emptyKb(): Kb {
  return buildKb();
}

const CHUNK = 1 << 20;

/**
 * Reads a file line by line through a fixed buffer: KB files made from a Wikidata dump can exceed the
 * largest string Node can hold, so the file is never read whole.
 */
function* readLines(path: string): Generator<string> {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK);
    const decoder = new StringDecoder('utf8');
    let pending = '';
    for (;;) {
      const n = readSync(fd, buffer, 0, CHUNK, null);
      if (n === 0) break;
      pending += decoder.write(buffer.subarray(0, n));
      let start = 0;
      for (let nl = pending.indexOf('\n'); nl !== -1; nl = pending.indexOf('\n', start)) {
        yield pending.slice(start, nl);
        start = nl + 1;
      }
      pending = pending.slice(start);
    }
    pending += decoder.end();
    if (pending !== '') yield pending;
  } finally {
    closeSync(fd);
  }
}

const fsReason = (e: unknown): string => {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EISDIR') return 'is a directory, not a JSON Lines file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return e instanceof Error ? e.message : String(e);
};

/** Parses JSON Lines files into records, in order; blank lines are skipped, anything else must parse. */
export function readKbFiles(paths: readonly string[]): Result<KbRecord[], string> {
  const records: KbRecord[] = [];
  for (const path of paths) {
    let lineNo = 0;
    try {
      for (const raw of readLines(path)) {
        lineNo++;
        const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
        if (line.trim() === '') continue;
        const parsed = parseKbLine(line, lineNo);
        if (!parsed.ok) return err(`${path}, ${parsed.error}`);
        records.push(parsed.value);
      }
    } catch (e) {
      return err(`${path}: ${fsReason(e)}`);
    }
  }
  return ok(records);
}

/** Loads users' files on their own (without the bundled facts); errors name the file and the line. */
export function loadKbFiles(paths: readonly string[]): Result<Kb, string> {
  const records = readKbFiles(paths);
  return records.ok ? ok(buildKb(records.value)) : records;
}

/** Where the bundled files live: two levels above this module both as `src/kb/*.ts` and `dist/kb/*.js`. */
export const BUNDLED_KB_DIR = new URL('../../data/kb/', import.meta.url);

let bundledRecordsCache: readonly KbRecord[] | undefined;
let bundledKbCache: Kb | undefined;

/** The records shipped in `data/kb/*.jsonl`, read once; a broken bundled file is a packaging bug, so it throws. */
export function bundledRecords(): readonly KbRecord[] {
  if (bundledRecordsCache) return bundledRecordsCache;
  const dir = fileURLToPath(BUNDLED_KB_DIR);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => fileURLToPath(new URL(f, BUNDLED_KB_DIR)));
  const records = readKbFiles(files);
  if (!records.ok) throw new Error(`bundled knowledge base is broken: ${records.error}`);
  bundledRecordsCache = records.value;
  return bundledRecordsCache;
}

/** The bundled knowledge base, built on first use and shared afterwards. */
export function bundledKb(): Kb {
  bundledKbCache ??= buildKb(bundledRecords());
  return bundledKbCache;
}

/** The bundled facts with users' `--kb` files on top (their records replace bundled ones with the same id). */
export function loadKbWithBundled(paths: readonly string[]): Result<Kb, string> {
  if (paths.length === 0) return ok(bundledKb());
  const records = readKbFiles(paths);
  return records.ok ? ok(buildKb(bundledRecords(), records.value)) : records;
}
