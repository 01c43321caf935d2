/**
 * The `/docs` page: the OpenAPI document as readable HTML (operations, parameters, bodies, responses, and
 * the error codes every problem+json answer may carry), self-contained and without script.
 */
import { esc } from '../../render/html-util.ts';
import { layout, main } from '../../web/layout.ts';

interface Operation {
  readonly operationId?: string;
  readonly summary?: string;
  readonly description?: string;
  readonly parameters?: ReadonlyArray<{ name: string; in: string; required?: boolean; description?: string }>;
  readonly requestBody?: { content: Record<string, { schema?: unknown }> };
  readonly responses?: Record<string, { description: string; content?: Record<string, unknown> }>;
  readonly security?: unknown[];
}

const schemaBlock = (title: string, schema: unknown): string =>
  `<details><summary>${esc(title)}</summary><pre>${esc(JSON.stringify(schema, null, 2))}</pre></details>`;

const operation = (method: string, path: string, op: Operation): string => {
  const id = op.operationId ?? `${method}-${path}`;
  const params = op.parameters?.length
    ? '<div class="table-wrap"><table><caption>Parameters</caption><thead><tr><th scope="col">Name</th><th scope="col">In</th><th scope="col">Required</th><th scope="col">Description</th></tr></thead><tbody>' +
      op.parameters
        .map(
          (p) =>
            `<tr><td><code>${esc(p.name)}</code></td><td>${esc(p.in)}</td><td>${p.required ? 'yes' : 'no'}</td><td>${esc(p.description ?? '')}</td></tr>`,
        )
        .join('') +
      '</tbody></table></div>'
    : '';
  const body = op.requestBody
    ? `<p>Request body: ${Object.keys(op.requestBody.content)
        .map((t) => `<code>${esc(t)}</code>`)
        .join(', ')}</p>`
    : '';
  const responses = Object.entries(op.responses ?? {})
    .map(
      ([status, r]) =>
        `<tr><td class="n">${esc(status)}</td><td>${esc(r.description)}</td><td>${Object.keys(r.content ?? {})
          .map((t) => `<code>${esc(t)}</code>`)
          .join(' ')}</td></tr>`,
    )
    .join('');
  return [
    `<section aria-labelledby="op-${esc(id)}">`,
    `<h3 id="op-${esc(id)}"><span class="method ${esc(method)}">${esc(method.toUpperCase())}</span> <code>${esc(path)}</code></h3>`,
    `<p><strong>${esc(op.summary ?? '')}</strong>${op.security ? ' (needs the bearer token)' : ''}</p>`,
    op.description ? `<p>${esc(op.description)}</p>` : '',
    params,
    body,
    `<div class="table-wrap"><table><caption>Responses</caption><thead><tr><th scope="col" class="n">Status</th><th scope="col">Meaning</th><th scope="col">Content</th></tr></thead><tbody>${responses}</tbody></table></div>`,
    '</section>',
  ].join('\n');
};

/** Renders the docs page from the OpenAPI document. */
export const docsPage = (doc: Record<string, unknown>, corpus: boolean): string => {
  const paths = doc.paths as Record<string, Record<string, Operation>>;
  const ops = Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => operation(method, path, op)),
  );
  const codes = (doc['x-error-codes'] as Array<{ code: string; status: number; message: string }>)
    .map(
      (c) =>
        `<tr id="${esc(c.code)}"><td><code>${esc(c.code)}</code></td><td class="n">${esc(c.status)}</td><td>${esc(c.message)}</td></tr>`,
    )
    .join('');
  const schemas = doc.components as { schemas: Record<string, unknown> };
  const info = doc.info as { title: string; version: string; description: string };
  return layout({
    title: 'API',
    nav: 'docs',
    corpus,
    body: main(
      [
        '<div class="docs">',
        `<h1>The hearsay API <small>${esc(info.version)}</small></h1>`,
        `<p>${esc(info.description)}</p>`,
        '<p>The machine-readable document is at <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1). Corpus routes answer <code>404 HS_NO_STORE</code> when the server was started without <code>--db</code>; writes need <code>Authorization: Bearer &lt;token&gt;</code> and are refused when the server has no <code>--token</code>.</p>',
        '<h2>Operations</h2>',
        ...ops,
        '<h2 id="errors">Error codes</h2>',
        '<p>Every error is <code>application/problem+json</code> (RFC 9457) with the code in <code>code</code> and the message in <code>detail</code>.</p>',
        `<div class="table-wrap"><table><thead><tr><th scope="col">Code</th><th scope="col" class="n">Status</th><th scope="col">Message</th></tr></thead><tbody>${codes}</tbody></table></div>`,
        '<h2>Schemas</h2>',
        ...Object.entries(schemas.schemas).map(([name, s]) => schemaBlock(name, s)),
        '</div>',
      ].join('\n'),
    ),
  });
};
