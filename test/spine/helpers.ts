/**
 * Shared helpers for the spine tests: fixture loading, cached reports and exact-span lookups.
 * Spans are located by searching the fixture text, so every assertion compares exact offsets
 * and the exact characters at them.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze, type Quote, type FullReport as Report, type Source, type Span } from '../../src/index.ts';

/** The folder holding the fixture articles. */
export const FIXTURES = fileURLToPath(new URL('../fixtures/articles/', import.meta.url));

/** Absolute path of a fixture article. */
export const fixturePath = (name: string): string => `${FIXTURES}${name}`;

/** The raw text of a fixture article. */
export const fixture = (name: string): string => readFileSync(fixturePath(name), 'utf8');

/** Fixture articles that analyse cleanly (the `error-*` ones are meant to fail). */
export const goodFixtures = (): string[] =>
  readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.txt') && !f.startsWith('error-'))
    .sort();

/** A report reader for a fixture folder: each article is analysed once per test file. */
export function cachedReports(read: (name: string) => string): (name: string) => Report {
  const cache = new Map<string, Report>();
  return (name) => {
    let r = cache.get(name);
    if (!r) {
      r = analyze(read(name));
      cache.set(name, r);
    }
    return r;
  };
}

/** The report of a fixture article (analysed once per test file). */
export const report = cachedReports(fixture);

/** The text a span covers. */
export function at(r: Report, s: Span | null | undefined): string {
  assert.ok(s, 'expected a span, got null');
  return r.text.slice(s.start, s.end);
}

/** The span of the `nth` (1-based) occurrence of `needle` in `text`; fails if there is none. */
export function spanOf(text: string, needle: string, nth = 1): Span {
  let from = 0;
  let idx = -1;
  for (let k = 0; k < nth; k++) {
    idx = text.indexOf(needle, from);
    assert.ok(idx >= 0, `"${needle}" (occurrence ${nth}) not found in the text`);
    from = idx + 1;
  }
  return { start: idx, end: idx + needle.length };
}

/** Plain `{start, end}` of anything with a span, for deepEqual. */
export const bounds = (s: { start: number; end: number }): Span => ({ start: s.start, end: s.end });

/** The quotation whose span covers exactly `content`; fails with the list of quotations if none does. */
export function quoteOf(r: Report, content: string): Quote {
  const q = r.quotes.find((x) => r.text.slice(x.start, x.end) === content);
  assert.ok(
    q,
    `no quotation spans exactly ${JSON.stringify(content)}; quotations are:\n${r.quotes
      .map((x) => `  ${x.id} ${x.kind} ${JSON.stringify(r.text.slice(x.start, x.end))}`)
      .join('\n')}`,
  );
  return q;
}

/** The source a quotation was given to; fails when it has none. */
export function sourceOf(r: Report, q: Quote): Source {
  const s = r.sources.find((x) => x.id === q.sourceId);
  assert.ok(s, `quotation ${q.id} has no source (sourceId ${String(q.sourceId)})`);
  return s;
}

/** The quotations overlapping a span. */
export const quotesOverlapping = (r: Report, s: Span): Quote[] =>
  r.quotes.filter((q) => q.start < s.end && s.start < q.end);

/** The span of `part` inside the `nth` occurrence of `context` (for words that occur more than once). */
export function spanIn(text: string, context: string, part: string, nth = 1): Span {
  const c = spanOf(text, context, nth);
  const k = context.indexOf(part);
  assert.ok(k >= 0, `"${part}" is not inside "${context}"`);
  return { start: c.start + k, end: c.start + k + part.length };
}
