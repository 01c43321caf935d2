/** Article input: the leading date marker, front matter, bad metadata as error values, the text kept whole. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze, analyzeArticle, HearsayError } from '../../src/index.ts';
import { at, fixture, goodFixtures, report, spanOf } from './helpers.ts';

describe('leading date marker', () => {
  const r = report('pop-split.txt');

  test('the date is read from "  date 2024-05-14 " on the first line', () => {
    assert.equal(r.meta.date, '2024-05-14');
    assert.deepEqual(r.meta, { date: '2024-05-14', title: null, outlet: null, url: null, byline: null });
  });

  test('the body starts right after the marker, on the same line', () => {
    const first = r.paragraphs[0]!;
    assert.deepEqual(first, {
      start: 18,
      end: spanOf(r.text, 'fiancé, Marcus Holt.').end,
    });
    assert.ok(at(r, first).startsWith('Pop star Tessa Vane has stunned fans'));
    assert.equal(r.sentences[0]!.start, 18);
  });

  test('nothing is found inside the marker', () => {
    const inMarker = (s: { start: number }): boolean => s.start < 18;
    assert.deepEqual(r.entities.flatMap((e) => e.mentions).filter(inMarker), []);
    assert.deepEqual(r.dates.filter(inMarker), []);
    assert.deepEqual(r.quotes.filter(inMarker), []);
  });

  test('a caller-given date wins over the marker', () => {
    const r2 = analyze(fixture('pop-split.txt'), { date: '2024-06-01' });
    assert.equal(r2.meta.date, '2024-06-01');
    assert.equal(r2.paragraphs[0]!.start, 18);
  });

  test('"Date night" at the start is prose, not a marker', () => {
    const text = 'Date night 2024-05-14 was a disaster for the couple, an insider says.';
    const r2 = analyze(text);
    assert.equal(r2.meta.date, null);
    assert.deepEqual(r2.paragraphs, [{ start: 0, end: text.length }]);
  });
});

describe('front matter', () => {
  const r = report('royal-rift.txt');

  test('title, date, outlet and url are read', () => {
    assert.deepEqual(r.meta, {
      date: '2024-09-03',
      title: 'Palace Frost: Sisters Snub Each Other at Gala',
      outlet: 'Glimmer Weekly',
      url: 'https://example.com/royals/palace-frost',
      byline: null,
    });
  });

  test('the body starts after the closing fence', () => {
    const body = spanOf(r.text, 'Lady Arabella Finch was left in tears');
    assert.equal(r.paragraphs[0]!.start, body.start);
    assert.equal(r.sentences[0]!.start, body.start);
    assert.ok(r.paragraphs.every((p) => p.start >= body.start));
  });

  test('quoted values are unquoted and author is read as the byline', () => {
    const text = '---\ntitle: "A Quiet Night In"\nauthor: Jo Bright\n---\nThe couple stayed home.\n';
    const r2 = analyze(text);
    assert.equal(r2.meta.title, 'A Quiet Night In');
    assert.equal(r2.meta.byline, 'Jo Bright');
    assert.equal(at(r2, r2.paragraphs[0]), 'The couple stayed home.');
    assert.equal(r2.paragraphs.length, 1);
  });

  test('an impossible date in front matter is an error value', () => {
    const out = analyzeArticle({ text: '---\ndate: 2023-02-29\n---\nThe couple stayed home.\n' });
    assert.equal(out.ok, false);
    assert.ok(!out.ok && out.error instanceof HearsayError);
    assert.equal(!out.ok && out.error.code, 'HS_BAD_DATE');
  });
});

describe('bad metadata comes back as an error value', () => {
  test('an impossible marker date (2024-02-30) → HS_BAD_DATE', () => {
    const out = analyzeArticle({ text: fixture('error-bad-date.txt') });
    assert.equal(out.ok, false);
    if (out.ok) return;
    assert.ok(out.error instanceof HearsayError);
    assert.equal(out.error.code, 'HS_BAD_DATE');
    assert.equal(out.error.exitCode, 3);
    assert.match(out.error.message, /2024-02-30/);
  });

  test('an impossible date given by the caller → HS_BAD_DATE', () => {
    const out = analyzeArticle({ text: 'The couple stayed home.', date: '2024-02-30' });
    assert.equal(out.ok, false);
    assert.equal(!out.ok && out.error.code, 'HS_BAD_DATE');
  });

  test('a leap day in a leap year is fine', () => {
    const out = analyzeArticle({ text: ' date 2024-02-29 The couple stayed home.' });
    assert.equal(out.ok, true);
    assert.equal(out.ok && out.value.meta.date, '2024-02-29');
  });

  test('unclosed front matter → HS_BAD_FRONT_MATTER', () => {
    const out = analyzeArticle({ text: fixture('error-unclosed-front-matter.txt') });
    assert.equal(out.ok, false);
    if (out.ok) return;
    assert.equal(out.error.code, 'HS_BAD_FRONT_MATTER');
    assert.match(out.error.message, /^bad front matter: /);
  });

  test('front matter with no closing fence before the end of the text → HS_BAD_FRONT_MATTER', () => {
    const out = analyzeArticle({ text: '---\ntitle: Missing Fence\ndate: 2024-03-01\n' });
    assert.equal(out.ok, false);
    if (out.ok) return;
    assert.equal(out.error.code, 'HS_BAD_FRONT_MATTER');
    assert.match(out.error.message, /closing "---"/);
  });

  test('analyze() throws the same coded error', () => {
    assert.throws(
      () => analyze(fixture('error-bad-date.txt')),
      (e: unknown) => e instanceof HearsayError && e.code === 'HS_BAD_DATE',
    );
    assert.throws(
      () => analyze(fixture('error-unclosed-front-matter.txt')),
      (e: unknown) => e instanceof HearsayError && e.code === 'HS_BAD_FRONT_MATTER',
    );
  });
});

describe('report.text is the input, exactly', () => {
  for (const name of goodFixtures()) {
    test(name, () => {
      const text = fixture(name);
      assert.equal(report(name).text, text);
    });
  }

  test('CRLF line ends, tabs and a BOM-less leading space are kept', () => {
    const text = ' date 2024-01-02 First line.\r\n\r\n\t“Second,” she said.\r\n';
    assert.equal(analyze(text).text, text);
  });
});
