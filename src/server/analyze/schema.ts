/**
 * The request shapes of `POST /v1/analyze`, in zod: handlers validate with them and the OpenAPI document
 * derives its JSON Schemas from them, so the two cannot drift apart.
 */
import { z } from 'zod';

const text = z.string().describe('Metadata that wins over what the article declares');

/** Metadata a caller may give next to an article, as in the CLI's --date/--title/--outlet. */
export const ArticleMeta = z.object({
  id: z.string().max(200).nullable().optional().describe('Your id for the article, echoed in the report'),
  title: text.max(1000).nullable().optional(),
  date: z.string().max(40).nullable().optional().describe('Publication date, YYYY-MM-DD'),
  outlet: text.max(200).nullable().optional(),
  byline: text.max(500).nullable().optional(),
  preset: z
    .enum(['standard', 'news'])
    .optional()
    .describe(
      "The reading, as the CLI's --preset: standard, or news for political and hard news (reported speech in PolNeAR's wide sense)",
    ),
});

/** A JSON analyse request: the article as text (plain or front matter), as an HTML page, or as a URL. */
export const AnalyzeBody = z.union([
  ArticleMeta.extend({ text: z.string().describe('The article: plain text, front matter allowed') }).strict(),
  ArticleMeta.extend({
    html: z.string().describe('An HTML page; the article is extracted as the CLI does'),
    url: z.string().max(2000).optional().describe("The page's address, to resolve its links"),
  }).strict(),
  ArticleMeta.extend({
    url: z.string().max(2000).describe('An http(s) page to fetch (public addresses only)'),
  }).strict(),
]);
/** A JSON analyse request. */
export type AnalyzeBody = z.infer<typeof AnalyzeBody>;

/** Output formats: the report as JSON, or the CLI's HTML, Markdown or plain-text renderings of it. */
export const Format = z.enum(['json', 'html', 'md', 'text']).default('json');

/** Query parameters of `POST /v1/analyze`: the format, and metadata for text/plain and text/html bodies. */
export const AnalyzeQuery = ArticleMeta.extend({ format: Format }).strict();
