/**
 * The report schema, defined once. The TypeScript types (`Report`, `Quote`, …) and the JSON Schema
 * (`npm run schema` → schema/report.schema.json) both derive from these zod definitions.
 */
import { z } from 'zod';

/** Version of the report format; bump on any breaking change to the shape below. */
export const SCHEMA_VERSION = '1.0.0';

/** A half-open range `[start, end)` in UTF-16 code units into `report.text`. */
export const Span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
/** A span into `report.text`. */
export type Span = z.infer<typeof Span>;

/** Article metadata, from the input record, a front-matter block or the leading date marker. */
export const Meta = z.object({
  date: z.string().nullable().describe('Publication date, YYYY-MM-DD'),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  byline: z.string().nullable(),
});
/** Article metadata. */
export type Meta = z.infer<typeof Meta>;

/** Who a source is: a named person, an anonymous insider, a document, … */
export const SourceKind = z.enum([
  'named-person',
  'named-organization',
  'anonymous',
  'unnamed-media',
  'document',
  'outlet',
  'unknown',
]);
/** Kind of a source. */
export type SourceKind = z.infer<typeof SourceKind>;

/** How a quotation got its speaker. */
export const AttributionVia = z.enum(['cue', 'inherited', 'continuation', 'pronoun', 'none']);
/** How a quotation got its speaker. */
export type AttributionVia = z.infer<typeof AttributionVia>;

/** Flags a quotation can carry. */
export const QuoteFlag = z.enum([
  'unclosed', // opened and never closed: ends at its paragraph
  'unopened', // closed with no opening mark
  'continued', // runs on into the next paragraph
  'continuation', // continues the quotation of the previous paragraph
  'floating', // no cue nearby: speaker taken from an adjacent quotation
  'single-marks', // delimited by single quotation marks (‘…’)
  'agentless', // reported with no one to say it ("is said to")
]);
/** A quotation flag. */
export type QuoteFlag = z.infer<typeof QuoteFlag>;

/** The speaker of a quotation as the text gives it. */
export const Speaker = z.object({
  name: z.string().describe('Canonical name of the source, e.g. "an insider" or "Kim Kardashian"'),
  kind: SourceKind,
  mention: Span.nullable().describe('Where the text names the speaker for this quotation, if it does'),
  via: AttributionVia,
});
/** The speaker of a quotation. */
export type Speaker = z.infer<typeof Speaker>;

/** A quotation: direct (in marks), indirect (reported speech) or mixed (reported speech with a quoted fragment). */
export const Quote = z.object({
  id: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  kind: z.enum(['direct', 'indirect', 'mixed']),
  speaker: Speaker,
  sourceId: z.string().nullable(),
  cue: Span.nullable().describe('The reporting verb or phrase: "tells", "says", "according to"'),
  listener: z.string().nullable().describe('Whom it was told to: "tells Woman\'s Day" → "Woman\'s Day"'),
  listenerSpan: Span.nullable(),
  continues: z
    .string()
    .nullable()
    .describe('Id of the quotation this one continues (a quotation run across paragraphs)'),
  flags: z.array(QuoteFlag),
  words: z.number().int(),
});
/** A quotation. */
export type Quote = z.infer<typeof Quote>;

/** Quotation marks that do not open a quotation: scare quotes, titles, headings, related-story lines. */
export const ScareQuote = z.object({
  start: z.number().int(),
  end: z.number().int(),
  kind: z.enum(['scare', 'title', 'heading', 'related']),
  reason: z
    .string()
    .describe('Why these marked words are not a quotation, in a sentence a reader understands'),
});
/** A scare quote or a quoted title. */
export type ScareQuote = z.infer<typeof ScareQuote>;

/** A source: everyone and everything the article cites. */
export const Source = z.object({
  id: z.string(),
  kind: SourceKind,
  name: z.string(),
  mentions: z.array(Span),
  quotes: z
    .number()
    .int()
    .describe('Number of quotations given to this source (0: cited without quoted words)'),
  entityId: z.string().nullable(),
  media: z
    .boolean()
    .optional()
    .describe(
      'A news outlet cited as the source of a claim ("according to TMZ"), not the publication itself',
    ),
});
/** A source. */
export type Source = z.infer<typeof Source>;

/** A photo caption with its credit. */
export const Caption = z.object({
  start: z.number().int(),
  end: z.number().int(),
  credit: z.string().nullable(),
  creditSpan: Span.nullable(),
});
/** A photo caption. */
export type Caption = z.infer<typeof Caption>;

/** A sentence, with the paragraph it belongs to. */
export const Sentence = z.object({
  start: z.number().int(),
  end: z.number().int(),
  paragraph: z.number().int(),
});
/** A sentence. */
export type Sentence = z.infer<typeof Sentence>;

/** A person, organization, place, event or work the article talks about. */
export const Entity = z.object({
  id: z.string(),
  kind: z.enum(['person', 'organization', 'place', 'event', 'work']),
  name: z.string(),
  mentions: z.array(Span),
  kbId: z.string().nullable(),
  gender: z.enum(['female', 'male']).nullable(),
});
/** An entity. */
export type Entity = z.infer<typeof Entity>;

/** Hedges weaken a claim, boosters strengthen it, hearsay cues report it with no one behind it. */
export const Hedge = z.object({
  start: z.number().int(),
  end: z.number().int(),
  kind: z.enum(['hedge', 'booster', 'hearsay']),
  agentless: z.boolean().describe('A hearsay cue with no agent at all ("is said to", "reportedly")'),
});
/** A hedge, booster or hearsay cue. */
export type Hedge = z.infer<typeof Hedge>;

/** The type of a claim. */
export const ClaimType = z.enum(['fact', 'mental-state', 'speculation', 'opinion', 'reported']);
/** The type of a claim. */
export type ClaimType = z.infer<typeof ClaimType>;

