/**
 * The admin view of the job queue (`hearsay serve --redis URL --admin-token T`): jobs by state,
 * throughput, the workers' recent jobs and the failed jobs with their article ids and reasons, with a
 * retry button. Like every page it runs no script: signing in is a form that sets an HttpOnly cookie,
 * and retry is a form post. Without a queue the page says so; without an admin token it stays shut.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { HearsayError } from '../errors.ts';
import { esc, num } from '../render/html-util.ts';
import type { AdminAuth } from '../server/admin/auth.ts';
import { coded, STATUS, toHearsayError } from '../server/problem/problem.ts';
import type { QueueView } from '../server/queue/schema.ts';
import type { AdminQueue } from '../server/queue/service.ts';
import { dataTable } from './charts.ts';
import { layout, main, problemBox } from './layout.ts';

/** Where the view lives. */
export const QUEUE_PAGE = '/admin/queue';

/** What the admin pages need. */
export interface AdminPageOptions {
  readonly queue: AdminQueue | null;
  readonly auth: AdminAuth;
  /** Whether the corpus pages are in the navigation. */
  readonly corpus: boolean;
}

/** The article id in a job's name (`article ID`, a job of one article), else null. */
export const articleOfJob = (name: string): string | null =>
  name.startsWith('article ') ? name.slice('article '.length) : null;

const STATES = ['waiting', 'active', 'delayed', 'completed', 'failed', 'paused'] as const;

const signInForm = (): string =>
  [
    `<form class="check" method="post" action="/admin/sign-in">`,
    '<div><label for="token">Admin token</label>',
    '<input id="token" name="token" type="password" autocomplete="current-password" required></div>',
    '<button type="submit">Sign in</button>',
    '</form>',
  ].join('\n');

const ms = (v: number | null): string => (v === null ? '–' : `${num(v, 2)} ms`);

/** The body of the view for a queue's state; `retried` is the count of a retry just done. */
export const queueView = (s: QueueView, retried?: number): string => {
  const j = s.jobs;
  const counts = dataTable(
    'Jobs by state',
    ['State', 'Jobs'],
    STATES.map((k) => [esc(k), `<span data-state="${k}">${j[k]}</span>`]),
    new Set([1]),
    'queue-counts',
  );
  const recent = s.workers.recent.length
    ? dataTable(
        'Jobs finished last, newest first',
        ['Job', 'Finished', 'Articles', 'Stored', 'Unchanged', 'Failed', 'Time'],
        s.workers.recent.map((r) => [
          esc(r.id),
          r.finishedAt
            ? `<time datetime="${esc(r.finishedAt)}">${esc(r.finishedAt.slice(0, 19).replace('T', ' '))}</time>`
            : '–',
          String(r.articles),
          String(r.stored),
          String(r.unchanged),
          String(r.failed),
          `${r.ms} ms`,
        ]),
        new Set([2, 3, 4, 5, 6]),
        'queue-recent',
      )
    : '<p class="empty">No job has finished yet.</p>';
  const failed = s.failures.length
    ? dataTable(
        `Failed jobs (the newest ${s.failures.length} of ${j.failed})`,
        ['Job', 'Article', 'Reason', 'Attempts'],
        s.failures.map((f) => [
          esc(f.id),
          esc(articleOfJob(f.name) ?? '–'),
          `<span class="reason">${esc(f.reason)}</span>`,
          String(f.attempts),
        ]),
        new Set([3]),
        'queue-failed',
      ) +
      '<form method="post" action="/admin/queue/retry"><button type="submit">Retry the failed jobs</button></form>'
    : '<p class="empty">No job has failed.</p>';
  const schedules = s.schedules.length
    ? `<h2 id="h-schedules">Feeds on a schedule</h2><ul>${s.schedules
        .map(
          (sc) =>
            `<li>${esc(sc.id)}: every ${sc.everyMs === null ? '?' : `${sc.everyMs / 1000} s`}` +
            (sc.next ? `, next ${esc(new Date(sc.next).toISOString())}` : '') +
            '</li>',
        )
        .join('')}</ul>`
    : '';
  return [
    `<h1>Queue <code>${esc(s.queue)}</code></h1>`,
    `<p class="meta">on ${esc(s.redis)} · <a href="${QUEUE_PAGE}">Refresh</a></p>`,
    retried === undefined
      ? ''
      : `<p class="notice" role="status">${retried} failed job${retried === 1 ? '' : 's'} moved back to waiting.</p>`,
    '<section aria-labelledby="h-jobs"><h2 id="h-jobs">Jobs</h2>',
    counts,
    '</section>',
    '<section aria-labelledby="h-throughput"><h2 id="h-throughput">Throughput</h2>',
    `<p id="queue-throughput"><span data-stat="last1">${s.perMinute.last1}</span> articles in the last minute, ` +
      `<span data-stat="last5">${s.perMinute.last5}</span> a minute over the last five.</p>`,
    `<p id="queue-articles"><span data-stat="stored">${s.articles.stored}</span> articles stored, ` +
      `<span data-stat="unchanged">${s.articles.unchanged}</span> unchanged, in ` +
      `<span data-stat="jobs">${s.articles.jobs}</span> jobs; per article: analysis ${ms(s.msPerArticle.analysis)}, store ${ms(s.msPerArticle.store)}.</p>`,
    '</section>',
    '<section aria-labelledby="h-workers"><h2 id="h-workers">Workers</h2>',
    `<p id="queue-workers"><span data-stat="connected">${s.workers.connected}</span> worker${s.workers.connected === 1 ? '' : 's'} connected now.</p>`,
    recent,
    '</section>',
    '<section aria-labelledby="h-failed"><h2 id="h-failed">Failed jobs</h2>',
    failed,
    '</section>',
    schedules,
    '<form method="post" action="/admin/sign-out"><button type="submit" class="quiet">Sign out</button></form>',
  ].join('\n');
};

