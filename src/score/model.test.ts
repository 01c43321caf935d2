import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FullReport as Report, type Source } from '../report/schema.ts';
import { FEATURES, featureVector, type ScoreInput } from './features.ts';
import { band, roundToSum, scoreReport } from './model.ts';
import { loadWeights, parseWeights, type Weights } from './weights.ts';

const TEXT =
  'A source told the magazine: "She is heartbroken." An insider added, "They are done." ' +
  'Reportedly the couple split! "We are fine," Kim Kardashian said. She may leave town. ' +
  'A pal said "it is over" and another friend said "no way" while a third said "he cheated" ' +
  'and a fourth insider said "she knows". Another source said "not true".';

const at = (needle: string, from = 0): { start: number; end: number } => {
  const start = TEXT.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: "${needle}" not in text`);
  return { start, end: start + needle.length };
};

/** A hand-built report: 8 quotations, 7 of them from anonymous sources, one from Kim Kardashian. */
function makeReport(): ScoreInput {
  const quoted = [
    ['"She is heartbroken."', 'a source', 'anonymous'],
    ['"They are done."', 'an insider', 'anonymous'],
    ['"We are fine,"', 'Kim Kardashian', 'named-person'],
    ['"it is over"', 'a pal', 'anonymous'],
    ['"no way"', 'a friend', 'anonymous'],
    ['"he cheated"', 'a third', 'anonymous'],
    ['"she knows"', 'a fourth insider', 'anonymous'],
    ['"not true"', 'another source', 'anonymous'],
  ] as const;
  const quotes = quoted.map(([needle, name, kind], i) => ({
    id: `q${i}`,
    ...at(needle),
    kind: 'direct' as const,
    speaker: { name, kind, mention: null, via: 'cue' as const },
    sourceId: kind === 'anonymous' ? 's0' : 's1',
    cue: null,
    listener: null,
    listenerSpan: null,
    continues: null,
    flags: [],
    words: 3,
  }));
  const sources: Source[] = [
    {
      id: 's0',
      kind: 'anonymous',
      name: 'an insider',
      mentions: [at('A source')],
      quotes: 7,
      entityId: null,
    },
    {
      id: 's1',
      kind: 'named-person',
      name: 'Kim Kardashian',
      mentions: [at('Kim Kardashian')],
      quotes: 1,
      entityId: 'e1',
    },
  ];
  const claim = (needle: string, type: 'fact' | 'mental-state' | 'speculation', i: number) => ({
    id: `c${i}`,
    ...at(needle),
    voice: 'author' as const,
    sourceId: null,
    quoteId: null,
    type,
    about: ['e2'],
    hedges: [],
    boosters: [],
    reason: '',
  });
  const report: Omit<Report, 'score'> & { score?: Report['score'] } = {
    schemaVersion: '1.0.0',
    id: 'fixture',
    text: TEXT,
    meta: { date: null, title: 'You will not believe why they split', outlet: null, url: null, byline: null },
    paragraphs: [{ start: 0, end: TEXT.length }],
    sentences: [],
    captions: [],
    quotes,
    scareQuotes: [],
    sources,
    entities: [],
    claims: [
      claim('Reportedly the couple split!', 'fact', 0),
      claim('She may leave town.', 'speculation', 1),
      claim('She is heartbroken.', 'mental-state', 2),
    ],
    hedges: [
      { ...at('Reportedly'), kind: 'hearsay', agentless: true },
      { ...at('may'), kind: 'hedge', agentless: false },
    ],
    language: {
      emotive: [at('heartbroken')],
      superlatives: [],
      allCaps: [],
      exclamations: [at('!')],
      clickbait: [{ pattern: 'you will not believe', reason: 'It withholds the news to make you click.' }],
      readability: { fleschReadingEase: 80, wordsPerSentence: 9 },
    },
    dates: [],
    checks: [],
    summary: {
      words: 60,
      quotes: 8,
      quotedWords: 24,
      quotedShare: 0.4,
      anonymousShare: 7 / 8,
      namedSources: 1,
      anonymousSources: 1,
      sourcesByKind: { anonymous: 1, 'named-person': 1 },
      claims: 3,
      claimsByType: { fact: 1, speculation: 1, 'mental-state': 1 },
      claimSupport: { anonymous: 0, named: 0, none: 1 },
      unquotedMindReading: 1,
      hedgesPer100Words: 1 / 0.6,
      emotivePer100Words: 1 / 0.6,
    },
  };
  // The fixture must be a valid report once a score is attached.
  Report.parse({
    ...report,
    score: { value: 0, band: 'likely unreliable', base: 0, model: 'x', signals: [] },
  });
  return report;
}

/** An article with nothing in it: every count is zero. */
function emptyReport(): ScoreInput {
  const r = makeReport();
  return {
    ...r,
    text: '',
    paragraphs: [],
    quotes: [],
    sources: [],
    claims: [],
    hedges: [],
    language: { ...r.language, emotive: [], exclamations: [], clickbait: [] },
    summary: {
      ...r.summary,
      words: 0,
      quotes: 0,
      quotedWords: 0,
      quotedShare: 0,
      anonymousShare: 0,
      claims: 0,
      claimsByType: {},
      unquotedMindReading: 0,
      hedgesPer100Words: 0,
      emotivePer100Words: 0,
    },
  };
}

const tenths = (x: number): number => Math.round(x * 10);
const assertAddsUp = (score: ReturnType<typeof scoreReport>): void => {
  const sum = score.signals.reduce((a, s) => a + tenths(s.contribution), 0);
  assert.equal(tenths(score.base) + sum, tenths(score.value));
  for (const s of score.signals) assert.ok(Math.abs(s.contribution * 10 - tenths(s.contribution)) < 1e-9);
};

describe('scoreReport', () => {
  it('makes the contributions add up exactly to the value', () => {
    const score = scoreReport(makeReport());
    assertAddsUp(score);
    assert.ok(score.value >= 0 && score.value <= 10);
    assert.equal(score.band, band(score.value));
    assert.equal(score.model, loadWeights().version);
    assert.equal(score.signals.filter((s) => s.id !== 'score-limit').length, FEATURES.length);
  });
  it('adds up without clamping too', () => {
    const gentle: Weights = { ...loadWeights(), scale: 0.3 };
    const score = scoreReport(makeReport(), gentle);
    assert.ok(score.value > 0 && score.value < 10);
    assert.ok(score.signals.every((s) => s.id !== 'score-limit'));
    assertAddsUp(score);
  });
  it('explains the signals in plain sentences, largest first', () => {
    const score = scoreReport(makeReport());
    const reason = (id: string) => score.signals.find((s) => s.id === id)?.reason;
    assert.equal(reason('anonymous-quote-share'), '7 of 8 quotations come from anonymous sources.');
    assert.equal(reason('named-sources-quoted'), '1 named source is quoted on the record: Kim Kardashian.');
    assert.equal(reason('speculation-share'), '1 of 3 claims is speculation.');
    assert.equal(
      reason('unquoted-mind-reading'),
      '1 of 3 claims says what someone who is not quoted thinks or feels.',
    );
    assert.match(reason('agentless-hearsay') ?? '', /“reportedly”/);
    const sizes = score.signals.map((s) => Math.abs(s.contribution));
    assert.deepEqual(
      sizes,
      [...sizes].sort((a, b) => b - a),
    );
    const anonymous = score.signals.find((s) => s.id === 'anonymous-quote-share')!;
    assert.ok(anonymous.contribution < 0);
    assert.equal(anonymous.evidence.length, 7);
  });
  it('is deterministic', () => {
    assert.deepEqual(scoreReport(makeReport()), scoreReport(makeReport()));
  });
  it('copes with an empty article', () => {
    const score = scoreReport(emptyReport());
    assertAddsUp(score);
    const reason = (id: string) => score.signals.find((s) => s.id === id)?.reason;
    assert.equal(reason('named-sources-quoted'), 'No one is quoted by name.');
    assert.equal(reason('anonymous-quote-share'), 'There are no quotations.');
    assert.ok(featureVector(emptyReport()).every(Number.isFinite));
  });
  it('scales contributions proportionally when the score hits the end of the scale, and says so', () => {
    const steep: Weights = { ...loadWeights(), scale: 40 };
    const score = scoreReport(makeReport(), steep);
    assert.equal(score.value, 0);
    assertAddsUp(score);
    assert.equal(score.signals.at(-1)?.id, 'score-limit');
  });
  it('puts an average article at the base', () => {
    const w = loadWeights();
    const flat: Weights = { ...w, features: w.features.map((f) => ({ ...f, weight: 0 })), bias: 0.4 };
    const score = scoreReport(makeReport(), flat);
    assert.equal(score.value, score.base);
    assert.equal(score.base, Math.round((5 + w.scale * 0.4) * 10) / 10);
  });
});

describe('roundToSum', () => {
  it('keeps the rounded terms summing to the target', () => {
    const terms = [0.149, 0.149, 0.149, -0.26];
    const rounded = roundToSum(terms, 2);
    assert.equal(
      rounded.reduce((a, b) => a + b, 0),
      2,
    );
    // Rounded: [1, 1, 1, −3] sums to 0; the two missing tenths go to the first two (ties by index).
    assert.deepEqual(rounded, [2, 2, 1, -3]);
  });
});

describe('band', () => {
  it('cuts at 7 and 5', () => {
    assert.equal(band(7), 'well supported');
    assert.equal(band(6.9), 'partly supported');
    assert.equal(band(5), 'partly supported');
    assert.equal(band(4.9), 'likely unreliable');
  });
});

describe('weights', () => {
  it('ships a valid file covering every feature', () => {
    const ids = loadWeights().features.map((f) => f.id);
    assert.deepEqual([...ids].sort(), FEATURES.map((f) => f.id).sort());
  });
  it('holds every shipped weight to the direction of its signal', () => {
    const direction = new Map(FEATURES.map((f) => [f.id, f.direction]));
    for (const f of loadWeights().features) assert.ok(f.weight * direction.get(f.id)! >= 0, f.id);
  });
  it('rejects unknown or repeated features', () => {
    const w = loadWeights();
    assert.throws(() =>
      parseWeights({ ...w, features: [...w.features, { id: 'nope', mean: 0, std: 1, weight: 1 }] }),
    );
    assert.throws(() => parseWeights({ ...w, features: [...w.features, w.features[0]] }));
    assert.throws(() => parseWeights({ ...w, scale: -1 }));
  });
});
