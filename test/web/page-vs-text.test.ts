/**
 * A saved web page and the same story as plain text must give the same quotations: extraction may drop
 * the page's furniture but must not add, lose or re-attribute a single quotation. Each page in
 * test/fixtures/html has a hand-made plain-text twin (.txt, with a front-matter block) holding exactly
 * the paragraphs and captions a reader sees. Both go through `loadInput` + `analyzeArticle` the way
 * `hearsay analyze` does (src/cli/main.ts); offsets differ, so quotations are compared by their words.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { analyzeArticle, type FullReport as Report } from '../../src/index.ts';
import { type LoadedInput, loadInput } from '../../src/input/load.ts';

const HTML_DIR = fileURLToPath(new URL('../fixtures/html/', import.meta.url));

/** What `hearsay analyze FILE` computes: the loaded input and its report. */
async function analyzeFile(path: string): Promise<{ input: LoadedInput; report: Report }> {
  const input = await loadInput(path);
  assert.ok(input.ok, input.ok ? '' : `${path}: ${input.error.message}`);
  const meta = input.value.meta;
  const report = analyzeArticle({
    id: null,
    text: input.value.text,
    date: meta?.date ?? null,
    title: meta?.title ?? null,
    outlet: meta?.outlet ?? null,
    url: meta?.url ?? null,
    byline: meta?.byline ?? null,
  });
  assert.ok(report.ok, report.ok ? '' : `${path}: ${report.error.message}`);
  return { input: input.value, report: report.value };
}

/** A quotation as a reader sees it: its words, kind, speaker and flags, with no offsets. */
const quotations = (r: Report) =>
  r.quotes.map((q) => ({
    words: r.text.slice(q.start, q.end),
    kind: q.kind,
    speaker: q.speaker.name,
    speakerKind: q.speaker.kind,
    via: q.speaker.via,
    flags: [...q.flags].sort(),
    continues: q.continues === null ? null : r.quotes.findIndex((p) => p.id === q.continues),
  }));

const captions = (r: Report) =>
  r.captions.map((c) => ({ text: r.text.slice(c.start, c.end), credit: c.credit }));

const sources = (r: Report) =>
  r.sources
    .map((s) => ({ name: s.name, kind: s.kind, quotes: s.quotes }))
    .sort((a, b) => a.name.localeCompare(b.name));

interface PageCase {
  readonly name: string;
  /** Lower bounds that keep the comparison meaningful if someone trims the fixture. */
  readonly minQuotes: number;
  readonly minCaptions: number;
  /** Text that only the page's furniture holds: none of it may reach the article text or a quotation. */
  readonly junk: readonly string[];
  /** Text of the article that the page also repeats in furniture (a pull quote): it must appear once. */
  readonly once: readonly string[];
}

const CASES: readonly PageCase[] = [
  {
    name: 'article',
    minQuotes: 5,
    minCaptions: 1,
    junk: [
      'Celebrity',
      'Royals',
      'ADVERTISEMENT',
      'Glowmax',
      'Share on',
      'Facebook',
      'spa weekend',
      'newsletter',
      'Subscribe',
      'Follow us',
      'Related stories',
      'beach house',
      'on-set moments',
      'Around the web',
      'You may like',
      'More from Glimmer',
      'cookies',
      'rights reserved',
      'trackPageView',
      'By Penny',
    ],
    once: ['They are barely speaking'],
  },
  {
    name: 'rich-article',
    minQuotes: 8,
    minCaptions: 2,
    junk: [
      'We value your privacy',
      'Trending',
      'not sorry',
      'Glowmax',
      'My skin',
      'Share on',
      'tweet this',
      'She is heartbroken',
      'Best holiday',
      'Sunseeker',
      'best gossip',
      'Follow us',
      'Related stories',
      'done hiding',
      'never the one',
      'Comments',
      'Leave her alone',
      'Fake news',
      'this one trick',
      'I was shocked',
      'expecting',
      'rights reserved',
      'dataLayer',
      'I said',
      'By Penny',
    ],
    once: ['She hasn’t left the house in days'],
  },
];

