/**
 * Messages: every finding of a report as one flat record `{stage, rule, span, detail}`, as vfile lists
 * a linter's findings, so a tool (or a renderer) can walk all of them without knowing each section's
 * shape. Rule ids are stable: `RULES` lists every id with the stage that gives it and what it means,
 * and ARCHITECTURE.md's rule table is generated from it. Findings without a span in the text
 * (clickbait title patterns, readability) are not messages; they stay in their sections.
 */
import {
  Check,
  ClaimContent,
  DateMention,
  Entity,
  Hedge,
  Quote,
  type Report,
  type ReportSection,
  ScareQuote,
  SourceKind,
  type Span,
} from './schema.ts';

/** One finding: the stage that made it, its rule id, where it is and what it says. */
export interface Message {
  readonly stage: string;
  readonly rule: string;
  readonly span: Span;
  readonly detail: string;
  /** The finding behind the message: its report section and index there (for views that need more). */
  readonly ref: { readonly section: ReportSection; readonly index: number };
}

/** A documented rule: the stage that gives it and what a message of it means. */
export interface Rule {
  readonly stage: string;
  readonly about: string;
}

/** "a" or "an" before a word. */
const an = (w: string): string => `${/^[aeiou]/.test(w) ? 'an' : 'a'} ${w}`;

const rules = <K extends string>(
  stage: string,
  ids: readonly K[],
  rule: (id: K) => string,
  about: (id: K) => string,
): [string, Rule][] => ids.map((id) => [rule(id), { stage, about: about(id) }]);

/** Every rule id a message can carry, in report order. */
export const RULES: ReadonlyMap<string, Rule> = new Map([
  ['caption', { stage: 'captions', about: 'a photo caption; detail: its credit' }],
  ...rules(
    'quotes',
    Quote.shape.kind.options,
    (k) => `quote-${k}`,
    (k) => `${an(k)} quotation; detail: its speaker and source kind (the attribution stages fill them)`,
  ),
  ...rules(
    'quotes',
    ScareQuote.shape.kind.options,
    (k) => `${k}-quote`,
    (k) => `quotation marks around a ${k === 'scare' ? 'scare quote' : 'title'}, not a quotation`,
  ),
  ...rules(
    'sources',
    SourceKind.options,
    (k) => `source-${k}`,
    (k) => `a mention of ${an(k)} source; detail: its name`,
  ),
  ...rules(
    'entities',
    Entity.shape.kind.options,
    (k) => `entity-${k}`,
    (k) => `a mention of ${an(k)}; detail: its name`,
  ),
  ...rules(
    'claims',
    ClaimContent.options,
    (k) => `claim-${k}`,
    (k) => `a claim whose content is ${k}; detail: why`,
  ),
  ...rules(
    'hedges',
    Hedge.shape.kind.options,
    (k) => k,
    (k) => `${an(k)} word or phrase`,
  ),
  ['emotive', { stage: 'language', about: 'an emotive word' }],
  ['superlative', { stage: 'language', about: 'a superlative' }],
  ['all-caps', { stage: 'language', about: 'a word in capitals' }],
  ['exclamation', { stage: 'language', about: 'an exclamation mark' }],
  ...rules(
    'dates',
    DateMention.shape.precision.options,
    (k) => `date-${k}`,
    (k) => `a date resolved to a ${k}; detail: the resolution and its rule`,
  ),
  ...Check.shape.kind.options.flatMap((kind) =>
    rules(
      'checks',
      Check.shape.status.options,
      (s) => `${kind}-${s}`,
      (s) => `${an(kind)} check found ${s}; detail: why`,
    ),
  ),
  [
    'signal',
    { stage: 'score', about: 'evidence of a score signal; detail: the signal id, points and reason' },
  ],
]);

const bare = (s: { start: number; end: number }): Span => ({ start: s.start, end: s.end });

/** Every finding of a report as a message, in text order (ties: report order). */
export function messages(r: Report): Message[] {
  const out: Message[] = [];
  let section: ReportSection = 'captions';
  let index = 0;
  const add = (stage: string, rule: string, span: Span, detail: string): void => {
    out.push({ stage, rule, span: bare(span), detail, ref: { section, index } });
  };
  /** Walks one section, pointing each message at the finding it comes from. */
  const each = <T>(s: ReportSection, list: readonly T[] | undefined, f: (x: T) => void): void => {
    section = s;
    (list ?? []).forEach((x, i) => {
      index = i;
      f(x);
    });
  };
  each('captions', r.captions, (c) => add('captions', 'caption', c, c.credit ?? ''));
  each('quotes', r.quotes, (q) =>
    add('quotes', `quote-${q.kind}`, q, `${q.speaker.name} (${q.speaker.kind})`),
  );
  each('scareQuotes', r.scareQuotes, (s) => add('quotes', `${s.kind}-quote`, s, ''));
  each('sources', r.sources, (s) => {
    for (const m of s.mentions) add('sources', `source-${s.kind}`, m, s.name);
  });
  each('entities', r.entities, (e) => {
    for (const m of e.mentions) add('entities', `entity-${e.kind}`, m, e.name);
  });
  each('claims', r.claims, (c) => add('claims', `claim-${c.content}`, c, c.reason));
  each('hedges', r.hedges, (h) => add('hedges', h.kind, h, h.agentless ? 'agentless' : ''));
  const lang = r.language;
  if (lang) {
    each('language', lang.emotive, (s) => add('language', 'emotive', s, ''));
    each('language', lang.superlatives, (s) => add('language', 'superlative', s, ''));
    each('language', lang.allCaps, (s) => add('language', 'all-caps', s, ''));
    each('language', lang.exclamations, (s) => add('language', 'exclamation', s, ''));
  }
  each('dates', r.dates, (d) =>
    add('dates', `date-${d.precision}`, d, `${d.resolved ?? 'unresolved'} (${d.rule})`),
  );
  each('checks', r.checks, (c) => add('checks', `${c.kind}-${c.status}`, c.span, c.detail));
  each('score', r.score?.signals, (s) => {
    const points = `${s.contribution >= 0 ? '+' : ''}${s.contribution.toFixed(1)}`;
    for (const e of s.evidence) add('score', 'signal', e, `${s.id} ${points}: ${s.reason}`);
  });
  // a stable sort: text order, report order among equals
  return out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}
