/**
 * Attribution: the one stage that writes quotations. It takes the direct-quotation candidates of the
 * quotes stage and the reported speech found by `findReported`, gives each its cue, speaker and
 * listener, and numbers them once in reading order. A direct quotation with no cue of its own inherits:
 * a continuation from the quotation it continues, then from the nearest quotation before it in the
 * paragraph, the one after it, and the last quoted speaker of the paragraphs before (a floating
 * quote, with no mention of its own). Speakers are tagged unions (`Who`); the sources are grouped here
 * from every speaker and every source cited without quoted words, so each quotation's `sourceId` is
 * final when it is written.
 */
import { z } from 'zod';
import { type Doc, TokenKind } from '../../pipeline/doc.ts';
import { defineStage } from '../../pipeline/stage.ts';
import { packed } from '../../core/arrays.ts';
import { spanIndexAt, tokenAtOrAfter, tokenEndingBy } from '../../core/spans.ts';
import type { AttributionVia, Quote, QuoteFlag, Source, Span } from '../../report/schema.ts';
import {
  CUE_WINDOW,
  type CueMatch,
  type CueWindow,
  cueAfter,
  cueBefore,
  cueInSentence,
  punctAt,
} from './cues.ts';
import { type Hit, leading, POLNEAR_OPTIONS, REPORTED_DEFAULTS, type ReportedOptions } from './reported.ts';
import { REPORTING_VERBS, THAT } from '../../lexicon/reporting.ts';
import { QUOTING_VERBS } from '../../lexicon/quoting.ts';
import { LABELLING_VERBS, PASSIVE } from './words.ts';
import { holdMentions, nameOf, kindOf, type Who } from './speaker.ts';
import { findReported } from './indirect.ts';
import type { Quoted } from '../quotes/stage.ts';
import { type Cited, citations, groupSources } from './sources.ts';

/** The attribution stage's thresholds. */
export const AttributionOptions = z.object({
  floatingReach: z
    .number()
    .int()
    .nonnegative()
    .default(3)
    .describe('Prose paragraphs a floating quotation may look back for the last quoted speaker'),
  floatingAhead: z
    .number()
    .int()
    .nonnegative()
    .default(1)
    .describe('Prose paragraphs a floating quotation may look ahead, to a quotation whose speaker is named'),
  cueBefore: z
    .number()
    .int()
    .nonnegative()
    .default(CUE_WINDOW.before)
    .describe(
      'Tokens before the colon or comma of an opening mark where its reporting verb may be ("X told friends: “…”")',
    ),
  cueAfter: z
    .number()
    .int()
    .nonnegative()
    .default(CUE_WINDOW.after)
    .describe('Tokens after a closing mark where its reporting verb may be, room for an appositive'),
  cueSentence: z
    .number()
    .int()
    .nonnegative()
    .default(CUE_WINDOW.sentence)
    .describe(
      'Tokens back inside the quotation’s sentence where a verb may govern it ("Ryan said Obama’s words “…”")',
    ),
  reported: z
    .enum(['speech', 'news'])
    .default('speech')
    .describe(
      "Which reported speech counts: 'speech', verbs of saying as the tabloid guide counts them, or 'news', PolNeAR's wider attribution (beliefs, intentions and other cues too, each clause checked by the clause model: POLNEAR_OPTIONS), as the news preset reads political news",
    ),
});
/** The attribution stage's thresholds. */
export type AttributionOptions = z.output<typeof AttributionOptions>;

/** A quotation while it is being attributed. */
interface Draft {
  start: number;
  end: number;
  kind: Quote['kind'];
  flags: QuoteFlag[];
  /** Index in the draft list of the quotation this continues, or -1. */
  continues: number;
  words: number;
  who: Who | null;
  mention: Span | null;
  via: AttributionVia;
  cue: Span | null;
  listener: Span | null;
}

const draftOf = (q: Quoted): Draft => ({
  start: q.start,
  end: q.end,
  kind: 'direct',
  // one array kind for every draft (core/arrays.ts): `[...[]]` and `[...['x']]` differ
  flags: packed(q.flags),
  continues: q.continues,
  words: q.words,
  who: null,
  mention: null,
  via: 'none',
  cue: null,
  listener: null,
});

