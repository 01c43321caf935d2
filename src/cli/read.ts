/** Opening input files for the CLI, with the registry's errors for missing or unreadable ones. */
import { createReadStream, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { HearsayError } from '../errors.ts';

/** A readable stream over a file or standard input (`-`); missing files fail before any output. */
export function openInput(file: string): Readable {
  if (file === '-') return process.stdin;
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(file);
  } catch {
    throw new HearsayError('HS_FILE_NOT_FOUND', file);
  }
  if (!st.isFile()) throw new HearsayError('HS_FILE_UNREADABLE', file);
  if (st.size === 0) throw new HearsayError('HS_EMPTY_INPUT', file);
  return createReadStream(file);
}
