/** Opening input files for the CLI, with the registry's errors for missing or unreadable ones. */
import { createReadStream, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { HearsayError } from '../errors.ts';

/** A URL of a scheme other than http(s) (`ftp://…`, `file://…`): no command reads those. */
export const isOtherUrl = (s: string): boolean =>
  /^[a-z][a-z0-9+.-]*:\/\//i.test(s) && !/^https?:\/\//i.test(s);

/**
 * Checks that a command-line input can be read, before anything is opened or written: `-`, a regular
 * file with something in it, or a named pipe (`<(zcat corpus.jsonl.gz)`, read like `-`). Throws the
 * registry's error otherwise (a URL of another scheme is HS_FETCH_PROTOCOL, not a missing file).
 */
export function checkInput(file: string): void {
  if (file === '-') return;
  if (isOtherUrl(file)) throw new HearsayError('HS_FETCH_PROTOCOL', file);
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new HearsayError(
      code === 'ENOENT' || code === 'ENOTDIR' ? 'HS_FILE_NOT_FOUND' : 'HS_FILE_UNREADABLE',
      file,
    );
  }
  if (st.isFIFO()) return;
  if (!st.isFile()) throw new HearsayError('HS_FILE_UNREADABLE', file);
  if (st.size === 0) throw new HearsayError('HS_EMPTY_INPUT', file);
}

/** A readable stream over a file, a named pipe or standard input (`-`); a bad input fails before any output. */
export function openInput(file: string): Readable {
  checkInput(file);
  if (file === '-') return process.stdin;
  return createReadStream(file);
}
