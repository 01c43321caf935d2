/**
 * The corpus pages: outlets compared (charts with their data tables), an outlet's page, the article list
 * with filters, a stored article (shareable), a person's page, quotations found in several outlets and a
 * quotation's trail, story clusters. Every figure links to the articles behind it.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ArticleRef, ArticleSummary, OutletMonth, QuoteGroup } from '../corpus/index.ts';
import { HearsayError } from '../errors.ts';
import { esc, KINDS, kindOf, num, pct } from '../render/html-util.ts';
import { ArticlesQuery, FiltersOnly } from '../server/corpus/schema.ts';
import { articlePage, type Corpus, outletTotals, quoteKey, quoteText } from '../server/corpus/service.ts';
import { STATUS, toHearsayError } from '../server/problem/problem.ts';
import { type Bar, barChart, dataTable, lineChart, type Series } from './charts.ts';
import { reportView } from './check.ts';
import { layout, main, problemBox } from './layout.ts';
import type { WebOptions } from './routes.ts';

const enc = encodeURIComponent;
const qs = (o: Record<string, string | number | undefined | null>): string => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(o)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
};

/** Last day of a YYYY-MM month, for links to a month's articles. */
const monthEnd = (m: string): string => {
  const [y, mo] = m.split('-').map(Number) as [number, number];
  return `${m}-${String(new Date(Date.UTC(y, mo, 0)).getUTCDate()).padStart(2, '0')}`;
};

const articlesHref = (f: Record<string, string | undefined>) => `/articles${qs(f)}`;
const monthHref = (outlet: string, month: string | null) =>
  month ? articlesHref({ outlet, since: `${month}-01`, until: monthEnd(month) }) : articlesHref({ outlet });

const refLink = (a: ArticleRef): string =>
  `<a href="/articles/${enc(a.id)}">${esc(a.title?.trim() || a.id)}</a> <span class="meta">${esc(a.outletName)}${a.date ? ` · ${esc(a.date)}` : ''}</span>`;

const share = (x: number | null): string => (x === null ? '–' : pct(x));

/** What the filter form on a corpus page holds. */
interface FilterValues {
  readonly outlet?: string | undefined;
  readonly since?: string | undefined;
  readonly until?: string | undefined;
  readonly person?: string | undefined;
}

const input = (name: string, label: string, value: string | undefined, type = 'text') =>
  `<label for="f-${name}">${esc(label)}<input id="f-${name}" name="${name}" type="${type}" value="${esc(value ?? '')}"></label>`;

const filterForm = (action: string, f: FilterValues, extra = '', withOutlet = true): string =>
  `<form class="filters" method="get" action="${esc(action)}" aria-label="Filters">` +
  (withOutlet ? input('outlet', 'Outlet', f.outlet) : '') +
  input('since', 'From (YYYY-MM)', f.since) +
  input('until', 'To', f.until) +
  input('person', 'Names a person', f.person) +
  extra +
  '<button type="submit">Show</button></form>';

const pick = (q: unknown, keys: readonly string[]): Record<string, string> =>
  Object.fromEntries(
    keys.flatMap((k) => {
      const v = (q as Record<string, unknown>)[k];
      return typeof v === 'string' && v.trim() !== '' ? [[k, v.trim()]] : [];
    }),
  );

// ---------------------------------------------------------------- pages

