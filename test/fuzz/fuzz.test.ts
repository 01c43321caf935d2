/**
 * The fuzz suite (issue 16): seeded hostile inputs through the engine, the batch record reader and the
 * HTML extractor, asserting for each that nothing escapes the error registry, that every report passes
 * the schema (which checks every span is a range of the text) and that the text comes back unchanged,
 * and that each finishes within a time budget given to the engine itself (a generous one: this is a
 * bound against blow-ups, not a benchmark).
 *
 *   FUZZ_COUNT=200000 FUZZ_SEED=7 node --import tsx --test test/fuzz/fuzz.test.ts
 *
 * Defaults: FUZZ_COUNT=20000 engine inputs, FUZZ_SEED=1, FUZZ_MAX_MS=10000; a tenth as many records and
 * a hundredth as many HTML pages.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { analyzeRecord } from '../../src/cli/record.ts';
import { ERRORS, HearsayError } from '../../src/errors.ts';
import { analyzeArticle, bundledKb } from '../../src/index.ts';
import { extractArticle } from '../../src/input/html.ts';
import { Report } from '../../src/report/schema.ts';
import { badSpans } from '../../src/report/span-check.ts';
import { fuzzInput, mutate, rng } from './generate.ts';

const COUNT = Number(process.env.FUZZ_COUNT ?? 20_000);
const SEED = Number(process.env.FUZZ_SEED ?? 1);
const MAX_MS = Number(process.env.FUZZ_MAX_MS ?? 10_000);
/** The full zod parse costs a third of an analysis: every report gets the span check, every n-th the schema. */
const SCHEMA_EVERY = Number(process.env.FUZZ_SCHEMA_EVERY ?? 4);
let checked = 0;
const kb = bundledKb();

/** A failure message that reproduces the input. */
const where = (kind: string, i: number, family: string, text: string): string =>
  `${kind} #${i} (seed ${SEED}, ${family}, ${text.length} chars): ${JSON.stringify(text.slice(0, 300))}`;

/** Asserts a report is valid for its input: every span within the text, the schema, the text unchanged. */
function checkReport(value: { text: string }, text: string, label: string): void {
  assert.equal(value.text, text, `${label}: the report's text is not the input`);
  const bad = badSpans(value, text.length);
  assert.deepEqual(bad.slice(0, 3), [], `${label}: spans outside the text`);
  if (checked++ % SCHEMA_EVERY !== 0) return;
  const parsed = Report.safeParse(value);
  assert.ok(
    parsed.success,
    `${label}: ${parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))}`,
  );
}

const known = new Set(Object.keys(ERRORS));

test(`engine: ${COUNT} fuzzed articles, no crash, valid reports, within ${MAX_MS} ms each`, () => {
  const families = new Map<string, number>();
  let errors = 0;
  for (let i = 0; i < COUNT; i++) {
    const { family, text } = fuzzInput(SEED, i);
    families.set(family.split(':')[0]!, (families.get(family.split(':')[0]!) ?? 0) + 1);
    const label = where('article', i, family, text);
    let r: ReturnType<typeof analyzeArticle>;
    try {
      r = analyzeArticle({ id: `fuzz-${i}`, text }, kb, { maxMs: MAX_MS });
    } catch (e) {
      assert.fail(`${label}: threw ${e instanceof Error ? e.stack : String(e)}`);
    }
    if (r.ok) checkReport(r.value, text, label);
    else {
      errors++;
      assert.ok(r.error instanceof HearsayError && known.has(r.error.code), `${label}: ${r.error.message}`);
      assert.notEqual(r.error.code, 'HS_TIME_BUDGET', `${label}: took longer than ${MAX_MS} ms`);
    }
  }
  // every family was exercised, and most inputs are analysed rather than refused
  assert.deepEqual([...families.keys()].sort(), ['fixture-mutation', 'random-unicode', 'shape']);
  assert.ok(errors < COUNT / 4, `${errors} of ${COUNT} refused`);
});

test('batch records: mutated JSON lines give a report or a registry error, never an exception', () => {
  const n = Math.max(100, Math.floor(COUNT / 10));
  const r = rng(SEED + 17);
  let reports = 0;
  for (let i = 0; i < n; i++) {
    const { text } = fuzzInput(SEED + 1, i);
    const good = JSON.stringify({ id: i % 3 ? `r${i}` : i, text, date: i % 5 ? null : '2024-02-29' });
    const line = i % 2 ? mutate(r, good) : good;
    let out: ReturnType<typeof analyzeRecord>;
    try {
      out = analyzeRecord(line, i + 1, kb, { maxMs: MAX_MS });
    } catch (e) {
      assert.fail(
        `${where('record', i, 'json-line', line)}: threw ${e instanceof Error ? e.stack : String(e)}`,
      );
    }
    if (out.ok) {
      reports++;
      const report = JSON.parse(out.json) as { text: string };
      checkReport(report, report.text, where('record', i, 'json-line', line));
    } else assert.ok(known.has(out.code), where('record', i, out.code, line));
  }
  assert.ok(reports > n / 3, `${reports} of ${n} records analysed`);
});

test('HTML: mutated fixture pages extract to text or HS_NOT_AN_ARTICLE, and analyse', () => {
  const dir = new URL('../fixtures/html/', import.meta.url);
  const pages = readdirSync(fileURLToPath(dir))
    .filter((f) => f.endsWith('.html'))
    .map((f) => readFileSync(fileURLToPath(new URL(f, dir)), 'utf8'));
  const n = Math.max(50, Math.floor(COUNT / 100));
  const r = rng(SEED + 29);
  for (let i = 0; i < n; i++) {
    let html = pages[i % pages.length]!;
    for (let k = 1 + Math.floor(r() * 4); k > 0; k--) html = mutate(r, html);
    if (i % 10 === 0) html = `${'<div>'.repeat(500 + i)}${html}`;
    const label = where('html', i, 'html-mutation', html);
    let a: ReturnType<typeof extractArticle>;
    try {
      a = extractArticle(html);
    } catch (e) {
      assert.fail(`${label}: threw ${e instanceof Error ? e.stack : String(e)}`);
    }
    if (!a.ok) {
      assert.equal(a.error.code, 'HS_NOT_AN_ARTICLE', label);
      continue;
    }
    const rep = analyzeArticle({ text: a.value.text }, kb, { maxMs: MAX_MS });
    if (rep.ok) checkReport(rep.value, a.value.text, label);
    else assert.ok(known.has(rep.error.code) && rep.error.code !== 'HS_TIME_BUDGET', label);
  }
});
