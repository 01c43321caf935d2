/**
 * Reported speech without quotation marks (reported-plain.txt, an invented article): the rules and the
 * fitted cue model, exact content, cue, speaker and listener spans; beliefs and non-statements are not
 * quotations; the finder's entry point and thresholds.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseArticle } from '../../src/article.ts';
import { bundledKb } from '../../src/index.ts';
import { standard } from '../../src/pipeline/presets.ts';
import { runStages } from '../../src/pipeline/processor.ts';
import { tokenAtOrAfter } from '../../src/core/spans.ts';
import { REPORTED_DEFAULTS, reportedIn } from '../../src/stages/attribution/reported.ts';
import { cueModel, featureHash, parseCueModel } from '../../src/stages/attribution/model.ts';
import { attributionStage } from '../../src/stages/attribution/stage.ts';
import { findReported } from '../../src/stages/attribution/indirect.ts';
import { at, bounds, quoteOf, quotesOverlapping, report, spanIn, spanOf } from './helpers.ts';

const r = report('reported-plain.txt');

/** Checks one reported clause: exact content, cue and speaker mention, and the speaker's kind. */
function reported(
  content: string,
  cue: [string, string],
  mention: [string, string] | null,
  kind: string,
): void {
  const q = quoteOf(r, content);
  assert.equal(q.kind, 'indirect');
  assert.deepEqual(bounds(q), spanOf(r.text, content));
  assert.deepEqual(q.cue, spanIn(r.text, cue[0], cue[1]));
  assert.deepEqual(q.speaker.mention, mention ? spanIn(r.text, mention[0], mention[1]) : null);
  assert.equal(q.speaker.kind, kind);
}

describe('reported speech without quotation marks (reported-plain.txt)', () => {
  test('"…, the harbour master said.": the words before the cue', () => {
    reported(
      'The ferry service will stop in March',
      ['the harbour master said', 'said'],
      ['the harbour master said', 'the harbour master'],
      // an unnamed person described by role is anonymous (QUOTES-GUIDE.md)
      'anonymous',
    );
  });

  test('"…, said the council treasurer.": the speaker after the cue', () => {
    reported(
      'Ferries are too costly to run in winter',
      ['said the council treasurer', 'said'],
      ['said the council treasurer', 'the council treasurer'],
      'anonymous',
    );
  });

  test('"X told reporters that …": the listener is skipped and recorded', () => {
    reported(
      'the vote had been rushed',
      ['Voss told', 'told'],
      ['Mara Voss told', 'Mara Voss'],
      'named-person',
    );
    const q = quoteOf(r, 'the vote had been rushed');
    assert.equal(q.listener, 'reporters');
    assert.deepEqual(q.listenerSpan, spanOf(r.text, 'reporters'));
  });

  test('"X insists …" with no "that"', () => {
    reported(
      'the timetable can still be saved',
      ['Ortiz insists', 'insists'],
      ['Councillor Ben Ortiz insists', 'Councillor Ben Ortiz'],
      'named-person',
    );
  });

  test('"The harbour trust confirmed …": an organisation as subject', () => {
    const q = quoteOf(r, 'it would sell two of its boats');
    assert.deepEqual(q.cue, spanOf(r.text, 'confirmed'));
    assert.equal(at(r, q.speaker.mention), 'The harbour trust');
  });

  test('"…, according to a trust spokesman."', () => {
    reported(
      'The money will go to the lifeboat crew',
      ['according to a trust', 'according to'],
      ['a trust spokesman', 'a trust spokesman'],
      'named-organization',
    );
  });

  test('two reported clauses in one sentence end at ", while"', () => {
    reported(
      'the pier would reopen on Monday',
      ['Officials said the pier', 'said'],
      ['Officials said', 'Officials'],
      'anonymous',
    );
    reported(
      'the delay was avoidable',
      ['mayor argued', 'argued'],
      ['the mayor argued', 'the mayor'],
      'anonymous',
    );
  });

  test('an interrupted clause is two parts with one cue and speaker', () => {
    const head = quoteOf(r, 'The old terminal');
    const tail = quoteOf(r, 'will become a market hall');
    for (const q of [head, tail]) {
      assert.equal(q.kind, 'indirect');
      assert.deepEqual(q.cue, spanIn(r.text, 'Voss said, will', 'said'));
      assert.deepEqual(q.speaker.mention, spanIn(r.text, 'terminal, Voss said', 'Voss'));
      assert.equal(q.speaker.name, 'Mara Voss');
    }
  });

  test('content introduced by a colon: "He added: …"', () => {
    reported(
      'the town cannot afford another winter without a ferry',
      ['He added:', 'added'],
      ['He added:', 'He'],
      'named-person',
    );
    assert.equal(
      quoteOf(r, 'the town cannot afford another winter without a ferry').speaker.name,
      'Councillor Ben Ortiz',
    );
  });

  test('"When asked about …, X said …": the writer\'s clause is not reported', () => {
    reported(
      'they would rise by a third',
      ['Voss said they', 'said'],
      ['Voss said they', 'Voss'],
      'named-person',
    );
    assert.deepEqual(quotesOverlapping(r, spanOf(r.text, 'When asked about the fares')), []);
  });

  test('a belief ("Voss thinks …") and a photo shared are not quotations', () => {
    assert.deepEqual(quotesOverlapping(r, spanOf(r.text, 'the plan will fail anyway')), []);
    assert.deepEqual(quotesOverlapping(r, spanOf(r.text, 'a photo of the empty quay')), []);
    assert.deepEqual(quotesOverlapping(r, spanOf(r.text, 'Harbour town splits over the ferry plan')), []);
  });

  test("reported clauses stop before the sentence's full stop and never cross sentences", () => {
    for (const q of r.quotes) {
      const text = at(r, q);
      assert.ok(!/[.!?]$/.test(text), `${JSON.stringify(text)} ends in punctuation`);
      assert.ok(!/[.!?]\s/.test(text), `${JSON.stringify(text)} crosses a sentence`);
    }
    assert.equal(r.quotes.length, 12);
  });
});

