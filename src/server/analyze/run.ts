/**
 * One analysis request, whatever shape it came in (plain text or front matter, an HTML page, or a URL
 * fetched with the CLI's limits behind the SSRF guard), turned into a report. Shared by `POST /v1/analyze`
 * and the web app's "Check an article" view, so both give the same findings as `hearsay analyze`.
 */
import { HearsayError } from '../../errors.ts';
import { analyzeArticle } from '../../index.ts';
import { type FetchOptions, fetchPage } from '../../input/fetch.ts';
import { extractArticle } from '../../input/html.ts';
import type { Kb } from '../../kb/types.ts';
import type { CaptionHint } from '../../pipeline/doc.ts';
import type { Meta, Report } from '../../report/schema.ts';
import { err, type Result } from '../../result.ts';
import { type GuardOptions, guardedFetch } from '../safety/ssrf.ts';
import type { Agent } from 'undici';

/** What to analyse: exactly one of text, html or url, and metadata that wins over what the input declares. */
export interface AnalyzeInput {
  readonly text?: string | undefined;
  readonly html?: string | undefined;
  readonly url?: string | undefined;
  readonly id?: string | null | undefined;
  readonly title?: string | null | undefined;
  readonly date?: string | null | undefined;
  readonly outlet?: string | null | undefined;
  readonly byline?: string | null | undefined;
}

/** What an analysis needs from the server: the knowledge base, fetch limits and the address guard. */
export interface AnalyzeDeps {
  readonly kb: Kb;
  readonly fetch: FetchOptions;
  readonly agent: Agent;
  readonly guard: GuardOptions;
}

const pick = (given: string | null | undefined, found: string | null | undefined): string | null =>
  given ?? found ?? null;

const fromText = (
  input: AnalyzeInput,
  text: string,
  meta: Meta | null,
  kb: Kb,
  captionHints?: readonly CaptionHint[],
) => {
  if (text.trim() === '') return err(new HearsayError('HS_EMPTY_INPUT', 'the article'));
  if (text.includes('\u0000')) return err(new HearsayError('HS_BINARY_INPUT', 'the article'));
  return analyzeArticle(
    {
      id: input.id ?? null,
      text,
      title: pick(input.title, meta?.title),
      date: pick(input.date, meta?.date),
      outlet: pick(input.outlet, meta?.outlet),
      url: pick(input.url, meta?.url),
      byline: pick(input.byline, meta?.byline),
      // the page's figure captions, as `hearsay analyze URL` passes them
      ...(captionHints?.length ? { captionHints } : {}),
    },
    kb,
  );
};

const fromHtml = (input: AnalyzeInput, html: string, base: string | undefined, kb: Kb) => {
  if (html.trim() === '') return err(new HearsayError('HS_EMPTY_INPUT', 'the page'));
  const a = extractArticle(html, base);
  if (!a.ok) return err(new HearsayError('HS_NOT_AN_ARTICLE', base ?? 'the page'));
  return fromText(input, a.value.text, a.value.meta, kb, a.value.captions);
};

/** Analyses one request; every failure is a registry error (HS_URL_FORBIDDEN for a refused address). */
export const runAnalysis = async (
  input: AnalyzeInput,
  deps: AnalyzeDeps,
): Promise<Result<Report, HearsayError>> => {
  if (input.text !== undefined) return fromText(input, input.text, null, deps.kb);
  if (input.html !== undefined) return fromHtml(input, input.html, input.url, deps.kb);
  if (input.url === undefined) return err(new HearsayError('HS_BAD_REQUEST', 'give text, html or url'));
  const guarded = guardedFetch(deps.agent, deps.guard);
  const page = await fetchPage(input.url, { ...deps.fetch, fetch: guarded.fetch });
  if (!page.ok) {
    const refused = guarded.refused();
    return err(refused ? new HearsayError('HS_URL_FORBIDDEN', refused.detail) : page.error);
  }
  const { body, contentType, url } = page.value;
  if (/^text\/plain/i.test(contentType))
    return fromText(
      { ...input, url: undefined },
      body,
      { title: null, byline: null, outlet: null, date: null, url },
      deps.kb,
    );
  return fromHtml({ ...input, url: undefined }, body, url, deps.kb);
};