for (const c of CASES) {
  describe(`${c.name}.html against ${c.name}.txt`, async () => {
    const page = await analyzeFile(`${HTML_DIR}${c.name}.html`);
    const text = await analyzeFile(`${HTML_DIR}${c.name}.txt`);

    test('the page is read as HTML and the twin as plain text with front matter', () => {
      assert.equal(page.input.kind, 'html');
      assert.equal(text.input.kind, 'text');
      assert.ok(text.input.text.startsWith('---\n'), 'the .txt starts with a front-matter block');
      for (const key of ['title', 'date', 'outlet'] as const)
        assert.equal(text.report.meta[key], page.report.meta[key], `front matter ${key} matches the page`);
    });

    test('the article body is the same paragraphs, in the same order', () => {
      const body = (r: Report) => r.text.replace(/^---\n[\s\S]*?\n---\n+/, '').trimEnd();
      assert.deepEqual(body(page.report).split('\n\n'), body(text.report).split('\n\n'));
    });

    test('the same quotations: count, words, kind, speaker name and kind', () => {
      const p = quotations(page.report);
      const t = quotations(text.report);
      assert.ok(p.length >= c.minQuotes, `only ${p.length} quotations on the page`);
      assert.equal(p.length, t.length, 'quotation count');
      assert.deepEqual(
        p.map((q) => q.words),
        t.map((q) => q.words),
        'quoted words',
      );
      assert.deepEqual(
        p.map((q) => [q.speaker, q.speakerKind]),
        t.map((q) => [q.speaker, q.speakerKind]),
        'speakers',
      );
      assert.deepEqual(p, t, 'kind, attribution, flags and continuations');
      assert.equal(page.report.summary.quotes, text.report.summary.quotes);
      assert.equal(page.report.summary.quotedWords, text.report.summary.quotedWords);
    });

    test('the same sources', () => {
      assert.deepEqual(sources(page.report), sources(text.report));
      const kinds = new Set(page.report.quotes.map((q) => q.speaker.kind));
      assert.ok(kinds.has('anonymous'), 'the story quotes an anonymous source');
      // a spokesperson for a person is an anonymous source (the quotes guide), on the page as in the text
      const reps = page.report.quotes.filter((q) => q.speaker.name?.startsWith('A spokesperson for'));
      assert.ok(reps.length > 0, 'the story quotes a spokesperson for a person');
      for (const q of reps) assert.equal(q.speaker.kind, 'anonymous', q.speaker.name ?? '');
    });

    test('the same captions and credits, which the engine finds where the extractor put them', () => {
      const p = captions(page.report);
      assert.ok(p.length >= c.minCaptions, `only ${p.length} captions on the page`);
      assert.deepEqual(p, captions(text.report));
      assert.deepEqual(
        page.report.captions.map((x) => ({ start: x.start, end: x.end, credit: x.credit })),
        page.input.captions.map((x) => ({ start: x.start, end: x.end, credit: x.credit })),
        'the extractor and the caption stage agree on every caption',
      );
      for (const cap of page.report.captions)
        for (const q of page.report.quotes)
          assert.ok(q.end <= cap.start || q.start >= cap.end, 'no quotation inside a caption');
    });

    test('the page furniture (nav, ads, share bar, related links, comments) adds no text and no quotation', () => {
      const r = page.report;
      for (const junk of c.junk) {
        assert.ok(!r.text.includes(junk), `the article text holds page furniture: ${JSON.stringify(junk)}`);
        for (const q of r.quotes)
          assert.ok(!r.text.slice(q.start, q.end).includes(junk), `a quotation from furniture: ${junk}`);
      }
      for (const s of c.once)
        assert.equal(
          r.text.split(s).length,
          2,
          `${JSON.stringify(s)} appears once (the pull quote is dropped)`,
        );
    });
  });
}
