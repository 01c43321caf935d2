/**
 * The score should follow sourcing, not style. Three versions of one invented story: well sourced
 * (named people on the record, a statement, dates), its sensational rewrite (same facts and sources,
 * emotive words, exclamation marks, all caps, a clickbait title) and the same story with its named
 * sources taken away (quotes put to "an insider" and "a source", the statement gone).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { analyze, type Score } from '../../src/index.ts';

const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/score/${name}.txt`, import.meta.url), 'utf8');

const VERSIONS = ['well-sourced', 'sensational', 'unsourced'] as const;
const scores = Object.fromEntries(VERSIONS.map((v) => [v, analyze(fixture(v)).score])) as Record<
  (typeof VERSIONS)[number],
  Score
>;

const tenths = (x: number): number => Math.round(x * 10);

describe('score robustness', () => {
  it('moves less for a sensational rewrite than for taking the named sources away', () => {
    const original = scores['well-sourced'].value;
    const style = Math.abs(scores.sensational.value - original);
    const sourcing = Math.abs(scores.unsourced.value - original);
    assert.ok(style < sourcing, `sensational moved ${style}, unsourced moved ${sourcing}`);
  });

  it('scores the unsourced version below the original', () => {
    assert.ok(
      scores.unsourced.value < scores['well-sourced'].value,
      `unsourced ${scores.unsourced.value} vs original ${scores['well-sourced'].value}`,
    );
  });

  it('gives the same score object for the same input', () => {
    for (const v of VERSIONS) assert.deepEqual(analyze(fixture(v)).score, analyze(fixture(v)).score);
  });

  it('adds the contributions up to the value: base + Σ = value', () => {
    for (const v of VERSIONS) {
      const s = scores[v];
      const sum = s.signals.reduce((a, signal) => a + tenths(signal.contribution), 0);
      assert.equal(tenths(s.base) + sum, tenths(s.value), v);
    }
  });

  it('explains every signal that moves the score with a sentence, and counted signals with spans', () => {
    for (const v of VERSIONS) {
      const text = fixture(v);
      for (const signal of scores[v].signals) {
        assert.match(signal.reason, /\S.*[.!?]$/, `${v} ${signal.id}`);
        for (const e of signal.evidence) assert.ok(e.start < e.end && e.end <= text.length, signal.id);
      }
      const anonymous = scores[v].signals.find((s) => s.id === 'anonymous-attribution');
      if (v === 'unsourced')
        assert.ok(anonymous && anonymous.evidence.length >= 3 && anonymous.contribution < 0);
    }
  });
});
