/**
 * Query and response shapes of the corpus routes, in zod: handlers validate queries with them, the OpenAPI
 * document derives from them, and the tests parse real answers with them (strict objects), so a change in
 * the store's answers shows up as a failing test rather than a wrong document.
 */
import { z } from 'zod';
import { SourceKind } from '../../report/schema.ts';

const day = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'write dates as YYYY-MM-DD or YYYY-MM')
  .describe('YYYY-MM-DD or YYYY-MM, inclusive');

/** Filters every corpus question takes. */
export const FilterQuery = z.object({
  outlet: z.string().max(200).optional().describe('Any name or domain of the outlet'),
  since: day.optional(),
  until: day.optional(),
  person: z.string().max(200).optional().describe('Only articles that name this person'),
});

const score = z.coerce.number().min(0).max(10);

/** `GET /v1/articles` query: filters, source kind, score range and the cursor. */
export const ArticlesQuery = FilterQuery.extend({
  sourceKind: SourceKind.optional().describe('Only articles quoting a source of this kind'),
  minScore: score.optional(),
  maxScore: score.optional(),
  cursor: z.string().max(2000).optional().describe('The `next` of the previous page'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
}).strict();

/** A query with filters and a limit. */
export const LimitQuery = FilterQuery.extend({
  limit: z.coerce.number().int().min(1).max(200).default(20),
}).strict();

/** A query with filters only. */
export const FiltersOnly = FilterQuery.strict();

/** `?format=` of the single-article route. */
export const ArticleQuery = z
  .object({ format: z.enum(['json', 'html', 'md', 'text']).default('json') })
  .strict();

const ref = {
  id: z.string(),
  outlet: z.string(),
  outletName: z.string(),
  date: z.string().nullable(),
  title: z.string().nullable(),
  url: z.string().nullable(),
};
/** Where a figure comes from: an article. */
export const ArticleRef = z.object(ref).strict();

/** One stored article's figures. */
export const ArticleSummary = z
  .object({
    ...ref,
    score: z.number().nullable(),
    band: z.string().nullable(),
    words: z.number(),
    quotes: z.number(),
    claims: z.number(),
    schemaVersion: z.string(),
  })
  .strict();

/** A page of articles. */
export const ArticlePage = z
  .object({ items: z.array(ArticleSummary), next: z.string().nullable().describe('Cursor of the next page') })
  .strict();

const share = z.number().nullable();
const figures = {
  articles: z.number(),
  quotes: z.number(),
  quotesPerArticle: z.number(),
  quotedWords: z.number(),
  anonymousQuotedShare: share.describe('Share of quoted words given to anonymous or unnamed sources'),
  namedSourcesPerArticle: z.number(),
  claims: z.number(),
  privateUnbackedShare: share.describe(
    'Share of claims that read minds or tell private facts and rest on anonymous or no sources',
  ),
  agentlessPerArticle: z.number(),
  inconsistentChecks: z.number(),
  scored: z.number(),
  medianScore: z.number().nullable(),
};

/** One outlet in one month. */
export const OutletMonth = z
  .object({ outlet: z.string(), name: z.string(), month: z.string().nullable(), ...figures })
  .strict();

/** One outlet over the whole period (sums of its months; the median is the scored-weighted middle month). */
export const OutletTotal = z
  .object({ outlet: z.string(), name: z.string(), months: z.number(), ...figures })
  .strict();

/** `GET /v1/outlets`. */
export const OutletsAnswer = z
  .object({ outlets: z.array(OutletTotal), months: z.array(OutletMonth) })
  .strict();

/** A source most quoted by an outlet. */
export const SourceUse = z
  .object({
    outlet: z.string(),
    outletName: z.string(),
    side: z.enum(['anonymous', 'named']),
    kind: z.string(),
    source: z.string(),
    articles: z.number(),
    quotes: z.number(),
    quotedWords: z.number(),
  })
  .strict();

/** `GET /v1/sources`. */
export const SourcesAnswer = z.object({ items: z.array(SourceUse) }).strict();

/** `GET /v1/outlets/{outlet}`. */
export const OutletAnswer = z
  .object({
    outlet: OutletTotal,
    months: z.array(OutletMonth),
    sources: z.array(SourceUse),
    articles: ArticlePage,
  })
  .strict();

const side = z.enum(['named', 'anonymous', 'none']);
/** `GET /v1/people/{name}`. */
export const PersonProfile = z
  .object({
    query: z.string(),
    names: z.array(z.string()),
    articles: z.number(),
    claims: z.number(),
    table: z.array(z.object({ content: z.string(), source: side, claims: z.number() }).strict()),
    examples: z.array(
      z
        .object({
          article: ArticleRef,
          content: z.string(),
          checkable: z.string().nullable(),
          source: side,
          text: z.string(),
        })
        .strict(),
    ),
  })
  .strict();

/** One printing of a traced quotation. */
export const QuoteUse = z
  .object({
    article: ArticleRef,
    n: z.number(),
    text: z.string(),
    speaker: z.string(),
    speakerKind: z.string(),
    creditsFirst: z.boolean().nullable(),
    credits: z.string().nullable(),
  })
  .strict();

/** A quotation found in several articles, earliest first. */
export const QuoteGroup = z
  .object({
    text: z.string(),
    articles: z.number(),
    outlets: z.number(),
    firstOutlet: z.string(),
    credited: z.number(),
    uncredited: z.number(),
    uses: z.array(QuoteUse),
  })
  .strict();

/** `GET /v1/quotes`. */
export const QuotesAnswer = z.object({ items: z.array(QuoteGroup) }).strict();

/** Near-duplicate articles across outlets. */
export const StoryGroup = z
  .object({
    title: z.string().nullable(),
    outlets: z.number(),
    firstOutlet: z.string(),
    articles: z.array(ArticleRef),
  })
  .strict();

/** `GET /v1/stories`. */
export const StoriesAnswer = z.object({ items: z.array(StoryGroup) }).strict();

/** `GET /v1/articles/{id}`: the stored figures and the report exactly as stored. */
export const StoredArticle = z.object({ article: ArticleSummary, report: z.unknown() });

/** What ingest did with each article. */
export const IngestAnswer = z
  .object({
    results: z.array(
      z.object({ id: z.string(), outcome: z.enum(['added', 'replaced', 'skipped']) }).strict(),
    ),
  })
  .strict();
