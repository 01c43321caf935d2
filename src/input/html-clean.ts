/**
 * Removes page furniture before Readability sees the page: Readability scores by text density, and a
 * long "related stories" list or newsletter box can outscore a short celebrity item.
 */
import { collapse, type DomDocument, type DomElement } from './dom.ts';

const JUNK_TAGS = 'nav, aside, footer, form, iframe, script, style, noscript, template, button, svg, dialog';
const JUNK_ROLES = '[role="navigation"], [role="complementary"], [role="contentinfo"], [hidden]';

/**
 * Matched against single tokens of class and id (split at spaces, dashes, underscores and camelCase humps),
 * never substrings: "ad" must catch `ad-slot` without catching `header`, `shadow` or `loaded`.
 */
const JUNK_TOKEN =
  /^(ads?|ad(slot|unit|box|banner|container|wrapper|block|zone)s?|advert\w*|advertis\w*|dfp|gpt|sponsored|promos?|promo\w+|related|share\w*|sharing|social\w*|newsletters?|newsletter\w+|signup|subscribe|cookies?|cookie\w+|consent|gdpr|outbrain\w*|taboola\w*|recirc\w*|recirculation|paywall|popup|modal|comments?)$/i;

const tokens = (s: string): string[] =>
  s
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[\s_-]+/)
    .filter(Boolean);

const isJunkByName = (el: DomElement): boolean =>
  tokens(`${el.className ?? ''} ${el.id ?? ''}`).some((t) => JUNK_TOKEN.test(t));

const textLength = (el: DomElement | null): number => collapse(el?.textContent ?? '').length;

/** Never removes the page's skeleton, nor an element holding most of the text (a mislabelled wrapper). */
const PROTECTED = new Set(['HTML', 'BODY', 'MAIN']);

/** Strips ads, navigation, share bars, related links, cookie banners and scripts from the document in place. */
export const removeJunk = (doc: DomDocument): void => {
  for (const el of Array.from(doc.querySelectorAll(`${JUNK_TAGS}, ${JUNK_ROLES}`))) el.remove();
  const total = textLength(doc.body);
  for (const el of Array.from(doc.querySelectorAll('[class], [id]'))) {
    if (PROTECTED.has(el.tagName.toUpperCase()) || !isJunkByName(el)) continue;
    if (total > 200 && textLength(el) > total * 0.5) continue;
    el.remove();
  }
};
