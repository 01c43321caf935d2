/** The /proc CPU reader the benches share: the fields of a stat line, with a command name holding ") ". */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { procCpu, statCpu, statParent, treeCpu } from '../../scripts/lib/proc.ts';

// pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime …
const line = '4242 (odd) name) S 17 4242 4242 0 -1 4194560 10 0 0 0 250 50 7 3 20 0 1 0';

test('statCpu adds utime and stime (ticks of 1/100 s), and the exited children only when asked', () => {
  assert.equal(statCpu(line), 3);
  assert.equal(statCpu(line, true), 3.1);
  assert.equal(statParent(line), 17);
});

test('on Linux this process has spent CPU; a process that is not there has spent none', () => {
  if (process.platform !== 'linux') return;
  // read in this order, as CPU time only grows: the tree's, read after, is at least the process's
  const own = procCpu(process.pid);
  assert.ok(own > 0, 'loading the test took CPU');
  assert.ok(treeCpu(process.pid) >= own);
  assert.equal(procCpu(undefined), 0);
  assert.equal(procCpu(2 ** 30), 0);
});
