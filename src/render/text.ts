/**
 * The terminal view: the article wrapped to the terminal's width with each quotation marked and
 * numbered, then aligned tables. Colour only when the stream is a terminal and NO_COLOR is unset.
 */
import type { Report, SourceKind } from '../report/schema.ts';
import { CLAIM_TAG, markParagraph, sections, speakerLine } from './outline.ts';

/** How to draw: colour or not, and the width to wrap to. */
export interface TextStyle {
  readonly color: boolean;
  readonly width: number;
}

const KIND_COLOR: Record<SourceKind, number> = {
  anonymous: 31,
  'unnamed-media': 35,
  'named-person': 32,
  'named-organization': 36,
  document: 34,
  outlet: 33,
  unknown: 90,
};

function wrap(text: string, width: number): string {
  const out: string[] = [];
  let line = '';
  let visible = 0;
  for (const word of text.split(/\s+/)) {
    // eslint-style: escape codes take no width
    const len = word.replace(/\x1b\[[0-9;]*m/g, '').length;
    if (visible > 0 && visible + 1 + len > width) {
      out.push(line);
      line = word;
      visible = len;
    } else {
      line = visible > 0 ? `${line} ${word}` : word;
      visible += (visible > 0 ? 1 : 0) + len;
    }
  }
  if (line) out.push(line);
  return out.join('\n');
}

/** Renders a report for a terminal. */
export function renderText(r: Report, style: TextStyle): string {
  const paint = (code: number, s: string): string => (style.color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const width = Math.max(40, Math.min(style.width, 120));
  const out: string[] = [];
  out.push(paint(1, r.meta.title ?? r.id ?? 'Article'));
  const meta = [r.meta.outlet, r.meta.date, r.meta.url].filter(Boolean).join(' · ');
  if (meta) out.push(meta);
  out.push(
    '',
    paint(
      2,
      'Quotations in ⟦…⟧[n], hedges _underlined_; ‹MIND› mental state, ‹SPEC› speculation, ‹OPIN› opinion, ‹REPT› reported, ‹FACT› checkable.',
    ),
    '',
  );
  const capStarts = new Set((r.captions ?? []).map((c) => c.start));
  for (const p of r.paragraphs ?? []) {
    const body = markParagraph(r, p, {
      quote: (q, n) => [
        style.color ? `\x1b[${KIND_COLOR[q.speaker.kind]}m⟦` : '⟦',
        style.color ? `⟧[${n}]\x1b[0m` : `⟧[${n}]`,
      ],
      hedge: () => (style.color ? ['\x1b[4m', '\x1b[24m'] : ['_', '_']),
      claim: (c) => paint(2, `‹${CLAIM_TAG[c.type]}›`),
    });
    out.push(wrap(capStarts.has(p.start) ? paint(2, `[caption] ${body}`) : body, width), '');
  }
  if ((r.quotes ?? []).length) {
    out.push(paint(1, 'Quotations'));
    for (const [i, q] of (r.quotes ?? []).entries()) {
      out.push(wrap(`[${i + 1}] ${paint(KIND_COLOR[q.speaker.kind], speakerLine(r, q))}`, width));
    }
    out.push('');
  }
  for (const s of sections(r)) {
    out.push(paint(1, s.heading));
    if (s.rows.length === 0) out.push(`  ${s.empty}`);
    else out.push(table([s.header, ...s.rows], width));
    out.push('');
  }
  return out.join('\n');
}

function table(rows: readonly (readonly string[])[], width: number): string {
  const cols = rows[0]?.length ?? 0;
  const widths = Array.from({ length: cols }, (_, c) =>
    Math.min(40, Math.max(...rows.map((r) => (r[c] ?? '').length))),
  );
  const lastWidth = Math.max(20, width - widths.slice(0, -1).reduce((a, b) => a + b + 2, 2));
  return rows
    .map((r) =>
      r
        .map((cell, c) => {
          const w = c === cols - 1 ? lastWidth : widths[c]!;
          const v = cell.length > w ? `${cell.slice(0, w - 1)}…` : cell;
          return c === cols - 1 ? v : v.padEnd(w);
        })
        .join('  '),
    )
    .map((l) => `  ${l}`)
    .join('\n');
}
