/**
 * What the terminal and Markdown views show, as data: the article with quotations marked, then
 * sections of rows (sources, people, claims, checks, score). Each view only decides how it looks.
 */
import { type Message, messages } from '../report/messages.ts';
import type { Claim, Hedge, Quote, Report, ReportSection } from '../report/schema.ts';

/** A section of the readable report. */
export interface Section {
  readonly heading: string;
  readonly rows: readonly (readonly string[])[];
  readonly header: readonly string[];
  readonly empty: string;
}

/** A point insertion into the text: a tag before or after a span. Ties: closers before openers. */
export interface Insert {
  readonly at: number;
  readonly text: string;
  readonly close: boolean;
}

/** How each view draws a quotation, a hedge and the start of a claim. */
export interface Marker {
  readonly quote: (q: Quote, n: number) => readonly [string, string];
  readonly hedge: (h: Hedge) => readonly [string, string];
  readonly claim: (c: Claim) => string;
}

// The messages of a report, listed once however many paragraphs are drawn.
const MESSAGES = new WeakMap<Report, readonly Message[]>();
const messagesOf = (r: Report): readonly Message[] => {
  let list = MESSAGES.get(r);
  if (!list) {
    list = messages(r);
    MESSAGES.set(r, list);
  }
  return list;
};

/** The sections whose messages the text views draw as marks, with their order at one position. */
const DRAWN: Partial<Record<ReportSection, number>> = { claims: 0, quotes: 1, hedges: 2 };

type RankedInsert = Insert & { rank: number; index: number };

/** The paragraph's text with quotations, hedges and claim types marked; `esc` applies to the text only. */
export function markParagraph(
  r: Report,
  span: { start: number; end: number },
  m: Marker,
  esc: (s: string) => string = (s) => s,
): string {
  return markParagraphs(r, [span], m, esc)[0]!;
}

/**
 * Every paragraph marked, in one pass, with marks drawn from the report's messages
 * (`src/report/messages.ts`): each message of a drawn section is put with the paragraph that holds it
 * (found by binary search), so the work is O(messages · log paragraphs), not paragraphs × messages.
 * Ties at one position: closers first, then claims, quotations, hedges. `spans` must be sorted and
 * disjoint, as `report.paragraphs` is.
 */
export function markParagraphs(
  r: Report,
  spans: readonly { start: number; end: number }[],
  m: Marker,
  esc: (s: string) => string = (s) => s,
): string[] {
  const buckets: RankedInsert[][] = spans.map(() => []);
  const home = (x: { start: number; end: number }): RankedInsert[] | null => {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (spans[mid]!.start <= x.start) lo = mid;
      else hi = mid - 1;
    }
    const p = spans[lo];
    return p && x.start >= p.start && x.end <= p.end ? buckets[lo]! : null;
  };
  for (const msg of messagesOf(r)) {
    const { section, index } = msg.ref;
    const rank = DRAWN[section];
    if (rank === undefined) continue;
    const s = msg.span;
    const b = home(s);
    if (!b) continue;
    const put = (marks: readonly [string, string] | string): void => {
      if (typeof marks === 'string') b.push({ at: s.start, text: marks, close: false, rank, index });
      else
        b.push(
          { at: s.start, text: marks[0], close: false, rank, index },
          { at: s.end, text: marks[1], close: true, rank, index },
        );
    };
    if (section === 'claims') put(m.claim(r.claims![index]!));
    else if (section === 'quotes') put(m.quote(r.quotes![index]!, index + 1));
    else put(m.hedge(r.hedges![index]!));
  }
  return spans.map((span, k) => {
    const inserts = buckets[k]!;
    inserts.sort(
      (a, b) => a.at - b.at || Number(b.close) - Number(a.close) || a.rank - b.rank || a.index - b.index,
    );
    let out = '';
    let pos = span.start;
    for (const ins of inserts) {
      out += esc(r.text.slice(pos, ins.at)) + ins.text;
      pos = ins.at;
    }
    return out + esc(r.text.slice(pos, span.end));
  });
}

/** Short tags for claim content types, shown at the start of each claim (a private fact is PRIV). */
export const CLAIM_TAG: Record<Claim['content'], string> = {
  fact: 'FACT',
  'mental-state': 'MIND',
  speculation: 'SPEC',
  opinion: 'OPIN',
};

