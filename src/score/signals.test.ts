import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../index.ts';
import { FEATURES, featureVector, type ScoreInput } from './features.ts';
import { anonymousAttributions, citedOutlets } from './signals-sourcing.ts';
import { datedDetails } from './signals-specifics.ts';
import { tokenize } from '../core/tokens.ts';
import { mergeSpans } from './text-match.ts';
import { scanTokens } from './token-match.ts';

const report = (text: string, meta: { title?: string; outlet?: string } = {}): ScoreInput =>
  analyze(text, meta);
const texts = (r: ScoreInput, spans: readonly { start: number; end: number }[]): string[] =>
  spans.map((s) => r.text.slice(s.start, s.end));
const measure = (id: string, r: ScoreInput) => FEATURES.find((f) => f.id === id)!.compute(r);

describe('anonymous attribution', () => {
  it('finds insiders and sources however they are dressed', () => {
    const r = report(
      'A source close to the couple says they are done. An OK! insider adds more. ' +
        "Sources say it is over, and we're told the house is for sale.",
    );
    const found = texts(r, anonymousAttributions(r)).join(' | ');
    for (const needle of ['A source close to the couple', 'An OK! insider', 'Sources', "we're told"]) {
      assert.ok(found.includes(needle), `${needle} in ${found}`);
    }
  });
  it('leaves photo credits, the source of something and Business Insider alone', () => {
    const r = report(
      'Source: Getty Images. She found the source of the leak. She told Business Insider about her plans.',
    );
    assert.deepEqual(texts(r, anonymousAttributions(r)), []);
  });
});

describe('outlets', () => {
  it('counts tabloids cited, but not the article speaking for itself', () => {
    const r = report('Radar Online reports that the pair split. HollywoodLife has EXCLUSIVELY learned more.');
    assert.deepEqual(texts(r, citedOutlets(r, 'tabloids')), ['Radar Online']);
  });
  it("leaves out the article's own outlet", () => {
    const other = report('In Touch claims the wedding is off, a source tells In Touch.', { outlet: 'Star' });
    assert.deepEqual(texts(other, citedOutlets(other, 'tabloids')), ['In Touch', 'In Touch']);
    const own = report('In Touch claims the wedding is off.', { outlet: 'In Touch Weekly' });
    assert.deepEqual(citedOutlets(own, 'tabloids'), []);
  });
  it('reads People as a publication only when it is one', () => {
    const text = 'People are talking. She told People that she is happy, and Variety confirmed it.';
    assert.deepEqual(
      scanTokens(text, tokenize(text)).press.map((s) => text.slice(s.start, s.end)),
      ['People', 'Variety'],
    );
  });
});

describe('dated details', () => {
  it('counts weekdays, dates and clock times, not "last week"', () => {
    const r = report('On Sunday, Jan. 28, the show starts at 7:30 p.m. Last week she rested.');
    const found = texts(r, datedDetails(r));
    assert.ok(found.some((t) => t.includes('Sunday')));
    assert.ok(found.some((t) => t.includes('Jan. 28')));
    assert.ok(found.some((t) => t.includes('7:30 p.m.')));
    assert.ok(!found.some((t) => /last week/i.test(t)));
  });
});

describe('signals on a whole article', () => {
  it('do not read the front matter', () => {
    const r = report('---\ntitle: Oscars night\n---\n\nShe stayed home and read a book.');
    assert.equal(measure('public-events', r).count, 0);
    assert.equal(measure('headline-event', r).value, 1);
  });
  it('quote the headline words that set a headline signal off, with no spans', () => {
    const r = report('They were seen together.', { title: 'Jen Wants Brad Back, Source Says' });
    const m = measure('headline-mind-reading', r);
    assert.equal(m.value, 1);
    assert.deepEqual(m.evidence, []);
    const f = FEATURES.find((x) => x.id === 'headline-mind-reading')!;
    assert.match(f.describe(m.value, 0, m), /“Wants”/);
  });
  it('move nothing when there is no headline to read', () => {
    const r = analyze('A source says they split.');
    for (const id of ['clickbait-title', 'headline-hearsay', 'headline-event']) {
      const signal = r.score.signals.find((s) => s.id === id)!;
      assert.equal(signal.contribution, 0, id);
      assert.equal(signal.reason, 'There is no headline to read.');
    }
    assert.ok(featureVector(r).some(Number.isNaN));
  });
  it('give every signal a direction and a sentence, even on an empty article', () => {
    const r = report('');
    for (const f of FEATURES) {
      assert.ok(f.direction === 1 || f.direction === -1, f.id);
      const m = f.compute(r);
      assert.ok(Number.isFinite(m.value), f.id);
      assert.match(f.describe(m.value, 0, m), /[.!?]$/, f.id);
    }
  });
});

describe('mergeSpans', () => {
  it('counts overlapping evidence once, in text order', () => {
    assert.deepEqual(
      mergeSpans(
        [{ start: 10, end: 20 }],
        [
          { start: 12, end: 15 },
          { start: 0, end: 5 },
        ],
      ),
      [
        { start: 0, end: 5 },
        { start: 10, end: 20 },
      ],
    );
  });
});
