/**
 * Runs the real CLI (src/cli/main.ts through tsx, so no build is needed) in a child process, as a user
 * runs it: never through a shell, with its exit status, stdout and stderr. Asynchronous, so a test can
 * serve pages from its own process while the CLI fetches them.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The project's root folder (the CLI runs there unless told otherwise). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

// absolute, so that the CLI can run in any folder (a test's temporary one)
const TSX = import.meta.resolve('tsx');
const MAIN = `import(${JSON.stringify(pathToFileURL(join(ROOT, 'src/cli/main.ts')).href)}).then((m) => m.main(['node', 'hearsay', ...process.argv.slice(1)]))`;

/** What a run of the CLI gave. */
export interface Run {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of one run: standard input, a working folder, extra environment, a signal to send. */
export interface RunOptions {
  readonly input?: string;
  readonly cwd?: string;
  readonly env?: Record<string, string>;
  /** Reads stdout this many bytes at a time with a pause between reads, as a slow reader would. */
  readonly slowReader?: boolean;
  /** Closes the read end of stdout once this many bytes have come, as `| head -c N` does. */
  readonly closeAfter?: number;
  /** A file descriptor to give the CLI as its stdout instead of a pipe (e.g. one open on /dev/full). */
  readonly stdoutFd?: number;
  /**
   * Run bin/hearsay.js (dist/, see `ensureBuilt`) instead of the sources through tsx: tsx itself opens
   * process.stdout, which makes a pipe non-blocking and hides how the CLI treats fd 1.
   */
  readonly built?: boolean;
}

/** Builds dist/ when it is missing or older than a source file, for runs with `built: true`. */
export function ensureBuilt(): void {
  const newest = (dir: string): number => {
    let t = 0;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
    }
    return t;
  };
  const main = join(ROOT, 'dist', 'cli', 'main.js');
  const built = existsSync(main) ? statSync(main).mtimeMs : 0;
  if (built < newest(join(ROOT, 'src')))
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
}

/** Runs `hearsay ...args` and resolves when it exits. */
export function hearsay(args: readonly string[], opts: RunOptions = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const argv = opts.built
      ? [join(ROOT, 'bin', 'hearsay.js'), ...args]
      : ['--import', TSX, '-e', MAIN, '--', ...args];
    const child = spawn(process.execPath, argv, {
      cwd: opts.cwd ?? ROOT,
      env: { ...process.env, NO_COLOR: '1', HEARSAY_DEBUG: '', ...opts.env },
      stdio: ['pipe', opts.stdoutFd ?? 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const stdout = child.stdout;
    let got = 0;
    stdout?.on('data', (b: Buffer) => {
      out.push(b);
      got += b.length;
      if (opts.closeAfter !== undefined && got >= opts.closeAfter) {
        // the CLI's next write meets a pipe with no reader (EPIPE)
        stdout.destroy();
        return;
      }
      if (opts.slowReader) {
        // the pipe fills while we wait: a writer that does not wait for it loses what did not fit
        stdout.pause();
        setTimeout(() => stdout.resume(), 5);
      }
    });
    child.stderr?.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (status, signal) =>
      resolve({
        status,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
    child.stdin?.end(opts.input ?? '');
  });
}

/** Asserts a failure: the exit status, and stderr exactly `hearsay: CODE …` on one line; returns the line. */
export function assertOneLineError(run: Run, code: string, exit: number): string {
  assert.equal(run.status, exit, `exit status (stderr: ${run.stderr})`);
  assert.ok(run.stderr.endsWith('\n'), `stderr does not end in a newline: ${JSON.stringify(run.stderr)}`);
  const lines = run.stderr.slice(0, -1).split('\n');
  assert.equal(lines.length, 1, `stderr has ${lines.length} lines:\n${run.stderr}`);
  assert.ok(lines[0]!.startsWith(`hearsay: ${code} `), `stderr: ${run.stderr}`);
  return lines[0]!;
}
