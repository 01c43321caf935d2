/**
 * The engine's fingerprint: a short hash of everything that decides what a report says — the engine's
 * code (the stages, lexicons, segmenter, knowledge-base loader, report schema) and its data files (the
 * fitted models and the bundled knowledge base). The corpus store keeps it with each article, so
 * `hearsay reanalyze` finds the articles an older engine read even when the report schema did not
 * change (a refit of the claim typer, a new lexicon word). The programs around the engine (the CLI,
 * the store, the server, the web app, the queue, the HTML renderer) are left out: a change there reads
 * no article differently.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Top-level folders of src/ (or dist/) that hold no part of the reading. */
export const NOT_ENGINE: ReadonlySet<string> = new Set(['cli', 'server', 'web', 'corpus', 'queue', 'render']);

/** Folders of data/ the engine reads: the fitted models and the bundled knowledge base. */
export const ENGINE_DATA: readonly string[] = ['attribution', 'claims', 'score', 'kb'];

/** Characters of the hex digest kept: 48 bits, no collision in any realistic history of releases. */
export const FINGERPRINT_CHARS = 12;

const isCode = (name: string): boolean =>
  (name.endsWith('.ts') || name.endsWith('.js')) && !name.endsWith('.d.ts') && !/\.test\.[jt]s$/.test(name);

/** Every file under `dir` (as a path relative to it) that `keep` accepts, sorted so the hash is stable. */
function files(dir: string, keep: (rel: string, name: string) => boolean, rel = ''): string[] {
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(dir + rel, { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const e of entries) {
    const r = `${rel}${e.name}`;
    if (e.isDirectory()) out.push(...files(dir, keep, `${r}/`));
    else if (e.isFile() && keep(r, e.name)) out.push(r);
  }
  return out.sort();
}

/**
 * The fingerprint of the engine at `codeRoot` (src/ or dist/) with its data at `dataRoot`: the hash
 * of each file's path and bytes, in path order.
 */
export function fingerprintOf(codeRoot: string, dataRoot: string): string {
  const h = createHash('sha256');
  const code = files(codeRoot, (rel, name) => !NOT_ENGINE.has(rel.split('/')[0]!) && isCode(name));
  for (const f of code)
    h.update(`code/${f}\0`)
      .update(readFileSync(codeRoot + f))
      .update('\0');
  for (const d of ENGINE_DATA)
    for (const f of files(`${dataRoot}${d}/`, () => true))
      h.update(`data/${d}/${f}\0`)
        .update(readFileSync(`${dataRoot}${d}/${f}`))
        .update('\0');
  return h.digest('hex').slice(0, FINGERPRINT_CHARS);
}

let cached: string | null = null;

/**
 * This engine's fingerprint (computed once per process: about 12 ms of reading its files, measured on this machine). In a
 * checkout it hashes src/ whether the code runs from src/ (tsx) or from dist/, so the CLI and the
 * tests agree; an installed package, which ships dist/ alone, hashes dist/.
 */
export function engineFingerprint(): string {
  if (cached === null) {
    const src = fileURLToPath(new URL('../../src/', import.meta.url));
    const code = existsSync(`${src}pipeline/fingerprint.ts`)
      ? src
      : fileURLToPath(new URL('../', import.meta.url));
    cached = fingerprintOf(code, fileURLToPath(new URL('../../data/', import.meta.url)));
  }
  return cached;
}
