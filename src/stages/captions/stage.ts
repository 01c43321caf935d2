/**
 * Photo captions and credits: "(Credit: Getty)", "Photo: Instagram", "Image via Backgrid". A caption
 * paragraph is kept out of quotations and claims, and its credit recorded.
 */
import type { CaptionHint, Doc } from '../../pipeline/doc.ts';
import { defineStage } from '../../pipeline/stage.ts';
import { z } from 'zod';
import type { Caption } from '../../report/schema.ts';

// Bounded character classes and a tail-only search: no backtracking blow-up on long paragraphs.
const TRAILING =
  /[([]\s*(?:photo(?:graph)?s?|images?|pictures?|pics?|credits?|source|courtesy(?: of)?)\s*(?:[:\-–—]|by|via)?\s*([^()[\]\n]{1,80})[)\]]\s*$/i;
const AGENCY_TAIL =
  /[([]\s*((?:Getty|Shutterstock|Alamy|AP|Reuters|AFP|Backgrid|Splash|Instagram|PA|Rex|WireImage|Mega)[^()[\]\n]{0,60})[)\]]\s*$/;
const LEADING = /^(?:photo(?:graph)?s?|images?|pictures?|credits?|pics?)\s*(?::|by|via)\s*(.{1,80})$/i;
// A photographer or source and an agency alone on their line: "Kevin Lane/Getty Images", "REX/Shutterstock"
const SLASH_LINE = /^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} ?\/ ?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}$/;
const VIA = /\b(?:image|photo|picture)s?\s+(?:via|courtesy of|by)\s+([^.()\n]{1,60})\.?\s*$/i;

/** The captions stage's thresholds. */
export const CaptionOptions = z.object({
  maxLength: z
    .number()
    .int()
    .positive()
    .default(400)
    .describe('Longest paragraph (UTF-16 units) read as a caption: a longer one ending in a credit is prose'),
  tailLength: z
    .number()
    .int()
    .positive()
    .default(160)
    .describe(
      'How many UTF-16 units at the end of a paragraph the trailing-credit patterns read ("… (Photo: Getty)"): a credit, its label and brackets must fit in them',
    ),
  leadingMaxLength: z
    .number()
    .int()
    .positive()
    .default(100)
    .describe(
      'Longest paragraph read as a leading credit line ("Photo: Getty Images"); a longer one is prose',
    ),
});
/** The captions stage's options. */
export type CaptionOptions = z.output<typeof CaptionOptions>;
/** The default options. */
export const CAPTION_DEFAULTS: CaptionOptions = CaptionOptions.parse({});

/**
 * Recognises a caption in one paragraph and returns its credit, or null if it is not a caption. The
 * trailing patterns read only the paragraph's last `tailLength` units (a credit is at most 80, its
 * label and brackets about 20), which also bounds their cost on a long paragraph.
 */
export function captionCredit(
  par: string,
  o: Pick<CaptionOptions, 'tailLength' | 'leadingMaxLength'> = CAPTION_DEFAULTS,
): { credit: string; offset: number } | null {
  const tail = par.length > o.tailLength ? par.slice(-o.tailLength) : par;
  const base = par.length - tail.length;
  for (const re of [TRAILING, AGENCY_TAIL, VIA]) {
    const m = re.exec(tail);
    if (m?.[1]) {
      const credit = m[1].trim();
      return { credit, offset: base + m.index + m[0].indexOf(credit) };
    }
  }
  if (par.length <= o.leadingMaxLength) {
    const m = LEADING.exec(par);
    if (m?.[1]) {
      const credit = m[1].trim();
      return { credit, offset: m[0].lastIndexOf(credit) };
    }
    const line = par.trim();
    if (SLASH_LINE.test(line)) return { credit: line, offset: par.indexOf(line) };
  }
  return null;
}

/** A caption the extractor found: the credit's span is where its text appears in the caption. */
function fromHint(doc: Doc, h: CaptionHint): Caption {
  const at = h.credit ? doc.text.lastIndexOf(h.credit, h.end - h.credit.length) : -1;
  const inside = at >= h.start && h.credit !== null;
  return {
    start: h.start,
    end: h.end,
    credit: h.credit,
    creditSpan: inside ? { start: at, end: at + h.credit!.length } : null,
  };
}

function run(doc: Doc, o: CaptionOptions): { captions: Caption[] } {
  const hints = doc.captionHints ?? [];
  const captions: Caption[] = hints.map((h) => fromHint(doc, h));
  for (const p of doc.paragraphs) {
    // a paragraph the extractor already called a caption is not read again
    if (hints.some((h) => h.start < p.end && p.start < h.end)) continue;
    // captions are short: a long paragraph ending in a credit is still prose
    if (p.end - p.start > o.maxLength) continue;
    const par = doc.text.slice(p.start, p.end);
    const c = captionCredit(par, o);
    if (!c) continue;
    const creditStart = p.start + c.offset;
    captions.push({
      start: p.start,
      end: p.end,
      credit: c.credit,
      creditSpan: { start: creditStart, end: creditStart + c.credit.length },
    });
  }
  return { captions: hints.length ? captions.sort((a, b) => a.start - b.start) : captions };
}

/** Finds photo captions and their credits. */
export const captionsStage = defineStage({
  name: 'captions',
  about: 'Photo captions and their credits',
  needs: ['paragraphs'],
  gives: ['captions'],
  options: CaptionOptions,
  run,
});