const outletsBody = (months: readonly OutletMonth[], f: FilterValues): string => {
  const totals = outletTotals(months);
  if (totals.length === 0)
    return `<h1>Outlets compared</h1>${filterForm('/outlets', f, '', false)}<p class="empty">No articles match.</p>`;
  const bars = (
    value: (t: (typeof totals)[number]) => number | null,
    text: (v: number | null) => string,
    n: (t: (typeof totals)[number]) => number,
  ): Bar[] =>
    totals.map((t) => ({
      label: t.name,
      value: value(t),
      text: text(value(t)),
      n: n(t),
      href: articlesHref({ outlet: t.outlet, since: f.since, until: f.until, person: f.person }),
    }));
  const anon = bars(
    (t) => t.anonymousQuotedShare,
    share,
    (t) => t.quotedWords,
  );
  const weak = bars(
    (t) => t.privateUnbackedShare,
    share,
    (t) => t.claims,
  );
  const score = bars(
    (t) => t.medianScore,
    (v) => (v === null ? '–' : `${num(v)} / 10`),
    (t) => t.scored,
  );
  const monthList = [...new Set(months.map((m) => m.month).filter((m): m is string => m !== null))].sort();
  const series: Series[] = totals.slice(0, 6).map((t) => ({
    name: t.name,
    points: months
      .filter((m) => m.outlet === t.outlet && m.month)
      .map((m) => ({
        month: m.month!,
        value: m.anonymousQuotedShare,
        text: `${share(m.anonymousQuotedShare)} of ${m.quotedWords} quoted words, ${m.articles} articles`,
        href: monthHref(m.outlet, m.month),
      })),
  }));
  const table = dataTable(
    'Outlets: the figures of the charts',
    [
      'Outlet',
      'Articles',
      'Quotes per article',
      'Anonymous share of quoted words',
      'Quoted words',
      'Mind-reading or private claims on anonymous or no sources',
      'Claims',
      'Median score',
      'Scored',
    ],
    totals.map((t) => [
      `<a href="/outlets/${enc(t.outlet)}${qs({ since: f.since, until: f.until, person: f.person })}">${esc(t.name)}</a>`,
      `<a href="${esc(articlesHref({ outlet: t.outlet, since: f.since, until: f.until, person: f.person }))}">${t.articles}</a>`,
      num(t.quotesPerArticle),
      share(t.anonymousQuotedShare),
      String(t.quotedWords),
      share(t.privateUnbackedShare),
      String(t.claims),
      t.medianScore === null ? '–' : num(t.medianScore),
      String(t.scored),
    ]),
    new Set([1, 2, 3, 4, 5, 6, 7, 8]),
    'outlets-table',
  );
  const byMonth = dataTable(
    'Anonymous share of quoted words, month by month',
    ['Outlet', 'Month', 'Articles', 'Anonymous share', 'Quoted words', 'Median score'],
    months.map((m) => [
      esc(m.name),
      `<a href="${esc(monthHref(m.outlet, m.month))}">${esc(m.month ?? 'no date')}</a>`,
      String(m.articles),
      share(m.anonymousQuotedShare),
      String(m.quotedWords),
      m.medianScore === null ? '–' : num(m.medianScore),
    ]),
    new Set([2, 3, 4, 5]),
    'months-table',
  );
  return [
    '<h1>Outlets compared</h1>',
    '<p>How each outlet sources its stories. Every bar and point links to the articles behind it; n is the number of quoted words, claims or scored articles each figure rests on, so small samples show as small.</p>',
    filterForm('/outlets', f, '', false),
    `<figure class="fig"><figcaption id="c-anon">Share of quoted words from anonymous or unnamed sources</figcaption>${barChart('chart-anon', 'Share of quoted words from anonymous or unnamed sources, by outlet', anon, 1, 'anon')}</figure>`,
    `<figure class="fig"><figcaption>Mind-reading or private-fact claims resting on anonymous or no sources, as a share of claims</figcaption>${barChart('chart-weak', 'Mind-reading or private-fact claims on anonymous or no sources, by outlet', weak, 1, 'mind')}</figure>`,
    `<figure class="fig"><figcaption>Median score (0–10, higher is better sourced)</figcaption>${barChart('chart-score', 'Median score by outlet', score, 10)}</figure>`,
    monthList.length > 1
      ? `<figure class="fig"><figcaption>Anonymous share over time (the ${series.length} largest outlets)</figcaption>${lineChart('chart-time', 'Anonymous share of quoted words by month', monthList, series)}</figure>`
      : '',
    table,
    byMonth,
    '<p class="meta">Anonymous share: of quoted words, those given to anonymous or unnamed sources. Weak mind-reading / private: of claims, those that read minds or tell private facts and rest on anonymous or no sources. An outlet’s median score over the whole period is the middle of its monthly medians, weighted by scored articles.</p>',
  ].join('\n');
};

