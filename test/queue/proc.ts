/** A `hearsay worker` child process for the fault tests: its log lines, waiting on them, signals. */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

const cli = path.resolve('test/queue/cli.ts');

/** A running worker and what it has logged so far. */
export class WorkerProc {
  readonly lines: string[] = [];
  readonly exited: Promise<number | null>;
  private readonly child: ChildProcess;
  private waiters: { re: RegExp; resolve: (line: string) => void }[] = [];

  /** Starts `hearsay worker ARGS…`. */
  constructor(args: readonly string[]) {
    this.child = spawn(process.execPath, ['--import', 'tsx', cli, 'worker', ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    createInterface({ input: this.child.stderr! }).on('line', (line) => {
      this.lines.push(line);
      this.waiters = this.waiters.filter((w) => {
        if (!w.re.test(line)) return true;
        w.resolve(line);
        return false;
      });
    });
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
  }

  /** Resolves with the first line (logged before or after the call) matching `re`. */
  waitFor(re: RegExp, ms = 120_000): Promise<string> {
    const seen = this.lines.find((l) => re.test(l));
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no line matching ${re} in ${ms} ms; log:\n${this.lines.join('\n')}`)),
        ms,
      );
      this.waiters.push({
        re,
        resolve: (l) => {
          clearTimeout(timer);
          resolve(l);
        },
      });
    });
  }

  /** Whether the process still runs. */
  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Sends a signal (SIGTERM, SIGKILL) to the worker. */
  kill(signal: NodeJS.Signals): void {
    if (this.running) this.child.kill(signal);
  }

  /** Stops it with SIGTERM and resolves with its exit code. */
  async stop(): Promise<number | null> {
    this.kill('SIGTERM');
    return this.exited;
  }
}
