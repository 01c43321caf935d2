/**
 * The reported-speech finder's named options (`REPORTED_DEFAULTS`) and reaches (`REPORTED_LIMITS`),
 * each pinned by a fixture just inside and one just outside, run through the attribution stage that
 * calls the finder: moving a default one step either way (a boolean: flipping it) fails one of each
 * pair (`npm run mutate:thresholds` proves it). The stage does not expose these options, so the
 * override cases call `findReported`, the function it runs, or move a reach for one call. The
 * cue-probability fixtures assert the shipped cue model's probability that puts them inside or
 * outside: a refit that moves it fails here, saying which fixture to re-pick.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withLimit } from './fixture.ts';
import type { Doc } from '../../pipeline/doc.ts';
import { docAt } from '../../pipeline/fixture.ts';
import { runStage } from '../../pipeline/processor.ts';
import { attributionStage } from './stage.ts';
import { findReported } from './indirect.ts';
import { REPORTED_DEFAULTS, REPORTED_LIMITS, type ReportedOptions, reportedIn } from './reported.ts';

const docOf = (text: string): Doc => docAt('attribution', text, '2024-10-08');

/** The stage's quotations of `text` as "kind “words” speaker, cue: verb". */
function quotes(text: string): string[] {
  return (runStage(attributionStage, docOf(text)).quotes ?? []).map(
    (q) =>
      `${q.kind} “${text.slice(q.start, q.end)}” ${q.speaker.name}, cue: ${q.cue ? text.slice(q.cue.start, q.cue.end) : '-'}`,
  );
}

/** The reported words `findReported` finds in `text` with one option moved. */
function reported(text: string, o: Partial<ReportedOptions>): string[] {
  const doc = docOf(text);
  return findReported(doc, doc.quoted, { ...REPORTED_DEFAULTS, ...o }).map(
    (r) => `${r.kind} “${text.slice(r.content.start, r.content.end)}”`,
  );
}

/** The cue model's probability for the one model cue of a one-sentence `text`. */
function cueProbability(text: string): number {
  const doc = docOf(text);
  const hits = reportedIn(doc, 0, doc.tokens.count - 1, {
    ...REPORTED_DEFAULTS,
    minCueProbability: 0.01,
    minOtherCueProbability: 0.01,
  });
  assert.equal(hits.length, 1);
  assert.equal(hits[0]!.by, 'model');
  return Math.round(hits[0]!.p * 1000) / 1000;
}

describe('reported: minCueProbability (0.5)', () => {
  test('a cue the model gives 0.519 cues reported words', () => {
    const text = 'Friends of the couple recalled they were fine.';
    assert.equal(cueProbability(text), 0.519);
    assert.deepEqual(quotes(text), ['indirect “they were fine” Friends of the couple, cue: recalled']);
    assert.deepEqual(reported(text, { minCueProbability: 0.55 }), []);
  });
  test('one it gives 0.484 does not', () => {
    const text = 'Friends of the couple boasted they were fine.';
    assert.equal(cueProbability(text), 0.484);
    assert.deepEqual(quotes(text), []);
    assert.deepEqual(reported(text, { minCueProbability: 0.45 }), ['speech “they were fine”']);
  });
});

describe('reported: beliefs (false)', () => {
  test('a belief ("thinks that …") is not a quotation', () => {
    const text = 'The singer thinks that the tour would end in May.';
    assert.deepEqual(quotes(text), []);
    assert.deepEqual(reported(text, { beliefs: true }), ['belief “the tour would end in May”']);
  });
});

describe('reported: statementsOnly (true)', () => {
  test('a cue that is no verb of saying ("mentioned"), below minOtherCueProbability, reports nothing', () => {
    const text = 'Friends of the couple mentioned they were fine.';
    assert.equal(cueProbability(text), 0.489);
    assert.deepEqual(quotes(text), []);
    assert.deepEqual(reported(text, { statementsOnly: false, minCueProbability: 0.45 }), [
      'speech “they were fine”',
    ]);
  });
});

