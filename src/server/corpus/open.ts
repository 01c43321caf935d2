/** Opening the corpus store named by `--db` for the server. */
import { HearsayError } from '../../errors.ts';
import type { Corpus } from './routes.ts';

/** Opens the store at `db` (a SQLite file or a postgres:// URL) for the corpus routes. */
export const openCorpus = async (db: string): Promise<Corpus> => {
  throw new HearsayError('HS_BAD_OPTION', `--db ${db}: this build has no corpus store`);
};
