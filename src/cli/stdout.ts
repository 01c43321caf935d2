/**
 * Standard output for every command, and what a failed write to it means. A reader that has gone
 * (`hearsay export | head`) is not an error: the run ends quietly with status 0, as Unix tools do. Any
 * other failed write (a full disk) is HS_WRITE_FAILED on one line, whichever command was writing — not
 * an internal error, and not the database's fault.
 */
import { writeSync } from 'node:fs';
import { HearsayError } from '../errors.ts';

/** Thrown when the reader of standard output has gone: `main` ends the run quietly with status 0. */
export class OutputClosed extends Error {
  constructor() {
    super('standard output was closed by its reader');
    this.name = 'OutputClosed';
  }
}

const REASONS: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file is too large',
  EIO: 'an input/output error',
  EBADF: 'it is closed',
};

/** What a failed write to standard output becomes: `OutputClosed` for EPIPE, else HS_WRITE_FAILED with the reason. */
export function outputFailure(e: unknown): OutputClosed | HearsayError {
  if (e instanceof OutputClosed || e instanceof HearsayError) return e;
  const code = String((e as NodeJS.ErrnoException | undefined)?.code ?? '');
  if (code === 'EPIPE') return new OutputClosed();
  const reason = REASONS[code] ?? code;
  return new HearsayError('HS_WRITE_FAILED', reason ? `standard output: ${reason}` : 'standard output');
}

/**
 * Writes all of a line (a newline is added when missing) to fd 1, synchronously. For the corpus and queue
 * commands, which never open process.stdout (that would make a pipe non-blocking under them).
 */
export function writeOut(s: string): void {
  const buf = Buffer.from(s.endsWith('\n') ? s : `${s}\n`);
  try {
    for (let off = 0; off < buf.length; ) off += writeSync(1, buf, off);
  } catch (e) {
    throw outputFailure(e);
  }
}
