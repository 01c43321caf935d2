/**
 * Article extraction from an HTML page: junk removal, Readability, then plain text as blank-line separated
 * paragraphs. Figure captions stay paragraphs of their own with "(Credit: X)" appended, because that is
 * the shape the engine's caption stage recognises.
 */
import { Readability } from '@mozilla/readability';
import type { ArticleInput } from '../article.ts';
import { HearsayError } from '../errors.ts';
import type { Meta } from '../report/schema.ts';
import { err, ok, type Result } from '../result.ts';
import { collapse, type DomElement, type DomNode, isElement, parseDocument, TEXT_NODE } from './dom.ts';
import { removeJunk } from './html-clean.ts';
import { readMeta } from './html-meta.ts';

/** A figure caption's place in the extracted text, with its credit when the page gives one. */
export interface ExtractedCaption {
  readonly start: number;
  readonly end: number;
  readonly credit: string | null;
}

/** The article as plain text with its metadata and captions. */
export interface ExtractedArticle {
  readonly text: string;
  readonly meta: Meta;
  readonly captions: readonly ExtractedCaption[];
}

const BLOCKS = new Set(['P', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'LI', 'FIGCAPTION']);
/** Tags that end a run of loose text, so text on either side never fuses into one paragraph. */
const BREAKS = new Set([
  ...[
    'DIV',
    'SECTION',
    'ARTICLE',
    'MAIN',
    'HEADER',
    'UL',
    'OL',
    'DL',
    'DT',
    'DD',
    'FIGURE',
    'TABLE',
    'TR',
    'TD',
  ],
  ...['TH', 'TBODY', 'THEAD', 'PRE', 'ADDRESS', 'DETAILS', 'SUMMARY', 'HR', 'H1'],
]);
const SKIP = new Set([
  ...['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'BUTTON'],
  ...['TITLE', 'META', 'LINK', 'HEAD'],
]);
const CREDIT_SELECTOR =
  'cite, .credit, .image-credit, .photo-credit, [class*="credit"], [itemprop="copyrightHolder"]';
const CREDIT_PREFIX =
  /^\(?\s*(?:(?:photo(?:graph)?|image|picture|pic)s?\s*(?:credit)?|credits?|source)\s*[:\-–]?\s*/i;
const CREDIT_IN_TEXT = /\(\s*(?:credit|photo|picture|image|pic)s?:\s*([^)]+)\)\s*$/i;

const tagOf = (n: DomNode): string => n.nodeName.toUpperCase();

/**
 * Deepest element nesting kept before parsing. Real article pages nest 20–40 deep; a page of 2,000
 * nested <div>s took Readability 47 s (its cleaning is quadratic in depth), and deep trees overflow the
 * recursive walks below. Tags past the bound are dropped, their text kept.
 */
export const MAX_HTML_DEPTH = 128;
/** Readability gives up on documents with more elements than this; the page's article/main/body is read instead. */
export const MAX_ELEMS_TO_PARSE = 20_000;

/** Elements that never hold children, and those whose end tag may be left out: neither counts as nesting. */
const FLAT = new Set(
  'area base br col embed hr img input link meta param source track wbr p li dt dd tr td th option optgroup thead tbody tfoot colgroup caption rb rt rp'.split(
    ' ',
  ),
);
const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;

/** The page with tags nested deeper than `maxDepth` removed (their text kept), in one pass over the tags. */
export const boundDepth = (html: string, maxDepth = MAX_HTML_DEPTH): string => {
  let depth = 0;
  let dropped = false;
  const out = html.replace(TAG, (tag, close: string, name: string, selfClose: string) => {
    if (selfClose || FLAT.has(name.toLowerCase())) return tag;
    if (close) {
      depth = Math.max(0, depth - 1);
      return depth >= maxDepth ? '' : tag;
    }
    depth++;
    if (depth <= maxDepth) return tag;
    dropped = true;
    return '';
  });
  return dropped ? out : html;
};

/** Concatenates text below a node, reading <br> as a space and skipping the elements in `exclude`. */
const textOf = (node: DomNode, exclude: ReadonlySet<DomNode> = new Set()): string => {
  if (node.nodeType === TEXT_NODE) return node.textContent ?? '';
  if (!isElement(node) || exclude.has(node) || SKIP.has(tagOf(node))) return '';
  if (tagOf(node) === 'BR') return ' ';
  let s = '';
  for (const child of Array.from(node.childNodes)) s += textOf(child, exclude);
  return s;
};

const hasBlockInside = (el: DomElement): boolean =>
  el.querySelector('p, h2, h3, h4, h5, h6, blockquote, li, figcaption') !== null;

/** The caption text with its credit, which may sit inside the figcaption or beside it in the figure. */
const captionOf = (fc: DomElement): { text: string; credit: string | null } => {
  let figure: DomNode | null = fc.parentNode;
  while (figure && tagOf(figure) !== 'FIGURE') figure = figure.parentNode;
  const scope = figure && isElement(figure) ? figure : fc;
  const creditEls = Array.from(scope.querySelectorAll(CREDIT_SELECTOR));
  const credits = creditEls.map((el) =>
    collapse(textOf(el)).replace(CREDIT_PREFIX, '').replace(/\)$/, '').trim(),
  );
  const body = collapse(textOf(fc, new Set(creditEls)));
  const credit = credits.filter(Boolean).join(', ') || null;
  if (credit) return { text: collapse(`${body} (Credit: ${credit})`), credit };
  const inText = CREDIT_IN_TEXT.exec(body);
  return { text: body, credit: inText ? collapse(inText[1]!) : null };
};

