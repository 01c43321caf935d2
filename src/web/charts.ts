/**
 * The corpus charts: SVG drawn on the server, every bar or point a link to the articles behind it, and
 * every chart followed by a table of the same figures (what a screen reader reads and what prints
 * exactly). Values are shown as text on the bars, so colour is never the only cue.
 */
import { esc } from '../render/html-util.ts';

/** One bar: a label, a value (null: no data), its display text, and the articles behind it. */
export interface Bar {
  readonly label: string;
  readonly value: number | null;
  readonly text: string;
  readonly href: string;
  /** Sample size shown beside the value, so small samples show as small. */
  readonly n: number;
}

/** A horizontal bar chart with links; `max` is the value of a full bar. */
export const barChart = (id: string, title: string, bars: readonly Bar[], max: number, tone = ''): string => {
  const rowH = 26;
  const labelW = 190;
  const barW = 380;
  const h = bars.length * rowH + 10;
  const rows = bars
    .map((b, i) => {
      const y = i * rowH + 4;
      const w = b.value === null || max <= 0 ? 0 : Math.max(1, Math.round((b.value / max) * barW));
      const note = `${b.text} (n = ${b.n})`;
      return (
        `<a href="${esc(b.href)}" aria-label="${esc(`${b.label}: ${note}`)}">` +
        `<text x="${labelW - 8}" y="${y + 16}" text-anchor="end">${esc(b.label)}</text>` +
        `<rect class="bar${tone ? ` ${tone}` : ''}" x="${labelW}" y="${y + 3}" width="${w}" height="${rowH - 8}"><title>${esc(`${b.label}: ${note}`)}</title></rect>` +
        `<text x="${labelW + w + 6}" y="${y + 16}">${esc(note)}</text></a>`
      );
    })
    .join('');
  return (
    `<svg class="bars" id="${esc(id)}" role="img" aria-labelledby="${esc(id)}-t" viewBox="0 0 ${labelW + barW + 120} ${h}" width="${labelW + barW + 120}">` +
    `<title id="${esc(id)}-t">${esc(title)}</title>` +
    `<line class="axis" x1="${labelW}" x2="${labelW}" y1="0" y2="${h}"></line>${rows}</svg>`
  );
};

/** One series of a line chart: a name, a dash pattern, points by month, each with a link. */
export interface Series {
  readonly name: string;
  readonly points: ReadonlyArray<{ month: string; value: number | null; href: string; text: string }>;
}

const DASHES = ['', '6 3', '2 3', '8 3 2 3', '1 2', '10 4'];
const INKS = ['#1f4a94', '#a8231b', '#1d6131', '#63298a', '#7a4f00', '#3d3d3d'];

/** A line chart of shares over months (0–100%), one line per series, each point a link. */
export const lineChart = (
  id: string,
  title: string,
  months: readonly string[],
  series: readonly Series[],
): string => {
  const left = 44;
  const top = 10;
  const w = Math.max(520, months.length * 90);
  const h = 180;
  const x = (i: number) => left + (months.length <= 1 ? w / 2 : (i * w) / (months.length - 1));
  const y = (v: number) => top + h - v * h;
  const grid = [0, 0.5, 1]
    .map(
      (v) =>
        `<line class="axis" x1="${left}" x2="${left + w}" y1="${y(v)}" y2="${y(v)}" stroke-opacity="0.25"></line><text x="${left - 6}" y="${y(v) + 4}" text-anchor="end">${v * 100}%</text>`,
    )
    .join('');
  const ticks = months
    .map((m, i) => `<text x="${x(i)}" y="${top + h + 18}" text-anchor="middle">${esc(m)}</text>`)
    .join('');
  const lines = series
    .slice(0, DASHES.length)
    .map((s, si) => {
      const pts = s.points
        .map((p) => ({ p, i: months.indexOf(p.month) }))
        .filter((q) => q.i >= 0 && q.p.value !== null);
      const d = pts.map((q, k) => `${k ? 'L' : 'M'}${x(q.i)},${y(q.p.value!)}`).join(' ');
      const dots = pts
        .map(
          (q) =>
            `<a href="${esc(q.p.href)}" aria-label="${esc(`${s.name}, ${q.p.month}: ${q.p.text}`)}"><circle cx="${x(q.i)}" cy="${y(q.p.value!)}" r="5" fill="${INKS[si]}"><title>${esc(`${s.name}, ${q.p.month}: ${q.p.text}`)}</title></circle></a>`,
        )
        .join('');
      return `<path d="${d}" fill="none" stroke="${INKS[si]}" stroke-width="2" stroke-dasharray="${DASHES[si]}"></path>${dots}`;
    })
    .join('');
  const legend = series
    .slice(0, DASHES.length)
    .map(
      (s, si) =>
        `<g transform="translate(${left + w + 16},${top + 14 + si * 18})"><line x1="0" x2="24" y1="-4" y2="-4" stroke="${INKS[si]}" stroke-width="2" stroke-dasharray="${DASHES[si]}"></line><text x="30" y="0">${esc(s.name)}</text></g>`,
    )
    .join('');
  return (
    `<svg class="bars" id="${esc(id)}" role="img" aria-labelledby="${esc(id)}-t" viewBox="0 0 ${left + w + 190} ${top + h + 30}" width="${left + w + 190}">` +
    `<title id="${esc(id)}-t">${esc(title)}</title>${grid}${ticks}${lines}${legend}</svg>`
  );
};

/** A data table: header cells and rows of cells (already escaped HTML), numbers right-aligned by index. */
export const dataTable = (
  caption: string,
  head: readonly string[],
  rows: readonly (readonly string[])[],
  numeric: ReadonlySet<number>,
  id?: string,
): string =>
  `<div class="table-wrap"><table${id ? ` id="${esc(id)}"` : ''}><caption>${esc(caption)}</caption><thead><tr>` +
  head.map((h, i) => `<th scope="col"${numeric.has(i) ? ' class="n"' : ''}>${esc(h)}</th>`).join('') +
  '</tr></thead><tbody>' +
  rows
    .map(
      (r) =>
        '<tr>' +
        r
          .map((c, i) =>
            i === 0 ? `<th scope="row">${c}</th>` : `<td${numeric.has(i) ? ' class="n"' : ''}>${c}</td>`,
          )
          .join('') +
        '</tr>',
    )
    .join('') +
  '</tbody></table></div>';
