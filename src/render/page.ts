/**
 * The frame of every hearsay HTML page, the self-contained report (src/render/html.ts) and the web app's
 * pages (src/web/layout.ts) alike: one place for the doctype, the language, the charset, the phone-width
 * viewport and the skip link, so the two kinds of page cannot drift apart.
 */
import { esc } from './html-util.ts';

/** What differs between pages: the title, extra head lines, how styles arrive, the skip link and the body. */
export interface PageFrame {
  /** The whole title (escaped here). */
  readonly title: string;
  /** Head lines after the viewport, already HTML (e.g. a generator or referrer meta). */
  readonly meta: readonly string[];
  /** The styles line, already HTML: an inline `<style>` or a `<link rel="stylesheet">`. */
  readonly styles: string;
  /** Skip-link target id and label; the body must have an element with that id. */
  readonly skip: { readonly to: string; readonly label: string };
  /** The body's parts after the skip link, already HTML, one per line. */
  readonly body: readonly string[];
}

/** Renders a whole page, one part a line, ending with a newline. */
export const htmlPage = (p: PageFrame): string =>
  [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    ...p.meta,
    `<title>${esc(p.title)}</title>`,
    p.styles,
    '</head>',
    '<body>',
    `<a class="skip" href="#${esc(p.skip.to)}">${esc(p.skip.label)}</a>`,
    ...p.body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
