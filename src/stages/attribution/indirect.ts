/**
 * Indirect (reported) speech: "…, says our source.", "An insider said (that) …", "According to a
 * pal, …", "with sources confirming the pair …", and what the fitted cue model finds ("the senator
 * argued …", "…, officials warned."). A reported clause holding a short quoted fragment is a mixed
 * quotation. Passive "is said to" has no speaker at all and is left to the hedges stage. The
 * attribution stage calls this finder; it writes no quotation itself. The finding, sentence by
 * sentence, is `reportedIn` (attribution/reported.ts).
 */
import type { Doc } from '../../pipeline/doc.ts';
import { tokenAtOrAfter } from '../../core/spans.ts';
import type { Span } from '../../report/schema.ts';
import {
  type Hit,
  REPORTED_DEFAULTS,
  type ReportedClause,
  type ReportedKind,
  type ReportedOptions,
  reportedIn,
  sentenceView,
} from './reported.ts';
import type { SpeakerPhrase } from './speaker.ts';

/** A reported statement found without quotation marks (or with a quoted fragment: mixed). */
export interface Reported extends Hit {
  readonly mixed: boolean;
  /** Speech, or a belief or intention (only when the options ask for beliefs). */
  readonly kind: ReportedKind;
  /** Which finder matched: one of the rules or the fitted cue model. */
  readonly by: ReportedClause['by'];
}

/** Index of the first span in sorted `spans` (from index `k` on) that ends after `offset`. */
function advance(spans: readonly Span[], k: number, offset: number): number {
  while (k < spans.length && spans[k]!.end <= offset) k++;
  return k;
}

const NONE: readonly Span[] = [];

/** The speaker of a clause whose source words the speaker reader could not classify. */
function unknownSpeaker(doc: Doc, source: Span): SpeakerPhrase {
  const text = doc.text.slice(source.start, source.end).replace(/\s+/g, ' ');
  return {
    span: source,
    kind: 'unknown',
    name: text,
    entityId: null,
    pronoun: false,
    who: { kind: 'unknown', text },
  };
}

/**
 * Finds reported speech in every sentence but captions, beside and between the direct quotations
 * (`direct`, sorted), never across them. Linear: one sweep over sentences, quotations, captions and
 * scare quotes.
 */
export function findReported(
  doc: Doc,
  direct: readonly Span[],
  opts: ReportedOptions = REPORTED_DEFAULTS,
): Reported[] {
  const t = doc.tokens;
  const found: Reported[] = [];
  let q = 0;
  let c = 0;
  let sq = 0;
  const scope = sentenceView(doc);
  for (let s = 0; s < doc.sentences.length; s++) {
    const sent = doc.sentences[s]!;
    q = advance(direct, q, sent.start);
    c = advance(doc.captions, c, sent.start);
    if (doc.captions[c] && doc.captions[c]!.start < sent.end) continue;
    let qe = q;
    while (qe < direct.length && direct[qe]!.start < sent.end) qe++;
    const blocked = qe > q ? direct.slice(q, qe) : NONE;
    const a = tokenAtOrAfter(t, sent.start);
    if (a >= t.count || t.sentence[a] !== s) continue;
    let b = a;
    while (b + 1 < t.count && t.sentence[b + 1] === s) b++;
    for (const h of reportedIn(doc, a, b, opts, blocked, scope)) {
      const speaker = h.speaker ?? (h.source ? unknownSpeaker(doc, h.source) : null);
      if (!speaker) continue;
      const content = h.content;
      sq = advance(doc.scareQuotes, sq, content.start);
      let mixed = false;
      for (let k = sq; k < doc.scareQuotes.length && doc.scareQuotes[k]!.start < content.end; k++)
        if (doc.scareQuotes[k]!.start >= content.start && doc.scareQuotes[k]!.end <= content.end)
          mixed = true;
      // a quoted fragment the reported words hold (the attribution stage drops its own quotation)
      for (let k = q; k < qe && !mixed; k++)
        mixed = direct[k]!.start >= content.start && direct[k]!.end <= content.end;
      // two literals, not a spread: a spread copies through the runtime, once per clause
      found.push(
        h.listener
          ? { content, speaker, cue: h.cue, listener: h.listener, mixed, kind: h.kind, by: h.by }
          : { content, speaker, cue: h.cue, mixed, kind: h.kind, by: h.by },
      );
    }
  }
  return found;
}