/** Registers the admin pages: the queue view, sign-in and sign-out, and the retry action. */
export const adminPages = (app: FastifyInstance, o: AdminPageOptions): void => {
  const page = (reply: FastifyReply, body: string, status = 200) =>
    reply
      .code(status)
      .type('text/html; charset=utf-8')
      // an admin page is nobody's to cache
      .header('cache-control', 'no-store')
      .send(layout({ title: 'Queue', corpus: o.corpus, body: main(body) }));
  const refused = (reply: FastifyReply, e: HearsayError) =>
    page(
      reply,
      [
        '<h1>Queue</h1>',
        e.code === 'HS_NO_QUEUE' ? '<p>This server has no queue.</p>' : '',
        problemBox(e),
        e.code === 'HS_ADMIN_UNAUTHORIZED' ? signInForm() : '',
      ].join('\n'),
      STATUS[e.code] ?? 500,
    );
  /** Runs an admin page's work, turning every refusal into a page. */
  const guarded =
    (f: (req: FastifyRequest, reply: FastifyReply, q: AdminQueue) => Promise<FastifyReply>) =>
    async (req: FastifyRequest, reply: FastifyReply) => {
      try {
        if (!o.queue) throw coded('HS_NO_QUEUE', 'this view');
        return await f(req, reply, o.queue);
      } catch (e) {
        const he = toHearsayError(e);
        if (he.code === 'HS_SERVER_ERROR') req.log.error(e);
        return refused(reply, he);
      }
    };

  app.get('/admin', async (_req, reply) => reply.redirect(QUEUE_PAGE, 303));
  app.get(
    QUEUE_PAGE,
    guarded(async (req, reply, q) => {
      o.auth.page(req, QUEUE_PAGE);
      const n = Number((req.query as Record<string, unknown>).retried);
      return page(reply, queueView(await q.status(), Number.isInteger(n) && n >= 0 ? n : undefined));
    }),
  );
  app.post(
    '/admin/sign-in',
    guarded(async (req, reply) => {
      const token = (req.body as Record<string, unknown> | null)?.token;
      o.auth.signIn(req, reply, typeof token === 'string' ? token : '');
      return reply.redirect(QUEUE_PAGE, 303);
    }),
  );
  app.post('/admin/sign-out', async (_req, reply) => {
    o.auth.signOut(reply);
    return reply.redirect(QUEUE_PAGE, 303);
  });
  app.post(
    '/admin/queue/retry',
    guarded(async (req, reply, q) => {
      o.auth.action(req, '/admin/queue/retry');
      return reply.redirect(`${QUEUE_PAGE}?retried=${await q.retry()}`, 303);
    }),
  );
};
