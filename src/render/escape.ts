/**
 * Output safety (issue 16): an article is hostile text. In a terminal its control characters could clear
 * the screen, write the clipboard (OSC 52) or reverse the line (bidi overrides); in Markdown its `<`, `[`
 * and `javascript:` would become HTML and links in whatever renders the file.
 */

/** U+2400 + code: the Control Pictures block shows each C0 character as a visible glyph. */
const CONTROL_PICTURES = 0x2400;
const DEL_PICTURE = 0x2421;
/** C1 controls and directional formatting characters have no picture; they become U+FFFD, also one unit. */
const REPLACEMENT = 0xfffd;

/** Characters a terminal would act on rather than show: C0 (but tab and newline), DEL, C1, bidi controls. */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const picture = (c: string): string => {
  const code = c.charCodeAt(0);
  if (code === 13) return ' '; // a lone carriage return would overwrite the line; CRLF wraps the same
  if (code < 0x20) return String.fromCharCode(CONTROL_PICTURES + code);
  if (code === 0x7f) return String.fromCharCode(DEL_PICTURE);
  return String.fromCharCode(REPLACEMENT);
};

/**
 * The string with every terminal control character shown as a visible one of the same length (ESC
 * becomes ␛, so `ESC[2J` prints as the harmless text `␛[2J`): spans into the text stay valid.
 */
export const visible = (s: string): string => (UNSAFE.test(s) ? s.replace(UNSAFE, picture) : s);

/** One line for stderr: `visible`, with newlines and tabs (which could fake another message) as ␤ and ␉. */
export const visibleLine = (s: string): string =>
  visible(s).replace(/\n/g, '\u2424').replace(/\t/g, '\u2409');

/** A copy of a value with every string in it made `visible`, for views that print report fields. */
export function deepVisible<T>(value: T): T {
  if (typeof value === 'string') return visible(value) as T;
  if (Array.isArray(value)) return value.map(deepVisible) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = deepVisible(v);
    return out as T;
  }
  return value;
}

const MD_SPECIAL = /[\\`*_[\]<>#|~!&]/g;
const MD_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Text made inert in Markdown: HTML and entities as literal text, no emphasis, links, images or tables
 * from the article; a line that would open a heading, quote or list is escaped at its start.
 */
export const mdText = (s: string): string =>
  s
    .replace(MD_SPECIAL, (c) => MD_ESCAPES[c] ?? `\\${c}`)
    .replace(/^([ \t]*)([-+=])/gm, '$1\\$2')
    .replace(/^([ \t]*\d+)([.)])/gm, '$1\\$2')
    .replace(/(?<![\w/])(javascript|vbscript|data|file):/gi, '$1\\:');

/** A link only when the URL is http(s); anything else (`javascript:`, `data:`) is shown as inert text. */
export const mdLink = (url: string): string => {
  let u: URL | null = null;
  try {
    u = new URL(url);
  } catch {
    u = null;
  }
  if (u && (u.protocol === 'http:' || u.protocol === 'https:') && !/[\s<>]/.test(url)) return `<${u.href}>`;
  return mdText(url);
};
