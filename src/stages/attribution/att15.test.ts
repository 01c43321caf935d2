/**
 * Rules of the fifteenth round (issue 10: tabloid quotation recall), on invented sentences, through
 * the attribution stage: each asserts the exact reported words, speaker mention, name, kind, how the
 * speaker was found and the cue (all read with `text.slice` by `quotationRows`).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { quotationRows, sliceOf } from './fixture.ts';
import { docAt, runAt } from '../../pipeline/fixture.ts';
import { afterLongOpening, type leading, REPORTED_LIMITS } from './reported.ts';
import { attributionStage } from './stage.ts';

/** Every quotation of `text` as [kind, content, mention, speaker name, speaker kind, via, cue]. */
const quotes = (text: string): (string | null)[][] => quotationRows(text, true);

describe('a directive: a verb of telling, its listener and "to" with a verb', () => {
  test('"told the crowd to head …": the listener opens the reported words', () =>
    assert.deepEqual(
      quotes('When the lights came on, security officials told the crowd to head towards the doors.'),
      [
        [
          'indirect',
          'the crowd to head towards the doors',
          'officials',
          'officials',
          'anonymous',
          'cue',
          'told',
        ],
      ],
    ));
  test('"challenged the nurses to thoroughly clean …": an adverb after "to"; the pronoun speaks', () =>
    assert.deepEqual(
      quotes('Dana Vole poked fun at the host as she challenged the nurses to thoroughly clean the room.'),
      [
        [
          'indirect',
          'the nurses to thoroughly clean the room',
          'she',
          'Dana Vole',
          'named-person',
          'pronoun',
          'challenged',
        ],
      ],
    ));
  test('"asked Tim Bane to marry her": a named listener', () =>
    assert.deepEqual(quotes('Dana Vole asked Tim Bane to marry her.'), [
      ['indirect', 'Tim Bane to marry her', 'Dana Vole', 'Dana Vole', 'named-person', 'cue', 'asked'],
    ]));
  test('"was told to leave": a passive names no speaker', () =>
    assert.deepEqual(quotes('She was told to leave the stage.'), []));
  test('"told him to his face": no verb after "to"', () =>
    assert.deepEqual(quotes('Dana Vole told him to his face during the long dinner.'), []));
});

describe('"has learned" and the names after it', () => {
  test('"EW has learned Kay Dole will return": the name opens the reported words, not a listener', () =>
    assert.deepEqual(quotes('EW has learned Kay Dole will return.'), [
      ['indirect', 'Kay Dole will return', 'EW', 'EW', 'outlet', 'cue', 'learned'],
    ]));
  test('after a subordinate clause of the writer holding a passive ("has yet to be revealed, …")', () =>
    assert.deepEqual(
      quotes('Though a cast list has yet to be revealed, EW has learned Kay Dole and Tim Bane will return.'),
      [['indirect', 'Kay Dole and Tim Bane will return', 'EW', 'EW', 'outlet', 'cue', 'learned']],
    ));
  test('a list of names and an aside in dashes before the verb', () =>
    assert.deepEqual(
      quotes(
        'EW has learned Kay Dole, Tim Bane, and Jo Fane — each of whom starred in the first film back in 2010 — will be among those returning.',
      ),
      [['indirect', 'Kay Dole, Tim Bane, and Jo Fane', 'EW', 'EW', 'outlet', 'cue', 'learned']],
    ));
  test('"learned Spanish": no clause, no reported words', () =>
    assert.deepEqual(quotes('The actor learned Spanish for the role.'), []));
});