describe('reportedIn and findReported, the entry points', () => {
  const text = 'Lena Brandt thinks the bridge is unsafe. Lena Brandt said the bridge is unsafe.';
  const article = parseArticle({ text });
  assert.ok(article.ok);
  const doc = runStages(
    standard.slice(0, standard.indexOf(attributionStage as (typeof standard)[number])),
    article.value,
    bundledKb(),
  );
  const t = doc.tokens;
  const sentence = (s: number): [number, number] => {
    const a = tokenAtOrAfter(t, doc.sentences[s]!.start);
    let b = a;
    while (b + 1 < t.count && t.sentence[b + 1] === s) b++;
    return [a, b];
  };

  test('a belief is found only when beliefs are asked for, with kind "belief"', () => {
    const [a, b] = sentence(0);
    const low = { ...REPORTED_DEFAULTS, minCueProbability: 0.2 };
    assert.deepEqual(reportedIn(doc, a, b, low), []);
    const hits = reportedIn(doc, a, b, { ...low, beliefs: true });
    assert.equal(hits.length, 1);
    assert.equal(hits[0]!.kind, 'belief');
    assert.equal(hits[0]!.by, 'model');
    assert.deepEqual(hits[0]!.content, spanOf(text, 'the bridge is unsafe'));
    assert.deepEqual(hits[0]!.cue, spanOf(text, 'thinks'));
    assert.deepEqual(hits[0]!.source, spanOf(text, 'Lena Brandt'));
  });

  test('speech: content, cue, source and kind', () => {
    const [a, b] = sentence(1);
    const hits = reportedIn(doc, a, b);
    assert.equal(hits.length, 1);
    assert.equal(hits[0]!.kind, 'speech');
    assert.deepEqual(hits[0]!.content, spanOf(text, 'the bridge is unsafe', 2));
    assert.deepEqual(hits[0]!.cue, spanOf(text, 'said'));
    assert.deepEqual(hits[0]!.source, spanOf(text, 'Lena Brandt', 2));
    assert.equal(hits[0]!.speaker?.kind, 'named-person');
  });

  test('a blocked span (a quotation) keeps reported words off it', () => {
    const [a, b] = sentence(1);
    assert.deepEqual(reportedIn(doc, a, b, REPORTED_DEFAULTS, [spanOf(text, 'bridge is', 2)]), []);
  });

  test('findReported reads every sentence and gives the speech only, with a speaker', () => {
    const all = findReported(doc, []);
    assert.equal(all.length, 1);
    assert.deepEqual(all[0]!.content, spanOf(text, 'the bridge is unsafe', 2));
    assert.deepEqual(all[0]!.speaker.span, spanOf(text, 'Lena Brandt', 2));
    assert.equal(all[0]!.mixed, false);
    assert.equal(all[0]!.kind, 'speech');
  });

  test('passive hearsay ("is said to") names no speaker and is not reported speech', () => {
    const t2 = 'On his visit to the city, the actor is said to have planned a meeting with his brother.';
    const a2 = parseArticle({ text: t2 });
    assert.ok(a2.ok);
    const d2 = runStages(
      standard.slice(0, standard.indexOf(attributionStage as (typeof standard)[number])),
      a2.value,
      bundledKb(),
    );
    assert.deepEqual(findReported(d2, []), []);
  });

  test('a threshold above every probability finds nothing from the model', () => {
    const [a, b] = sentence(0);
    assert.deepEqual(
      reportedIn(doc, a, b, { ...REPORTED_DEFAULTS, beliefs: true, minCueProbability: 0.9999 }),
      [],
    );
  });
});

describe('reported-speech options and the cue model file', () => {
  test('defaults are pinned', () => {
    assert.deepEqual(REPORTED_DEFAULTS, {
      minCueProbability: 0.5,
      beliefs: false,
      minWords: 3,
      statementsOnly: true,
      maxFragmentWords: 20,
      minOtherCueProbability: 0.8,
    });
  });

  test('the shipped model loads, names its training data and knows "said" and "according"', () => {
    const m = cueModel();
    assert.match(m.version, /^polnear-train-[0-9a-f]{8}-e\d+-m\d+$/);
    assert.ok(m.cue.weights.size > 1000);
    assert.ok(m.candidates.size > 300);
  });

  test('feature names in the file hash to the features the engine computes', () => {
    const m = parseCueModel({
      version: 'test',
      trainedOn: null,
      candidates: ['said'],
      cue: {
        bias: -1,
        weights: { w0: { said: 2 }, 'w0|w+1': { 'said|that': 0.5 }, position: { '3': 0.25 } },
      },
      direction: { bias: 0, weights: {} },
    });
    assert.equal(m.cue.bias, -1);
    assert.equal(m.cue.weights.size, 3);
    assert.ok(m.candidates.size === 1);
    assert.equal(featureHash(0, 5), featureHash(0, 5));
    assert.notEqual(featureHash(0, 5), featureHash(1, 5));
    assert.throws(() =>
      parseCueModel({
        version: 'x',
        trainedOn: null,
        candidates: [],
        cue: { bias: 0, weights: { nope: { a: 1 } } },
        direction: { bias: 0, weights: {} },
      }),
    );
  });
});