/** A claim: a sentence or clause that asserts something, typed by how it could be known. */
export const Claim = z.object({
  id: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  voice: z.enum(['author', 'quoted']),
  sourceId: z.string().nullable(),
  quoteId: z.string().nullable(),
  type: ClaimType,
  about: z.array(z.string()),
  hedges: z.array(Span),
  boosters: z.array(Span),
  reason: z.string(),
});
/** A claim. */
export type Claim = z.infer<typeof Claim>;

/** Sensational wording and other signals of style. */
export const Language = z.object({
  emotive: z.array(Span),
  superlatives: z.array(Span),
  allCaps: z.array(Span),
  exclamations: z.array(Span),
  clickbait: z.array(z.object({ pattern: z.string(), reason: z.string() })),
  readability: z.object({ fleschReadingEase: z.number(), wordsPerSentence: z.number() }),
});
/** Style findings. */
export type Language = z.infer<typeof Language>;

/** A date expression resolved against the article's date. */
export const DateMention = z.object({
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  resolved: z.string().nullable().describe('YYYY-MM-DD, YYYY-MM, YYYY or START/END for a range'),
  precision: z.enum(['day', 'month', 'year', 'range']),
  rule: z.string().describe('Which resolution rule applied'),
});
/** A resolved date. */
export type DateMention = z.infer<typeof DateMention>;

/** A consistency check on a checkable fact. */
export const Check = z.object({
  kind: z.enum(['age', 'relation', 'event-date', 'weekday', 'age-conflict', 'future-event']),
  status: z.enum(['consistent', 'inconsistent', 'unverifiable']),
  span: Span,
  detail: z.string().describe('Why, in a sentence a reader understands'),
  evidence: z.array(z.string()),
});
/** A consistency check. */
export type Check = z.infer<typeof Check>;

/** One explained signal of the score. */
export const Signal = z.object({
  id: z.string(),
  value: z.number(),
  weight: z.number(),
  contribution: z.number().describe('Points of the 0–10 score this signal adds (negative: takes away)'),
  reason: z.string(),
  evidence: z.array(Span),
});
/** A score signal. */
export type Signal = z.infer<typeof Signal>;

/** The 0–10 rating of how well the article supports its claims. */
export const Score = z.object({
  value: z.number().min(0).max(10),
  band: z.enum(['well supported', 'partly supported', 'likely unreliable']),
  base: z.number().describe('The score of an average article; base + Σ contributions = value'),
  model: z.string(),
  signals: z.array(Signal),
});
/** The score. */
export type Score = z.infer<typeof Score>;

/** Totals a reader wants at a glance. */
export const Summary = z.object({
  words: z.number().int(),
  quotes: z.number().int(),
  quotedWords: z.number().int(),
  quotedShare: z.number().describe("Share of the article's words inside quotations"),
  anonymousShare: z.number().describe('Share of quotations given to anonymous or unnamed sources'),
  namedSources: z.number().int(),
  anonymousSources: z.number().int(),
  sourcesByKind: z.record(z.string(), z.number().int()),
  claims: z.number().int(),
  claimsByType: z.record(z.string(), z.number().int()),
  claimSupport: z.object({ anonymous: z.number(), named: z.number(), none: z.number() }),
  unquotedMindReading: z
    .number()
    .int()
    .describe('Mental-state claims about people who are not themselves quoted'),
  hedgesPer100Words: z.number(),
  emotivePer100Words: z.number(),
});
/** Summary totals. */
export type Summary = z.infer<typeof Summary>;

/**
 * The sections of a report, in order. Each is given by one stage; a report holds a section only when
 * its preset ran the stage that gives it (the `spine` preset has no claims, checks, summary or score).
 */
export const REPORT_SECTIONS = [
  'paragraphs',
  'sentences',
  'captions',
  'quotes',
  'scareQuotes',
  'sources',
  'entities',
  'claims',
  'hedges',
  'language',
  'dates',
  'checks',
  'score',
  'summary',
] as const;
/** The name of a report section. */
export type ReportSection = (typeof REPORT_SECTIONS)[number];

const sections = {
  paragraphs: z.array(Span),
  sentences: z.array(Sentence),
  captions: z.array(Caption),
  quotes: z.array(Quote),
  scareQuotes: z.array(ScareQuote),
  sources: z.array(Source),
  entities: z.array(Entity),
  claims: z.array(Claim),
  hedges: z.array(Hedge),
  language: Language,
  dates: z.array(DateMention),
  checks: z.array(Check),
  score: Score,
  summary: Summary,
} satisfies Record<ReportSection, z.ZodType>;

const header = {
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().nullable(),
  text: z.string(),
  meta: Meta,
};

const optionalSections = Object.fromEntries(
  Object.entries(sections).map(([k, v]) => [
    k,
    v.optional().describe('Absent when the preset that made the report does not compute it'),
  ]),
) as { [K in ReportSection]: z.ZodOptional<(typeof sections)[K]> };

/**
 * The report: everything hearsay found in one article. Every section is optional: a section is present
 * exactly when the preset computed it, so a missing score means "not computed", never "average".
 */
export const Report = z.object({ ...header, ...optionalSections });
/** The report (sections the preset did not compute are absent). */
export type Report = z.infer<typeof Report>;

/** A report with every section: what the `standard` preset gives. */
export const FullReport = z.object({ ...header, ...sections });
/** A report with every section. */
export type FullReport = z.infer<typeof FullReport>;

/** True when the report holds every section (it came from the `standard` preset or one as complete). */
export const isFullReport = (r: Report): r is FullReport => REPORT_SECTIONS.every((k) => r[k] !== undefined);
