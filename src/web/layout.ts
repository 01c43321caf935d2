/**
 * The web app's page frame: one stylesheet from this origin (the report's styles plus the app's), a skip
 * link, a navigation bar, and no script at all, so an article can never run code in the page.
 */
import { esc } from '../render/html-util.ts';
import { htmlPage } from '../render/page.ts';

/** Where the stylesheet is served. */
export const CSS_PATH = '/assets/app.css';

/** A page: title, optional current nav item, and the body HTML (already escaped by whoever built it). */
export interface Page {
  readonly title: string;
  readonly body: string;
  readonly nav?: 'check' | 'outlets' | 'quotes' | 'stories' | 'docs';
  /** Set when the corpus pages are available (a store is open). */
  readonly corpus: boolean;
  /** Skip-link target; the page must have an element with this id. */
  readonly skipTo?: string;
}

const NAV: ReadonlyArray<readonly [NonNullable<Page['nav']>, string, string, boolean]> = [
  ['check', '/', 'Check an article', false],
  ['outlets', '/outlets', 'Outlets', true],
  ['quotes', '/quotes', 'Quotations', true],
  ['stories', '/stories', 'Stories', true],
  ['docs', '/docs', 'API', false],
];

/** Renders a whole page. */
export const layout = (p: Page): string => {
  const items = NAV.filter(([, , , needsCorpus]) => p.corpus || !needsCorpus)
    .map(
      ([key, href, label]) =>
        `<li><a href="${href}"${p.nav === key ? ' aria-current="page"' : ''}>${esc(label)}</a></li>`,
    )
    .join('');
  return htmlPage({
    title: `${p.title} · hearsay`,
    meta: ['<meta name="referrer" content="no-referrer">'],
    styles: `<link rel="stylesheet" href="${CSS_PATH}">`,
    skip: { to: p.skipTo ?? 'content', label: 'Skip to the content' },
    body: [
      '<nav class="app-nav" aria-label="hearsay">',
      `<a class="brand" href="/">hearsay</a><ul>${items}</ul>`,
      '</nav>',
      p.body,
    ],
  });
};

/** A main element holding a page's own content. */
export const main = (inner: string): string =>
  `<main id="content" class="wrap" tabindex="-1">\n${inner}\n</main>`;

/** A coded error as a box the screen reader announces. */
export const problemBox = (e: { readonly code: string; readonly message: string }): string =>
  `<div class="problem" role="alert"><p><code>${esc(e.code)}</code> ${esc(e.message)}</p></div>`;
