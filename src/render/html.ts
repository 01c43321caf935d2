/**
 * The HTML report: one self-contained page (inline CSS and SVG, no scripts, no external assets) showing the
 * article with its quotations coloured by who is speaking, the score and why, the checks and the sources.
 * Everything taken from the report is escaped, because article text and metadata come from the open web.
 */
import type { Check, Report } from '../report/schema.ts';
import { renderChart, renderSignalTable } from './html-chart.ts';
import { CSS } from './html-css.ts';
import { renderArticle } from './html-text.ts';
import { CLAIM_TYPES, esc, KIND_ORDER, KINDS, kindOf, num, pct } from './html-util.ts';
import { htmlPage } from './page.ts';

/** Links only to web pages: a `javascript:` or `data:` URL from a hostile page must not become a live link. */
const safeHref = (url: string | null): string | null =>
  url && /^https?:\/\/[^\s"'<>]+$/i.test(url) ? url : null;

const renderHeader = (r: Report): string => {
  const m = r.meta;
  const title = m.title?.trim() || 'Untitled article';
  const facts = [
    m.outlet ? esc(m.outlet) : null,
    m.date ? `<time datetime="${esc(m.date)}">${esc(m.date)}</time>` : null,
    m.byline ? `by ${esc(m.byline)}` : null,
  ].filter((f): f is string => f !== null);
  const href = safeHref(m.url);
  const link = href
    ? `<p class="meta"><a href="${esc(href)}" rel="noreferrer noopener">${esc(href)}</a></p>`
    : m.url
      ? `<p class="meta">${esc(m.url)}</p>`
      : '';
  return [
    '<header class="wrap">',
    '<p class="meta ui">hearsay report: who says so?</p>',
    `<h1>${esc(title)}</h1>`,
    facts.length ? `<p class="meta">${facts.join(' · ')}</p>` : '',
    link,
    '</header>',
  ].join('\n');
};

/** What a section shows when the preset that made the report did not compute it. */
const NOT_COMPUTED = '<p class="empty">Not computed by the preset that made this report.</p>';

const renderStats = (sum: NonNullable<Report['summary']>): string => {
  const stats: Array<[string, string]> = [
    ['words', String(sum.words)],
    ['quotations', String(sum.quotes)],
    ['words in quotes', pct(sum.quotedShare)],
    ['quotes from anonymous or unnamed sources', pct(sum.anonymousShare)],
    ['named sources', String(sum.namedSources)],
    ['anonymous sources', String(sum.anonymousSources)],
    ['claims', String(sum.claims)],
    ['mind-reading claims about people not quoted', String(sum.unquotedMindReading)],
    ['private facts (only insiders could know)', String(sum.privateFacts)],
    [
      'unverifiable gossip (private facts and mind-reading on anonymous or no sources)',
      `${Math.round(sum.unverifiableGossip * 100)}%`,
    ],
    ['hedges per 100 words', num(sum.hedgesPer100Words)],
  ];
  return `<ul class="stats">${stats.map(([k, v]) => `<li><b>${esc(v)}</b>${esc(k)}</li>`).join('')}</ul>`;
};

/** A titled section of the page. */
const section = (id: string, heading: string, ...body: string[]): string =>
  [`<section aria-labelledby="h-${id}">`, `<h2 id="h-${id}">${heading}</h2>`, ...body, '</section>'].join(
    '\n',
  );

const renderScore = (r: Report): string => {
  const s = r.score;
  if (!s)
    return section(
      'score',
      'Score',
      NOT_COMPUTED,
      r.summary ? `<h3>At a glance</h3>\n${renderStats(r.summary)}` : '',
    );
  return section(
    'score',
    'Score',
    `<p class="score"><span class="value">${esc(num(s.value))}<span class="sr"> out of 10</span><span class="outof" aria-hidden="true"> / 10</span></span>`,
    `<span class="band">${esc(s.band)}</span><span class="base">base ${esc(num(s.base, 2))}, then each signal adds or takes away points</span></p>`,
    renderChart(s),
    renderSignalTable(s),
    '<h3>At a glance</h3>',
    r.summary ? renderStats(r.summary) : NOT_COMPUTED,
  );
};

const renderLegend = (): string => {
  const kinds = KIND_ORDER.map(
    (k) => `<li><span class="swatch k-${k}" aria-hidden="true"></span>${esc(KINDS[k].label)}</li>`,
  ).join('');
  const claims = Object.entries(CLAIM_TYPES)
    .map(
      ([t, c]) =>
        `<li><span class="cm cm-${t}" aria-hidden="true">${c.letter}</span>claim: ${esc(c.label)}</li>`,
    )
    .join('');
  const hedges =
    '<li><span class="hg hg-hedge">hedge</span></li><li><span class="hg hg-booster">booster</span></li>' +
    '<li><span class="hg hg-hearsay">hearsay cue</span></li>';
  return `<ul class="legend" aria-label="Legend">${kinds}${claims}${hedges}</ul>`;
};

const excerpt = (r: Report, start: number, end: number): string => {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > r.text.length || start >= end)
    return '';
  const t = r.text.slice(start, end).replace(/\s+/g, ' ').trim();
  return t.length > 160 ? `${t.slice(0, 159)}…` : t;
};

