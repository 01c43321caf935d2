/**
 * What the terminal and Markdown views show, as data: the article with quotations marked, then
 * sections of rows (sources, people, claims, checks, score). Each view only decides how it looks.
 */
import type { Claim, Hedge, Quote, Report } from '../report/schema.ts';

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

/** The paragraph's text with quotations, hedges and claim types marked by point insertions. */
export function markParagraph(r: Report, span: { start: number; end: number }, m: Marker): string {
  const inserts: Insert[] = [];
  const within = (x: { start: number; end: number }): boolean => x.start >= span.start && x.end <= span.end;
  for (const c of r.claims ?? [])
    if (within(c)) inserts.push({ at: c.start, text: m.claim(c), close: false });
  (r.quotes ?? []).forEach((q, i) => {
    if (!within(q)) return;
    const [open, close] = m.quote(q, i + 1);
    inserts.push({ at: q.start, text: open, close: false }, { at: q.end, text: close, close: true });
  });
  for (const h of r.hedges ?? []) {
    if (!within(h)) continue;
    const [open, close] = m.hedge(h);
    inserts.push({ at: h.start, text: open, close: false }, { at: h.end, text: close, close: true });
  }
  inserts.sort((a, b) => a.at - b.at || Number(b.close) - Number(a.close));
  let out = '';
  let pos = span.start;
  for (const ins of inserts) {
    out += r.text.slice(pos, ins.at) + ins.text;
    pos = ins.at;
  }
  return out + r.text.slice(pos, span.end);
}

/** Short tags for claim types, shown at the start of each claim. */
export const CLAIM_TAG: Record<Claim['type'], string> = {
  fact: 'FACT',
  'mental-state': 'MIND',
  speculation: 'SPEC',
  opinion: 'OPIN',
  reported: 'REPT',
};

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
          header: ['type', 'voice', 'claim', 'why'],
          rows: (r.claims ?? []).map((c) => [c.type, c.voice, clip(r.text.slice(c.start, c.end)), c.reason]),
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
