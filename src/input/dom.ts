/**
 * The few DOM members hearsay touches, typed here because the project compiles without the DOM lib
 * and linkedom's own types lean on it; parsing goes through one function so the cast lives in one place.
 */
import { parseHTML } from 'linkedom';

/** A DOM node as linkedom gives it. */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly parentNode: DomNode | null;
  /** linkedom rebuilds this array on every read: read it once per loop, never per index. */
  readonly childNodes: ArrayLike<DomNode>;
}

/** A DOM element as linkedom gives it. */
export interface DomElement extends DomNode {
  readonly tagName: string;
  readonly id: string;
  readonly className: string;
  readonly children: ArrayLike<DomElement>;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  matches(selector: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
}

/** A parsed document as linkedom gives it. */
export interface DomDocument {
  readonly documentElement: DomElement;
  readonly body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

/** Node type of an element. */
export const ELEMENT_NODE = 1;
/** Node type of a text node. */
export const TEXT_NODE = 3;

/**
 * linkedom builds no implied <html>/<body> the way a browser does, so a page or fragment without an
 * explicit <body> is given the skeleton first; otherwise its content would sit outside `document.body`.
 */
const withSkeleton = (html: string): string => {
  if (/<body[\s>]/i.test(html)) return html;
  let head = '';
  const rest = html
    .replace(/<head[\s>][\s\S]*?<\/head>/i, (h) => {
      head = h.replace(/^<head[^>]*>|<\/head>$/gi, '');
      return '';
    })
    .replace(/<!doctype[^>]*>|<\/?html[^>]*>/gi, '');
  return `<!DOCTYPE html><html><head>${head}</head><body>${rest}</body></html>`;
};

/** Parses an HTML page or fragment into a linkedom document. */
export const parseDocument = (html: string): DomDocument =>
  (parseHTML(withSkeleton(html)) as unknown as { document: DomDocument }).document;

/** Tells elements from other nodes without trusting `instanceof` across realms. */
export const isElement = (node: DomNode): node is DomElement => node.nodeType === ELEMENT_NODE;

/** Squeezes runs of whitespace (non-breaking spaces too) to one space and trims. */
export const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();