function attach(d: Draft, m: { speaker: CueMatch['speaker']; cue: Span; listener?: Span | null }): void {
  d.who = m.speaker.who;
  d.mention = m.speaker.span;
  d.via = m.speaker.pronoun ? 'pronoun' : 'cue';
  d.cue = m.cue;
  d.listener = m.listener ?? null;
}

/**
 * Runs attribution with the given options; `reported` are the reported-speech finder's (by default the
 * preset's, from `options.reported`; scripts/eval-quotes.ts passes a moved copy of POLNEAR_OPTIONS).
 */
export function attribute(
  doc: Doc,
  options: AttributionOptions,
  reported: ReportedOptions = options.reported === 'news' ? POLNEAR_OPTIONS : REPORTED_DEFAULTS,
): { quotes: Quote[]; sources: Source[] } {
  // descriptions read through the reported-speech finder's sentence views look back past the sentence
  holdMentions(doc);
  const window: CueWindow = {
    before: options.cueBefore,
    after: options.cueAfter,
    sentence: options.cueSentence,
  };
  const t = doc.tokens;
  const text = doc.text;
  const direct = doc.quoted;
  const drafts = direct.map(draftOf);
  // the leading reported speech of each sentence, read once: a sentence holding many quotations
  // would otherwise be scanned once per quotation
  const leads = new Map<number, Hit | null>();
  for (let n = 0; n < drafts.length; n++) {
    const q = drafts[n]!;
    const para = doc.paragraphs[spanIndexAt(doc.paragraphs, q.start)];
    if (!para) continue;
    let closeMark = q.flags.includes('unclosed') || q.flags.includes('continued') ? -1 : q.end;
    // "'river rats,' '' she said": a space may stand between the quoted words and their closing mark
    while (closeMark >= 0 && closeMark < para.end && text.charCodeAt(closeMark) === 32) closeMark++;
    const next = direct[n + 1];
    let found: CueMatch | null = null;
    if (closeMark >= 0 && closeMark < text.length) {
      const from = tokenAtOrAfter(t, closeMark + markWidth(text, closeMark));
      const limit =
        tokenEndingBy(t, Math.min(para.end, next && next.start < para.end ? next.start - 1 : para.end)) + 1;
      found = cueAfter(doc, from, limit, window);
    }
    // a cue in the next sentence (“… not ordinary.” The government refused …) yields to a cue
    // before the opening mark (He added, “…”): the quotation's own sentence names its speaker first
    let after = found && opensNextSentence(doc, q, found) ? found : null;
    if (after) found = null;
    // the cue after the marks, in their own sentence
    const closing = found;
    // “A,” he said. “B.” Later, Ruiz claimed …: B goes on with the quotation before it in the paragraph
    const prevDraft = drafts[n - 1];
    if (after && prevDraft && prevDraft.via !== 'none' && prevDraft.end >= para.start) after = null;
    if (!found && !q.flags.includes('continuation') && !q.flags.includes('unopened')) {
      // the first character of a two-character mark (''…'' in wire and NYT copy) is the one its
      // comma or colon precedes
      const markTok = tokenEndingBy(t, q.start - markWidth(text, q.start - 1, -1) + 1);
      const prev = direct[n - 1];
      // a block quotation opens its own paragraph after one that ends in a colon ("… he declared:")
      const pi = spanIndexAt(doc.paragraphs, q.start);
      const lead = pi > 0 && punctAt(doc, markTok - 1) === 58 && markTok - 1 < tokenAtOrAfter(t, para.start);
      const from = lead ? doc.paragraphs[pi - 1]!.start : para.start;
      const floor = tokenAtOrAfter(t, Math.max(from, prev && prev.end > from ? prev.end + 1 : from));
      found = cueBefore(doc, markTok, floor, window);
      if (!found && after) found = after;
      else if (!found && !mixed(doc, q, leads)) {
        // a verb earlier in the sentence governs the quoted fragment: "Ryan said Obama’s words “…”"
        found = cueInSentence(doc, markTok, floor, window);
        if (found) {
          q.kind = 'mixed';
          // the reported words run from the verb's object on: "called him a “total stiff”"
          widen(doc, q, found, markTok);
        }
      }
    }
    if (!found && after && q.via === 'none') found = after;
    if (found) attach(q, found);
    if (found && found === closing) fragment(doc, q, direct[n - 1]);
  }
  inherit(doc, drafts, options);
  // a quoted fragment inside reported words is part of that mixed quotation, not one of its own
  const held = new Set<number>();
  let j = 0;
  for (const r of findReported(doc, direct, reported)) {
    while (j < direct.length && direct[j]!.start < r.content.start) j++;
    for (let k = j; k < direct.length && direct[k]!.end <= r.content.end; k++) held.add(k);
    drafts.push({
      start: r.content.start,
      end: r.content.end,
      kind: r.mixed ? 'mixed' : 'indirect',
      flags: [],
      continues: -1,
      words: wordsBetween(doc, r.content),
      who: r.speaker.who,
      mention: r.speaker.span,
      via: r.speaker.pronoun ? 'pronoun' : 'cue',
      cue: r.cue,
      listener: r.listener ?? null,
    });
  }
  labelled(doc, drafts, direct.length, window);
  // one numbering, in reading order; continuation links follow it
  const order = drafts
    .map((_, i) => i)
    .filter((i) => !held.has(i))
    .sort((x, y) => drafts[x]!.start - drafts[y]!.start);
  const rank = new Array<number>(drafts.length);
  order.forEach((i, r) => {
    rank[i] = r;
  });
  const cited: Cited[] = drafts.map((d) => ({
    who: d.who ?? { kind: 'unknown', text: '' },
    mention: d.mention,
    quoted: true,
    at: d.mention?.start ?? d.start,
  }));
  const taken = new Set<number>();
  for (const d of drafts) if (d.mention) taken.add(d.mention.start);
  const extra = citations(doc, taken);
  // concat, not [...a, ...b]: a spread's inlined iteration deoptimised on each new array kind
  const { index, sources } = groupSources(cited.concat(extra));
  const quotes = order.map((i): Quote => {
    const d = drafts[i]!;
    const s = index[i]!;
    const src = s >= 0 ? sources[s] : undefined;
    const who = d.who;
    return {
      id: `q${rank[i]! + 1}`,
      start: d.start,
      end: d.end,
      kind: d.kind,
      speaker: {
        name: src ? src.name : who ? nameOf(who) : 'unknown',
        kind: src ? src.kind : who ? kindOf(who) : 'unknown',
        mention: d.mention,
        via: d.via,
      },
      sourceId: src ? src.id : null,
      cue: d.cue,
      listener: d.listener ? text.slice(d.listener.start, d.listener.end).replace(/’/g, "'") : null,
      listenerSpan: d.listener,
      continues: d.continues >= 0 && !held.has(d.continues) ? `q${rank[d.continues]! + 1}` : null,
      flags: d.flags,
      words: d.words,
    };
  });
  return { quotes, sources };
}

