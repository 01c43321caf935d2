import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Command } from 'commander';
import { DEFAULT_MAX_CHARS } from '../index.ts';
import { PRESETS } from '../pipeline/presets.ts';
import { registerCorpusCommands } from './corpus.ts';
import { CLI_MAX_CHARS, CLI_PRESETS, COMMAND_GROUPS, program } from './main.ts';
import { registerQueueCommands } from './queue.ts';
import { registerServeCommand } from './serve.ts';

test("the CLI's copies of engine constants equal the engine's", () => {
  assert.equal(CLI_MAX_CHARS, DEFAULT_MAX_CHARS);
  assert.deepEqual([...CLI_PRESETS].sort(), Object.keys(PRESETS).sort());
});

test('each command group lists exactly the commands its module registers', () => {
  const names = (register: (c: Command) => void) => {
    const c = new Command();
    register(c);
    return c.commands.map((s) => s.name()).sort();
  };
  assert.deepEqual(names(registerServeCommand), [...COMMAND_GROUPS.serve].sort());
  assert.deepEqual(names(registerCorpusCommands), [...COMMAND_GROUPS.corpus].sort());
  assert.deepEqual(names(registerQueueCommands), [...COMMAND_GROUPS.queue].sort());
});

test('a group command registers only its group; help and unknown words register all', async () => {
  const names = async (w?: string) => (await program(w)).commands.map((c) => c.name()).sort();
  const builtIn = ['analyze', 'batch', 'feed', 'kb'];
  const sorted = (...l: (readonly string[])[]) => l.flat().sort();
  assert.deepEqual(await names('outlets'), sorted(builtIn, COMMAND_GROUPS.corpus));
  assert.deepEqual(await names('serve'), sorted(builtIn, COMMAND_GROUPS.serve));
  assert.deepEqual(await names('analyze'), builtIn);
  const all = sorted(builtIn, COMMAND_GROUPS.serve, COMMAND_GROUPS.corpus, COMMAND_GROUPS.queue);
  assert.deepEqual(await names(), all);
  assert.deepEqual(await names('help'), all);
  assert.deepEqual(await names('no-such-command'), all);
  assert.deepEqual(
    (await program(undefined, { groups: false })).commands.map((c) => c.name()).sort(),
    builtIn,
  );
});
