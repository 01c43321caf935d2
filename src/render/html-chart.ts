/**
 * The score breakdown: an inline SVG bar chart of each signal's contribution (right of the axis adds to the
 * score, left takes away) and the same numbers as a table, which screen readers and printouts can rely on.
 */
import type { Score } from '../report/schema.ts';
import { esc, num, signed } from './html-util.ts';

const ROW = 26;
const LABEL_W = 190;
/** Room kept at each end of the bar area for the value printed beyond the bar's tip. */
const VALUE_W = 56;
const BAR_W = 460;
const WIDTH = LABEL_W + BAR_W;

/** Shortens long signal ids so the label column stays readable; the full id is in the bar's <title>. */
const short = (s: string, max = 26): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** Renders the signals as an SVG bar chart, bars scaled to the largest contribution. */
export const renderChart = (score: Score): string => {
  // the chart shows what moved the score; signals that added nothing stay in the table below
  const signals = score.signals.filter((s) => s.contribution !== 0);
  if (signals.length === 0) return '<p class="empty">No signals contributed to this score.</p>';
  const max = Math.max(...signals.map((s) => Math.abs(s.contribution)), 0.01);
  const half = BAR_W / 2;
  const axisX = LABEL_W + half;
  const height = signals.length * ROW + 28;
  const rows = signals.map((s, i) => {
    const y = i * ROW + 6;
    const c = Number.isFinite(s.contribution) ? s.contribution : 0;
    const w = (Math.abs(c) / max) * (half - VALUE_W);
    const x = c >= 0 ? axisX : axisX - w;
    const cls = c >= 0 ? 'pos' : 'neg';
    const tip = `${s.id}: ${signed(c)} points. ${s.reason}`;
    const valueX = c >= 0 ? axisX + w + 4 : axisX - w - 4;
    return [
      `<g class="signal" data-signal="${esc(s.id)}"><title>${esc(tip)}</title>`,
      `<text x="${LABEL_W - 8}" y="${y + 15}" text-anchor="end">${esc(short(s.id))}</text>`,
      `<rect class="bar ${cls}" x="${x.toFixed(1)}" y="${y + 3}" width="${Math.max(w, 1).toFixed(1)}" height="${ROW - 10}" rx="2"/>`,
      `<text x="${valueX.toFixed(1)}" y="${y + 15}" text-anchor="${c >= 0 ? 'start' : 'end'}">${esc(signed(c))}</text>`,
      '</g>',
    ].join('');
  });
  const axisY = signals.length * ROW + 8;
  return [
    `<svg class="chart" role="img" aria-labelledby="chart-title chart-desc" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" xmlns="http://www.w3.org/2000/svg">`,
    '<title id="chart-title">Score breakdown by signal</title>',
    `<desc id="chart-desc">Each bar is one signal: bars to the right of the axis add points to the base score of ${esc(num(score.base))}, hatched bars to the left take points away. The table below gives the same numbers.</desc>`,
    '<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">',
    '<rect width="6" height="6" fill="#f6d3d0"/><rect width="3" height="6" fill="#a8231b"/></pattern></defs>',
    ...rows,
    `<line class="axis" x1="${axisX}" y1="2" x2="${axisX}" y2="${axisY}"/>`,
    `<text x="${axisX - 6}" y="${axisY + 14}" text-anchor="end">− takes away</text>`,
    `<text x="${axisX + 6}" y="${axisY + 14}">adds +</text>`,
    '</svg>',
  ].join('\n');
};

/** Renders the signals as a table: the text fallback for the chart. */
export const renderSignalTable = (score: Score): string => {
  if (score.signals.length === 0) return '';
  const rows = score.signals
    .map(
      (s) =>
        `<tr><th scope="row">${esc(s.id)}</th><td class="n">${esc(num(s.value, 2))}</td><td class="n">${esc(num(s.weight, 2))}</td>` +
        `<td class="n">${esc(signed(s.contribution))}</td><td>${esc(s.reason)}</td></tr>`,
    )
    .join('\n');
  return [
    '<table class="signals">',
    `<caption>Signals: base ${esc(num(score.base, 2))} + contributions = ${esc(num(score.value, 2))} (model ${esc(score.model)})</caption>`,
    '<thead><tr><th scope="col">Signal</th><th scope="col" class="n">Value</th><th scope="col" class="n">Weight</th><th scope="col" class="n">Points</th><th scope="col">Why</th></tr></thead>',
    `<tbody>${rows}</tbody>`,
    '</table>',
  ].join('\n');
};
