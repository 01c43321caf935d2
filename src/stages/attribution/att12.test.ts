/**
 * Rules of the twelfth round (issue 10: tabloid quotation recall), on invented sentences, through the
 * attribution stage: each asserts the exact reported words, speaker mention, name, kind, how the
 * speaker was found and the cue.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runAt } from '../../pipeline/fixture.ts';
import { quotationRows } from './fixture.ts';
import { attributionStage } from './stage.ts';

/** Every quotation of `text` as [kind, content, mention, speaker name, speaker kind, via, cue]. */
const quotes = (text: string): (string | null)[][] => quotationRows(text, true);

describe('a trailing cue may be followed by a phrase of time or channel, or a clause of the writer’s', () => {
  test('"…, Kerr announced on Instagram, Wednesday."', () =>
    assert.deepEqual(
      quotes('The barn will be sold next spring, Oona Kerr announced on Instagram, Wednesday.'),
      [
        [
          'indirect',
          'The barn will be sold next spring',
          'Oona Kerr',
          'Oona Kerr',
          'named-person',
          'cue',
          'announced',
        ],
      ],
    ));
  test('"…, Vole explained in a statement on Monday."', () =>
    assert.deepEqual(quotes('The duo parted ways in May, Dana Vole explained in a statement on Monday.'), [
      [
        'indirect',
        'The duo parted ways in May',
        'Dana Vole',
        'Dana Vole',
        'named-person',
        'cue',
        'explained',
      ],
    ]));
  test('"…, Turner said as …": a subordinator opens the writer’s clause', () =>
    assert.deepEqual(
      quotes('The order will not stop the visits, Ray Turner said as it gives him some room.'),
      [
        [
          'indirect',
          'The order will not stop the visits',
          'Ray Turner',
          'Ray Turner',
          'named-person',
          'cue',
          'said',
        ],
      ],
    ));
  test('a complement of the cue is no such phrase: "…, the singer hinted at …"', () =>
    assert.deepEqual(
      quotes('Last spring, while taking questions in a chat, the singer hinted at a new album.'),
      [],
    ));
  test('a passive is no cue: "According to …, despite …, Jolie hasn’t been admitted recently."', () =>
    assert.deepEqual(
      quotes(
        'According to her friends, despite her past troubles, Mara Jolie hasn’t been admitted recently.',
      ),
      [
        [
          'indirect',
          'despite her past troubles, Mara Jolie hasn’t been admitted recently',
          'her friends',
          'her friends',
          'anonymous',
          'cue',
          'According to',
        ],
      ],
    ));
});

describe('a verb of saying outside the short list cues with its "that"', () => {
  test('"The source continued that …"', () =>
    assert.deepEqual(quotes('The source continued that the new coach has been a great help since June.'), [
      [
        'indirect',
        'the new coach has been a great help since June',
        'The source',
        'The source',
        'anonymous',
        'cue',
        'continued',
      ],
    ]));
  test('a particle before the "that": "A third source chimed in that …"', () =>
    assert.deepEqual(quotes('A third source chimed in that even her aunt expects a baby by spring.'), [
      [
        'indirect',
        'even her aunt expects a baby by spring',
        'A third source',
        'A third source',
        'anonymous',
        'cue',
        'chimed',
      ],
    ]));
  test('with a quotation closing the reported words, a mixed quotation: "Vole emphasized that …, “…”"', () =>
    assert.deepEqual(
      quotes('Dana Vole emphasized that despite the nerves, “it is a lot more fun than being ill.”'),
      [
        [
          'mixed',
          'despite the nerves, “it is a lot more fun than being ill.',
          'Dana Vole',
          'Dana Vole',
          'named-person',
          'cue',
          'emphasized',
        ],
      ],
    ));
  test('without its "that", such a verb reports nothing: "The band continued the tour in June."', () =>
    assert.deepEqual(quotes('The band continued the tour in June. The fans chimed in on the debate.'), []));
});

describe('an outlet’s name or web address with a mark in it', () => {
  /** Each quotation of `text` as [content, speaker name, kind, listener]. */
  const heard = (text: string): (string | null)[][] =>
    (runAt(attributionStage, text).quotes ?? []).map((q) => [
      text.slice(q.start, q.end),
      q.speaker.name,
      q.speaker.kind,
      q.listener,
    ]);
  test('"According to E! News, …": the "!" of the name ends no sentence', () =>
    assert.deepEqual(heard('According to E! News, the pair will wed in a barn next June.'), [
      ['the pair will wed in a barn next June', 'E! News', 'named-organization', null],
    ]));
  test('"told E! News she …": the listener holds the whole name', () =>
    assert.deepEqual(heard('Marta Lind told E! News she is thrilled her old friend found love.'), [
      ['she is thrilled her old friend found love', 'Marta Lind', 'named-person', 'E! News'],
    ]));
  test('"told Example.com that …": a web address is the listener', () =>
    assert.deepEqual(heard('A rep for the singer told Example.com that the couple split in May.'), [
      ['the couple split in May', 'A rep for the singer', 'anonymous', 'Example.com'],
    ]));
  test('an exclamation still ends its sentence: "Wow! That was fun, she said."', () =>
    assert.deepEqual(heard('Wow! That was a lot of fun, she said.'), [
      ['That was a lot of fun', 'she', 'unknown', null],
    ]));
});

