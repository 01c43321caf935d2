/**
 * The attribution readers' named reaches (CUE_LIMITS in cues.ts, SPEAKER_LIMITS in speaker.ts),
 * each pinned by a fixture just inside and one just outside, run through the attribution stage:
 * moving a default one step either way fails one of each pair (`npm run mutate:thresholds -- --only
 * attribution` proves it). The override cases move the limit for one call to show it reaches its rule.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withLimit } from './fixture.ts';
import { runAt } from '../../pipeline/fixture.ts';
import { CUE_LIMITS } from './cues.ts';
import { SPEAKER_LIMITS } from './speaker.ts';
import { attributionStage } from './stage.ts';

/** Each quotation of `text` as "speaker name (kind), mention: …, listener: …". */
function quotes(text: string): string[] {
  const found = runAt(attributionStage, text, {}, '2024-10-08');
  return (found.quotes ?? []).map(
    (q) =>
      `${q.speaker.name} (${q.speaker.kind}), mention: ${q.speaker.mention ? text.slice(q.speaker.mention.start, q.speaker.mention.end) : '-'}, listener: ${q.listener ?? '-'}`,
  );
}

/**
 * `lead` (a sentence naming someone, whose name ends before " arrived"), filler, then `tail`, whose
 * "@" marks where the speaker phrase starts: exactly `distance` characters after the name's end.
 */
function apart(lead: string, tail: string, distance: number): string {
  const end = lead.indexOf(' arrived');
  const at = tail.indexOf('@');
  const n = distance - (lead.length + at - end);
  let fill = '';
  while (fill.length + 11 <= n - 1) fill += ' Rain fell.';
  return lead + fill.padEnd(n, ' ') + tail.replace('@', '');
}

describe('attribution-cues: listenerWords (6)', () => {
  test('a listener of six words is read whole', () =>
    assert.deepEqual(
      quotes('“We are fine,” Kim Vale told Good Morning America Weekend Live Show on Friday.'),
      ['Kim Vale (named-person), mention: Kim Vale, listener: Good Morning America Weekend Live Show'],
    ));
  test('one of seven is cut after six', () => {
    const text = '“We are fine,” Kim Vale told Good Morning America Weekend Live Show Extra on Friday.';
    assert.deepEqual(quotes(text), [
      'Kim Vale (named-person), mention: Kim Vale, listener: Good Morning America Weekend Live Show',
    ]);
    assert.deepEqual(
      withLimit(CUE_LIMITS, 'listenerWords', 7, () => quotes(text)),
      ['Kim Vale (named-person), mention: Kim Vale, listener: Good Morning America Weekend Live Show Extra'],
    );
  });
});

describe('attribution-cues: accordingSpeakerWords (14 tokens after "according")', () => {
  const at = (tail: string): string =>
    `Fans waited.\n\n“We are fine. We are happy,” according to a source close to the couple who ${tail}.`;
  test('a source of twelve words ending inside the reach is read whole', () =>
    assert.deepEqual(quotes(at('has known them for many')), [
      'a source close to the couple who has known them for many (anonymous), mention: a source close to the couple who has known them for many, listener: -',
    ]));
  test('one of thirteen is cut at the reach', () => {
    const text = at('has known them for many long years');
    assert.deepEqual(quotes(text), [
      'a source close to the couple who has known them for many (anonymous), mention: a source close to the couple who has known them for many, listener: -',
    ]);
    assert.match(
      withLimit(CUE_LIMITS, 'accordingSpeakerWords', 15, () => quotes(text))[0]!,
      /for many long,/,
    );
  });
});

describe('attribution-cues: invertedSpeakerWords (10 tokens after an inverted cue)', () => {
  test('a speaker of nine words after "says" is read whole', () =>
    assert.deepEqual(quotes('“We are fine,” says a source close to the couple who knew them.'), [
      'a source close to the couple who knew them (anonymous), mention: a source close to the couple who knew them, listener: -',
    ]));
  test('one of ten is cut after nine', () => {
    const text = '“We are fine,” says a source close to the couple who knew them for years.';
    assert.deepEqual(quotes(text), [
      'a source close to the couple who knew them (anonymous), mention: a source close to the couple who knew them, listener: -',
    ]);
    assert.match(withLimit(CUE_LIMITS, 'invertedSpeakerWords', 11, () => quotes(text))[0]!, /knew them for,/);
  });
});

describe('attribution-speaker: descriptionWords (4 words to the head)', () => {
  test('a description whose head is four words after its determiner speaks', () =>
    assert.deepEqual(quotes('“We are fine,” said the long serving veteran goalkeeper.'), [
      'the long serving veteran goalkeeper (anonymous), mention: the long serving veteran goalkeeper, listener: -',
    ]));
  test('five words after it is no description', () => {
    const text = '“We are fine,” said the long serving team veteran goalkeeper.';
    assert.deepEqual(quotes(text), ['unknown (unknown), mention: -, listener: -']);
    assert.deepEqual(
      withLimit(SPEAKER_LIMITS, 'descriptionWords', 5, () => quotes(text)),
      [
        'the long serving team veteran goalkeeper (anonymous), mention: the long serving team veteran goalkeeper, listener: -',
      ],
    );
  });
});

describe('attribution-speaker: personReach (400 characters back)', () => {
  const at = (d: number): string => apart('Mara Quint arrived.', '“We are fine,” @the actress said.', d);
  test('"the actress" 400 characters after a name is that person', () =>
    assert.deepEqual(quotes(at(400)), ['Mara Quint (named-person), mention: the actress, listener: -']));
  test('401 after, an unnamed one', () => {
    assert.deepEqual(quotes(at(401)), ['the actress (anonymous), mention: the actress, listener: -']);
    assert.deepEqual(
      withLimit(SPEAKER_LIMITS, 'personReach', 401, () => quotes(at(401))),
      ['Mara Quint (named-person), mention: the actress, listener: -'],
    );
  });
});