const STATUS: Record<Check['status'], string> = {
  consistent: '✓ consistent',
  inconsistent: '✗ inconsistent',
  unverifiable: '? unverifiable',
};

const renderChecks = (r: Report): string => {
  if (!r.checks) return section('checks', 'Checks', NOT_COMPUTED);
  const items = r.checks.map((c) => {
    const status = Object.hasOwn(STATUS, c.status) ? c.status : 'unverifiable';
    const quote = excerpt(r, c.span.start, c.span.end);
    const evidence = c.evidence.length
      ? `<br><small>Evidence: ${c.evidence.map(esc).join('; ')}</small>`
      : '';
    return (
      `<li class="st-${status}"><span class="status">${STATUS[status]}</span> · ${esc(c.kind)}` +
      `${quote ? ` · <q>${esc(quote)}</q>` : ''}<br>${esc(c.detail)}${evidence}</li>`
    );
  });
  return section(
    'checks',
    'Checks',
    items.length
      ? `<ul class="checks">${items.join('\n')}</ul>`
      : '<p class="empty">No checkable facts found.</p>',
  );
};

const renderSources = (r: Report): string => {
  if (!r.sources) return section('sources', 'Sources', NOT_COMPUTED);
  const rows = r.sources.map((s) => {
    const k = kindOf(s.kind);
    return (
      `<tr><th scope="row">${esc(s.name)}</th><td><span class="swatch k-${k}" aria-hidden="true"></span> ${esc(KINDS[k].label)}</td>` +
      `<td class="n">${esc(s.quotes)}</td><td class="n">${esc(s.mentions.length)}</td></tr>`
    );
  });
  return section(
    'sources',
    'Sources',
    rows.length
      ? '<table class="sources"><thead><tr><th scope="col">Source</th><th scope="col">Kind</th><th scope="col" class="n">Quotes</th>' +
          `<th scope="col" class="n">Mentions</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`
      : '<p class="empty">The article cites no sources.</p>',
  );
};

/** Renders a report as one self-contained, accessible HTML page. */
export const renderHtml = (report: Report): string => {
  const title = report.meta.title?.trim() || 'Untitled article';
  return htmlPage({
    title: `hearsay: ${title}`,
    meta: [`<meta name="generator" content="hearsay (report schema ${esc(report.schemaVersion)})">`],
    styles: `<style>${CSS}</style>`,
    skip: { to: 'article', label: 'Skip to the article' },
    body: [
      renderHeader(report),
      '<main class="wrap">',
      renderScore(report),
      '<section id="article" aria-labelledby="h-article" tabindex="-1">',
      '<h2 id="h-article">Article</h2>',
      renderLegend(),
      `<div class="article">${renderArticle(report)}</div>`,
      '</section>',
      renderChecks(report),
      renderSources(report),
      '</main>',
    ],
  });
};
