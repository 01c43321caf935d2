/**
 * A command group called without its command (`hearsay`, `hearsay kb`, `hearsay queue`) says so on one
 * line with HS_BAD_OPTION, instead of the whole help on stderr followed by "(outputHelp)"; `--help`
 * still prints the help on stdout with status 0.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertOneLineError, hearsay } from './helpers.ts';

test('hearsay with no command → HS_BAD_OPTION naming the commands, exit 2', async () => {
  const r = await hearsay([]);
  assert.equal(r.stdout, '');
  assert.equal(
    assertOneLineError(r, 'HS_BAD_OPTION', 2),
    "hearsay: HS_BAD_OPTION give a command after 'hearsay': analyze, feed, batch, serve, ingest, reanalyze, outlets, sources, person, quotes, stories, export, enqueue, worker, queue, kb (hearsay --help says more)",
  );
});

test('hearsay kb and hearsay queue with no command → HS_BAD_OPTION naming theirs', async () => {
  const kb = await hearsay(['kb']);
  assert.equal(
    assertOneLineError(kb, 'HS_BAD_OPTION', 2),
    "hearsay: HS_BAD_OPTION give a command after 'hearsay kb': import (hearsay kb --help says more)",
  );
  const queue = await hearsay(['queue']);
  assert.equal(
    assertOneLineError(queue, 'HS_BAD_OPTION', 2),
    "hearsay: HS_BAD_OPTION give a command after 'hearsay queue': status, retry, drain (hearsay queue --help says more)",
  );
});

test('hearsay help with an unknown command → HS_BAD_OPTION unknown command', async () => {
  const r = await hearsay(['help', 'nope']);
  assert.equal(assertOneLineError(r, 'HS_BAD_OPTION', 2), "hearsay: HS_BAD_OPTION unknown command 'nope'");
  const sub = await hearsay(['kb', 'nope']);
  assert.equal(assertOneLineError(sub, 'HS_BAD_OPTION', 2), "hearsay: HS_BAD_OPTION unknown command 'nope'");
});

test('--help and help KB print the help on stdout, status 0', async () => {
  const root = await hearsay(['--help']);
  assert.equal(root.status, 0);
  assert.equal(root.stderr, '');
  assert.match(root.stdout, /^Usage: hearsay \[options\] \[command\]\n/);
  const kb = await hearsay(['help', 'kb']);
  assert.equal(kb.status, 0);
  assert.equal(kb.stderr, '');
  assert.match(kb.stdout, /^Usage: hearsay kb \[options\] \[command\]\n/);
});

test('help says each default once, and no default that says nothing (false, [])', async () => {
  const ingest = await hearsay(['ingest', '--help']);
  assert.equal(ingest.status, 0);
  assert.match(
    ingest.stdout,
    /--db <path\|url> {3}SQLite file or postgres:\/\/ URL \(default: \$HEARSAY_DB, else\n {20}hearsay\.db\)\n/,
  );
  assert.match(ingest.stdout, /\n {2}--skip-bad {8}go on past malformed lines and list them at the end\n/);
  assert.match(ingest.stdout, /\n {2}--kb <file> {7}add a knowledge-base JSON Lines file \(repeatable\)\n/);
  const enqueue = await hearsay(['enqueue', '--help']);
  assert.match(enqueue.stdout, /\n {2}--redis <url> {7}Redis holding the queue \(env: HEARSAY_REDIS\)\n/);
  for (const r of [ingest, enqueue])
    assert.doesNotMatch(r.stdout, /default: false|default: \[\]|\(env HEARSAY/);
});

test('reanalyze offers no page-fetch limits (it fetches nothing); ingest does', async () => {
  const re = await hearsay(['reanalyze', '--help']);
  assert.equal(re.status, 0);
  assert.doesNotMatch(re.stdout, /--timeout|--max-bytes/);
  assert.match(re.stdout, /\n {2}--all {13}every stored article, whatever read it\n/);
  // the store keeps whole reports: no spine reading, and reanalyze keeps each article's own by default
  assert.match(
    re.stdout,
    /\n {2}--preset <name> {3}read them with this preset instead .*\(choices:\s+"standard",\s+"news"\)\n/s,
  );
  assert.doesNotMatch(re.stdout, /--preset[^\n]*\n[^\n]*default: "standard"/);
  const ingest = await hearsay(['ingest', '--help']);
  assert.match(
    ingest.stdout,
    /\n {2}--timeout <ms> {4}give up fetching a page after this long \(default: 10000\)\n/,
  );
  assert.match(
    ingest.stdout,
    /--preset <name> .*\(choices:\s+"standard",\s+"news",\s+default:\s+"standard"\)/s,
  );
  const bad = await hearsay(['reanalyze', '--timeout', '5']);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /^hearsay: HS_BAD_OPTION .*--timeout/);
});

test("commander's suggestion joins the error's one line instead of a line-break mark", async () => {
  const cmd = await hearsay(['analyse', 'x.txt']);
  assert.equal(cmd.status, 2);
  assert.equal(cmd.stderr, "hearsay: HS_BAD_OPTION unknown command 'analyse' (Did you mean analyze?)\n");
  const opt = await hearsay(['analyze', '--formt', 'json', 'x.txt']);
  assert.equal(opt.stderr, "hearsay: HS_BAD_OPTION unknown option '--formt' (Did you mean --format?)\n");
});

test('a bad whole number names its flag in every command group (one parser, src/cli/numbers.ts)', async () => {
  const sources = await hearsay(['sources', '--limit', '0']);
  assert.equal(
    assertOneLineError(sources, 'HS_BAD_OPTION', 2),
    "hearsay: HS_BAD_OPTION option '--limit <n>' argument '0' is invalid. give a whole number of 1 or more",
  );
  const ingest = await hearsay(['ingest', '--batch-size', '', 'x.jsonl']);
  assert.equal(
    assertOneLineError(ingest, 'HS_BAD_OPTION', 2),
    "hearsay: HS_BAD_OPTION option '--batch-size <n>' argument '' is invalid. give a whole number of 1 or more",
  );
  const batch = await hearsay(['batch', '--jobs', '1.5', 'x.jsonl']);
  assert.equal(
    assertOneLineError(batch, 'HS_BAD_OPTION', 2),
    "hearsay: HS_BAD_OPTION option '-j, --jobs <n>' argument '1.5' is invalid. give a whole number of 1 or more",
  );
});
