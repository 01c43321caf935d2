/**
 * Sources: every speaker resolves to one source, and so does every source the article cites without
 * quoting ("A spokesperson for the couple declined to comment.", "People magazine first reported the
 * split.", "according to court documents"). Named speakers group by entity; "an insider" … "our
 * insider" … "the insider" are one source (a definite mention points back at the last singular
 * anonymous source); plural "sources" are one group; "another source" is new. Grouping reads the
 * speaker's tagged union (`Who`), never a string key.
 */
import { ACCORDING, TO } from '../../lexicon/reporting.ts';
import { hashWord } from '../../core/hash.ts';
import { ANONYMOUS_HEADS, CITATION_VERBS, SPOKES_HEADS } from '../../lexicon/sources.ts';
import type { Doc } from '../../pipeline/doc.ts';
import type { Source, Span } from '../../report/schema.ts';
import { punctAt, subjectBefore } from './cues.ts';
import { kindOf, nameOf, nounPhrase, type SpeakerPhrase, type Who } from './speaker.ts';

/** One speaker occurrence to group: who, where the text names them, and whether it is a quotation's. */
export interface Cited {
  readonly who: Who;
  readonly mention: Span | null;
  /** Counted in `Source.quotes` when true; a citation without quoted words when false. */
  readonly quoted: boolean;
  /** Where it occurs, for reading order. */
  readonly at: number;
}

/** Groups speakers into sources: the source index of each input (or -1 for no source) and the sources. */
export function groupSources(items: readonly Cited[]): { index: number[]; sources: Source[] } {
  const order = items.map((_, i) => i).sort((x, y) => items[x]!.at - items[y]!.at);
  const sources: Source[] = [];
  const mentions: Span[][] = [];
  const seen: Set<number>[] = [];
  const counts: number[] = [];
  const byKey = new Map<string, number>();
  const index = new Array<number>(items.length).fill(-1);
  let lastSingular = -1;
  const lastHead = new Map<string, number>();
  for (const i of order) {
    const item = items[i]!;
    const w = item.who;
    if (w.kind === 'unknown' && !item.mention) continue;
    let key: string | null;
    switch (w.kind) {
      case 'entity':
        key = w.entityId ? `e${w.entityId}` : `n${w.organization ? 'o' : 'p'}${w.name.toLowerCase()}`;
        break;
      case 'anonymous':
        key = w.fresh ? null : w.plural ? `p${w.head}` : `a${w.descriptor.toLowerCase()}`;
        break;
      case 'outlet':
        key = 'outlet';
        break;
      case 'document':
      case 'unnamed-media':
        key = `${w.kind}${w.descriptor.toLowerCase()}`;
        break;
      case 'unknown':
        key = `u${w.text.toLowerCase()}`;
        break;
    }
    let s = key === null ? undefined : byKey.get(key);
    // "the pal" after "a Kardashian friend" is the same person; "the mother" only after "a mother"
    if (w.kind === 'anonymous' && !w.plural && w.definite)
      s = (w.lexical && lastSingular >= 0 ? lastSingular : lastHead.get(w.head)) ?? s;
    if (s === undefined) {
      s = sources.length;
      sources.push({
        id: `s${s + 1}`,
        kind: kindOf(w),
        name: nameOf(w),
        mentions: [],
        quotes: 0,
        entityId: w.kind === 'entity' ? w.entityId : null,
        media: w.kind === 'entity' && w.media,
      });
      mentions.push([]);
      seen.push(new Set());
      counts.push(0);
      if (key !== null) byKey.set(key, s);
    }
    if (w.kind === 'anonymous' && !w.plural) {
      if (w.lexical) lastSingular = s;
      lastHead.set(w.head, s);
    }
    const m = item.mention;
    // a set of the starts already listed: one pronoun speaking in thousands of quotations stays linear
    if (m && !seen[s]!.has(m.start)) {
      seen[s]!.add(m.start);
      mentions[s]!.push(m);
    }
    if (item.quoted) counts[s]!++;
    index[i] = s;
  }
  return {
    index,
    sources: sources.map((src, s) => ({
      ...src,
      mentions: mentions[s]!.sort((a, b) => a.start - b.start),
      quotes: counts[s]!,
    })),
  };
}

/**
 * Reaches of the citation finder, in tokens (`npm run mutate:thresholds` moves each; the attribution
 * thresholds.test.ts pins them).
 */
export const CITATION_LIMITS = {
  /** Tokens after "according to" where the cited source must end. */
  accordingWords: 12,
  /** Tokens back from a citation verb ("declined to comment") where its subject may start. */
  lookBack: 12,
};

/**
 * Sources cited without quoted words: the subject of "declined to comment", "first reported", "did not
 * respond", and whatever follows "according to" — one pass over the tokens. Mentions already given to a
 * quotation (`taken`, by start offset) are skipped.
 */
export function citations(doc: Doc, taken: ReadonlySet<number>): Cited[] {
  const t = doc.tokens;
  const out: Cited[] = [];
  const push = (sp: SpeakerPhrase | null): void => {
    if (!sp || sp.kind === 'unknown' || taken.has(sp.span.start)) return;
    // a plain description ("the couple reported the theft") is not a cited source
    const w = sp.who;
    if (
      w.kind === 'anonymous' &&
      !ANONYMOUS_HEADS.has(hashWord(w.head)) &&
      !SPOKES_HEADS.has(hashWord(w.head))
    )
      return;
    out.push({ who: sp.who, mention: sp.span, quoted: false, at: sp.span.start });
  };
  for (let i = 1; i < t.count; i++) {
    const h = t.hash[i]!;
    if (h === ACCORDING && t.hash[i + 1] === TO) {
      let j = i + 2;
      while (
        j < t.count &&
        j < i + CITATION_LIMITS.accordingWords &&
        punctAt(doc, j) < 0 &&
        t.sentence[j] === t.sentence[i]
      )
        j++;
      push(nounPhrase(doc, i + 2, j - 1));
    } else if (CITATION_VERBS.has(h)) {
      const floor = Math.max(0, i - CITATION_LIMITS.lookBack);
      push(subjectBefore(doc, i, floor, nounPhrase));
    }
  }
  return out;
}
