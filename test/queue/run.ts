/** Runs the real CLI (from source) as a child process for the queue tests. */
import { spawn } from 'node:child_process';
import path from 'node:path';

const cli = path.resolve('test/queue/cli.ts');

/** What a finished CLI run printed and how it exited. */
export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `hearsay ARGS…` to completion with `stdin` as its standard input. */
export function hearsay(args: readonly string[], stdin = ''): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], { stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}