describe('attribution-speaker: orgReach (600 characters back)', () => {
  const at = (d: number): string => apart('Halvard Records arrived.', '“We are fine,” @the company said.', d);
  test('"the company" 600 characters after an organization is it', () =>
    assert.deepEqual(quotes(at(600)), [
      'Halvard Records (named-organization), mention: the company, listener: -',
    ]));
  test('601 after, an organization the text does not name', () => {
    assert.deepEqual(quotes(at(601)), ['company (named-organization), mention: the company, listener: -']);
    assert.deepEqual(
      withLimit(SPEAKER_LIMITS, 'orgReach', 601, () => quotes(at(601))),
      ['Halvard Records (named-organization), mention: the company, listener: -'],
    );
  });
});

// The colon limits decide only when the entities stage lists no person in the sentence before the
// colon: a definite role description ("The … actress") is no listed name, yet it speaks for the actress
// named in the sentence before (speaker.ts), so only `openingName` attributes the quotation.
describe('attribution-cues: colonNameWords (4 tokens alone before a colon)', () => {
  const at = (description: string): string => `Mara Quint arrived late.\n\n${description}: “We are fine.”`;
  test('a description of four tokens before the colon speaks', () =>
    assert.deepEqual(quotes(at('The long serving actress')), [
      'Mara Quint (named-person), mention: The long serving actress, listener: -',
    ]));
  test('one of five does not', () => {
    const text = at('The long serving stage actress');
    assert.deepEqual(quotes(text), ['unknown (unknown), mention: -, listener: -']);
    assert.deepEqual(
      withLimit(CUE_LIMITS, 'colonNameWords', 5, () => quotes(text)),
      ['Mara Quint (named-person), mention: The long serving stage actress, listener: -'],
    );
  });
});

describe('attribution-cues: colonCommaWords (a comma 3 tokens into the sentence before a colon)', () => {
  const at = (description: string): string =>
    `Mara Quint arrived late.\n\n${description}, ever blunt: “We are fine.”`;
  test('a description of three tokens set off by a comma speaks', () =>
    assert.deepEqual(quotes(at('The stage actress')), [
      'Mara Quint (named-person), mention: The stage actress, listener: -',
    ]));
  test('one of four does not', () => {
    const text = at('The veteran stage actress');
    assert.deepEqual(quotes(text), ['unknown (unknown), mention: -, listener: -']);
    assert.deepEqual(
      withLimit(CUE_LIMITS, 'colonCommaWords', 4, () => quotes(text)),
      ['Mara Quint (named-person), mention: The veteran stage actress, listener: -'],
    );
  });
});

describe('attribution-cues: subjectWords (a subject of 9 tokens before a verb)', () => {
  const at = (pal: string): string =>
    `Fans waited.\n\n${pal} of the pair who has known them said: “We are fine.”`;
  test('a subject of nine tokens before "said" is read whole', () =>
    assert.deepEqual(quotes(at('A pal')), [
      'A pal of the pair who has known them (anonymous), mention: A pal of the pair who has known them, listener: -',
    ]));
  test('one of ten is read from its second word', () => {
    const text = at('A close pal');
    assert.deepEqual(quotes(text), [
      'close pal of the pair who has known them (anonymous), mention: close pal of the pair who has known them, listener: -',
    ]);
    assert.deepEqual(
      withLimit(CUE_LIMITS, 'subjectWords', 9, () => quotes(text)),
      [
        'A close pal of the pair who has known them (anonymous), mention: A close pal of the pair who has known them, listener: -',
      ],
    );
  });
});

describe('attribution-cues: openingWords (an unlisted subject of 6 tokens opening the sentence)', () => {
  // no name in the sentence: the subject of "…, saying" is the shortest speaker phrase opening it
  const at = (loyal: string): string =>
    `Fans waited.\n\nThe long and ${loyal} friend waved, saying “We are fine.”`;
  test('a subject of six tokens speaks', () =>
    assert.deepEqual(quotes(at('deeply loyal')), [
      'The long and deeply loyal friend (anonymous), mention: The long and deeply loyal friend, listener: -',
    ]));
  test('one of seven does not', () => {
    const text = at('very deeply loyal');
    assert.deepEqual(quotes(text), ['unknown (unknown), mention: -, listener: -']);
    assert.deepEqual(
      withLimit(CUE_LIMITS, 'openingWords', 6, () => quotes(text)),
      [
        'The long and very deeply loyal friend (anonymous), mention: The long and very deeply loyal friend, listener: -',
      ],
    );
  });
});

describe('attribution-cues: parenWords (a parenthesis holding 7 tokens between a subject and its verb)', () => {
  // past the reach, the clause's first name speaks: the possessor, not the subject
  const at = (inside: string): string =>
    `Fans waited.\n\nTomas Ferrell's rival Ida Roemer (${inside}) said, “We are fine.”`;
  test('a parenthesis holding seven tokens is passed over', () =>
    assert.deepEqual(quotes(at('one two three four five six seven')), [
      "Ida Roemer (named-person), mention: Tomas Ferrell's rival Ida Roemer, listener: -",
    ]));
  test('one holding eight is not', () => {
    const text = at('one two three four five six seven eight');
    // past the limit the clause's first named person who is no possessor speaks, without the description
    assert.deepEqual(quotes(text), ['Ida Roemer (named-person), mention: Ida Roemer, listener: -']);
    assert.deepEqual(
      withLimit(CUE_LIMITS, 'parenWords', 9, () => quotes(text)),
      ["Ida Roemer (named-person), mention: Tomas Ferrell's rival Ida Roemer, listener: -"],
    );
  });
});
