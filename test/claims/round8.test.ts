/**
 * The guide's rules once more, on a second invented article (written for this test, about invented
 * people): a public fact with a date, a private fact and a reported fact each resting on an anonymous
 * source, a speaker's own feeling against a third person's mind read by the writer, a teaser question,
 * and a prediction against a scheduled event. The whole article's claims are asserted in order, with
 * their exact spans, so a unit that splits or merges differently fails as loudly as a wrong type.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../src/index.ts';
import { at, claimOf, entityNamed, spanIn } from '../people/helpers.ts';

const text = [
  'Pop singer Ava Quill won the award for best new artist in Nashville on February 4, 2024.',
  '',
  'Her husband, actor Jonah Reed, now sleeps in the guest room of their home, an insider says. A source told Us Weekly that the couple quietly split in April.',
  '',
  '"I love this new record," Quill told the crowd. Reed is heartbroken.',
  '',
  'Is this the end for Ava and Jonah? They will split before summer. Her tour will continue through October 2026.',
].join('\n');
const r = analyze(text);

describe('a second invented article: every claim, its span and its type', () => {
  test('the claims, in text order: one per sentence, the quotation’s words alone', () =>
    assert.deepEqual(
      r.claims.map((c) => [at(r, c), c.content, c.checkable, c.voice]),
      [
        [
          'Pop singer Ava Quill won the award for best new artist in Nashville on February 4, 2024.',
          'fact',
          'public',
          'author',
        ],
        [
          'Her husband, actor Jonah Reed, now sleeps in the guest room of their home, an insider says.',
          'fact',
          'private',
          'author',
        ],
        ['A source told Us Weekly that the couple quietly split in April.', 'fact', 'private', 'author'],
        ['I love this new record', 'fact', 'public', 'quoted'],
        ['Reed is heartbroken.', 'mental-state', null, 'author'],
        ['Is this the end for Ava and Jonah?', 'speculation', null, 'author'],
        ['They will split before summer.', 'speculation', null, 'author'],
        ['Her tour will continue through October 2026.', 'fact', 'public', 'author'],
      ],
    ));
});

describe('facts: public, private, and reported on an anonymous source', () => {
  test('an award with its date and place is a public fact resting on no one', () => {
    const c = claimOf(
      r,
      'Pop singer Ava Quill won the award for best new artist in Nashville on February 4, 2024.',
    );
    assert.equal(c.attribution, null);
    assert.deepEqual(c.cue, spanIn(text, 'Ava Quill won the', 'won'));
  });

  test('who sleeps where at home, put down to "an insider", is a private fact resting on that source', () => {
    const c = claimOf(
      r,
      'Her husband, actor Jonah Reed, now sleeps in the guest room of their home, an insider says.',
    );
    assert.equal(c.attribution?.kind, 'anonymous');
    assert.ok(c.about.includes(entityNamed(r, 'Jonah Reed').id));
    assert.deepEqual(c.cue, spanIn(text, 'now sleeps in', 'sleeps'));
  });

  test('"A source told Us Weekly that …" is one author claim: the fact reported, resting on the source', () => {
    const c = claimOf(r, 'A source told Us Weekly that the couple quietly split in April.');
    assert.equal(c.attribution?.kind, 'anonymous');
    assert.equal(r.sources.find((s) => s.id === c.attribution?.sourceId)?.kind, 'anonymous');
    assert.doesNotMatch(c.reason, /^Speculation|^Mind-reading/);
  });
});

describe('a speaker’s own feeling is a fact; the writer reading a third person’s mind is not', () => {
  test('“I love this new record” in her own words: a fact about the speaker, by rule', () => {
    const c = claimOf(r, 'I love this new record');
    assert.equal(c.attribution?.kind, 'named-person');
    assert.equal(c.experiencer, null);
    assert.ok(c.about.includes(entityNamed(r, 'Ava Quill').id));
    assert.match(c.reason, /by rule, the speaker’s own feelings “love”/);
  });

  test('"Reed is heartbroken." reads Reed’s mind: he is the experiencer, "heartbroken" the cue', () => {
    const c = claimOf(r, 'Reed is heartbroken.');
    assert.equal(c.experiencer, entityNamed(r, 'Jonah Reed').id);
    assert.deepEqual(c.cue, spanIn(text, 'Reed is heartbroken.', 'heartbroken'));
    assert.equal(c.attribution, null);
  });
});

describe('speculation: a teaser and a prediction; a scheduled event is a fact', () => {
  test('the teaser question is speculation by rule, cued by its "?"', () => {
    const q = 'Is this the end for Ava and Jonah?';
    const c = claimOf(r, q);
    assert.deepEqual(c.cue, spanIn(text, q, '?'));
    assert.match(c.reason, /by rule, a question in the writer’s voice/);
  });

  test('"They will split before summer." is a prediction, cued by "will"', () => {
    const c = claimOf(r, 'They will split before summer.');
    assert.deepEqual(c.cue, spanIn(text, 'They will split', 'will'));
    assert.match(c.reason, /by rule, the future on the main clause “will”/);
  });

  test('"… will continue through October 2026." is scheduled: a public fact, not a guess', () => {
    const c = claimOf(r, 'Her tour will continue through October 2026.');
    // the weights type it (the scheduled-event rule is gone: the feature does it, with the rest)
    assert.match(c.reason, /^A fact anyone could check \(\d+%/);
  });
});