describe('reported: minOtherCueProbability (0.8)', () => {
  test('a cue that is no verb of saying, given 0.839 by the model, cues reported words', () => {
    const text = 'Her manager mentioned they were fine.';
    assert.equal(cueProbability(text), 0.839);
    assert.deepEqual(quotes(text), ['indirect “they were fine” Her manager, cue: mentioned']);
    assert.deepEqual(reported(text, { minOtherCueProbability: 0.85 }), []);
  });
  test('one given 0.776 does not', () => {
    const text = 'The mayor mentioned they were fine.';
    assert.equal(cueProbability(text), 0.776);
    assert.deepEqual(quotes(text), []);
    assert.deepEqual(reported(text, { minOtherCueProbability: 0.75 }), ['speech “they were fine”']);
  });
  test('after such a cue a particle makes a phrasal verb, not reported words', () => {
    const text = 'Her manager showed off her new car to the fans.';
    // the model gives "showed" 0.637 here (statementsOnly off finds it at the 0.5 default)
    assert.deepEqual(reported(text, { minOtherCueProbability: 0.6 }), []);
    assert.deepEqual(reported(text, { statementsOnly: false }), ['speech “off her new car to the fans”']);
  });
});

describe('reported: minWords (3)', () => {
  test('three reported words are a quotation', () => {
    const text = 'Her brother said he left early.';
    assert.deepEqual(quotes(text), ['indirect “he left early” Her brother, cue: said']);
    assert.deepEqual(reported(text, { minWords: 4 }), []);
  });
  test('two are not', () => {
    const text = 'Her brother said he left.';
    assert.deepEqual(quotes(text), []);
    assert.deepEqual(reported(text, { minWords: 2 }), ['speech “he left”']);
  });
});

describe('reported: maxFragmentWords (20)', () => {
  const at = (fans: string): string =>
    `Her brother said the tour was “a dream come true for the whole family and ${fans} fans who came out in the pouring cold rain” last night.`;
  test('a quoted fragment of twenty words sits inside the reported words: one mixed quotation', () =>
    assert.deepEqual(quotes(at('all our')), [
      `mixed “the tour was “a dream come true for the whole family and all our fans who came out in the pouring cold rain” last night” Her brother, cue: said`,
    ]));
  test('one of twenty-one is a quotation of its own', () => {
    const text = at('all of our');
    assert.deepEqual(quotes(text), [
      'mixed “a dream come true for the whole family and all of our fans who came out in the pouring cold rain” Her brother, cue: said',
    ]);
    assert.deepEqual(reported(text, { maxFragmentWords: 21 }), [
      'speech “the tour was “a dream come true for the whole family and all of our fans who came out in the pouring cold rain” last night”',
    ]);
  });
});

/** The stage's quotations of `text` as "“words” speaker, listener: …". */
function heard(text: string): string[] {
  return (runStage(attributionStage, docOf(text)).quotes ?? []).map(
    (q) => `“${text.slice(q.start, q.end)}” ${q.speaker.name}, listener: ${q.listener ?? '-'}`,
  );
}

describe('reported: listenerReach (5 tokens after a leading verb)', () => {
  test('a listener of four words before "that" is skipped whole', () =>
    assert.deepEqual(heard('Mara Quint told Good Morning America Live that the pair have split.'), [
      '“the pair have split” Mara Quint, listener: Good Morning America Live',
    ]));
  test('one of five is cut at the reach, its last word read as reported', () => {
    const text = 'Mara Quint told Good Morning America Live Now that the pair have split.';
    assert.deepEqual(heard(text), [
      '“Now that the pair have split” Mara Quint, listener: Good Morning America Live',
    ]);
    assert.deepEqual(
      withLimit(REPORTED_LIMITS, 'listenerReach', 6, () => heard(text)),
      ['“the pair have split” Mara Quint, listener: Good Morning America Live Now'],
    );
  });
});