/**
 * Characters of the quotation mark at `at`, reading in direction `dir`: 2 for a mark written with two
 * characters ('' or ``, as wire and NYT copy do), else 1.
 */
function markWidth(text: string, at: number, dir: 1 | -1 = 1): number {
  // bounds tested rather than read past (NaN): a read out of bounds deoptimised attribute, which inlines this
  const next = at + dir;
  if (at < 0 || at >= text.length || next < 0 || next >= text.length) return 1;
  const c = text.charCodeAt(at);
  return (c === 39 || c === 96) && text.charCodeAt(next) === c ? 2 : 1;
}

/**
 * True when the cue found after a quotation lies in a later sentence than the quotation's last word:
 * the quoted words closed with a full stop and a new sentence holds the verb.
 */
function opensNextSentence(doc: Doc, q: Draft, m: CueMatch): boolean {
  const t = doc.tokens;
  const last = tokenEndingBy(t, q.end);
  if (last < 0) return false;
  const c = doc.text.charCodeAt(q.end - 1);
  if (c !== 46 && c !== 0x2026) return false;
  const cue = tokenAtOrAfter(t, Math.min(m.cue.start, m.speaker.span.start));
  return t.sentence[cue] !== t.sentence[last];
}

/**
 * Scare quotes a speaker is said to have used: "Ruiz called the plan “reckless”", "…, calling her “a
 * rising star”". A past labelling verb of the same sentence (within the cue window) with a speaker
 * before it and its object between it and the mark makes the object and the marked words a mixed
 * quotation. Added after the reported speech (`drafts` from `reported` on), unless one holds it.
 */
