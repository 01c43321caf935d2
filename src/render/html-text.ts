/**
 * The article body with its findings marked up. Spans are laid out in one pass over the text; spans that
 * cross (a claim over part of a quote, a quote over a paragraph break) are closed and reopened at the
 * crossing, so the markup always nests. Claims are shown as a marker where they start, never as wrappers.
 */
import type { Report, Span } from '../report/schema.ts';
import { CLAIM_TYPES, claimTypeOf, esc, KINDS, kindOf } from './html-util.ts';

/** An inline element to lay over the text. `rank` orders elements that start and end together. */
interface Inline {
  readonly start: number;
  readonly end: number;
  readonly rank: number;
  /** Opening tag; `first` is false when an element is reopened after a crossing. */
  readonly open: (first: boolean) => string;
  readonly close: string;
  /** Emitted once, after the element's last piece: the speaker label of a quote. */
  readonly after?: string;
}

const valid = (s: { start: number; end: number }, len: number): boolean =>
  Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= len && s.start < s.end;

/** Paragraph blocks: the report's paragraphs, plus any stray non-blank text between them, in order. */
export const blocksOf = (text: string, paragraphs: readonly Span[]): Span[] => {
  let given = paragraphs.filter((p) => valid(p, text.length)).sort((a, b) => a.start - b.start);
  if (given.length === 0) {
    given = [];
    const re = /\n[ \t]*\n/g;
    let at = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      given.push({ start: at, end: m.index });
      at = m.index + m[0].length;
    }
    given.push({ start: at, end: text.length });
  }
  const out: Span[] = [];
  // text before the first paragraph is the date marker or front matter, shown in the header instead
  let pos = given[0]?.start ?? 0;
  for (const p of given) {
    if (p.start < pos) continue;
    if (text.slice(pos, p.start).trim()) out.push({ start: pos, end: p.start });
    out.push(p);
    pos = p.end;
  }
  if (text.slice(pos).trim()) out.push({ start: pos, end: text.length });
  return out.filter((b) => text.slice(b.start, b.end).trim() !== '');
};

const quoteInlines = (r: Report): Inline[] =>
  (r.quotes ?? [])
    .filter((q) => valid(q, r.text.length))
    .map((q) => {
      const kind = kindOf(q.speaker?.kind);
      const label = KINDS[kind].label;
      const name = q.speaker?.name || 'no speaker found';
      const tip = `${q.kind} quotation · ${name} (${label}) · attributed via ${q.speaker?.via ?? 'none'}`;
      return {
        start: q.start,
        end: q.end,
        rank: 2,
        open: (first: boolean) =>
          `<mark class="q k-${kind}" data-kind="${kind}" data-quote="${esc(q.id)}" title="${esc(tip)}">` +
          (first ? `<span class="sr">Quotation from ${esc(name)} (source kind: ${esc(label)}): </span>` : ''),
        close: '</mark>',
        after: `<span class="spk k-${kind}" aria-hidden="true">[${esc(name)} · <span class="kl">${esc(label)}</span>]</span>`,
      };
    });

const hedgeInlines = (r: Report): Inline[] =>
  (r.hedges ?? [])
    .filter((h) => valid(h, r.text.length))
    .map((h) => {
      const kind = h.kind === 'booster' || h.kind === 'hearsay' ? h.kind : 'hedge';
      const tip = kind === 'hearsay' && h.agentless ? 'hearsay cue with no one behind it' : `${kind} word`;
      return {
        start: h.start,
        end: h.end,
        rank: 3,
        open: (first: boolean) =>
          `<span class="hg hg-${kind}" data-hedge="${kind}" title="${esc(tip)}">` +
          (first ? `<span class="sr">${kind}: </span>` : ''),
        close: '</span>',
      };
    });

