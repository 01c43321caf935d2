/**
 * Indirect (reported) speech: "…, says our source.", "An insider said (that) …", "According to a
 * pal, …", "with sources confirming the pair …", and what the fitted cue model finds ("the senator
 * argued …", "…, officials warned."). A reported clause holding a short quoted fragment is a mixed
 * quotation. Passive "is said to" has no speaker at all and is left to the hedges stage. The finding
 * itself is `findReported` (attribution/reported.ts); this stage only turns its candidates into quotes.
 */
import type { Doc, Stage } from '../pipeline/doc.ts';
import { tokenAtOrAfter, wordsIn } from '../pipeline/spans.ts';
import type { Quote, Span } from '../report/schema.ts';
import {
  findReported,
  REPORTED_DEFAULTS,
  type Reported,
  type ReportedOptions,
} from './attribution/reported.ts';

/** Index of the first span in sorted `spans` (from index `k` on) that ends after `offset`. */
function advance(spans: readonly Span[], k: number, offset: number): number {
  while (k < spans.length && spans[k]!.end <= offset) k++;
  return k;
}

/** Turns a reported-speech candidate into an indirect (or mixed) quotation. */
export function reportedQuote(doc: Doc, hit: Reported): Quote {
  const t = doc.tokens;
  const content = hit.content;
  const mixed = doc.scareQuotes.some((x) => x.start >= content.start && x.end <= content.end);
  const sp = hit.speaker;
  const sourceText = hit.source ? doc.text.slice(hit.source.start, hit.source.end) : '';
  return {
    id: '',
    start: content.start,
    end: content.end,
    kind: mixed ? 'mixed' : 'indirect',
    speaker: sp
      ? { name: sp.name, kind: sp.kind, mention: sp.span, via: sp.pronoun ? 'pronoun' : 'cue' }
      : { name: sourceText, kind: 'unknown', mention: hit.source, via: hit.source ? 'cue' : 'none' },
    sourceId: sp ? sp.key : hit.source ? `unknown:${sourceText.toLowerCase()}` : null,
    cue: hit.cue,
    listener: hit.listener ? doc.text.slice(hit.listener.start, hit.listener.end).replace(/’/g, "'") : null,
    listenerSpan: hit.listener,
    continues: null,
    flags: [],
    words: wordsIn(t, content.start, content.end),
  };
}

const NONE: readonly Span[] = [];

function run(doc: Doc, opts: ReportedOptions): { quotes: Quote[] } {
  const t = doc.tokens;
  const found: Quote[] = [];
  // quotations and captions are sorted: one forward sweep tells which sentences they touch
  let q = 0;
  let c = 0;
  for (let s = 0; s < doc.sentences.length; s++) {
    const sent = doc.sentences[s]!;
    q = advance(doc.quotes, q, sent.start);
    c = advance(doc.captions, c, sent.start);
    if (doc.captions[c] && doc.captions[c]!.start < sent.end) continue;
    // the sentence's quotations: reported words may sit beside them, never across them
    let qe = q;
    while (qe < doc.quotes.length && doc.quotes[qe]!.start < sent.end) qe++;
    const blocked = qe > q ? doc.quotes.slice(q, qe) : NONE;
    const a = tokenAtOrAfter(t, sent.start);
    let b = a;
    while (b + 1 < t.count && t.sentence[b + 1] === s) b++;
    if (a >= t.count || t.sentence[a] !== s) continue;
    for (const hit of findReported(doc, a, b, opts, blocked)) found.push(reportedQuote(doc, hit));
  }
  const quotes = [...doc.quotes, ...found].sort((x, y) => x.start - y.start);
  // ids follow reading order; continuation links are rewritten to match
  const rename = new Map(quotes.map((x, i) => [x.id, `q${i + 1}`]));
  return {
    quotes: quotes.map((x, i) => ({
      ...x,
      id: `q${i + 1}`,
      continues: x.continues ? (rename.get(x.continues) ?? null) : null,
    })),
  };
}

/** The indirect stage with other finder options (the evaluation's "with beliefs" run). */
export function indirectStageWith(opts: ReportedOptions): Stage {
  return { name: 'indirect', run: (doc) => run(doc, opts) };
}

/** Finds reported speech and mixed quotations. */
export const indirectStage: Stage = indirectStageWith(REPORTED_DEFAULTS);
