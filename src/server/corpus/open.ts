/** Opening the corpus store named by `--db` for the server. */
import { openStore } from '../../corpus/index.ts';
import type { Corpus } from './service.ts';

/** Opens the store at `db` (a SQLite file or a postgres:// URL); read-only unless the server may write. */
export const openCorpus = async (db: string, opts: { readonly write?: boolean } = {}): Promise<Corpus> => {
  const r = await openStore(db, { readOnly: !opts.write });
  if (!r.ok) throw r.error;
  return r.value;
};
