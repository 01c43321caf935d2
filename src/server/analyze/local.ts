/**
 * The part of an analysis request that needs no network: an article given as text (plain or front
 * matter) or as an HTML page, turned into a report. It is synchronous and CPU-bound, so the server runs
 * it on its worker threads (./pool.ts); `runAnalysis` (./run.ts) fetches a URL first, on the main thread.
 */
import { HearsayError } from '../../errors.ts';
import { analyzeArticle } from '../../index.ts';
import { extractArticle } from '../../input/html.ts';
import type { Kb } from '../../kb/types.ts';
import type { CaptionHint } from '../../pipeline/doc.ts';
import type { Meta, Report } from '../../report/schema.ts';
import { err, type Result } from '../../result.ts';

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
  /** The reading (the CLI's `--preset`): standard when not given. */
  readonly preset?: 'standard' | 'news' | undefined;
}

/**
 * An input with its article in hand (text or html, no fetch left to do); `base` is the address a fetched
 * page came from, to resolve its links, when it must not count as metadata the caller gave.
 */
export interface LocalInput {
  readonly input: AnalyzeInput;
  readonly base?: string | undefined;
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
    { preset: input.preset ?? 'standard' },
  );
};

const fromHtml = (input: AnalyzeInput, html: string, base: string | undefined, kb: Kb) => {
  if (html.trim() === '') return err(new HearsayError('HS_EMPTY_INPUT', 'the page'));
  const a = extractArticle(html, base);
  if (!a.ok) return err(new HearsayError('HS_NOT_AN_ARTICLE', base ?? 'the page'));
  return fromText(input, a.value.text, a.value.meta, kb, a.value.captions);
};

/** Analyses an input whose article is in hand; every failure is a registry error. */
export const analyzeLocal = ({ input, base }: LocalInput, kb: Kb): Result<Report, HearsayError> => {
  if (input.text !== undefined) return fromText(input, input.text, null, kb);
  if (input.html !== undefined) return fromHtml(input, input.html, base ?? input.url, kb);
  return err(new HearsayError('HS_BAD_REQUEST', 'give text, html or url'));
};
