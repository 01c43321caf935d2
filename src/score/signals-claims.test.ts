/**
 * The claim-share signals of the seventh round on an invented article: the share of claims resting on
 * an unnamed source, and the share that are facts only insiders could know, with those claims as evidence.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../index.ts';
import { FEATURES } from './features.ts';

const TEXT =
  'A source tells the magazine that Dana Vale moved out of the family home in secret. ' +
  'Dana Vale sleeps in a separate wing of the house, the insider says. ' +
  'Dana Vale won an award at the festival in Rome on Friday.';

function measured(id: string) {
  const r = analyze(TEXT);
  const f = FEATURES.find((x) => x.id === id)!;
  const m = f.compute(r);
  return { r, f, m, spans: m.evidence.map((s) => r.text.slice(s.start, s.end)) };
}

describe('anonymous-claims-share', () => {
  it('counts the claims put down to an unnamed source, with their spans', () => {
    const { r, f, m, spans } = measured('anonymous-claims-share');
    assert.deepEqual(
      r.claims.map((c) => [r.text.slice(c.start, c.end), c.attribution?.kind ?? null]),
      [
        ['A source tells the magazine that Dana Vale moved out of the family home in secret.', 'anonymous'],
        ['Dana Vale sleeps in a separate wing of the house, the insider says.', 'anonymous'],
        ['Dana Vale won an award at the festival in Rome on Friday.', null],
      ],
    );
    assert.equal(f.direction, -1);
    assert.equal(m.count, 2);
    assert.equal(m.of, 3);
    assert.equal(m.value, 2 / 3);
    assert.deepEqual(spans, [
      'A source tells the magazine that Dana Vale moved out of the family home in secret.',
      'Dana Vale sleeps in a separate wing of the house, the insider says.',
    ]);
    assert.equal(f.describe(m.value, 0, m), '2 of 3 claims rest on unnamed sources.');
  });
});

describe('private-fact-share', () => {
  it('counts the facts only insiders could know (home life), not the public award', () => {
    const { r, f, m, spans } = measured('private-fact-share');
    assert.deepEqual(
      r.claims.map((c) => [c.content, c.checkable]),
      [
        ['fact', 'private'],
        ['fact', 'private'],
        ['fact', 'public'],
      ],
    );
    assert.equal(f.direction, -1);
    assert.equal(m.count, 2);
    assert.equal(m.of, 3);
    assert.deepEqual(spans, [
      'A source tells the magazine that Dana Vale moved out of the family home in secret.',
      'Dana Vale sleeps in a separate wing of the house, the insider says.',
    ]);
    assert.equal(f.describe(m.value, 0, m), '2 of 3 claims are facts only insiders could know.');
  });
});