const captionInlines = (r: Report): Inline[] =>
  (r.captions ?? []).flatMap((c) => {
    const out: Inline[] = [];
    if (valid(c, r.text.length)) {
      out.push({
        start: c.start,
        end: c.end,
        rank: 0,
        open: (first) => `<span class="cap">${first ? '<span class="caption-tag">Caption</span>' : ''}`,
        close: '</span>',
      });
    }
    if (c.creditSpan && valid(c.creditSpan, r.text.length)) {
      const { start, end } = c.creditSpan;
      out.push({ start, end, rank: 1, open: () => '<span class="credit">', close: '</span>' });
    }
    return out;
  });

/** Claim markers keyed by position; a marker in the gap between paragraphs moves to the next paragraph. */
const claimMarkers = (r: Report, blocks: readonly Span[]): Map<number, string> => {
  const at = new Map<number, string>();
  for (const c of r.claims ?? []) {
    if (!Number.isInteger(c.start) || c.start < 0 || c.start >= r.text.length) continue;
    const block = blocks.find((b) => b.end > c.start);
    if (!block) continue;
    const pos = Math.max(c.start, block.start);
    const type = claimTypeOf(c.type);
    const { letter, label } = CLAIM_TYPES[type];
    const voice = c.voice === 'quoted' ? 'quoted' : "the author's";
    const tip = `Claim (${label}, ${voice} voice): ${c.reason}`;
    const html =
      `<span class="cm cm-${type}" data-claim="${type}" title="${esc(tip)}">` +
      `<span aria-hidden="true">${letter}</span><span class="sr">Claim, ${label}: </span></span>`;
    at.set(pos, (at.get(pos) ?? '') + html);
  }
  return at;
};

/** Renders one paragraph, splitting any element that would otherwise cross another's boundary. */
const renderBlock = (
  text: string,
  b: Span,
  inlines: readonly Inline[],
  markers: Map<number, string>,
): string => {
  const pieces = inlines
    .filter((s) => s.start < b.end && s.end > b.start)
    .map((s) => ({
      s,
      start: Math.max(s.start, b.start),
      end: Math.min(s.end, b.end),
      last: s.end <= b.end,
    }));
  const points = new Set<number>([b.end]);
  for (const p of pieces) points.add(p.start).add(p.end);
  for (const pos of markers.keys()) if (pos >= b.start && pos < b.end) points.add(pos);
  const stack: typeof pieces = [];
  let out = '';
  let pos = b.start;
  for (const p of [...points].filter((x) => x >= b.start).sort((x, y) => x - y)) {
    if (p > pos) out += esc(text.slice(pos, p));
    pos = p;
    if (stack.some((s) => s.end <= p)) {
      const reopen: typeof pieces = [];
      while (stack.some((s) => s.end <= p)) {
        const top = stack.pop()!;
        out += top.s.close;
        if (top.end > p) reopen.push(top);
        else if (top.last && top.s.after) out += top.s.after;
      }
      for (const s of reopen.reverse()) {
        out += s.s.open(false);
        stack.push(s);
      }
    }
    if (p < b.end) out += markers.get(p) ?? '';
    const opening = pieces
      .filter((x) => x.start === p && x.end > p)
      .sort((x, y) => y.end - x.end || x.s.rank - y.s.rank);
    for (const x of opening) {
      out += x.s.open(x.s.start === x.start);
      stack.push(x);
    }
  }
  return out;
};

/** Renders the article text as paragraphs with quotes, hedges, captions and claim markers. */
export const renderArticle = (r: Report): string => {
  const blocks = blocksOf(r.text, r.paragraphs ?? []);
  if (blocks.length === 0) return '<p class="empty">The article has no text.</p>';
  const inlines = [...captionInlines(r), ...quoteInlines(r), ...hedgeInlines(r)];
  const markers = claimMarkers(r, blocks);
  const captions = (r.captions ?? []).filter((c) => valid(c, r.text.length));
  return blocks
    .map((b) => {
      const isCaption = captions.some((c) => c.start <= b.start + 1 && c.end >= b.end - 1);
      return `<p${isCaption ? ' class="caption"' : ''}>${renderBlock(r.text, b, inlines, markers)}</p>`;
    })
    .join('\n');
};
