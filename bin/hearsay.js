#!/usr/bin/env node
// The CLI lives in dist/ (built by `npm install` through the prepare script).
import('../dist/cli/main.js').then(
  (m) => m.main(process.argv),
  (e) => {
    process.stderr.write(`hearsay: not built (${e.code ?? e.message}): run npm install or npm run build\n`);
    process.exitCode = 1;
  },
);
