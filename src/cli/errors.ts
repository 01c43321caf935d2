/** How the CLI reports failure: one line on stderr, a non-zero exit, never a stack trace. */
import { HearsayError } from '../errors.ts';
import { visibleLine } from '../render/escape.ts';

/** Prints an error as one line and returns the exit code to use. */
export function reportError(e: unknown): number {
  if (e instanceof HearsayError) {
    process.stderr.write(`hearsay: ${e.code} ${visibleLine(e.message)}\n`);
    return e.exitCode;
  }
  const msg = e instanceof Error ? e.message : String(e);
  process.stderr.write(
    `hearsay: internal error: ${visibleLine(msg.split('\n')[0] ?? '')} (set HEARSAY_DEBUG=1 for details)\n`,
  );
  if (process.env.HEARSAY_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  return 1;
}