const articleRows = (items: readonly ArticleSummary[]): string =>
  dataTable(
    'Articles',
    ['Article', 'Outlet', 'Date', 'Score', 'Quotes', 'Claims', 'Words'],
    items.map((a) => [
      `<a href="/articles/${enc(a.id)}">${esc(a.title?.trim() || a.id)}</a>`,
      `<a href="/outlets/${enc(a.outlet)}">${esc(a.outletName)}</a>`,
      esc(a.date ?? '–'),
      a.score === null ? '–' : `${num(a.score)} <span class="meta">${esc(a.band ?? '')}</span>`,
      String(a.quotes),
      String(a.claims),
      String(a.words),
    ]),
    new Set([3, 4, 5, 6]),
    'articles-table',
  );

const trailList = (g: QuoteGroup): string =>
  '<ol class="trail">' +
  g.uses
    .map((u, i) => {
      const credit =
        u.creditsFirst === null
          ? '<span class="credit-yes">first printed here</span>'
          : u.creditsFirst
            ? `<span class="credit-yes">credits ${esc(g.firstOutlet)}</span>`
            : `<span class="credit-no">does not credit ${esc(g.firstOutlet)}</span>${u.credits ? ` (credits ${esc(u.credits)})` : ''}`;
      return (
        `<li${i === 0 ? ' class="first"' : ''}>${refLink(u.article)}<br>` +
        `<q>${esc(u.text)}</q> — ${esc(u.speaker || 'no speaker found')} <span class="meta">(${esc(KINDS[kindOf(u.speakerKind)].label)})</span><br>${credit}</li>`
      );
    })
    .join('') +
  '</ol>';

