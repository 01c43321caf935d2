/** The `--kb FILE` option: the bundled knowledge base plus the user's files, or a coded error. */
import { HearsayError } from '../errors.ts';
import { bundledKb, loadKbWithBundled } from '../kb/load.ts';
import type { Kb } from '../kb/types.ts';

/** Loads the knowledge base for a run; throws a `HearsayError` the CLI prints in one line. */
export function kbFromPaths(paths: readonly string[]): Kb {
  if (paths.length === 0) return bundledKb();
  const r = loadKbWithBundled(paths);
  if (!r.ok) throw new HearsayError('HS_BAD_KB', r.error);
  return r.value;
}
