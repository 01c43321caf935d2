/**
 * A reader for brat standoff annotations (`.ann` files), as PolNeAR ships them.
 *
 *   T1\tSource 89 106\tThe New York Post                 text-bound annotation (span or spans)
 *   T9\tContent 315 448;463 553\t“One …” “Yesterday …”   discontinuous span: fragments joined by ';'
 *   E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1      event: trigger T4, then role:id arguments
 *   R1\tCoref Arg1:T1 Arg2:T2                            relation
 *   A1\tNegated E1 [value]                               attribute on an annotation
 *   N1\tReference T1 db:id\ttext   #1\tAnnotatorNotes T1\tnote
 *
 * Offsets are brat's: Python string indices, i.e. Unicode code points, half-open `[start, end)`.
 * `codePointToUtf16` converts them to JavaScript string indices (UTF-16 code units).
 */

/** A half-open range `[start, end)`. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** A text-bound annotation: `T1\tType 10 20;25 30\ttext`. */
export interface BratTextBound {
  readonly id: string;
  readonly type: string;
  /** One fragment, or several for a discontinuous span, in file order. */
  readonly spans: readonly Range[];
  /** The covered text as written in the file (fragments joined by a space). */
  readonly text: string;
}

/** One argument of an event or relation: `Role:ID`. */
export interface BratArg {
  readonly role: string;
  readonly ref: string;
}

/** An event: `E1\tType:T4 Role:T3 Role2:T2`; `trigger` is null when the event has none. */
export interface BratEvent {
  readonly id: string;
  readonly type: string;
  readonly trigger: string | null;
  readonly args: readonly BratArg[];
}

/** A relation: `R1\tType Arg1:T1 Arg2:T2`. */
export interface BratRelation {
  readonly id: string;
  readonly type: string;
  readonly args: readonly BratArg[];
}

/** An attribute: `A1\tType T1` (binary) or `A1\tType T1 Value`. */
export interface BratAttribute {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly value: string | null;
}

/** A note or normalization line (`#…`, `N…`), kept raw. */
export interface BratNote {
  readonly id: string;
  readonly body: string;
  readonly text: string | null;
}

/** A parsed `.ann` file. */
export interface BratDocument {
  readonly textBounds: ReadonlyMap<string, BratTextBound>;
  readonly events: readonly BratEvent[];
  readonly relations: readonly BratRelation[];
  readonly attributes: readonly BratAttribute[];
  readonly notes: readonly BratNote[];
  /** Lines that could not be read, with their 1-based line number. */
  readonly problems: readonly string[];
}

function parseArg(token: string): BratArg | null {
  const colon = token.lastIndexOf(':');
  if (colon <= 0 || colon === token.length - 1) return null;
  return { role: token.slice(0, colon), ref: token.slice(colon + 1) };
}

/** Parses `10 20;25 30` into ranges; null if malformed. */
export function parseSpans(s: string): Range[] | null {
  const out: Range[] = [];
  for (const frag of s.split(';')) {
    const m = /^\s*(\d+)\s+(\d+)\s*$/.exec(frag);
    if (!m) return null;
    const start = Number(m[1]);
    const end = Number(m[2]);
    if (end < start) return null;
    out.push({ start, end });
  }
  return out.length > 0 ? out : null;
}

/** Parses the content of a `.ann` file. Never throws: unreadable lines go to `problems`. */
export function parseBrat(ann: string): BratDocument {
  const textBounds = new Map<string, BratTextBound>();
  const events: BratEvent[] = [];
  const relations: BratRelation[] = [];
  const attributes: BratAttribute[] = [];
  const notes: BratNote[] = [];
  const problems: string[] = [];
  const lines = ann.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (line.trim() === '') continue;
    const tab = line.indexOf('\t');
    const id = tab < 0 ? line.trim() : line.slice(0, tab);
    const rest = tab < 0 ? '' : line.slice(tab + 1);
    const bad = (why: string): void => {
      problems.push(`line ${i + 1}: ${why}: ${line.slice(0, 80)}`);
    };
    switch (id[0]) {
      case 'T': {
        const tab2 = rest.indexOf('\t');
        const head = tab2 < 0 ? rest : rest.slice(0, tab2);
        const space = head.indexOf(' ');
        if (space < 0) {
          bad('text-bound annotation without offsets');
          break;
        }
        const spans = parseSpans(head.slice(space + 1));
        if (!spans) {
          bad('bad offsets');
          break;
        }
        textBounds.set(id, {
          id,
          type: head.slice(0, space),
          spans,
          text: tab2 < 0 ? '' : rest.slice(tab2 + 1),
        });
        break;
      }
      case 'E': {
        const tokens = rest.trim().split(/\s+/).filter(Boolean);
        const first = tokens.shift();
        if (!first) {
          bad('empty event');
          break;
        }
        const trig = parseArg(first);
        const args: BratArg[] = [];
        for (const t of tokens) {
          const a = parseArg(t);
          if (a) args.push(a);
          else bad(`bad event argument "${t}"`);
        }
        events.push({ id, type: trig ? trig.role : first, trigger: trig ? trig.ref : null, args });
        break;
      }
      case 'R': {
        const tokens = rest.trim().split(/\s+/).filter(Boolean);
        const type = tokens.shift();
        if (!type) {
          bad('empty relation');
          break;
        }
        const args = tokens.map(parseArg).filter((a): a is BratArg => a !== null);
        relations.push({ id, type, args });
        break;
      }
      case 'A':
      case 'M': {
        const tokens = rest.trim().split(/\s+/).filter(Boolean);
        const [type, target, value] = tokens;
        if (!type || !target) {
          bad('bad attribute');
          break;
        }
        attributes.push({ id, type, target, value: value ?? null });
        break;
      }
      case '#':
      case 'N': {
        const tab2 = rest.indexOf('\t');
        notes.push({
          id,
          body: tab2 < 0 ? rest : rest.slice(0, tab2),
          text: tab2 < 0 ? null : rest.slice(tab2 + 1),
        });
        break;
      }
      default:
        bad('unknown annotation kind');
    }
  }
  return { textBounds, events, relations, attributes, notes, problems };
}

/**
 * Returns a function mapping a code-point offset (brat, Python) to a UTF-16 offset (JavaScript) in
 * `text`. Identity when the text has no astral characters (surrogate pairs).
 */
export function codePointToUtf16(text: string): (cp: number) => number {
  if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) return (cp) => cp;
  const table: number[] = [];
  let u = 0;
  for (const ch of text) {
    table.push(u);
    u += ch.length;
  }
  table.push(u);
  return (cp) => (cp <= 0 ? 0 : cp >= table.length ? u + (cp - (table.length - 1)) : table[cp]!);
}

/** Converts a range of code points to UTF-16 units with a converter from `codePointToUtf16`. */
export function toUtf16(range: Range, conv: (cp: number) => number): Range {
  return { start: conv(range.start), end: conv(range.end) };
}