function labelled(doc: Doc, drafts: Draft[], reported: number, window: CueWindow): void {
  const t = doc.tokens;
  const n = drafts.length;
  for (const sq of doc.scareQuotes) {
    if (sq.kind !== 'scare') continue;
    const markTok = tokenAtOrAfter(t, sq.start);
    const s = t.sentence[markTok];
    if (s === undefined || s < 0) continue;
    const floor = tokenAtOrAfter(t, doc.sentences[s]!.start);
    const m = cueInSentence(doc, markTok, floor, window);
    if (!m || m.speaker.kind === 'unknown') continue;
    const c = tokenAtOrAfter(t, m.cue.start);
    // "a band called “Free”": no object between the verb and the mark, a name
    if (!LABELLING_VERBS.has(t.hash[c]!) || c + 1 >= markTok || PASSIVE.has(t.hash[c - 1]!)) continue;
    const d: Draft = {
      start: sq.start,
      end: sq.end - markWidth(doc.text, sq.end - 1, -1),
      kind: 'mixed',
      flags: [],
      continues: -1,
      words: 0,
      who: null,
      mention: null,
      via: 'none',
      cue: null,
      listener: null,
    };
    attach(d, m);
    widen(doc, d, m, markTok, Number.POSITIVE_INFINITY);
    d.words = wordsBetween(doc, d);
    let held = false;
    for (let k = reported; k < n && !held; k++) held = drafts[k]!.start < d.end && d.start < drafts[k]!.end;
    if (!held) drafts.push(d);
  }
}

/**
 * Moves a mixed quotation's start back from its opening mark (token `markTok`) to the first word after
 * its cue, listener and "that": the quotation is the reported words holding the quoted fragment.
 */
function widen(
  doc: Doc,
  q: Draft,
  m: CueMatch,
  markTok: number,
  most = REPORTED_DEFAULTS.maxFragmentWords,
): void {
  const t = doc.tokens;
  // a long quotation after a verb is a quotation of its own ("said the tour was “…”")
  if (q.words > most) return;
  let i = tokenAtOrAfter(t, Math.max(m.cue.end, m.listener?.end ?? 0));
  while (i < markTok && (t.hash[i] === THAT || punctAt(doc, i) === 44 || punctAt(doc, i) === 58)) i++;
  if (i < markTok && t.start[i]! < q.start) {
    q.start = t.start[i]!;
    q.words = wordsBetween(doc, q);
  }
}

function wordsBetween(doc: Doc, s: Span): number {
  const t = doc.tokens;
  let n = 0;
  for (let i = tokenAtOrAfter(t, s.start); i < t.count && t.end[i]! <= s.end; i++) if (t.kind[i] !== 3) n++;
  return n;
}

/**
 * A short quoted fragment inside its sentence's clause, with the cue after it ("When cameras are off,
 * the friendship “seems forced,” a source adds."): the reported words are the clause from the
 * sentence's start, a mixed quotation. Only when a word (not a colon or comma) stands before the
 * opening mark in the same sentence, no quotation before it (`prev`) ends inside that sentence, no
 * verb of saying stands between the sentence's start and the mark, and the fragment holds at most
 * `REPORTED_DEFAULTS.maxFragmentWords` words.
 */
function fragment(doc: Doc, q: Draft, prev: Quoted | undefined): void {
  const t = doc.tokens;
  if (q.kind !== 'direct' || q.flags.length > 0 || q.continues >= 0) return;
  if (q.words > REPORTED_DEFAULTS.maxFragmentWords) return;
  const markTok = tokenEndingBy(t, q.start - markWidth(doc.text, q.start - 1, -1) + 1);
  const before = markTok - 1;
  if (before < 0 || t.kind[before] !== TokenKind.word) return;
  const s = t.sentence[tokenAtOrAfter(t, q.start)];
  if (s === undefined || s < 0 || t.sentence[before] !== s) return;
  const sent = doc.sentences[s]!;
  if (prev && prev.end >= sent.start) return;
  const first = tokenAtOrAfter(t, sent.start);
  if (first >= before || t.kind[first] !== TokenKind.word) return;
  // "The senator called the bill “a disaster,” aides said": a verb of saying before the marks
  // governs them, and its subject may be who said them
  for (let k = first; k < before; k++)
    if (REPORTING_VERBS.has(t.hash[k]!) || QUOTING_VERBS.has(t.hash[k]!)) return;
  q.kind = 'mixed';
  q.start = t.start[first]!;
  q.words = wordsBetween(doc, q);
}