/** "FACT", "PRIV ← anonymous": a claim's type tag with the kind of source it rests on. */
export function claimTag(c: Claim): string {
  const tag = c.content === 'fact' && c.checkable === 'private' ? 'PRIV' : (CLAIM_TAG[c.content] ?? 'SPEC');
  return c.attribution ? `${tag} ← ${c.attribution.kind}` : tag;
}

/** Describes a quotation's speaker in a few words: "an insider (anonymous), cue “tells”, to Woman's Day". */
export function speakerLine(r: Report, q: Quote): string {
  const via =
    q.speaker.via === 'cue' ? `cue “${q.cue ? r.text.slice(q.cue.start, q.cue.end) : ''}”` : q.speaker.via;
  const flags = q.flags.length ? ` [${q.flags.join(', ')}]` : '';
  const listener = q.listener ? `, told to ${q.listener}` : '';
  return `${q.speaker.name} (${q.speaker.kind}; ${q.kind}; ${via}${listener})${flags}`;
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;
const clip = (s: string, n = 70): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s).replace(/\s+/g, ' ');

/** What a section says when the preset that made the report did not compute it. */
export const NOT_COMPUTED = 'Not computed by the preset that made this report.';

/** A section the report lacks: its heading, no rows, and why. */
const absent = (heading: string): Section => ({ heading, header: [], rows: [], empty: NOT_COMPUTED });

/** The sections after the article, in reading order; a section the preset did not compute says so. */
export function sections(r: Report): Section[] {
  const s = r.summary;
  const score = r.score;
  return [
    !s
      ? absent('Who says so')
      : {
          heading: 'Who says so',
          header: ['measure', 'value'],
          rows: [
            ['quotations', String(s.quotes)],
            ['quoted words', `${s.quotedWords} of ${s.words} (${pct(s.quotedShare)})`],
            ['from anonymous or unnamed sources', pct(s.anonymousShare)],
            ['named sources', String(s.namedSources)],
            ['anonymous sources', String(s.anonymousSources)],
            [
              'claims',
              `${s.claims} (${
                Object.entries(s.claimsByType)
                  .map(([k, v]) => `${v} ${k}`)
                  .join(', ') || 'none'
              })`,
            ],
            ['mind-reading about people not quoted', String(s.unquotedMindReading)],
            ['private facts', String(s.privateFacts)],
            [
              'unverifiable gossip (private facts and mind-reading on anonymous or no sources)',
              pct(s.unverifiableGossip),
            ],
          ],
          empty: '',
        },
    !r.sources
      ? absent('Sources')
      : {
          heading: 'Sources',
          header: ['id', 'kind', 'name', 'quotes', 'mentions'],
          rows: (r.sources ?? []).map((x) => [
            x.id,
            x.kind,
            x.name,
            String(x.quotes),
            x.mentions.map((m) => r.text.slice(m.start, m.end)).join('; '),
          ]),
          empty: 'No sources cited.',
        },
    !r.entities
      ? absent('People and other entities')
      : {
          heading: 'People and other entities',
          header: ['id', 'kind', 'name', 'mentions'],
          rows: (r.entities ?? []).map((e) => [e.id, e.kind, e.name, String(e.mentions.length)]),
          empty: 'None found.',
        },
    !r.claims
      ? absent('Claims')
      : {
          heading: 'Claims',
          header: ['content', 'checkable', 'rests on', 'voice', 'claim', 'why'],
          rows: (r.claims ?? []).map((c) => [
            c.content,
            c.checkable ?? '',
            c.attribution
              ? `${r.sources?.find((x) => x.id === c.attribution!.sourceId)?.name ?? '?'} (${c.attribution.kind})`
              : 'none',
            c.voice,
            clip(r.text.slice(c.start, c.end)),
            c.reason,
          ]),
          empty: 'No claims typed.',
        },
    !r.checks
      ? absent('Consistency checks')
      : {
          heading: 'Consistency checks',
          header: ['status', 'kind', 'text', 'detail'],
          rows: (r.checks ?? []).map((c) => [
            c.status,
            c.kind,
            clip(r.text.slice(c.span.start, c.span.end), 40),
            c.detail,
          ]),
          empty: 'Nothing to check.',
        },
    !score
      ? absent('Score')
      : {
          heading: `Score: ${score.value}/10 (${score.band})`,
          header: ['signal', 'points', 'reason'],
          rows: score.signals.map((x) => [
            x.id,
            `${x.contribution >= 0 ? '+' : ''}${x.contribution.toFixed(1)}`,
            x.reason,
          ]),
          empty: 'No signals.',
        },
  ];
}