describe('reported: parentheticalReach (6 tokens after the comma)', () => {
  test('a cue six tokens after the comma interrupts the clause: two parts', () =>
    assert.deepEqual(heard('The old pier, the harbour master from town said, will close in May.'), [
      '“The old pier” the harbour master from town, listener: -',
      '“will close in May” the harbour master from town, listener: -',
    ]));
  test('seven after, only the part before is read', () => {
    const text = 'The old pier, the harbour master from the town said, will close in May.';
    assert.deepEqual(heard(text), ['“The old pier” the harbour master from the town, listener: -']);
    assert.equal(withLimit(REPORTED_LIMITS, 'parentheticalReach', 7, () => heard(text)).length, 2);
  });
});

// Past either reach the leading rule gives the sentence up and the cue model reads it: the model keeps
// the clause after "according to X," whole and takes the words before an appositive as the subject, so
// only these fixtures (a second clause; a name in apposition) tell the two readers apart.
describe('reported: accordingReach (the comma 11 tokens after "according")', () => {
  const at = (pair: string): string =>
    `According to a source close to the young and ${pair} pair, the tour will go on, while their manager argued it had ended.`;
  test('a comma 11 tokens after "according": the leading rule ends the reported words at "while"', () =>
    assert.deepEqual(quotes(at('happy')), [
      'indirect “the tour will go on” a source close to the young and happy pair, cue: According to',
      'indirect “it had ended” their manager, cue: argued',
    ]));
  test('12 after: the cue model reads the rest of the sentence as one clause', () => {
    const text = at('very happy');
    assert.deepEqual(quotes(text), [
      'indirect “the tour will go on, while their manager argued it had ended” a source close to the young and very happy pair, cue: According to',
    ]);
    assert.deepEqual(
      withLimit(REPORTED_LIMITS, 'accordingReach', 13, () => quotes(text)),
      [
        'indirect “the tour will go on” a source close to the young and very happy pair, cue: According to',
        'indirect “it had ended” their manager, cue: argued',
      ],
    );
  });
});

describe('reported: leadingReach (a leading verb 13 tokens into the sentence)', () => {
  const at = (outlets: string): string =>
    `A lawyer for the two big local ${outlets} outlets, Ines Marlow, said that the paper will appeal.`;
  test('"said" 13 tokens in: the leading rule gives the name in apposition', () =>
    assert.deepEqual(quotes(at('news')), ['indirect “the paper will appeal” Ines Marlow, cue: said']));
  test('14 in: the cue model takes the words before the appositive', () => {
    const text = at('evening news');
    assert.deepEqual(quotes(text), [
      'indirect “the paper will appeal” lawyer for the two big local evening news outlets, cue: said',
    ]);
    assert.deepEqual(
      withLimit(REPORTED_LIMITS, 'leadingReach', 15, () => quotes(text)),
      ['indirect “the paper will appeal” Ines Marlow, cue: said'],
    );
  });
});

describe('reported: participleReach (a subject of 5 tokens before a participle cue)', () => {
  const at = (source: string): string =>
    `The pair have split, with ${source} confirming the tour has been cancelled.`;
  test('a subject of five tokens after "with" is read whole', () =>
    assert.deepEqual(quotes(at('two of their old friends')), [
      'indirect “the tour has been cancelled” two of their old friends, cue: confirming',
    ]));
  test('one of six is cut to its last five', () => {
    const text = at('a source close to the couple');
    assert.deepEqual(quotes(text), [
      'indirect “the tour has been cancelled” source close to the couple, cue: confirming',
    ]);
    assert.deepEqual(
      withLimit(REPORTED_LIMITS, 'participleReach', 6, () => quotes(text)),
      ['indirect “the tour has been cancelled” a source close to the couple, cue: confirming'],
    );
  });
});

