/**
 * The claim rules of the seventh round, on invented articles: a "will" in the writer's voice is a
 * prediction by rule only when nothing marks it as an announced plan (no source, no named person, place,
 * organization or number); an announced plan is left to the weights; a capitalised "Will" inside a
 * sentence (a name, a title) is not the future. Each asserts the exact spans, types and cue.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../src/index.ts';
import { at } from '../people/helpers.ts';

describe('a bare "will" in the writer’s voice is a prediction', () => {
  test('"They will make up by spring." is speculation by rule, its cue the "will"', () => {
    const r = analyze('They will make up by spring.');
    assert.equal(r.claims.length, 1);
    const c = r.claims[0]!;
    assert.equal(at(r, c), 'They will make up by spring.');
    assert.equal(c.content, 'speculation');
    assert.equal(r.text.slice(c.cue!.start, c.cue!.end), 'will');
    assert.match(
      c.reason,
      /^Speculation \(\d+%, rather than [^)]*\): by rule, the future on the main clause “will”/,
    );
  });
});

describe('an announced plan is not a prediction by rule', () => {
  test('"Nora Pike will also coach the cast for CBS." is not decided by the prediction rule', () => {
    const r = analyze('Nora Pike will also coach the cast for CBS.');
    assert.equal(r.claims.length, 1);
    const c = r.claims[0]!;
    assert.equal(at(r, c), 'Nora Pike will also coach the cast for CBS.');
    assert.doesNotMatch(c.reason, /by rule/);
    assert.equal(c.content, 'fact');
    assert.equal(c.checkable, 'public');
  });
});

describe('a capitalised "Will" inside a sentence is not the future', () => {
  test('"… on Will and Grace …" is a fact, with no future cue', () => {
    const r = analyze('Nora Pike appeared on Will and Grace last week.');
    assert.equal(r.claims.length, 1);
    const c = r.claims[0]!;
    assert.equal(at(r, c), 'Nora Pike appeared on Will and Grace last week.');
    assert.equal(c.content, 'fact');
    assert.doesNotMatch(c.reason, /future/);
  });
});