describe('reported words end at a colon before a quotation', () => {
  test('"The source added that the timing is key: “…”" is two quotations', () =>
    assert.deepEqual(quotes('The source added that the timing is key: “They will not rush into anything.”'), [
      ['indirect', 'the timing is key', 'The source', 'The source', 'anonymous', 'cue', 'added'],
      [
        'direct',
        'They will not rush into anything.',
        'The source',
        'The source',
        'anonymous',
        'cue',
        'added',
      ],
    ]));
});

describe('a cue set off by commas, then a clause of the writer’s', () => {
  test('"…, the source said, adding that …": the words before the cue, and what it adds', () =>
    assert.deepEqual(
      quotes('The pair split in May, the source said, adding that nobody was surprised by it.'),
      [
        ['indirect', 'The pair split in May', 'the source', 'the source', 'anonymous', 'cue', 'said'],
        ['indirect', 'nobody was surprised by it', 'the source', 'the source', 'anonymous', 'cue', 'adding'],
      ],
    ));
});

describe('a participle of saying after a comma has the clause’s subject', () => {
  test('"Vole responded to the rumors, denying that …"', () =>
    assert.deepEqual(
      quotes('Dana Vole has responded to the rumors, denying that she has had any work done.'),
      [['indirect', 'she has had any work done', 'Dana Vole', 'Dana Vole', 'named-person', 'cue', 'denying']],
    ));
  test('without "that", a subject opens the words: "…, revealing she uses …"', () =>
    assert.deepEqual(quotes('Dana Vole spoke about her skin, revealing she uses one cream every day.'), [
      [
        'indirect',
        'she uses one cream every day',
        'Dana Vole',
        'Dana Vole',
        'named-person',
        'cue',
        'revealing',
      ],
    ]));
  test('the speaker is the subject, not the words before the comma: "…, insisting that …"', () =>
    assert.deepEqual(
      quotes('Dana Vole has responded to the rumors, insisting that she has had no work done.'),
      [
        [
          'indirect',
          'she has had no work done',
          'Dana Vole',
          'Dana Vole',
          'named-person',
          'cue',
          'insisting',
        ],
      ],
    ));
  test('a noun after the participle is its object: "…, revealing the details" reports nothing', () =>
    assert.deepEqual(quotes('Dana Vole spoke about her skin, revealing the cream she uses.'), []));
});

describe('an embedded question after a verb of asking or telling', () => {
  test('past a listener: "The host asked Vole if …"', () =>
    assert.deepEqual(quotes('The host asked Dana Vole if she has picked a name for the baby.'), [
      [
        'indirect',
        'if she has picked a name for the baby',
        'The host',
        'The host',
        'anonymous',
        'cue',
        'asked',
      ],
    ]));
  test('past a plural listener: "Vole told fans how …"', () =>
    assert.deepEqual(quotes('Dana Vole told fans how she met her husband at a bar in Ohio.'), [
      [
        'indirect',
        'how she met her husband at a bar in Ohio',
        'Dana Vole',
        'Dana Vole',
        'named-person',
        'cue',
        'told',
      ],
    ]));
  test('past a particle: "Vole opened up about why …"', () =>
    assert.deepEqual(quotes('Dana Vole opened up about why she left the band in 2019.'), [
      [
        'indirect',
        'why she left the band in 2019',
        'Dana Vole',
        'Dana Vole',
        'named-person',
        'cue',
        'opened',
      ],
    ]));
  test('a noun that looks like a verb is no cue: "EXCLUSIVE details on why …"', () =>
    assert.deepEqual(quotes('We have EXCLUSIVE details on why they are putting off the wedding.'), []));
});

describe('the speaker before a leading cue, past auxiliaries', () => {
  test('a negated auxiliary is no part of the speaker: "Vole didn’t say if …"', () =>
    assert.deepEqual(quotes('Dana Vole didn’t say if she has picked a name yet.'), [
      ['indirect', 'if she has picked a name yet', 'Dana Vole', 'Dana Vole', 'named-person', 'cue', 'say'],
    ]));
  test('an embedded question holds the verb after it: "Friends recalled how Vole told them …"', () =>
    assert.deepEqual(quotes('The couple’s friends recalled how Dana Vole told them she was pregnant.'), [
      [
        'indirect',
        'how Dana Vole told them she was pregnant',
        'The couple’s friends',
        "The couple's friends",
        'anonymous',
        'cue',
        'recalled',
      ],
    ]));
  test('after a verb taking an object, a possessive opens a noun phrase: "also shared her own project"', () =>
    assert.deepEqual(quotes('The dancer also shared her own painting project with her fans.'), []));
  test('unless a verb follows soon: "revealed her son is …"', () =>
    assert.deepEqual(quotes('The dancer revealed her son is starting school in May.'), [
      [
        'indirect',
        'her son is starting school in May',
        'The dancer',
        'The dancer',
        'anonymous',
        'cue',
        'revealed',
      ],
    ]));
});

