/**
 * The web app's stylesheet: the HTML report's own styles (so an article looks exactly as in
 * `hearsay analyze --format html`) followed by the app's: navigation, forms, corpus charts and tables.
 * Colours are dark on light (contrast ≥ 4.5:1); every chart has a data table beside it.
 */
import { CSS } from '../render/html-css.ts';

const APP = `
.app-nav { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1.5rem; padding: 0.6rem 1.25rem; border-bottom: 1px solid var(--rule); background: #f6f7f9; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
.app-nav .brand { font-weight: 700; font-size: 1.1rem; color: var(--text); text-decoration: none; }
.app-nav ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1.1rem; list-style: none; margin: 0; padding: 0; }
.app-nav a { padding: 0.2rem 0.1rem; }
.app-nav a[aria-current="page"] { font-weight: 700; text-decoration-thickness: 3px; }
form.check { font-family: system-ui, sans-serif; display: grid; gap: 0.6rem; margin: 1rem 0 1.5rem; }
form.check label { font-weight: 600; }
form.check textarea, form.check input[type="url"], form.check input[type="text"], form.check input[type="date"], form.check select, .filters input, .filters select { width: 100%; font: 1rem/1.4 system-ui, sans-serif; padding: 0.5rem; border: 1px solid #767676; border-radius: 4px; }
form.check textarea { min-height: 12rem; }
form.check .row { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: 0.6rem; }
button, .button { font: 600 1rem system-ui, sans-serif; background: var(--focus); color: #fff; border: 0; border-radius: 4px; padding: 0.55rem 1.1rem; cursor: pointer; justify-self: start; text-decoration: none; display: inline-block; }
fieldset { border: 1px solid var(--rule); border-radius: 6px; padding: 0.75rem 1rem 1rem; margin: 0; }
legend { font-weight: 600; padding: 0 0.3rem; }
.or { font-family: system-ui, sans-serif; color: var(--muted); margin: 0.2rem 0; }
.problem { font-family: system-ui, sans-serif; border-left: 4px solid var(--neg); background: #fdf1f0; padding: 0.6rem 0.9rem; }
.problem code { font-weight: 700; }
.share { font-family: system-ui, sans-serif; font-size: 0.95rem; }
.notice { font-family: system-ui, sans-serif; border-left: 4px solid var(--pos); background: #eef7f0; padding: 0.6rem 0.9rem; }
button.quiet { background: #fff; color: var(--focus); border: 1px solid var(--focus); margin-top: 1.5rem; }
.filters { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: 0.6rem; align-items: end; font-family: system-ui, sans-serif; margin: 1rem 0; }
.filters label { display: grid; gap: 0.2rem; font-size: 0.9rem; font-weight: 600; }
figure.fig { margin: 1rem 0 2rem; }
figure.fig figcaption { font: 600 1rem system-ui, sans-serif; margin-bottom: 0.4rem; }
svg.bars { width: 100%; max-width: 46rem; height: auto; font-family: system-ui, sans-serif; }
svg.bars text { fill: #1a1a1a; font-size: 12px; }
svg.bars .bar { fill: #1f4a94; }
svg.bars .bar.anon { fill: #a8231b; }
svg.bars .bar.mind { fill: #63298a; }
svg.bars .axis { stroke: #1a1a1a; stroke-width: 1; }
svg.bars a:focus-visible rect { stroke: #000; stroke-width: 2; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: 0.75rem; padding: 0; list-style: none; font-family: system-ui, sans-serif; }
.cards li { border: 1px solid var(--rule); border-radius: 6px; padding: 0.6rem 0.8rem; }
.trail { list-style: none; padding: 0; font-family: system-ui, sans-serif; }
.trail li { border-left: 4px solid var(--rule); padding: 0.4rem 0 0.4rem 0.8rem; margin-bottom: 0.7rem; }
.trail li.first { border-color: var(--pos); }
.trail .credit-no { color: var(--neg); font-weight: 600; }
.trail .credit-yes { color: var(--pos); font-weight: 600; }
.pager { font-family: system-ui, sans-serif; margin: 1rem 0; }
.docs pre { background: #f6f7f9; border: 1px solid var(--rule); padding: 0.6rem; overflow-x: auto; font-size: 0.8rem; max-height: 24rem; }
.docs h3 code { font-size: 1rem; }
.method { display: inline-block; min-width: 3.5rem; font: 700 0.8rem system-ui, sans-serif; color: #fff; background: #1d6131; border-radius: 3px; padding: 0.1rem 0.4rem; text-align: center; }
.method.post { background: #1f4a94; }
.table-wrap { overflow-x: auto; }
@media (max-width: 36rem) {
  body { font-size: 16px; }
  .wrap { padding: 1rem 0.8rem 2rem; }
  .spk { white-space: normal; }
  /* wide tables scroll inside the page instead of widening it */
  main table { display: block; overflow-x: auto; max-width: 100%; }
  td, th { word-break: break-word; }
}
@media print {
  .app-nav, form.check, .filters, .pager, .share { display: none; }
  a { color: inherit; }
}
`;

/** The whole stylesheet served at /assets/app.css. */
export const APP_CSS = `${CSS}\n${APP}`;
