/** The Markdown view: the article with quotations in bold and numbered, then tables. */
import type { Report } from '../report/schema.ts';
import { deepVisible, mdLink, mdText as esc } from './escape.ts';
import { claimTag, markParagraphs, sections, speakerLine } from './outline.ts';

/** A table cell: inert text on one line (mdText already escapes the pipe). */
const cell = (s: string): string => esc(s.replace(/\s+/g, ' '));

/** Renders a report as Markdown: the article's own text never becomes HTML, a link or a control code. */
export function renderMarkdown(report: Report): string {
  const r = deepVisible(report);
  const out: string[] = [`# ${esc(r.meta.title ?? r.id ?? 'Article')}`, ''];
  const meta = [
    ...[r.meta.outlet, r.meta.date].filter((x): x is string => !!x).map(esc),
    ...(r.meta.url ? [mdLink(r.meta.url)] : []),
  ].join(' · ');
  if (meta) out.push(`_${meta}_`, '');
  out.push(
    '## The article',
    '',
    'Quotations in **bold**, hedges in _italics_; each claim opens with its type (FACT = public fact, PRIV = private fact, MIND = mind-reading, SPEC = speculation, OPIN = opinion) and, after ←, the kind of source it rests on.',
    '',
  );
  const capStarts = new Set((r.captions ?? []).map((c) => c.start));
  const paragraphs = r.paragraphs ?? [];
  const bodies = markParagraphs(
    r,
    paragraphs,
    {
      quote: (_q, n) => ['**', `**<sup>${n}</sup>`],
      hedge: () => ['_', '_'],
      claim: (c) => `<sub>${claimTag(c)}</sub>`,
    },
    esc,
  );
  paragraphs.forEach((p, k) => {
    const body = bodies[k]!;
    out.push(capStarts.has(p.start) ? `> _${body}_` : body, '');
  });
  if ((r.quotes ?? []).length) {
    out.push('## Quotations', '');
    for (const [i, q] of (r.quotes ?? []).entries()) out.push(`${i + 1}. ${esc(speakerLine(r, q))}`);
    out.push('');
  }
  for (const s of sections(r)) {
    out.push(`## ${esc(s.heading)}`, '');
    if (s.rows.length === 0) {
      out.push(s.empty, '');
      continue;
    }
    out.push(`| ${s.header.map(cell).join(' | ')} |`, `|${s.header.map(() => ' --- ').join('|')}|`);
    for (const row of s.rows) out.push(`| ${row.map(cell).join(' | ')} |`);
    out.push('');
  }
  return out.join('\n');
}
