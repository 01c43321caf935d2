/**
 * One analysis request, whatever shape it came in (plain text or front matter, an HTML page, or a URL
 * fetched with the CLI's limits behind the SSRF guard), turned into a report. Shared by `POST /v1/analyze`
 * and the web app's "Check an article" view, so both give the same findings as `hearsay analyze`. The
 * fetch is I/O and stays on the main thread; the analysis runs on the worker pool when there is one.
 */
import { HearsayError } from '../../errors.ts';
import { type FetchOptions, fetchPage } from '../../input/fetch.ts';
import type { Kb } from '../../kb/types.ts';
import type { Report } from '../../report/schema.ts';
import { err, ok, type Result } from '../../result.ts';
import { type GuardOptions, guardedFetch } from '../safety/ssrf.ts';
import type { Agent } from 'undici';
import { type AnalyzeInput, analyzeLocal, type LocalInput } from './local.ts';
import type { AnalysisPool } from './pool.ts';

export type { AnalyzeInput, LocalInput } from './local.ts';

/** What an analysis needs from the server: the knowledge base, fetch limits, the address guard and the pool. */
export interface AnalyzeDeps {
  readonly kb: Kb;
  readonly fetch: FetchOptions;
  readonly agent: Agent;
  readonly guard: GuardOptions;
  /** The worker threads that analyse; none: analyses run on the calling thread. */
  readonly pool?: AnalysisPool | null;
}

/**
 * Fetches the page of a `{url}` input (a text or html input is returned as it is): the article in hand,
 * or HS_URL_FORBIDDEN for a refused address, or the fetch's error.
 */
export const resolveInput = async (
  input: AnalyzeInput,
  deps: AnalyzeDeps,
): Promise<Result<LocalInput, HearsayError>> => {
  if (input.text !== undefined || input.html !== undefined) return ok({ input });
  if (input.url === undefined) return err(new HearsayError('HS_BAD_REQUEST', 'give text, html or url'));
  const guarded = guardedFetch(deps.agent, deps.guard);
  const page = await fetchPage(input.url, { ...deps.fetch, fetch: guarded.fetch });
  if (!page.ok) {
    const refused = guarded.refused();
    return err(refused ? new HearsayError('HS_URL_FORBIDDEN', refused.detail) : page.error);
  }
  const { body, contentType, url } = page.value;
  // a plain-text page's address is the report's url; an HTML page's own metadata may name a better one
  if (/^text\/plain/i.test(contentType)) return ok({ input: { ...input, url, text: body } });
  return ok({ input: { ...input, url: undefined, html: body }, base: url });
};

/** Analyses one request; every failure is a registry error (HS_URL_FORBIDDEN for a refused address). */
export const runAnalysis = async (
  input: AnalyzeInput,
  deps: AnalyzeDeps,
): Promise<Result<Report, HearsayError>> => {
  const local = await resolveInput(input, deps);
  if (!local.ok) return local;
  return deps.pool ? deps.pool.report(local.value) : analyzeLocal(local.value, deps.kb);
};
