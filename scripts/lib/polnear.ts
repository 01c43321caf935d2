/**
 * The PolNeAR corpus (Newell, Margolin, Ruths, LREC 2018) as laid out in shared/data/polnear:
 *
 *   polnear/{train,dev}/text/NAME.txt                 the article, read as stored
 *   polnear/{train,dev}/attributions/NAME_ANNO.ann    brat standoff, one file per annotator (ANNO = 4 hex)
 *
 * Each attribution is an event `E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1` (or
 * `Attribution-no-source:…` with no Source); a few carry a second content part as `Content2`.
 * Offsets come as code points and are returned here in UTF-16 code units, ready for JavaScript strings.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { codePointToUtf16, parseBrat, type Range, toUtf16 } from './brat.ts';
import { normalizeRanges } from './spans.ts';

/** One gold attribution relation, spans in UTF-16 code units into the document text. */
export interface GoldAttribution {
  /** Event id in the .ann file, e.g. "E3". */
  readonly id: string;
  /** "Attribution" or "Attribution-no-source". */
  readonly type: string;
  /** Content fragments (Content and Content2 parts), sorted and merged. */
  readonly content: readonly Range[];
  /** Source fragments, or null when the attribution has none. */
  readonly source: readonly Range[] | null;
  /** Cue fragments, or null when the attribution has none. */
  readonly cue: readonly Range[] | null;
}

/** One annotated document. */
export interface PolnearDoc {
  /** File stem of the text, e.g. "breitbart_2016-09-12_stealth-over-health-hillary-clin". */
  readonly name: string;
  /** Annotator id taken from the .ann file name. */
  readonly annotator: string;
  /** Every annotator who annotated this text (several for a few texts). */
  readonly annotators: readonly string[];
  /** The text exactly as stored. */
  readonly text: string;
  readonly attributions: readonly GoldAttribution[];
  /** Text-bound annotations whose stored text differs from the document at their offsets. */
  readonly mismatches: number;
  /** Unreadable .ann lines and dangling references. */
  readonly problems: readonly string[];
}

/** Options for `readPolnear`. */
export interface ReadOptions {
  /** Keep one .ann per text (the annotator id sorting first) or every annotator's file. */
  readonly annotators?: 'first' | 'all';
  /** Stop after this many texts (in name order). */
  readonly limit?: number;
}

const ANN = /^(.*)_([0-9a-f]{4})\.ann$/;

/** The directory of one split, or null if it is not there. */
export function splitDir(root: string, split: string): string | null {
  const dir = path.join(root, split);
  return existsSync(path.join(dir, 'text')) && existsSync(path.join(dir, 'attributions')) ? dir : null;
}

/** Reads a split's documents, deterministic order (text name, then annotator). */
export function readPolnear(dir: string, opts: ReadOptions = {}): PolnearDoc[] {
  const byText = new Map<string, string[]>();
  for (const f of readdirSync(path.join(dir, 'attributions')).sort()) {
    const m = ANN.exec(f);
    if (!m) continue;
    const list = byText.get(m[1]!) ?? [];
    list.push(m[2]!);
    byText.set(m[1]!, list);
  }
  const names = [...byText.keys()].sort();
  const docs: PolnearDoc[] = [];
  for (const name of names.slice(0, opts.limit ?? names.length)) {
    const textPath = path.join(dir, 'text', `${name}.txt`);
    if (!existsSync(textPath)) continue;
    const text = readFileSync(textPath, 'utf8');
    const annotators = byText.get(name)!;
    const chosen = opts.annotators === 'all' ? annotators : annotators.slice(0, 1);
    for (const annotator of chosen) {
      const ann = readFileSync(path.join(dir, 'attributions', `${name}_${annotator}.ann`), 'utf8');
      docs.push({ name, annotator, annotators, text, ...goldFromAnn(text, ann) });
    }
  }
  return docs;
}

/** Extracts the attributions of one .ann file, in UTF-16 offsets into `text`. */
export function goldFromAnn(
  text: string,
  ann: string,
): { attributions: GoldAttribution[]; mismatches: number; problems: string[] } {
  const brat = parseBrat(ann);
  const conv = codePointToUtf16(text);
  const problems = [...brat.problems];
  let mismatches = 0;
  const spansOf = new Map<string, Range[]>();
  for (const tb of brat.textBounds.values()) {
    const spans = tb.spans.map((s) => toUtf16(s, conv));
    spansOf.set(tb.id, spans);
    const stored = spans.map((s) => text.slice(s.start, s.end)).join(' ');
    if (stored !== tb.text) mismatches++;
  }
  const attributions: GoldAttribution[] = [];
  for (const ev of brat.events) {
    if (!ev.type.startsWith('Attribution')) continue;
    const content: Range[] = [];
    const source: Range[] = [];
    const cue: Range[] = [];
    for (const a of ev.args) {
      const spans = spansOf.get(a.ref);
      if (!spans) {
        problems.push(`${ev.id}: ${a.role} refers to missing ${a.ref}`);
        continue;
      }
      if (a.role.startsWith('Content')) content.push(...spans);
      else if (a.role.startsWith('Source')) source.push(...spans);
      else if (a.role.startsWith('Cue')) cue.push(...spans);
    }
    if (content.length === 0) {
      problems.push(`${ev.id}: attribution without content`);
      continue;
    }
    attributions.push({
      id: ev.id,
      type: ev.type,
      content: normalizeRanges(content),
      source: source.length > 0 ? normalizeRanges(source) : null,
      cue: cue.length > 0 ? normalizeRanges(cue) : null,
    });
  }
  return { attributions, mismatches, problems };
}