describe(`nameListWords (${REPORTED_LIMITS.nameListWords}): a list of names before the reported verb`, () => {
  test('a list of 16 tokens then "will" opens the reported words', () =>
    assert.deepEqual(
      quotes('Dana Vole revealed Kay Dole, Tim Bane, Jo Fane, Al Dorr, Bo Marsh and Penn will come.').map(
        (q) => q.slice(0, 2),
      ),
      [['indirect', 'Kay Dole, Tim Bane, Jo Fane, Al Dorr, Bo Marsh and Penn will come']],
    ));
  test('a list of 17 tokens is too long: its first name is read as a listener', () => {
    const rows = quotes(
      'Dana Vole revealed Kay Dole, Tim Bane, Jo Fane, Al Dorr, Bo Marsh and Cy Penn will come.',
    );
    assert.ok(rows.every((q) => !q[1]?.startsWith('Kay Dole')));
  });
});

describe('the listener of "told" named by a noun phrase with no "that"', () => {
  test('"told the outlet Edwards was …": the name opens the reported words', () =>
    assert.deepEqual(quotes('His lawyer Tom Reed told the outlet Smith was not allowed near the house.'), [
      [
        'indirect',
        'Smith was not allowed near the house',
        'His lawyer Tom Reed',
        'Tom Reed',
        'named-person',
        'cue',
        'told',
      ],
    ]));
  test('"told the court the singer was …": a determiner opens them', () =>
    assert.deepEqual(quotes('Her lawyer told the court the singer was not allowed near the house.'), [
      [
        'indirect',
        'the singer was not allowed near the house',
        'Her lawyer',
        'Her lawyer',
        'anonymous',
        'cue',
        'told',
      ],
    ]));
});

describe('other openings and closings', () => {
  test('a sentence in brackets: the bracket is neither the speaker nor the reported words', () =>
    assert.deepEqual(quotes('The pair wed in May. (A source said the couple had planned it for years.)'), [
      ['indirect', 'the couple had planned it for years', 'A source', 'A source', 'anonymous', 'cue', 'said'],
    ]));
  test('"is admitting to cheating": a confession’s gerund, however short', () =>
    assert.deepEqual(quotes('Now the star is admitting to cheating.'), [
      ['indirect', 'cheating', 'the star', 'the star', 'anonymous', 'cue', 'admitting'],
    ]));
  test('"admitted to the charge": no gerund, too short', () =>
    assert.deepEqual(quotes('The star admitted to the charge.'), []));
  test('"is admitting to cheating on his wife": a progressive verb of confessing', () =>
    assert.deepEqual(quotes('Now the star is admitting to cheating on his wife.'), [
      ['indirect', 'cheating on his wife', 'the star', 'the star', 'anonymous', 'cue', 'admitting'],
    ]));
});

describe('the unnamed media', () => {
  test('"Recent reports suggest that …": "reports" after an adjective is the noun that speaks', () =>
    assert.deepEqual(quotes('Recent reports suggest that the pair had split.'), [
      [
        'indirect',
        'the pair had split',
        'Recent reports',
        'Recent reports',
        'unnamed-media',
        'cue',
        'suggest',
      ],
    ]));
  test('"As previously reported, …": no subject, the unnamed media', () =>
    assert.deepEqual(quotes('As previously reported, Dana Vole was driving a truck when she crashed.'), [
      [
        'indirect',
        'Dana Vole was driving a truck when she crashed',
        'previously reported',
        'reports',
        'unnamed-media',
        'cue',
        'reported',
      ],
    ]));
  test('"As it’s previously been reported, …": "it" and auxiliaries are no subject', () =>
    assert.deepEqual(quotes('As it’s previously been reported, Dana Vole was driving a truck.'), [
      [
        'indirect',
        'Dana Vole was driving a truck',
        'it’s previously been reported',
        'reports',
        'unnamed-media',
        'cue',
        'reported',
      ],
    ]));
  test('"As TMZ first reported on Monday, …": the phrase of time is no part of the reported words', () =>
    assert.deepEqual(quotes('As TMZ first reported on Monday, Dana Vole was driving a truck.'), [
      ['indirect', 'Dana Vole was driving a truck', 'TMZ', 'TMZ', 'named-organization', 'cue', 'reported'],
    ]));
  test('"As reported by People, …": the agent speaks', () =>
    assert.deepEqual(quotes('As reported by People, Dana Vole was driving a truck.'), [
      [
        'indirect',
        'Dana Vole was driving a truck',
        'People',
        'People',
        'named-organization',
        'cue',
        'reported',
      ],
    ]));
  test('"As she revealed her plans, …": an object after the verb, no report', () =>
    assert.deepEqual(quotes('As she revealed her plans, the crowd cheered.'), []));
  test('"responded to comments suggesting that …": the comments speak, not the subject', () =>
    assert.deepEqual(quotes('She responded to comments suggesting that the dress was too short.'), [
      ['indirect', 'the dress was too short', 'comments', 'reports', 'unnamed-media', 'cue', 'suggesting'],
    ]));
});

