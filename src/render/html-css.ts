/**
 * The report page's stylesheet, inlined so the page is one self-contained file. Every highlight colour is a
 * pale background under near-black text, and every label colour is dark on white, to keep contrast ≥ 4.5:1;
 * border styles and text labels carry the same meaning for readers who cannot tell the colours apart.
 */
import { KINDS } from './html-util.ts';

/** Background, pattern and dark ink per source kind. */
const PALETTE: Record<keyof typeof KINDS, { bg: string; ink: string; pattern?: string }> = {
  'named-person': { bg: '#dcf0dc', ink: '#1d6131' },
  'named-organization': { bg: '#dde8fb', ink: '#1f4a94' },
  document: { bg: '#efe3f7', ink: '#63298a' },
  outlet: { bg: '#e8e8e8', ink: '#3d3d3d' },
  'unnamed-media': { bg: '#fff0c9', ink: '#7a4f00' },
  anonymous: {
    bg: '#fde3e1',
    ink: '#a8231b',
    pattern: 'repeating-linear-gradient(135deg, transparent 0 6px, rgba(168, 35, 27, 0.09) 6px 9px)',
  },
  unknown: { bg: '#f4f4f4', ink: '#4d4d4d' },
};

const kindRules = (): string =>
  Object.entries(PALETTE)
    .map(([kind, p]) => {
      const border = KINDS[kind as keyof typeof KINDS].border;
      const width = border === 'double' ? '3px' : '2px';
      const bgImage = p.pattern ? ` background-image: ${p.pattern};` : '';
      return [
        `.k-${kind} { --ink: ${p.ink}; }`,
        `mark.k-${kind} { background-color: ${p.bg};${bgImage} border-bottom: ${width} ${border} ${p.ink}; }`,
        `.swatch.k-${kind} { background-color: ${p.bg};${bgImage} border: ${width} ${border} ${p.ink}; }`,
      ].join('\n');
    })
    .join('\n');