describe('more listeners and pronouns', () => {
  test('a web address as listener without "that": "told Example.com the singer …"', () =>
    assert.deepEqual(quotes('A source told Example.com the singer simply won’t eat.'), [
      ['indirect', 'the singer simply won’t eat', 'A source', 'A source', 'anonymous', 'cue', 'told'],
    ]));
  test('"they" stands for the plural source named before: "The star’s pals … They say …"', () =>
    assert.deepEqual(
      quotes('The star’s pals are worried about him. They say the funnyman simply won’t eat.'),
      [['indirect', 'the funnyman simply won’t eat', 'They', 'pals', 'anonymous', 'pronoun', 'say']],
    ));
  test('not for a source that is an object: "… worried about their friends. They say …"', () =>
    assert.deepEqual(
      quotes('Dana Vole and Tom Rees are worried about their friends. They say the tour is over.'),
      [['indirect', 'the tour is over', 'They', 'They', 'unknown', 'pronoun', 'say']],
    ));
  test('nor past a group of named people: "Fans met the couple. They say …"', () =>
    assert.deepEqual(quotes('Fans met the couple in Rome last week. They say the tour is over.'), [
      ['indirect', 'the tour is over', 'They', 'They', 'unknown', 'pronoun', 'say'],
    ]));
});

describe('"took to [a platform] to" and a speech act', () => {
  test('"Vole took to Twitter to congratulate Rees on …"', () =>
    assert.deepEqual(quotes('Dana Vole took to Twitter to congratulate Tom Rees on the birth of his son.'), [
      [
        'indirect',
        'congratulate Tom Rees on the birth of his son',
        'Dana Vole',
        'Dana Vole',
        'named-person',
        'cue',
        'took to Twitter to',
      ],
    ]));
  test('past a phrase of time: "took to Instagram on Sunday to thank her fans …"', () =>
    assert.deepEqual(quotes('Dana Vole took to Instagram on Sunday to thank her fans for their support.'), [
      [
        'indirect',
        'thank her fans for their support',
        'Dana Vole',
        'Dana Vole',
        'named-person',
        'cue',
        'took to Instagram on Sunday to',
      ],
    ]));
  test('sharing pictures is no speech act: "took to Instagram to share several images"', () =>
    assert.deepEqual(quotes('Dana Vole took to Instagram to share several images of her day.'), []));
  test('nor is singing: "took to the stage to sing …"', () =>
    assert.deepEqual(quotes('Dana Vole took to the stage to sing her new song.'), []));
});

describe('a relative clause between a speaker and a leading cue', () => {
  test('"Vole, whose sister …, emphasized that …, “…”" is Vole’s mixed quotation', () =>
    assert.deepEqual(
      quotes(
        'Dana Vole, whose sister died of cancer, emphasized that despite the nerves, “it is a lot more fun than being ill.”',
      ),
      [
        [
          'mixed',
          'despite the nerves, “it is a lot more fun than being ill.',
          'Dana Vole',
          'Dana Vole',
          'named-person',
          'cue',
          'emphasized',
        ],
      ],
    ));
});

describe('phrases that report a statement, and reports without "that"', () => {
  test('"The rapper made it clear that …"', () =>
    assert.deepEqual(quotes('The rapper made it clear that he is not leaving the label.'), [
      [
        'indirect',
        'he is not leaving the label',
        'The rapper',
        'The rapper',
        'anonymous',
        'cue',
        'made it clear',
      ],
    ]));
  test('"Khaled let slip that …"', () =>
    assert.deepEqual(quotes('Dana Vole let slip that she follows the actor on a secret account.'), [
      [
        'indirect',
        'she follows the actor on a secret account',
        'Dana Vole',
        'Dana Vole',
        'named-person',
        'cue',
        'let slip',
      ],
    ]));
  test('a phrase with nothing reported: "The rapper made it clear."', () =>
    assert.deepEqual(quotes('The rapper made it clear.'), []));
  test('"laughed off reports he had strayed": the unnamed media’s claim, ending before a second verb of saying', () =>
    assert.deepEqual(quotes('In August, the comic laughed off reports he had strayed and later denied it.'), [
      ['indirect', 'he had strayed', 'reports', 'reports', 'unnamed-media', 'cue', 'reports'],
    ]));
});

describe('a progressive verb of saying before "that"', () => {
  test('"Sources are buzzing that …"', () =>
    assert.deepEqual(quotes('Sources are buzzing that the pair want children soon.'), [
      ['indirect', 'the pair want children soon', 'Sources', 'Sources', 'anonymous', 'cue', 'buzzing'],
    ]));
  test('a passive is still no cue: "The rumor was denied that day."', () =>
    assert.deepEqual(quotes('The rumor was denied that day.'), []));
});