/** What a rule of reported.ts finds in the one sentence `text`: [reported words, speaker mention, cue]. */
function ruleHit(rule: typeof leading, text: string): (string | null)[] | null {
  const doc = docAt('attribution', text);
  const h = rule(doc, 0, doc.tokens.count - 1);
  return h
    ? [
        text.slice(h.content.start, h.content.end),
        text.slice(h.speaker.span.start, h.speaker.span.end),
        text.slice(h.cue.start, h.cue.end),
      ]
    : null;
}

describe('a long opening phrase before the speaker', () => {
  test('"For the first time since …, ‘Idol’ star Kay Smith has … revealed …": past the leading reach, and a title in marks', () =>
    assert.deepEqual(
      quotes(
        'For the first time since the crash that killed a neighbour on the farm road in May, ‘Idol’ star Kay Smith has finally spoken out and revealed she is extremely overwhelmed.',
      ),
      [
        [
          'indirect',
          'she is extremely overwhelmed',
          'Kay Smith',
          'Kay Smith',
          'named-person',
          'cue',
          'revealed',
        ],
      ],
    ));
  const opening = (n: number): string =>
    `After ${Array.from({ length: n }, (_, i) => `w${i}`).join(' ')}, Kay Smith revealed that she is tired.`;
  test(`openingReach (${REPORTED_LIMITS.openingReach}): a comma at token 35 closes the opening; at 36 it is too far`, () => {
    assert.deepEqual(ruleHit(afterLongOpening, opening(34)), ['she is tired.', 'Kay Smith', 'revealed']);
    assert.equal(ruleHit(afterLongOpening, opening(35)), null);
  });
  const titled = (title: string): string =>
    `For the first time since the crash that killed a neighbour on the farm road in May, ‘${title}’ star Kay Smith has spoken out and revealed that she is tired.`;
  test(`titleWords (${REPORTED_LIMITS.titleWords}): a title of 4 words in marks inside the speaker's words; 5 end the clause`, () => {
    assert.equal(ruleHit(afterLongOpening, titled('Big Little Lies Forever'))?.[0], 'she is tired.');
    assert.equal(ruleHit(afterLongOpening, titled('Big Little Lies Forever Now')), null);
  });
});

describe('"the news that …" and "reports of …": the unnamed media', () => {
  test('"amid the news that …": the news reports, with its "that"', () =>
    assert.deepEqual(quotes('The video comes amid the news that an unknown man tried to blackmail him.'), [
      [
        'indirect',
        'an unknown man tried to blackmail him',
        'news',
        'reports',
        'unnamed-media',
        'cue',
        'news',
      ],
    ]));
  test('"denied reports of a feud …": the noun phrase is what the reports say', () =>
    assert.deepEqual(quotes('The singer denied reports of a feud with her sister.'), [
      ['indirect', 'a feud with her sister', 'reports', 'reports', 'unnamed-media', 'cue', 'reports'],
    ]));
  test('"read the news on Monday": no "that", no report', () =>
    assert.deepEqual(quotes('She read the news on Monday.'), []));
});