/** The whole stylesheet. */
export const CSS = `
:root { color-scheme: light; --text: #1a1a1a; --muted: #555; --rule: #d6d6d6; --focus: #1f4a94; --pos: #1d6131; --neg: #a8231b; }
* { box-sizing: border-box; }
body { margin: 0; font: 17px/1.6 Georgia, 'Times New Roman', serif; color: var(--text); background: #fff; }
.wrap { max-width: 52rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
header.wrap { padding-bottom: 0; }
main.wrap { padding-top: 0.25rem; }
h1, h2, h3, th, .ui, .legend, .spk, table, .score, .meta { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
h1 { font-size: 1.7rem; line-height: 1.25; margin: 0.2rem 0 0.5rem; }
h2 { font-size: 1.2rem; margin: 2.2rem 0 0.8rem; padding-bottom: 0.3rem; border-bottom: 1px solid var(--rule); }
.meta { color: var(--muted); font-size: 0.95rem; margin: 0; }
.meta a { color: var(--focus); word-break: break-all; }
a { color: var(--focus); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 2px; }
.skip { position: absolute; left: -999px; top: 0.5rem; background: #fff; padding: 0.4rem 0.8rem; border: 2px solid var(--focus); }
.skip:focus { left: 0.5rem; z-index: 1; }
.sr { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.article p { margin: 0 0 1rem; }
mark.q { color: var(--text); padding: 0.05em 0.1em; border-radius: 2px; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.spk { font-size: 0.72rem; color: var(--ink); white-space: nowrap; margin-left: 0.15em; font-weight: 600; }
.spk .kl { font-weight: 400; }
.hg { text-underline-offset: 0.18em; text-decoration-thickness: 2px; text-decoration-color: #6b4e00; }
.hg-hedge { text-decoration-line: underline; text-decoration-style: dotted; }
.hg-booster { text-decoration-line: underline; text-decoration-style: double; }
.hg-hearsay { text-decoration-line: underline; text-decoration-style: wavy; }
.cm { display: inline-block; font: 600 0.62rem/1 system-ui, sans-serif; color: #3d3d3d; border: 1px solid #8a8a8a; border-radius: 3px; padding: 0.1em 0.25em; margin-right: 0.2em; vertical-align: 0.35em; cursor: help; }
.cm-fact { border-style: solid; }
.cm-mental-state { border-style: dashed; color: #63298a; border-color: #63298a; }
.cm-speculation { border-style: dotted; color: #7a4f00; border-color: #7a4f00; }
.cm-opinion { border-style: double; border-width: 3px; }
.cm-private { background: #fdf1e3; }
.cm-att { font-weight: 400; margin-left: 0.2em; }
.article p.caption { font: italic 0.92rem/1.5 system-ui, sans-serif; color: #3d3d3d; border-left: 4px solid var(--rule); padding: 0.3rem 0 0.3rem 0.75rem; }
.caption-tag { font-style: normal; font-size: 0.7rem; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); margin-right: 0.4em; }
.credit { font-style: normal; color: var(--muted); }
.legend { display: flex; flex-wrap: wrap; gap: 0.4rem 1.1rem; font-size: 0.85rem; padding: 0.75rem 0.9rem; background: #fafafa; border: 1px solid var(--rule); border-radius: 6px; list-style: none; margin: 0 0 1.25rem; }
.legend li { display: flex; align-items: center; gap: 0.35rem; }
.swatch { display: inline-block; width: 1.5rem; height: 0.95rem; border-radius: 2px; }
.score { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.25rem 1rem; }
.score .value { font-size: 2.6rem; font-weight: 700; line-height: 1; }
.score .outof { font-size: 1rem; font-weight: 400; }
.score .band { font-size: 1.05rem; font-weight: 600; }
.score .base { color: var(--muted); font-size: 0.9rem; }
.chart { width: 100%; max-width: 46rem; height: auto; margin: 1rem 0 0.5rem; font-family: system-ui, sans-serif; }
.chart .bar.pos { fill: var(--pos); }
.chart .bar.neg { fill: url(#hatch); stroke: var(--neg); stroke-width: 1; }
.chart text { fill: #1a1a1a; font-size: 12px; }
.chart .axis { stroke: #1a1a1a; stroke-width: 1; }
table { border-collapse: collapse; width: 100%; font-size: 0.88rem; margin: 0.5rem 0 1rem; }
caption { text-align: left; font-weight: 600; padding: 0.3rem 0; }
th, td { text-align: left; padding: 0.35rem 0.5rem; border-bottom: 1px solid var(--rule); vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.stats { display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap: 0.5rem; padding: 0; list-style: none; font: 0.9rem system-ui, sans-serif; }
.stats li { background: #fafafa; border: 1px solid var(--rule); border-radius: 6px; padding: 0.4rem 0.6rem; }
.stats b { display: block; font-size: 1.15rem; }
.checks { list-style: none; padding: 0; font-family: system-ui, sans-serif; font-size: 0.92rem; }
.checks li { border-left: 4px solid var(--rule); padding: 0.35rem 0 0.35rem 0.75rem; margin-bottom: 0.6rem; }
.checks .st-consistent { border-color: var(--pos); }
.checks .st-inconsistent { border-color: var(--neg); }
.status { font-weight: 700; }
.st-consistent .status { color: var(--pos); }
.st-inconsistent .status { color: var(--neg); }
.st-unverifiable .status { color: #3d3d3d; }
.checks q { font-style: italic; }
.empty { color: var(--muted); font-style: italic; }
${kindRules()}
@media print {
  body { font-size: 11pt; }
  .wrap { max-width: none; padding: 0; }
  .skip { display: none; }
  mark.q, .swatch, .chart .bar { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { break-after: avoid; }
  tr, .checks li, figure, svg { break-inside: avoid; }
  .meta a::after { content: ''; }
}
`;