interface Block {
  readonly text: string;
  readonly tag: string;
  readonly credit?: string | null;
}

/** Walks the article DOM in document order, emitting one block per paragraph-like element. */
const collectBlocks = (root: DomElement): Block[] => {
  const blocks: Block[] = [];
  let loose = '';
  const flush = (): void => {
    const t = collapse(loose);
    if (t) blocks.push({ text: t, tag: 'P' });
    loose = '';
  };
  const walk = (node: DomElement): void => {
    for (const child of Array.from(node.childNodes)) {
      if (!isElement(child)) {
        if (child.nodeType === TEXT_NODE) loose += child.textContent ?? '';
        continue;
      }
      const tag = tagOf(child);
      if (SKIP.has(tag) || tag === 'H1') continue;
      if (tag === 'FIGCAPTION') {
        flush();
        const c = captionOf(child);
        if (c.text) blocks.push({ text: c.text, tag, credit: c.credit });
      } else if (BLOCKS.has(tag) && !hasBlockInside(child)) {
        flush();
        const t = collapse(textOf(child));
        if (t) blocks.push({ text: t, tag });
      } else if (BLOCKS.has(tag) || BREAKS.has(tag) || hasBlockInside(child)) {
        flush();
        walk(child);
        flush();
      } else if (!child.matches(CREDIT_SELECTOR) || !insideFigure(child)) {
        loose += textOf(child);
      }
    }
  };
  walk(root);
  flush();
  return blocks;
};

const insideFigure = (el: DomNode): boolean => {
  for (let p = el.parentNode; p; p = p.parentNode) if (tagOf(p) === 'FIGURE') return true;
  return false;
};

const sameText = (a: string, b: string): boolean => {
  const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return norm(a) === norm(b);
};

/** Runs Readability on a cleaned copy of the page; falls back to the page's article/main/body when it gives up. */
const articleRoot = (html: string): { root: DomElement | null; byline: string | null } => {
  const doc = parseDocument(html);
  removeJunk(doc);
  try {
    const parsed = new Readability<DomElement>(doc as never, {
      keepClasses: true,
      maxElemsToParse: MAX_ELEMS_TO_PARSE,
      serializer: (n) => n as unknown as DomElement,
    }).parse();
    if (parsed?.content && collapse(textOf(parsed.content)))
      return { root: parsed.content, byline: parsed.byline ?? null };
  } catch {
    // Readability throws on some malformed trees; the fallback below still reads the page.
  }
  const again = parseDocument(html);
  removeJunk(again);
  return { root: again.querySelector('article') ?? again.querySelector('main') ?? again.body, byline: null };
};

/** Extracts the article text, metadata and captions from an HTML page; HS_NOT_AN_ARTICLE when no text is found. */
export const extractArticle = (page: string, baseUrl?: string): Result<ExtractedArticle, HearsayError> => {
  const where = baseUrl ?? 'the page';
  const html = boundDepth(page);
  try {
    const { root, byline } = articleRoot(html);
    const meta = readMeta(parseDocument(html), baseUrl, byline);
    let blocks = root ? collectBlocks(root) : [];
    const first = blocks[0];
    if (first && first.tag !== 'P' && meta.title && sameText(first.text, meta.title))
      blocks = blocks.slice(1);
    if (blocks.length === 0) return err(new HearsayError('HS_NOT_AN_ARTICLE', where));
    let text = '';
    const captions: ExtractedCaption[] = [];
    for (const b of blocks) {
      if (text) text += '\n\n';
      if (b.tag === 'FIGCAPTION')
        captions.push({ start: text.length, end: text.length + b.text.length, credit: b.credit ?? null });
      text += b.text;
    }
    return ok({ text, meta, captions });
  } catch {
    return err(new HearsayError('HS_NOT_AN_ARTICLE', where));
  }
};

/** What a caller knows of a page besides its HTML (a feed item's id, title and date). */
export interface PageFallback {
  readonly id?: string | null;
  readonly title?: string | null;
  readonly date?: string | null;
}

/** An article input read from a page: its text and metadata, its id, and its figure captions as hints. */
export type PageArticle = ArticleInput & { readonly id: string | null; readonly text: string };

/**
 * An HTML page as the engine's input: the one path from a page to an article for `feed`, `ingest` and
 * the queue's workers (as `analyze` and the server read pages), so each keeps the page's figure captions
 * (`captionHints`, left out when there are none). The page's title and date win over the fallback's; the
 * id is the fallback's, else the page's URL.
 */
export function pageArticle(
  html: string,
  url: string | undefined,
  fallback: PageFallback = {},
): Result<PageArticle, HearsayError> {
  const a = extractArticle(html, url);
  if (!a.ok) return a;
  const m = a.value.meta;
  return ok({
    ...m,
    id: fallback.id ?? url ?? null,
    text: a.value.text,
    title: m.title ?? fallback.title ?? null,
    date: m.date ?? fallback.date ?? null,
    ...(a.value.captions.length > 0 ? { captionHints: a.value.captions } : {}),
  });
}