describe('reported: sourceAfter (a source of 8 tokens after a cue closing the sentence)', () => {
  // the last comma of the sentence is the appositive's, so the trailing rule gives up and the cue
  // model decides whether the words before the cue are what was said
  const at = (place: string): string => `The tour will go on, said Mara Quint, 38, of ${place}.`;
  test('"Mara Quint, 38, of north Leeds" (8 tokens) after "said" names who said the words before', () =>
    assert.deepEqual(quotes(at('north Leeds')), ['indirect “The tour will go on” Mara Quint, cue: said']));
  test('a source of 9 tokens does not', () => {
    const text = at('north west Leeds');
    assert.deepEqual(quotes(text), []);
    assert.deepEqual(
      withLimit(REPORTED_LIMITS, 'sourceAfter', 9, () => quotes(text)),
      ['indirect “The tour will go on” Mara Quint, cue: said'],
    );
  });
});

describe('reported: quoteCueGap (a cue 12 characters after a quotation is its cue)', () => {
  // the quotation's words end after its comma: "Ida Mosse " is the 12 characters before "claimed"
  const at = (name: string): string => `“We are fine,” ${name} claimed the tour had ended.`;
  test('a verb 12 characters after the quotation is its cue only', () =>
    assert.deepEqual(quotes(at('Ida Mosse')), ['direct “We are fine,” Ida Mosse, cue: claimed']));
  test('13 after, it also cues the reported words after it', () => {
    const text = at('Ida Mossen');
    const both = [
      'direct “We are fine,” Ida Mossen, cue: claimed',
      'indirect “the tour had ended” Ida Mossen, cue: claimed',
    ];
    assert.deepEqual(quotes(text), both);
    assert.deepEqual(
      withLimit(REPORTED_LIMITS, 'quoteCueGap', 13, () => quotes(text)),
      both.slice(0, 1),
    );
  });
});

describe('reported: perSentence (the cue model reads 3 clauses of a sentence)', () => {
  // which three of four cues are read follows the shipped cue model's ranking: a refit may reorder them
  const clauses =
    ', while Bo Park claimed the band split, while Cy Dunn insisted the label folded, while Di Fox argued the fans left.';
  const three = [
    'indirect “the band split” Bo Park, cue: claimed',
    'indirect “the label folded” Cy Dunn, cue: insisted',
    'indirect “the fans left” Di Fox, cue: argued',
  ];
  test('a sentence of three reported clauses gives three quotations', () =>
    assert.deepEqual(quotes(`The tour ended${clauses}`), three));
  test('one of four gives the best three', () => {
    const text = `Ann Lee said the tour ended${clauses}`;
    const first = 'indirect “the tour ended” Ann Lee, cue: said';
    assert.deepEqual(quotes(text), [first, ...three.slice(0, 2)]);
    assert.deepEqual(
      withLimit(REPORTED_LIMITS, 'perSentence', 4, () => quotes(text)),
      [first, ...three],
    );
  });
});

describe('reported: tailPhraseWords (a phrase of 4 words after a trailing cue is the writer’s)', () => {
  const at = (phrase: string): string =>
    `The duo parted ways in May, Dana Vole explained in ${phrase} on Monday.`;
  const found = 'indirect “The duo parted ways in May” Dana Vole, cue: explained';
  test('"in her long written statement" (4 words) leaves the words before the cue as what was said', () => {
    const text = at('her long written statement');
    assert.deepEqual(quotes(text), [found]);
    assert.deepEqual(
      withLimit(REPORTED_LIMITS, 'tailPhraseWords', 3, () => quotes(text)),
      ['indirect “in her long written statement on Monday” Dana Vole, cue: explained'],
    );
  });
  test('a phrase of 5 words is taken for the reported words', () => {
    const text = at('her very long written statement');
    assert.deepEqual(quotes(text), [
      'indirect “in her very long written statement on Monday” Dana Vole, cue: explained',
    ]);
    assert.deepEqual(
      withLimit(REPORTED_LIMITS, 'tailPhraseWords', 5, () => quotes(text)),
      [found],
    );
  });
});
