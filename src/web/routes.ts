/**
 * The web app's routes. Pages are rendered on the server and need no script: forms post to the server,
 * charts are SVG with a data table, so the app works offline, with the keyboard, with a screen reader and
 * on paper, and nothing an article contains can run.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { HearsayError } from '../errors.ts';
import type { AdminAuth } from '../server/admin/auth.ts';
import type { AdminQueue } from '../server/queue/service.ts';
import { runAnalysis, type AnalyzeDeps } from '../server/analyze/run.ts';
import type { Corpus } from '../server/corpus/service.ts';
import { retryAfterOf, toHearsayError, STATUS } from '../server/problem/problem.ts';
import { adminPages } from './admin.ts';
import { corpusPages } from './corpus.ts';
import { APP_CSS } from './css.ts';
import { type CheckForm, checkForm, FORM_PRESETS, reportView } from './check.ts';
import { layout, main } from './layout.ts';

/** What the pages need: the store (if any) and the analyser. */
export interface WebOptions {
  readonly corpus: Corpus | null;
  readonly deps: AnalyzeDeps;
  /** The job queue of the admin view, if the server has one. */
  readonly queue: AdminQueue | null;
  /** Who may see admin pages. */
  readonly admin: AdminAuth;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

/** Sends a page as HTML. */
export const sendPage = (reply: FastifyReply, html: string, status = 200): FastifyReply =>
  reply.code(status).type('text/html; charset=utf-8').send(html);

/** Registers the web app's pages and its stylesheet. */
export const webRoutes = (app: FastifyInstance, o: WebOptions): void => {
  const hasCorpus = o.corpus !== null;
  const formPage = (f: CheckForm, error?: HearsayError) =>
    layout({ title: 'Check an article', nav: 'check', corpus: hasCorpus, body: main(checkForm(f, error)) });

  app.get('/assets/app.css', async (_req, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(APP_CSS),
  );
  app.get('/', async (_req, reply) => sendPage(reply, formPage({})));

  const check = async (reply: FastifyReply, f: CheckForm) => {
    const text = str(f.text);
    const url = str(f.url)?.trim();
    if (!text && !url)
      return sendPage(reply, formPage(f, new HearsayError('HS_EMPTY_INPUT', 'the form')), 422);
    const meta = { title: str(f.title) ?? null, date: str(f.date) ?? null, outlet: str(f.outlet) ?? null };
    // a preset the form does not offer (a hand-made request) is the standard reading, as no choice is
    const preset = FORM_PRESETS.some(([v]) => v === f.preset)
      ? (f.preset as 'standard' | 'news')
      : 'standard';
    const given = text ? { text, ...meta } : { url: url!, ...meta };
    const r = await runAnalysis(preset === 'news' ? { ...given, preset } : given, o.deps).catch(
      (e: unknown) => ({ ok: false as const, error: toHearsayError(e) }),
    );
    if (!r.ok) {
      // a busy server's page says when to come back, as the API's answer does
      const retryAfter = retryAfterOf(r.error);
      if (retryAfter !== undefined) reply.header('retry-after', retryAfter);
      return sendPage(reply, formPage(f, r.error), STATUS[r.error.code] ?? 500);
    }
    const title = r.value.meta.title?.trim() || 'Checked article';
    return sendPage(
      reply,
      layout({ title, nav: 'check', corpus: hasCorpus, skipTo: 'article', body: reportView(r.value) }),
    );
  };
  app.post('/check', async (req, reply) => {
    const f = (req.body ?? {}) as Record<string, unknown>;
    const form: CheckForm = Object.fromEntries(
      ['text', 'url', 'title', 'date', 'outlet', 'preset'].flatMap((k) =>
        typeof f[k] === 'string' ? [[k, f[k]]] : [],
      ),
    );
    // a link alone becomes a GET, so the page of a checked link is itself a link to share (the standard
    // reading, the default, is left out of it)
    if (!str(form.text) && str(form.url)) {
      const q = new URLSearchParams(
        Object.entries(form).filter(([k, v]) => str(v) && !(k === 'preset' && v === 'standard')) as [
          string,
          string,
        ][],
      );
      return reply.redirect(`/check?${q}`, 303);
    }
    return check(reply, form);
  });
  app.get('/check', async (req, reply) => {
    const q = req.query as Record<string, unknown>;
    const form: CheckForm = Object.fromEntries(
      ['url', 'title', 'date', 'outlet', 'preset'].flatMap((k) =>
        typeof q[k] === 'string' ? [[k, q[k]]] : [],
      ),
    );
    if (!str(form.url)) return reply.redirect('/', 303);
    return check(reply, form);
  });
  corpusPages(app, o);
  adminPages(app, { queue: o.queue, auth: o.admin, corpus: hasCorpus });
};