/** A quoted fragment inside reported speech ("X told Y that the brothers “have not spoken”") is mixed. */
function mixed(doc: Doc, q: Draft, leads: Map<number, Hit | null>): boolean {
  const t = doc.tokens;
  const first = tokenAtOrAfter(t, q.start);
  const s = t.sentence[first];
  if (s === undefined || s < 0) return false;
  let hit = leads.get(s);
  if (hit === undefined) {
    const sent = doc.sentences[s]!;
    hit = leading(doc, tokenAtOrAfter(t, sent.start), tokenEndingBy(t, sent.end));
    leads.set(s, hit);
  }
  if (!hit || hit.content.start > q.start || hit.speaker.kind === 'unknown') return false;
  attach(q, hit);
  q.kind = 'mixed';
  // the quotation is the reported words that hold the fragment: "X told Y that the brothers “…”"
  const mark = tokenEndingBy(t, q.start);
  if (q.words <= REPORTED_DEFAULTS.maxFragmentWords && mark >= 0 && hit.content.start < t.start[mark]!) {
    q.start = hit.content.start;
    q.words = wordsBetween(doc, q);
  }
  return true;
}

/** Fills speakers of quotations that have no cue of their own, from their neighbours. */
function inherit(doc: Doc, quotes: Draft[], options: AttributionOptions): void {
  const paraOf = (q: Draft): number => spanIndexAt(doc.paragraphs, q.start);
  const captionParas = new Set(doc.captions.map((c) => spanIndexAt(doc.paragraphs, c.start)));
  const has = (q: Draft | undefined): q is Draft => !!q && q.via !== 'none';
  const take = (q: Draft, from: Draft, via: 'inherited' | 'continuation'): void => {
    // within one paragraph ("“A,” said X. “B.”") the speaker named there names both parts;
    // a quotation floating in another paragraph has no mention of its own
    const samePara = paraOf(from) === paraOf(q);
    if (via === 'inherited' && !samePara && !q.flags.includes('floating')) q.flags.push('floating');
    q.who = from.who;
    q.mention = samePara ? from.mention : null;
    q.via = via;
  };
  // two sweeps so chains (a continuation of a floating quote) settle
  for (let sweep = 0; sweep < 2; sweep++) {
    for (let i = 0; i < quotes.length; i++) {
      const q = quotes[i]!;
      if (q.via !== 'none') continue;
      // the opening part of a run takes the speaker its continuation names
      const cont = q.flags.includes('continued') ? quotes.find((x) => x.continues === i) : undefined;
      if (cont && cont.via === 'cue') {
        take(q, cont, 'continuation');
        continue;
      }
      if (q.continues >= 0) {
        const src = quotes[q.continues];
        if (has(src)) {
          take(q, src, 'continuation');
          continue;
        }
      }
      const p = paraOf(q);
      const prev = quotes[i - 1];
      const nextQ = quotes[i + 1];
      if (has(prev) && paraOf(prev) === p) take(q, prev, 'inherited');
      else if (has(nextQ) && paraOf(nextQ) === p) take(q, nextQ, 'inherited');
      else if (has(prev) && proseBetween(paraOf(prev), p, captionParas) <= options.floatingReach)
        take(q, prev, 'inherited');
      else if (
        has(nextQ) &&
        proseBetween(p, paraOf(nextQ), captionParas) <= options.floatingAhead &&
        sweep === 1
      )
        take(q, nextQ, 'inherited');
    }
  }
}

function proseBetween(a: number, b: number, captions: ReadonlySet<number>): number {
  let n = 0;
  for (let k = a + 1; k <= b; k++) if (!captions.has(k)) n++;
  return n;
}

/** Writes every quotation (direct, indirect, mixed) with its speaker, and the sources they and the article cite. */
export const attributionStage = defineStage({
  name: 'attribution',
  about:
    'Every quotation (direct, indirect, mixed) with its cue, speaker, listener and final id; sources from every cited source',
  needs: ['tokens', 'paragraphs', 'sentences', 'captions', 'quoted', 'scareQuotes', 'entities', 'mentions'],
  gives: ['quotes', 'sources'],
  options: AttributionOptions,
  run: attribute,
});
