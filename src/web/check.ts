/**
 * "Check an article": a form (paste the text, or give a link) and the annotated article it produces. The
 * article view is the CLI's HTML report itself, set inside the app's frame, so the web app shows exactly the
 * findings of `hearsay analyze --format html`: quotations coloured by source kind with their speakers,
 * claims, hedges, checks, the score and its signals.
 */
import type { HearsayError } from '../errors.ts';
import { renderHtml } from '../render/html.ts';
import { esc } from '../render/html-util.ts';
import type { Report } from '../report/schema.ts';
import { problemBox } from './layout.ts';

/** What the form was filled with, to show it again after an error. */
export interface CheckForm {
  readonly text?: string;
  readonly url?: string;
  readonly title?: string;
  readonly date?: string;
  readonly outlet?: string;
  /** The reading: `standard` (celebrity and tabloid news) or `news` (political and hard news). */
  readonly preset?: string;
}

/** The readings the form offers, as the CLI's `--preset` names them, with what each is for. */
export const FORM_PRESETS: readonly (readonly [value: 'standard' | 'news', label: string])[] = [
  ['standard', 'Celebrity and entertainment news: quotations as the tabloid reader counts them'],
  ['news', 'Political and hard news: also reported speech, beliefs and intentions without quotation marks'],
];

const presetSelect = (value: string | undefined): string =>
  [
    '<div><label for="preset">Kind of article</label>',
    '<select id="preset" name="preset">',
    ...FORM_PRESETS.map(
      ([v, label]) =>
        `<option value="${v}"${(value ?? 'standard') === v ? ' selected' : ''}>${esc(label)}</option>`,
    ),
    '</select></div>',
  ].join('');

const field = (id: string, label: string, type: string, value: string | undefined, extra = ''): string =>
  `<div><label for="${id}">${esc(label)}</label>` +
  `<input id="${id}" name="${id}" type="${type}" value="${esc(value ?? '')}"${extra}></div>`;

/** The check form; `error` is shown above it as a problem box the screen reader announces. */
export const checkForm = (f: CheckForm = {}, error?: HearsayError): string =>
  [
    '<h1>Check an article</h1>',
    '<p>Paste an article, or give a link to one, and see who says so: every quotation with its speaker, anonymous sources, claims, hedges, checks and a score.</p>',
    error ? problemBox(error) : '',
    '<form class="check" method="post" action="/check">',
    '<div><label for="text">Article text</label>',
    `<textarea id="text" name="text" aria-describedby="text-help">${esc(f.text ?? '')}</textarea>`,
    '<p id="text-help" class="meta">Plain text; a <code>---</code> front-matter block with title, date and outlet is read too.</p></div>',
    '<p class="or">or</p>',
    field('url', 'Link to the article', 'url', f.url, ' inputmode="url" placeholder="https://…"'),
    '<fieldset><legend>About the article (optional)</legend><div class="row">',
    field('title', 'Title', 'text', f.title),
    field('date', 'Publication date', 'date', f.date),
    field('outlet', 'Outlet', 'text', f.outlet),
    '</div>',
    presetSelect(f.preset),
    '</fieldset>',
    '<button type="submit">Check the article</button>',
    '</form>',
  ].join('\n');

/** The body of the CLI's report page: its header, score, annotated article, checks and sources. */
export const reportBody = (report: Report): string => {
  const page = renderHtml(report);
  const from = page.indexOf('<body>');
  const to = page.lastIndexOf('</body>');
  if (from < 0 || to < from) return '';
  // the app's frame has its own skip link, placed before the navigation
  return page.slice(from + '<body>'.length, to).replace(/<a class="skip" href="#article">[^<]*<\/a>/, '');
};

/** The annotated article, with a link back to the form and, for a stored article, its shareable link. */
export const reportView = (report: Report, share?: string): string =>
  [
    reportBody(report),
    '<aside class="wrap share" aria-label="More">',
    share ? `<p>Shareable link to this article: <a href="${esc(share)}">${esc(share)}</a></p>` : '',
    '<p><a href="/">Check another article</a></p>',
    '</aside>',
  ].join('\n');
