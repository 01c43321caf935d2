/**
 * Turns raw input into an `Article`: the exact text plus metadata. Plain text may carry a leading
 * `date YYYY-MM-DD` marker (as magazine exports do) or a `---` front-matter block; the text is kept
 * whole so that every span still points into what the user gave, and the body starts after them.
 */
import { HearsayError } from './errors.ts';
import type { Article, CaptionHint } from './pipeline/doc.ts';
import type { Meta } from './report/schema.ts';
import { err, ok, type Result } from './result.ts';

/** Metadata a caller may give next to the text; given values win over what the text declares. */
export interface ArticleInput {
  readonly id?: string | null;
  readonly text: string;
  readonly title?: string | null;
  readonly date?: string | null;
  readonly outlet?: string | null;
  readonly url?: string | null;
  readonly byline?: string | null;
  /** Captions an extractor found, as offsets into `text` (HTML figures). */
  readonly captionHints?: readonly CaptionHint[];
}

const DATE_MARKER = /^\s*date\s+(\d{4}-\d{2}-\d{2})[ \t]*/;
const FRONT_KEYS = new Set(['title', 'date', 'outlet', 'url', 'byline', 'author']);

/** Checks a YYYY-MM-DD string names a real calendar day. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Normalises a date given as metadata (ISO date or date-time) to YYYY-MM-DD, or null if unusable. */
export function normaliseDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const head = s.trim().slice(0, 10);
  return isIsoDate(head) ? head : null;
}

function frontMatter(
  text: string,
): Result<{ end: number; fields: Record<string, string> } | null, HearsayError> {
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  if (!open) return ok(null);
  const fields: Record<string, string> = {};
  let pos = open[0].length;
  while (pos < text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    const line = text.slice(pos, eol).replace(/\r$/, '');
    if (/^---\s*$/.test(line)) return ok({ end: Math.min(eol + 1, text.length), fields });
    const kv = /^([A-Za-z]+):\s*(.*)$/.exec(line);
    if (kv?.[1] && FRONT_KEYS.has(kv[1].toLowerCase())) {
      // YAML-style quoting: strip the quotes only when they wrap the whole value
      const raw = (kv[2] ?? '').trim();
      const quoted = raw.length >= 2 && (raw[0] === '"' || raw[0] === "'") && raw.at(-1) === raw[0];
      fields[kv[1].toLowerCase()] = quoted ? raw.slice(1, -1) : raw;
    } else if (line.trim() !== '' && !kv) {
      return err(new HearsayError('HS_BAD_FRONT_MATTER', `line "${line.slice(0, 40)}" is not "key: value"`));
    }
    pos = eol + 1;
  }
  return err(new HearsayError('HS_BAD_FRONT_MATTER', 'add a closing "---" line after the metadata'));
}

/** Reads an article: metadata from the caller, the front matter or the date marker, in that order. */
export function parseArticle(input: ArticleInput): Result<Article, HearsayError> {
  const text = input.text;
  let bodyStart = 0;
  const found: Record<string, string> = {};
  const fm = frontMatter(text);
  if (!fm.ok) return fm;
  if (fm.value) {
    bodyStart = fm.value.end;
    Object.assign(found, fm.value.fields);
  } else {
    const m = DATE_MARKER.exec(text);
    if (m?.[1]) {
      bodyStart = m[0].length;
      found.date = m[1];
    }
  }
  while (bodyStart < text.length && /\s/.test(text[bodyStart] ?? '')) bodyStart++;
  const rawDate = input.date ?? found.date ?? null;
  const date = normaliseDate(rawDate);
  if (rawDate && !date) return err(new HearsayError('HS_BAD_DATE', JSON.stringify(rawDate)));
  const meta: Meta = {
    date,
    title: input.title ?? found.title ?? null,
    outlet: input.outlet ?? found.outlet ?? null,
    url: input.url ?? found.url ?? null,
    byline: input.byline ?? found.byline ?? found.author ?? null,
  };
  const hints = input.captionHints?.filter((c) => c.start >= 0 && c.start < c.end && c.end <= text.length);
  return ok({
    id: input.id ?? null,
    text,
    bodyStart,
    meta,
    ...(hints?.length ? { captionHints: hints } : {}),
  });
}
