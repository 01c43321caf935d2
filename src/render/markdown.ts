/** The Markdown view: the article with quotations in bold and numbered, then tables. */
import type { Report } from '../report/schema.ts';
import { CLAIM_TAG, markParagraph, sections, speakerLine } from './outline.ts';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const esc = (s: string): string => s.replace(/([\\`*_[\]<>#|])/g, '\\$1');

/** Renders a report as Markdown. */
export function renderMarkdown(r: Report): string {
  const out: string[] = [`# ${esc(r.meta.title ?? r.id ?? 'Article')}`, ''];
  const meta = [r.meta.outlet, r.meta.date, r.meta.url].filter(Boolean).join(' · ');
  if (meta) out.push(`_${esc(meta)}_`, '');
  out.push(
    '## The article',
    '',
    'Quotations in **bold**, hedges in _italics_; each claim opens with its type (FACT, MIND = mental state, SPEC = speculation, OPIN = opinion, REPT = reported).',
    '',
  );
  const capStarts = new Set((r.captions ?? []).map((c) => c.start));
  for (const p of r.paragraphs ?? []) {
    const body = markParagraph(r, p, {
      quote: (_q, n) => ['**', `**<sup>${n}</sup>`],
      hedge: () => ['_', '_'],
      claim: (c) => `<sub>${CLAIM_TAG[c.type]}</sub>`,
    });
    out.push(capStarts.has(p.start) ? `> _${body}_` : body, '');
  }
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
    out.push(`| ${s.header.join(' | ')} |`, `|${s.header.map(() => ' --- ').join('|')}|`);
    for (const row of s.rows) out.push(`| ${row.map(cell).join(' | ')} |`);
    out.push('');
  }
  return out.join('\n');
}
