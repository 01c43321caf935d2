/**
 * Attribution cases fixed in the fifth round, on invented sentences, through the attribution stage:
 * each asserts the exact quoted words, speaker mention, name, kind, how it was found and the cue.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { quotationRows } from './fixture.ts';

/** Every quotation of `text` as [kind, content, mention, speaker name, speaker kind, via, cue]. */
const quotes = (text: string): (string | null)[][] => quotationRows(text, true);

describe('a cue in the next sentence yields to the cue before the opening mark', () => {
  test('He added, “….” The board refused …: the quotation is his', () => {
    const text =
      'Tomas Ferrell spoke after the hearing. He added, “The ferry should run all winter.” The board refused to fund it.';
    assert.deepEqual(quotes(text), [
      [
        'direct',
        'The ferry should run all winter.',
        'He',
        'Tomas Ferrell',
        'named-person',
        'pronoun',
        'added',
      ],
    ]);
  });
  test('with no cue before the mark, the next sentence still names the speaker', () => {
    const text =
      'Tomas Ferrell spoke after the hearing. “The ferry should run all winter.” Ferrell said it twice.';
    assert.deepEqual(
      quotes(text).map((q) => q.slice(0, 4)),
      [['direct', 'The ferry should run all winter.', 'Ferrell', 'Tomas Ferrell']],
    );
  });
});

describe('a quoted fragment governed by a verb is the reported words that hold it (mixed)', () => {
  test('described X as “…”: the quotation runs from the object', () => {
    const text = 'Mayor Ida Roemer described the plan as “a reckless gamble with our harbour” on Tuesday.';
    assert.deepEqual(quotes(text), [
      [
        'mixed',
        'the plan as “a reckless gamble with our harbour',
        'Mayor Ida Roemer',
        'Mayor Ida Roemer',
        'named-person',
        'cue',
        'described',
      ],
    ]);
  });
  test('a fragment longer than maxFragmentWords stays a quotation of its own', () => {
    const text =
      'Mayor Ida Roemer described the plan as “a reckless gamble that bets the whole town and all of its harbour on one card every single year for ever”.';
    assert.deepEqual(
      quotes(text).map((q) => q.slice(0, 2)),
      [
        [
          'mixed',
          'a reckless gamble that bets the whole town and all of its harbour on one card every single year for ever',
        ],
      ],
    );
  });
});

describe('speakers after an inverted cue, and the subject of a participle', () => {
  test('said State Senator NAME: a capitalised word after the verb opens the speaker, not a second cue', () => {
    const text =
      'The council met on Monday. “The ferry must run,” said State Senator Jo Ruiz, Democrat of Texas.';
    assert.deepEqual(quotes(text), [
      [
        'direct',
        'The ferry must run,',
        'State Senator Jo Ruiz',
        'State Senator Jo Ruiz',
        'named-person',
        'cue',
        'said',
      ],
    ]);
  });
  test('said a longtime adviser to the mayor, who …: the longest noun phrase the words open with', () => {
    const text =
      'The council met on Monday. “The ferry must run,” said a longtime adviser to the mayor, who declined to be named.';
    assert.deepEqual(quotes(text), [
      [
        'direct',
        'The ferry must run,',
        'a longtime adviser',
        'a longtime adviser',
        'anonymous',
        'cue',
        'said',
      ],
    ]);
  });
  test('in Salem, NAME went after X, calling him “…”: the place after a preposition is no subject', () => {
    const text =
      'Speaking at a town hall in Salem, Nora Quill went after the mayor, calling him “a total stiff.”';
    assert.deepEqual(quotes(text), [
      ['mixed', 'him “a total stiff.”', 'Nora Quill', 'Nora Quill', 'named-person', 'cue', 'calling'],
    ]);
  });
  test('“A,” he said. “B.” Later, NAME claimed …: B goes on with the quotation before it', () => {
    const text =
      'Tomas Ferrell spoke to the board. “The ferry must run,” he said. “It is our only road.” Later, Mayor Ida Roemer claimed the ferry was too costly.';
    assert.deepEqual(quotes(text).slice(0, 2), [
      ['direct', 'The ferry must run,', 'he', 'Tomas Ferrell', 'named-person', 'pronoun', 'said'],
      ['direct', 'It is our only road.', 'he', 'Tomas Ferrell', 'named-person', 'inherited', null],
    ]);
  });
});