describe('the outlet and a passive’s agent', () => {
  test('"We hear the pair …": the outlet hears as it learns', () =>
    assert.deepEqual(quotes('We hear the pair have split.'), [
      ['indirect', 'the pair have split', 'We', 'We', 'outlet', 'cue', 'hear'],
    ]));
  test('"The Sun understands …"', () =>
    assert.deepEqual(quotes('The Sun understands the pair have split.'), [
      ['indirect', 'the pair have split', 'The Sun', 'The Sun', 'outlet', 'cue', 'understands'],
    ]));
  test('"Fans heard the news": no outlet, no report', () =>
    assert.deepEqual(quotes('Fans heard the news on the radio.'), []));
  test('"Us Weekly can confirm the pair …": a base form after a modal, without "that"', () =>
    assert.deepEqual(quotes('Us Weekly can confirm the pair have split.'), [
      ['indirect', 'the pair have split', 'Us Weekly', 'Us Weekly', 'named-organization', 'cue', 'confirm'],
    ]));
  test('"It was revealed by a source that …": the agent speaks, not the unnamed media', () =>
    assert.deepEqual(quotes('It was revealed by a source that Dana Vole is pregnant.'), [
      ['indirect', 'Dana Vole is pregnant', 'a source', 'a source', 'anonymous', 'cue', 'revealed'],
    ]));
  test('"It has since been confirmed by her rep that …"', () =>
    assert.deepEqual(quotes('It has since been confirmed by her rep that Dana Vole is pregnant.'), [
      ['indirect', 'Dana Vole is pregnant', 'her rep', 'her rep', 'anonymous', 'cue', 'confirmed'],
    ]));
});

describe('"to" and a listener before "that"; "Per …,"', () => {
  test('"dished to OK! that …": the listener is no part of the reported words', () =>
    assert.deepEqual(quotes('An insider dished to OK! that the pair are fighting.'), [
      ['indirect', 'the pair are fighting', 'An insider', 'An insider', 'anonymous', 'cue', 'dished'],
    ]));
  test('"confirmed to the magazine that …"', () =>
    assert.deepEqual(quotes('Dana Vole confirmed to the magazine that she is pregnant.'), [
      ['indirect', 'she is pregnant', 'Dana Vole', 'Dana Vole', 'named-person', 'cue', 'confirmed'],
    ]));
  test('"Per an insider, …" as "according to"', () =>
    assert.deepEqual(quotes('Per an insider, the pair are fighting.'), [
      ['indirect', 'the pair are fighting', 'an insider', 'an insider', 'anonymous', 'cue', 'Per'],
    ]));
  test('"Per usual, …": no source', () => assert.deepEqual(quotes('Per usual, the pair are fighting.'), []));
});

describe('"we" contracted: the publication', () => {
  test('"We’ve learned the pair …"', () =>
    assert.deepEqual(quotes('We’ve learned the pair have split.'), [
      ['indirect', 'the pair have split', 'We’ve', 'We', 'outlet', 'cue', 'learned'],
    ]));
  test('"We’re told the pair …": a passive, no listener', () =>
    assert.deepEqual(quotes('We’re told the pair have split.'), [
      ['indirect', 'the pair have split', 'We’re', 'We', 'outlet', 'cue', 'told'],
    ]));
});

/** The listener of each quotation of `text`: its name and the words its span covers. */
const listeners = (text: string): (string | null)[][] =>
  (runAt(attributionStage, text).quotes ?? []).map((q) => [q.listener, sliceOf(text, q.listenerSpan)]);

