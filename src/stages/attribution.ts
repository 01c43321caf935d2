/**
 * Attribution: gives every direct quotation its cue, speaker mention and listener. A quotation with
 * no cue of its own inherits: a continuation from the quotation it continues, then from the nearest
 * quotation before it in the paragraph, the one after it, and the last quoted speaker of the three
 * paragraphs before (a floating quote). Speakers carry a provisional source key in `sourceId`; the
 * sources stage turns keys into sources.
 */
import type { Doc } from '../pipeline/doc.ts';
import { defineStage } from '../pipeline/stage.ts';
import { spanIndexAt, tokenAtOrAfter, tokenEndingBy } from '../pipeline/spans.ts';
import type { Quote } from '../report/schema.ts';
import { cueAfter, cueBefore } from './attribution/cues.ts';
import { leading } from './attribution/reported.ts';

function run(doc: Doc): { quotes: Quote[] } {
  const t = doc.tokens;
  const text = doc.text;
  const direct = doc.quotes;
  const out: Quote[] = direct.map((q, n) => {
    if (q.kind !== 'direct') return q;
    const para = doc.paragraphs[spanIndexAt(doc.paragraphs, q.start)];
    if (!para) return q;
    const closeMark = q.flags.includes('unclosed') || q.flags.includes('continued') ? -1 : q.end;
    const next = direct[n + 1];
    let found = null;
    if (closeMark >= 0 && closeMark < text.length) {
      const from = tokenAtOrAfter(t, closeMark + 1);
      const limit =
        tokenEndingBy(t, Math.min(para.end, next && next.start < para.end ? next.start - 1 : para.end)) + 1;
      found = cueAfter(doc, from, limit);
    }
    if (!found && !q.flags.includes('continuation') && !q.flags.includes('unopened')) {
      const markTok = tokenEndingBy(t, q.start);
      const prev = direct[n - 1];
      const floor = tokenAtOrAfter(
        t,
        Math.max(para.start, prev && prev.end > para.start ? prev.end + 1 : para.start),
      );
      found = cueBefore(doc, markTok, floor);
    }
    if (!found) return mixed(doc, q);
    const sp = found.speaker;
    return {
      ...q,
      speaker: { name: sp.name, kind: sp.kind, mention: sp.span, via: sp.pronoun ? 'pronoun' : 'cue' },
      sourceId: sp.key,
      cue: found.cue,
      listener: found.listener
        ? text.slice(found.listener.start, found.listener.end).replace(/’/g, "'")
        : null,
      listenerSpan: found.listener,
    };
  });
  inherit(doc, out);
  return { quotes: out };
}

/** A quoted fragment inside reported speech ("X told Y that the brothers “have not spoken”") is mixed. */
function mixed(doc: Doc, q: Quote): Quote {
  const t = doc.tokens;
  const first = tokenAtOrAfter(t, q.start);
  const s = t.sentence[first];
  if (s === undefined || s < 0) return q;
  const sent = doc.sentences[s]!;
  const a = tokenAtOrAfter(t, sent.start);
  const b = tokenEndingBy(t, sent.end);
  const hit = leading(doc, a, b);
  if (!hit || hit.content.start > q.start || hit.speaker.kind === 'unknown') return q;
  const sp = hit.speaker;
  return {
    ...q,
    kind: 'mixed',
    speaker: { name: sp.name, kind: sp.kind, mention: sp.span, via: sp.pronoun ? 'pronoun' : 'cue' },
    sourceId: sp.key,
    cue: hit.cue,
    listener: hit.listener ? doc.text.slice(hit.listener.start, hit.listener.end).replace(/’/g, "'") : null,
    listenerSpan: hit.listener ?? null,
  };
}

/** Fills speakers of quotations that have no cue of their own, from their neighbours. */
function inherit(doc: Doc, quotes: Quote[]): void {
  const paraOf = (q: Quote): number => spanIndexAt(doc.paragraphs, q.start);
  const captionParas = new Set(doc.captions.map((c) => spanIndexAt(doc.paragraphs, c.start)));
  const has = (q: Quote | undefined): q is Quote => !!q && q.speaker.via !== 'none';
  const take = (i: number, from: Quote, via: 'inherited' | 'continuation'): void => {
    const q = quotes[i]!;
    // within one paragraph ("“A,” said X. “B.”") the speaker named there names both parts;
    // a quotation floating in another paragraph has no mention of its own
    const samePara = paraOf(from) === paraOf(q);
    const floating = via === 'inherited' && !samePara;
    const flags = floating && !q.flags.includes('floating') ? [...q.flags, 'floating' as const] : q.flags;
    const mention = samePara ? from.speaker.mention : null;
    quotes[i] = { ...q, speaker: { ...from.speaker, mention, via }, sourceId: from.sourceId, flags };
  };
  // two sweeps so chains (a continuation of a floating quote) settle
  for (let sweep = 0; sweep < 2; sweep++) {
    for (let i = 0; i < quotes.length; i++) {
      const q = quotes[i]!;
      if (q.kind !== 'direct' || q.speaker.via !== 'none') continue;
      // the opening part of a run takes the speaker its continuation names
      const cont = q.flags.includes('continued') ? quotes.find((x) => x.continues === q.id) : undefined;
      if (cont && cont.speaker.via === 'cue') {
        take(i, cont, 'continuation');
        continue;
      }
      if (q.continues) {
        const src = quotes.find((x) => x.id === q.continues);
        if (has(src)) {
          take(i, src, 'continuation');
          continue;
        }
      }
      const p = paraOf(q);
      const prev = quotes[i - 1];
      const nextQ = quotes[i + 1];
      if (has(prev) && paraOf(prev) === p) take(i, prev, 'inherited');
      else if (has(nextQ) && paraOf(nextQ) === p) take(i, nextQ, 'inherited');
      else if (has(prev) && proseBetween(paraOf(prev), p, captionParas) <= 3) take(i, prev, 'inherited');
      else if (has(nextQ) && proseBetween(p, paraOf(nextQ), captionParas) <= 1 && sweep === 1)
        take(i, nextQ, 'inherited');
    }
  }
}

function proseBetween(a: number, b: number, captions: ReadonlySet<number>): number {
  let n = 0;
  for (let k = a + 1; k <= b; k++) if (!captions.has(k)) n++;
  return n;
}

/** Finds each quotation's cue, speaker and listener, inheriting speakers for floating quotations. */
export const attributionStage = defineStage({
  name: 'attribution',
  about: "Each direct quotation's cue, speaker and listener; inherited speakers; mixed quotations",
  needs: ['tokens', 'paragraphs', 'sentences', 'captions', 'entities', 'mentions'],
  gives: [],
  rewrites: ['quotes'],
  run,
});
