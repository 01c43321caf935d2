/**
 * Language: emotive words, superlatives, all-caps words, exclamation marks, clickbait patterns in the
 * title, and readability. Fixtures: bombshell-feud.txt (sensational), plain-visit.txt (simple) and
 * broadsheet-analysis.txt (complex).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../src/index.ts';
import { report, spanIn, spanOf, texts } from './helpers.ts';

const r = report('bombshell-feud.txt');
const L = r.language;

describe('emotive words (bombshell-feud.txt)', () => {
  test('every emotive word, with its exact span, in text order', () => {
    assert.deepEqual(L.emotive, [
      spanOf(r.text, 'BOMBSHELL'),
      spanOf(r.text, 'slammed'),
      spanOf(r.text, 'devastating'),
      spanOf(r.text, 'feud'),
      spanOf(r.text, 'shocking'),
      spanOf(r.text, 'desperate'),
      spanOf(r.text, 'heartbreak'),
      spanIn(r.text, 'as a shock', 'shock'),
      spanOf(r.text, 'UNBELIEVABLE'),
    ]);
  });

  test('the title is not part of the body: its "Bombshell" and "Snub" are not counted', () => {
    const body = r.paragraphs[0]!.start;
    assert.ok(L.emotive.every((s) => s.start >= body));
    assert.ok(!texts(r, L.emotive).includes('Snub'));
  });

  test('a calm text has no emotive words (plain-visit.txt)', () => {
    assert.deepEqual(report('plain-visit.txt').language.emotive, []);
  });
});

describe('superlatives', () => {
  test('"biggest", "most shocking" (most + the next word) and "saddest" (bombshell-feud.txt)', () => {
    assert.deepEqual(L.superlatives, [
      spanOf(r.text, 'biggest'),
      spanOf(r.text, 'most shocking'),
      spanOf(r.text, 'saddest'),
    ]);
  });

  test('words ending in -est that are no superlatives are left alone', () => {
    const text =
      'The latest news is honest, and the interest is modest. She felt the happiest she had been in years.';
    const r2 = analyze(text);
    assert.deepEqual(r2.language.superlatives, [spanOf(text, 'happiest')]);
  });
});

describe('all-caps words', () => {
  test('"BOMBSHELL" and "UNBELIEVABLE", not the acronyms "UK" and "BBC" (bombshell-feud.txt)', () => {
    assert.deepEqual(L.allCaps, [spanOf(r.text, 'BOMBSHELL'), spanOf(r.text, 'UNBELIEVABLE')]);
    assert.ok(!texts(r, L.allCaps).includes('UK'));
    assert.ok(!texts(r, L.allCaps).includes('BBC'));
  });

  test('"EXCLUSIVE" is shouted; "TV", "US" and "NHS" are not', () => {
    const text = 'In an EXCLUSIVE chat, the TV star said the US and NHS were fine.';
    assert.deepEqual(analyze(text).language.allCaps, [spanOf(text, 'EXCLUSIVE')]);
  });
});

describe('exclamation marks', () => {
  test('the two in the body, each a one-character span (bombshell-feud.txt)', () => {
    assert.deepEqual(L.exclamations, [
      spanIn(r.text, 'interview!', '!'),
      spanIn(r.text, 'UNBELIEVABLE!', '!'),
    ]);
  });

  test('none in a calm text (plain-visit.txt)', () => {
    assert.deepEqual(report('plain-visit.txt').language.exclamations, []);
  });

  test('the "!" in an outlet\'s name ("OK! magazine") is not an exclamation', () => {
    const text = 'Harry flew home. OK! magazine has the full story.';
    assert.deepEqual(analyze(text).language.exclamations, []);
  });
});

describe('clickbait patterns in the title', () => {
  const reasons = (title: string): string[] =>
    analyze('Kate smiled at the crowd.', { title }).language.clickbait.map((c) => c.reason);

  test('the front-matter title of bombshell-feud.txt trips four patterns', () => {
    assert.equal(r.meta.title, "EXCLUSIVE: You Won't Believe Harry's Bombshell Snub!");
    assert.deepEqual(
      L.clickbait.map((c) => c.reason),
      [
        'promises a surprise instead of saying what happened',
        'sensational word in the title',
        'claims a scoop',
        'exclamation mark in the title',
      ],
    );
    for (const c of L.clickbait) assert.ok(c.pattern.length > 0);
  });

  const cases: [title: string, reason: string][] = [
    ["You Won't Believe What Kate Wore Next", 'promises a surprise instead of saying what happened'],
    ["Here's Why Harry Skipped the Awards", 'withholds the news to make you click'],
    ['Is This the End for Harry and Meghan?', 'a question headline, which usually answers itself with no'],
    ['7 Signs the Royal Rift Is Over', 'listicle title'],
    ['Heartbreaking memoir rocks the palace', 'sensational word in the title'],
    ['Revealed: Kate’s secret garden', 'claims a scoop'],
    ['The Truth About Harry and William', 'teases instead of telling'],
  ];
  for (const [title, reason] of cases) {
    test(`analyze(text, {title: ${JSON.stringify(title)}}) → ${reason}`, () => {
      assert.deepEqual(reasons(title), [reason]);
    });
  }

  test('a plain news title and no title at all give no clickbait', () => {
    assert.deepEqual(reasons('Kate Attends Charity Awards in London'), []);
    assert.deepEqual(analyze('Kate smiled at the crowd.').language.clickbait, []);
  });

  test('the title option wins over the front matter', () => {
    const plain = analyze(r.text, { title: 'Harry Gives Interview' });
    assert.equal(plain.meta.title, 'Harry Gives Interview');
    assert.deepEqual(plain.language.clickbait, []);
  });
});

describe('readability', () => {
  test('Flesch reading ease follows the formula on one sentence of one-syllable words', () => {
    // 5 words, 5 syllables, 1 sentence: 206.835 − 1.015 × 5 − 84.6 × 1 = 117.16
    const x = analyze('Kate went to the park.').language.readability;
    assert.equal(x.wordsPerSentence, 5);
    assert.equal(x.fleschReadingEase, 117.2);
  });

  test('a simple text reads easily, a complex one hard, each within the range the formula allows', () => {
    const simple = report('plain-visit.txt').language.readability;
    const complex = report('broadsheet-analysis.txt').language.readability;
    // 29 words in 6 sentences; 54 words in 2 sentences
    assert.equal(simple.wordsPerSentence, 4.8);
    assert.equal(complex.wordsPerSentence, 27);
    assert.ok(
      simple.fleschReadingEase > 90 && simple.fleschReadingEase <= 121.22,
      String(simple.fleschReadingEase),
    );
    assert.ok(
      complex.fleschReadingEase > -60 && complex.fleschReadingEase < 10,
      String(complex.fleschReadingEase),
    );
    assert.ok(simple.fleschReadingEase - complex.fleschReadingEase > 80);
  });

  test('ordinary tabloid copy lands in the usual band (bombshell-feud.txt)', () => {
    assert.ok(L.readability.fleschReadingEase > 40 && L.readability.fleschReadingEase < 100);
    assert.ok(L.readability.wordsPerSentence > 5 && L.readability.wordsPerSentence < 25);
  });

  test('an empty body reads as 0, not NaN', () => {
    const x = analyze('').language.readability;
    assert.equal(x.fleschReadingEase, 0);
    assert.equal(x.wordsPerSentence, 0);
  });
});