/** Registers the corpus pages (only when a store is open). */
export const corpusPages = (app: FastifyInstance, o: WebOptions): void => {
  if (!o.corpus) return;
  const store: Corpus = o.corpus;
  const page = (
    reply: FastifyReply,
    title: string,
    nav: 'outlets' | 'quotes' | 'stories' | undefined,
    body: string,
    status = 200,
  ) =>
    reply
      .code(status)
      .type('text/html; charset=utf-8')
      .send(layout({ title, ...(nav ? { nav } : {}), corpus: true, body: main(body) }));
  const problemPage = (reply: FastifyReply, e: unknown, title: string) => {
    const he = e instanceof HearsayError ? e : toHearsayError(e);
    return page(
      reply,
      title,
      undefined,
      `<h1>${esc(title)}</h1>${problemBox(he)}<p><a href="/outlets">All outlets</a></p>`,
      STATUS[he.code] ?? 500,
    );
  };
  const filtersOf = (q: unknown) => {
    const r = FiltersOnly.safeParse(pick(q, ['outlet', 'since', 'until', 'person']));
    if (!r.success) throw new HearsayError('HS_BAD_REQUEST', r.error.issues[0]?.message ?? 'bad filter');
    return r.data;
  };

  app.get('/outlets', async (req, reply) => {
    try {
      const f = filtersOf(req.query);
      return page(reply, 'Outlets compared', 'outlets', outletsBody(await store.outlets(f), f));
    } catch (e) {
      return problemPage(reply, e, 'Outlets compared');
    }
  });

  app.get('/outlets/:outlet', async (req, reply) => {
    const { outlet } = req.params as { outlet: string };
    try {
      const f = { ...filtersOf(req.query), outlet };
      const months = await store.outlets(f);
      const t = outletTotals(months)[0];
      if (!t) throw new HearsayError('HS_NOT_FOUND', `outlet ${outlet}`);
      const [sources, articles] = await Promise.all([
        store.sources({ ...f, limit: 10 }),
        store.articles({ ...f, limit: 20 }),
      ]);
      const bars: Bar[] = months.map((m) => ({
        label: m.month ?? 'no date',
        value: m.anonymousQuotedShare,
        text: share(m.anonymousQuotedShare),
        n: m.quotedWords,
        href: monthHref(t.outlet, m.month),
      }));
      const body = [
        `<h1>${esc(t.name)}</h1>`,
        `<p>${t.articles} articles over ${t.months} month${t.months === 1 ? '' : 's'}: ${num(t.quotesPerArticle)} quotations per article; ${share(t.anonymousQuotedShare)} of quoted words from anonymous or unnamed sources; ${share(t.privateUnbackedShare)} of claims read minds or tell private facts on anonymous or no sources; median score ${t.medianScore === null ? '–' : num(t.medianScore)}. <a href="${esc(articlesHref({ outlet: t.outlet, since: f.since, until: f.until, person: f.person }))}">All ${t.articles} articles</a>.</p>`,
        filterForm(`/outlets/${enc(outlet)}`, f, '', false),
        `<figure class="fig"><figcaption>Anonymous share of quoted words, by month</figcaption>${barChart('chart-months', `${t.name}: anonymous share by month`, bars, 1, 'anon')}</figure>`,
        dataTable(
          'By month',
          [
            'Month',
            'Articles',
            'Anonymous share',
            'Quoted words',
            'Mind-reading/private on weak sources',
            'Median score',
          ],
          months.map((m) => [
            `<a href="${esc(monthHref(t.outlet, m.month))}">${esc(m.month ?? 'no date')}</a>`,
            String(m.articles),
            share(m.anonymousQuotedShare),
            String(m.quotedWords),
            share(m.privateUnbackedShare),
            m.medianScore === null ? '–' : num(m.medianScore),
          ]),
          new Set([1, 2, 3, 4, 5]),
        ),
        '<h2>Sources most quoted</h2>',
        sources.length
          ? dataTable(
              'Sources most quoted',
              ['Source', 'Kind', 'Quotes', 'Articles', 'Quoted words'],
              sources.map((s) => [
                esc(s.source),
                esc(KINDS[kindOf(s.kind)].label),
                String(s.quotes),
                `<a href="${esc(articlesHref({ outlet: t.outlet, sourceKind: kindOf(s.kind) }))}">${s.articles}</a>`,
                String(s.quotedWords),
              ]),
              new Set([2, 3, 4]),
            )
          : '<p class="empty">No quoted sources.</p>',
        '<h2>Latest articles</h2>',
        articleRows(articles.items),
      ].join('\n');
      return page(reply, t.name, 'outlets', body);
    } catch (e) {
      return problemPage(reply, e, outlet);
    }
  });

  app.get('/articles', async (req, reply) => {
    try {
      const raw = pick(req.query, [
        'outlet',
        'since',
        'until',
        'person',
        'sourceKind',
        'minScore',
        'maxScore',
        'cursor',
      ]);
      const r = ArticlesQuery.safeParse(raw);
      if (!r.success)
        throw new HearsayError(
          'HS_BAD_REQUEST',
          `${r.error.issues[0]?.path.join('.')}: ${r.error.issues[0]?.message}`,
        );
      const f = r.data;
      const p = await articlePage(store, f);
      const kindOptions = ['', ...Object.keys(KINDS)]
        .map(
          (k) =>
            `<option value="${esc(k)}"${k === (f.sourceKind ?? '') ? ' selected' : ''}>${esc(k ? KINDS[kindOf(k)].label : 'any')}</option>`,
        )
        .join('');
      const extra =
        `<label for="f-kind">Quotes a source of kind<select id="f-kind" name="sourceKind">${kindOptions}</select></label>` +
        input('minScore', 'Score from', raw.minScore, 'number') +
        input('maxScore', 'Score to', raw.maxScore, 'number');
      const { cursor: _c, ...keep } = raw;
      const body = [
        '<h1>Articles</h1>',
        filterForm('/articles', f, extra),
        p.items.length ? articleRows(p.items) : '<p class="empty">No articles match.</p>',
        p.next
          ? `<p class="pager"><a rel="next" href="${esc(articlesHref({ ...keep, cursor: p.next }))}">Next page</a></p>`
          : '',
      ].join('\n');
      return page(reply, 'Articles', undefined, body);
    } catch (e) {
      return problemPage(reply, e, 'Articles');
    }
  });

  app.get('/articles/:id', async (req, reply) => {
    const { id } = req.params as { id: string };
    try {
      const stored = await store.article(id);
      if (!stored) throw new HearsayError('HS_NOT_FOUND', `article ${id}`);
      const r = stored.report;
      const share = `${req.protocol}://${req.host}/articles/${enc(id)}`;
      const quotes = (r.quotes ?? [])
        .map(
          (q) =>
            `<li><q>${esc(r.text.slice(q.start, q.end))}</q> — ${esc(q.speaker?.name || 'no speaker found')} <span class="meta">(${esc(KINDS[kindOf(q.speaker?.kind)].label)})</span> · <a href="/quotes/${enc(quoteKey(id, q.id))}">its trail across outlets</a></li>`,
        )
        .join('');
      const people = [...new Set((r.entities ?? []).filter((e) => e.kind === 'person').map((e) => e.name))]
        .map((n) => `<li><a href="/people/${enc(n)}">${esc(n)}</a></li>`)
        .join('');
      const extra =
        '<section class="wrap" aria-labelledby="h-corpus"><h2 id="h-corpus">In the corpus</h2>' +
        `<p>Outlet: <a href="/outlets/${enc(stored.article.outlet)}">${esc(stored.article.outletName)}</a></p>` +
        (quotes ? `<h3>Quotations</h3><ul class="trail">${quotes}</ul>` : '') +
        (people ? `<h3>People named</h3><ul>${people}</ul>` : '') +
        '</section>';
      return reply.type('text/html; charset=utf-8').send(
        layout({
          title: r.meta.title?.trim() || id,
          corpus: true,
          skipTo: 'article',
          body: `${reportView(r, share)}\n${extra}`,
        }),
      );
    } catch (e) {
      return problemPage(reply, e, 'Article');
    }
  });

  app.get('/people', async (req, reply) => {
    const name = pick(req.query, ['name']).name;
    return name ? reply.redirect(`/people/${enc(name)}`, 303) : reply.redirect('/outlets', 303);
  });

  app.get('/people/:name', async (req, reply) => {
    const { name } = req.params as { name: string };
    try {
      const f = filtersOf(req.query);
      const p = await store.person(name, { ...f, examples: 30 });
      if (p.articles === 0) throw new HearsayError('HS_NOT_FOUND', `no article names ${name}`);
      const contents = [...new Set(p.table.map((r) => r.content))];
      const sides = ['named', 'anonymous', 'none'] as const;
      const cell = (c: string, s: string) =>
        p.table.find((r) => r.content === c && r.source === s)?.claims ?? 0;
      const table = dataTable(
        `Claims about ${p.names.join(', ')}, by content and the source they rest on`,
        ['Content', 'Named source', 'Anonymous source', 'No source', 'All'],
        contents.map((c) => [
          esc(c),
          ...sides.map((s) => String(cell(c, s))),
          String(sides.reduce((n, s) => n + cell(c, s), 0)),
        ]),
        new Set([1, 2, 3, 4]),
        'person-table',
      );
      const examples = p.examples
        .map(
          (e) =>
            `<li><q>${esc(e.text)}</q><br><span class="meta">${esc(e.content)}${e.checkable ? `, ${esc(e.checkable)}` : ''}; on ${esc(e.source === 'none' ? 'no source' : `a ${e.source} source`)}</span> · ${refLink(e.article)}</li>`,
        )
        .join('');
      const body = [
        `<h1>${esc(p.names[0] ?? name)}</h1>`,
        `<p>${p.claims} claims in <a href="${esc(articlesHref({ person: name, since: f.since, until: f.until, outlet: f.outlet }))}">${p.articles} articles</a>: what is claimed about them, and on whose word.</p>`,
        filterForm(`/people/${enc(name)}`, f),
        table,
        '<h2>Examples</h2>',
        examples ? `<ul class="trail">${examples}</ul>` : '<p class="empty">No examples.</p>',
      ].join('\n');
      return page(reply, p.names[0] ?? name, undefined, body);
    } catch (e) {
      return problemPage(reply, e, name);
    }
  });

  app.get('/quotes', async (req, reply) => {
    try {
      const f = filtersOf(req.query);
      const groups = await store.quoteTrace({ ...f, limit: 50 });
      const items = await Promise.all(
        groups.map(async (g) => {
          const first = g.uses[0]!;
          const stored = await store.article(first.article.id);
          const qid = stored?.report.quotes?.[first.n]?.id;
          const href = qid ? `/quotes/${enc(quoteKey(first.article.id, qid))}` : null;
          return `<li><q>${esc(g.text)}</q><br>${g.articles} articles in ${g.outlets} outlets, first in ${esc(g.firstOutlet)}; ${g.credited} credit it, ${g.uncredited} do not${href ? ` · <a href="${esc(href)}">Follow its trail</a>` : ''}</li>`;
        }),
      );
      const body = [
        '<h1>Quotations in several outlets</h1>',
        filterForm('/quotes', f),
        items.length
          ? `<ul class="trail">${items.join('')}</ul>`
          : '<p class="empty">No quotation appears in more than one article.</p>',
      ].join('\n');
      return page(reply, 'Quotations in several outlets', 'quotes', body);
    } catch (e) {
      return problemPage(reply, e, 'Quotations');
    }
  });

  app.get('/quotes/:key', async (req, reply) => {
    const { key } = req.params as { key: string };
    try {
      const text = await quoteText(store, key);
      if (text === null) throw new HearsayError('HS_NOT_FOUND', `quotation ${key}`);
      const [g] = await store.quoteTrace({ quote: text, limit: 1 });
      if (!g) throw new HearsayError('HS_NOT_FOUND', `a trail of quotation ${key}`);
      const body = [
        '<h1>A quotation’s trail</h1>',
        `<blockquote><q>${esc(g.text)}</q></blockquote>`,
        `<p>Printed in ${g.articles} articles by ${g.outlets} outlets, first by <strong>${esc(g.firstOutlet)}</strong>; ${g.credited} later printings credit it and ${g.uncredited} do not.</p>`,
        trailList(g),
      ].join('\n');
      return page(reply, 'A quotation’s trail', 'quotes', body);
    } catch (e) {
      return problemPage(reply, e, 'A quotation’s trail');
    }
  });

  app.get('/stories', async (req, reply) => {
    try {
      const f = filtersOf(req.query);
      const groups = await store.stories({ ...f, limit: 50 });
      const items = groups
        .map(
          (g) =>
            `<li><h2>${esc(g.title ?? 'Untitled')}</h2><p class="meta">${g.articles.length} articles in ${g.outlets} outlets, first in ${esc(g.firstOutlet)}</p><ol>${g.articles.map((a) => `<li>${refLink(a)}</li>`).join('')}</ol></li>`,
        )
        .join('');
      const body = [
        '<h1>The same story across outlets</h1>',
        '<p>Near-duplicate articles, earliest first. <a href="/quotes">Quotations printed in several outlets</a>.</p>',
        filterForm('/stories', f),
        items
          ? `<ul class="cards">${items}</ul>`
          : '<p class="empty">No story appears in more than one outlet.</p>',
      ].join('\n');
      return page(reply, 'Stories', 'stories', body);
    } catch (e) {
      return problemPage(reply, e, 'Stories');
    }
  });
};