describe('a source cue after the reported words, told to an outlet', () => {
  test('"…, sources tell E! News.": the "!" of the outlet is no sentence mark; the outlet is the listener', () => {
    const text = 'The twins are feuding again, sources tell E! News.';
    assert.deepEqual(quotes(text), [
      ['indirect', 'The twins are feuding again', 'sources', 'sources', 'anonymous', 'cue', 'tell'],
    ]);
    assert.deepEqual(listeners(text), [['E! News', 'E! News']]);
  });
  test('"…, a source tells Us Weekly exclusively.": the singular, and an adverb after the outlet', () => {
    const text = 'The twins are feuding again, a source tells Us Weekly exclusively.';
    assert.deepEqual(quotes(text), [
      ['indirect', 'The twins are feuding again', 'a source', 'a source', 'anonymous', 'cue', 'tells'],
    ]);
    assert.deepEqual(listeners(text), [['Us Weekly', 'Us Weekly']]);
  });
  test('"…, insiders tell People.": another cue word', () => {
    const text = 'The chef has quit the show, insiders tell People.';
    assert.deepEqual(quotes(text), [
      ['indirect', 'The chef has quit the show', 'insiders', 'insiders', 'anonymous', 'cue', 'tell'],
    ]);
    assert.deepEqual(listeners(text), [['People', 'People']]);
  });
  test('"…, sources say.": no listener', () => {
    const text = 'Neighbours tell tales, sources say.';
    assert.deepEqual(quotes(text), [
      ['indirect', 'Neighbours tell tales', 'sources', 'sources', 'anonymous', 'cue', 'say'],
    ]);
    assert.deepEqual(listeners(text), [[null, null]]);
  });
  test('an ordinary sentence with "tell" reports nothing', () =>
    assert.deepEqual(quotes('Neighbours tell tales about the old mill.'), []));
});

describe('a film title with a colon in the speaker', () => {
  test('"the Starfall: Into the Void star is admitting to …": the whole description speaks', () =>
    assert.deepEqual(quotes('The Starfall: Into the Void star is admitting to skipping the premiere.'), [
      [
        'indirect',
        'skipping the premiere',
        'The Starfall: Into the Void star',
        'The Starfall: Into the Void star',
        'anonymous',
        'cue',
        'admitting',
      ],
    ]));
  test('small words of the title after the colon ("Return to the Moon")', () =>
    assert.deepEqual(quotes('The Harbor: Return to the Moon actor says he turned down the sequel.'), [
      [
        'indirect',
        'he turned down the sequel',
        'The Harbor: Return to the Moon actor',
        'The Harbor: Return to the Moon actor',
        'anonymous',
        'cue',
        'says',
      ],
    ]));
  test('a label before a colon is no title: "Update: The star says …"', () =>
    assert.deepEqual(quotes('Update: The star says he turned down the sequel.'), [
      ['indirect', 'he turned down the sequel', 'The star', 'The star', 'anonymous', 'cue', 'says'],
    ]));
});

describe('a place is no referent of a person description', () => {
  const text = 'The star was spotted in West Hollywood. The star said she is moving to the coast.';
  test('"spotted in West Hollywood": capitals after "in" name a place', () =>
    assert.deepEqual(
      docAt('attribution', text).entities.map((e) => [e.kind, e.name]),
      [['place', 'West Hollywood']],
    ));
  test('"The star said …": the star stays unnamed', () =>
    assert.deepEqual(quotes(text), [
      ['indirect', 'she is moving to the coast', 'The star', 'The star', 'anonymous', 'cue', 'said'],
    ]));
  test('a person named before is still the one meant', () =>
    assert.deepEqual(quotes(`Dana Vole was spotted in West Hollywood. ${text.slice(40)}`), [
      ['indirect', 'she is moving to the coast', 'The star', 'Dana Vole', 'named-person', 'cue', 'said'],
    ]));
});

describe('capitals after "in" that stay a person', () => {
  test('"in Tarrow Vesk’s film": a possessive is a person’s', () =>
    assert.deepEqual(
      docAt('attribution', 'She starred in Tarrow Vesk’s film last year.').entities.map((e) => [
        e.kind,
        e.name,
      ]),
      [['person', 'Tarrow Vesk']],
    ));
});