describe('a scare quote after a past labelling verb and its object is the speaker’s (mixed)', () => {
  test('NAME called X “…”: the object and the marked words', () => {
    const text = 'Senator Bo Lind called the committee’s decision “arbitrary.” He left early.';
    assert.deepEqual(quotes(text), [
      [
        'mixed',
        'the committee’s decision “arbitrary.',
        'Senator Bo Lind',
        'Senator Bo Lind',
        'named-person',
        'cue',
        'called',
      ],
    ]);
  });
  test('…, calling her “…”: the clause’s subject, and no inverted cue before the comma', () => {
    const text = 'Speaking on Monday, Nora Quill endorsed Ida Roemer, calling her “a rising star.”';
    assert.deepEqual(quotes(text), [
      ['mixed', 'her “a rising star.”', 'Nora Quill', 'Nora Quill', 'named-person', 'cue', 'calling'],
    ]);
  });
  test('no object between the verb and the mark, the present tense, no speaker: labels stay scare quotes', () => {
    for (const text of [
      'The opener, a band called “Free”, played first.',
      'It is what he calls the “crooked” process.',
      'Her friends call her “the boss”.',
    ])
      assert.deepEqual(quotes(text), [], text);
  });
});

describe('a fragment and the quotation after “, but added,”', () => {
  test('NAME told X that they “…,” but added, “…”: the clause ends at the mark, the second quotation is NAME’s', () => {
    const text =
      'Mara Quint spoke on Tuesday. Quint told Extra that they “try to stay calm,” but added, “I think the key is joy.”';
    assert.deepEqual(quotes(text), [
      ['mixed', 'they “try to stay calm,”', 'Quint', 'Mara Quint', 'named-person', 'cue', 'told'],
      ['direct', 'I think the key is joy.', 'Quint', 'Mara Quint', 'named-person', 'cue', 'added'],
    ]);
  });
});

describe('speakers a document or a quoting outlet names', () => {
  test('his rep released the following statement, “…”: the subject of the verb before the document', () => {
    const text =
      'Cal Sole was hurt. Before Cal broke his silence, his rep released the following statement, “Cal was in an accident on Monday.”';
    assert.deepEqual(quotes(text), [
      ['direct', 'Cal was in an accident on Monday.', 'his rep', 'his rep', 'anonymous', 'cue', 'released'],
    ]);
  });
  test('“…,” site.com quoted a source as saying: the one quoted speaks', () => {
    const text =
      'Mara Quint is dating again. “They are a perfect match,” okmagazine.com quoted a source as saying.';
    assert.deepEqual(quotes(text), [
      ['direct', 'They are a perfect match,', 'a source', 'a source', 'anonymous', 'cue', 'quoted'],
    ]);
  });
  test('X quoted a friend of the star as saying: “…”', () => {
    const text =
      'Mara Quint is dating again. The magazine quoted a friend of the star as saying: “They are a perfect match.”';
    assert.deepEqual(quotes(text), [
      [
        'direct',
        'They are a perfect match.',
        'a friend of the star',
        'a friend of the star',
        'anonymous',
        'cue',
        'quoted',
      ],
    ]);
  });
});

describe('a listener is no subject, and a bare lawyer is a person’s representative', () => {
  test('“…,” the lawyer told TMZ …, further saying …: both are the lawyer’s, who is anonymous', () => {
    const text =
      'Jo Brown was sued. “I am not here to help anybody,” the lawyer told TMZ on Wednesday, further saying the model was only going after Brown to “enhance” her profile.';
    assert.deepEqual(quotes(text), [
      ['direct', 'I am not here to help anybody,', 'the lawyer', 'the lawyer', 'anonymous', 'cue', 'told'],
      [
        'mixed',
        'the model was only going after Brown to “enhance” her profile',
        'the lawyer',
        'the lawyer',
        'anonymous',
        'cue',
        'saying',
      ],
    ]);
  });
});
