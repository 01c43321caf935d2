/**
 * Command-line parsing for the npm scripts. They are developer tools, but a mistyped flag should still
 * read as the CLI's errors do: one line and a non-zero exit, not node's stack trace.
 */
import path from 'node:path';
import { type ParseArgsConfig, parseArgs } from 'node:util';

/** `parseArgs` of node:util; an unknown or malformed option prints one line naming the script and exits 2. */
export function parseScriptArgs<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) throw e;
    const script = path.basename(process.argv[1] ?? 'script');
    process.stderr.write(`${script}: ${(e as Error).message}\n`);
    process.exit(2);
  }
}
