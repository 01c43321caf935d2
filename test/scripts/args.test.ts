/** The npm scripts' flag parsing: a mistyped flag is one line naming the script and exit 2, as in the CLI. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

// a fit script and an eval script: both stop at their flags, before reading ../shared
for (const script of ['fit-claims.ts', 'eval-claims.ts']) {
  test(`${script} --no-such-flag: one line, exit 2, no stack trace`, () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}`, '--no-such-flag'], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.equal(
      r.stderr,
      `${script}: Unknown option '--no-such-flag'
`,
    );
  });
}
