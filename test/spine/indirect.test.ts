/** Indirect (reported) speech and mixed quotations; passive hearsay is not reported speech. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../src/index.ts';
import { at, bounds, quoteOf, quotesOverlapping, report, spanIn, spanOf } from './helpers.ts';

const r = report('reported.txt');

describe('reported speech (reported.txt)', () => {
  test('"X said that …": the reported words start after "that"', () => {
    const q = quoteOf(r, 'she had never been happier');
    assert.equal(q.kind, 'indirect');
    assert.deepEqual(bounds(q), spanOf(r.text, 'she had never been happier'));
    assert.deepEqual(q.cue, spanIn(r.text, 'Jade said that', 'said'));
    assert.deepEqual(q.speaker.mention, spanIn(r.text, 'Jade said that', 'Jade'));
    assert.equal(q.speaker.kind, 'named-person');
    assert.equal(q.speaker.via, 'cue');
    assert.deepEqual(q.flags, []);
    assert.equal(q.words, 5);
  });

  test('"X said …" with no "that"', () => {
    const q = quoteOf(r, 'he was staying in Marbella until September');
    assert.equal(q.kind, 'indirect');
    assert.deepEqual(q.cue, spanIn(r.text, 'Ollie said he', 'said'));
    assert.deepEqual(q.speaker.mention, spanIn(r.text, 'Ollie said he', 'Ollie'));
    assert.equal(q.speaker.kind, 'named-person');
  });

  test('two people named together are two speakers (Jade Merritt, Ollie Barnes)', () => {
    const jade = quoteOf(r, 'she had never been happier');
    const ollie = quoteOf(r, 'he was staying in Marbella until September');
    assert.equal(jade.speaker.name, 'Jade Merritt');
    assert.equal(ollie.speaker.name, 'Ollie Barnes');
    assert.notEqual(jade.sourceId, ollie.sourceId);
  });

  test('"According to X, …"', () => {
    const q = quoteOf(r, 'the couple now sleep in separate rooms');
    assert.equal(q.kind, 'indirect');
    assert.deepEqual(q.cue, spanOf(r.text, 'According to'));
    assert.deepEqual(q.speaker.mention, spanOf(r.text, 'a family friend'));
    assert.equal(q.speaker.kind, 'anonymous');
  });

  test('"…, says our source."', () => {
    const q = quoteOf(r, 'The engagement party has been postponed indefinitely');
    assert.equal(q.kind, 'indirect');
    assert.deepEqual(q.cue, spanIn(r.text, 'says our source', 'says'));
    assert.deepEqual(q.speaker.mention, spanOf(r.text, 'our source'));
    assert.equal(q.speaker.kind, 'anonymous');
    assert.equal(q.words, 7);
  });

  test('"… with sources confirming the pair …"', () => {
    const q = quoteOf(r, 'the pair had argued');
    assert.equal(q.kind, 'indirect');
    assert.deepEqual(q.cue, spanOf(r.text, 'confirming'));
    assert.deepEqual(q.speaker.mention, spanOf(r.text, 'sources'));
    assert.equal(q.speaker.name, 'sources');
    assert.equal(q.speaker.kind, 'anonymous');
    // the first clause ("Ollie was seen leaving …") is the author's, not reported
    assert.deepEqual(quotesOverlapping(r, spanOf(r.text, 'Ollie was seen leaving a Soho bar at 3am')), []);
  });

  test('mixed: a quoted fragment inside reported speech', () => {
    const content = 'the couple were “basically flatmates” these days';
    const q = quoteOf(r, content);
    assert.equal(q.kind, 'mixed');
    assert.deepEqual(bounds(q), spanOf(r.text, content));
    assert.deepEqual(q.cue, spanIn(r.text, 'A pal told', 'told'));
    assert.deepEqual(q.speaker.mention, spanOf(r.text, 'A pal'));
    assert.equal(q.speaker.kind, 'anonymous');
    assert.deepEqual(
      r.scareQuotes.map((s) => at(r, s)),
      ['“basically flatmates”', '‘thawing’'],
    );
  });

  test('mixed: the listener of "told Glimmer Weekly that …" is recorded', () => {
    const q = quoteOf(r, 'the couple were “basically flatmates” these days');
    assert.equal(q.listener, 'Glimmer Weekly');
    assert.deepEqual(q.listenerSpan, spanOf(r.text, 'Glimmer Weekly'));
  });

  test('mixed: a one-word scare quote after "insisted that" stays a scare quote inside the reported clause', () => {
    const s = spanOf(r.text, '‘thawing’');
    assert.ok(r.scareQuotes.some((x) => x.start === s.start && x.end === s.end));
    const q = quoteOf(r, 'things were ‘thawing’ between them');
    assert.equal(q.kind, 'mixed');
    assert.deepEqual(q.speaker.mention, spanOf(r.text, 'Another friend'));
    assert.deepEqual(q.cue, spanOf(r.text, 'insisted'));
  });

  test('a longer quoted fragment after "told … that" is a mixed quotation of the whole reported clause, given to the reporter of it', () => {
    const text =
      'Royal biographer Jane Ellery told Glimmer Weekly that the brothers “have not spoken properly in years” at all.';
    const r2 = analyze(text);
    // QUOTES-GUIDE.md: mixed = the reported clause holding the fragment; the fragment is no quotation of its own
    const q = quoteOf(r2, 'the brothers “have not spoken properly in years” at all');
    assert.equal(r2.quotes.length, 1);
    assert.equal(q.kind, 'mixed');
    assert.equal(q.speaker.name, 'Jane Ellery');
    assert.deepEqual(q.cue, spanOf(text, 'told'));
  });
});

describe('passive hearsay is not reported speech', () => {
  test('"Jade is said to be furious" gives no quotation', () => {
    assert.deepEqual(
      quotesOverlapping(r, spanOf(r.text, 'Jade is said to be furious about the photographs.')),
      [],
    );
  });

  test('"Producers are said to be devastated" gives no quotation', () => {
    const r2 = report('single-lines.txt');
    assert.deepEqual(
      quotesOverlapping(r2, spanOf(r2.text, 'Producers are said to be devastated by the news.')),
      [],
    );
  });

  test('"is said to" inline, and "was told to"', () => {
    const r2 = analyze('Prince Harry is said to be planning a return. The star was told to stay away.');
    assert.deepEqual(r2.quotes, []);
  });

  test('the full list of quotations in reported.txt (but the ‘thawing’ paragraph, a todo above)', () => {
    const thaw = spanOf(r.text, 'Another friend insisted that things were ‘thawing’ between them.');
    assert.deepEqual(
      r.quotes.filter((q) => q.end <= thaw.start || q.start >= thaw.end).map((q) => [q.kind, at(r, q)]),
      [
        ['indirect', 'she had never been happier'],
        ['indirect', 'he was staying in Marbella until September'],
        ['indirect', 'the couple now sleep in separate rooms'],
        ['indirect', 'The engagement party has been postponed indefinitely'],
        ['indirect', 'the pair had argued'],
        ['mixed', 'the couple were “basically flatmates” these days'],
      ],
    );
  });
});

describe('a verb of saying with a plain object is not reported speech', () => {
  test('"Marcus said this as he left his gym on Monday." gives no indirect quotation', () => {
    const p = report('pop-split.txt');
    const sentence = spanOf(p.text, 'Marcus said this as he left his gym on Monday.');
    assert.deepEqual(
      p.quotes
        .filter((q) => q.kind !== 'direct' && q.start >= sentence.start && q.end <= sentence.end)
        .map((q) => at(p, q)),
      [],
    );
  });

  test('"She said the words twice before walking off set." gives no indirect quotation', () => {
    const s = report('segmentation.txt');
    const sentence = spanOf(s.text, 'She said the words twice before walking off set.');
    assert.deepEqual(
      s.quotes.filter((q) => q.start >= sentence.start && q.end <= sentence.end).map((q) => at(s, q)),
      [],
    );
  });
});

describe('reported speech set off by commas', () => {
  test('"But to keep the peace, she said, the sisters must meet." → the longer side, speaker "she"', () => {
    const text =
      'Tessa Vane arrived first. But to keep the peace, she said, the sisters must meet in private.';
    const r = analyze(text);
    const q = r.quotes.find((x) => x.kind === 'indirect');
    assert.ok(q, 'an indirect quotation');
    assert.equal(r.text.slice(q.start, q.end), 'the sisters must meet in private');
    assert.equal(r.text.slice(q.cue!.start, q.cue!.end), 'said');
    assert.equal(q.speaker.name, 'Tessa Vane');
    assert.equal(q.speaker.via, 'pronoun');
  });

  test('"A lawyer for the pair, Dana Reyes, said no decision had been made." → Dana Reyes', () => {
    const text = 'A lawyer for the pair, Dana Reyes, said no decision had been made about the house.';
    const r = analyze(text);
    const q = r.quotes.find((x) => x.kind === 'indirect');
    assert.ok(q, 'an indirect quotation');
    assert.equal(r.text.slice(q.start, q.end), 'no decision had been made about the house');
    assert.equal(q.speaker.name, 'Dana Reyes');
    assert.equal(q.speaker.kind, 'named-person');
    assert.equal(r.text.slice(q.speaker.mention!.start, q.speaker.mention!.end), 'Dana Reyes');
  });
});
