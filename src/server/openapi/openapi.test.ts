/**
 * The OpenAPI document is valid OpenAPI 3.1 (checked by a real validator), embeds the report schema from
 * the one zod derivation, lists every route the server answers, and the docs page lists every error code.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { createServer } from '../app.ts';
import { apiCodes } from '../problem/problem.ts';

test('GET /openapi.json is a valid OpenAPI 3.1 document', async () => {
  const app = await createServer();
  const res = await app.inject({ method: 'GET', url: '/openapi.json' });
  assert.equal(res.statusCode, 200);
  const doc = res.json();
  const v = new Validator();
  const result = await v.validate(doc);
  assert.equal(result.valid, true, JSON.stringify(result.errors, null, 1)?.slice(0, 2000));
  assert.equal(doc.openapi, '3.1.0');
  await app.close();
});

test('the Report component is the committed JSON Schema, minus $schema', async () => {
  const app = await createServer();
  const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json();
  const { $schema: _drop, ...committed } = JSON.parse(readFileSync('schema/report.schema.json', 'utf8'));
  assert.deepEqual(doc.components.schemas.Report, committed);
  await app.close();
});

test('every documented operation is a route the server has', async () => {
  const app = await createServer();
  const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json();
  const ops = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([p, m]) =>
    Object.keys(m).map((method) => [method.toUpperCase(), p.replace(/\{([^}]+)\}/g, ':$1')] as const),
  );
  assert.ok(ops.length >= 3);
  await app.ready();
  for (const [method, url] of ops)
    assert.ok(app.hasRoute({ method: method as 'GET', url }), `${method} ${url} is routed`);
  await app.close();
});

test('GET /docs is a readable page listing every operation and every error code, with no script', async () => {
  const app = await createServer();
  const res = await app.inject({ method: 'GET', url: '/docs' });
  assert.equal(res.statusCode, 200);
  assert.match(res.headers['content-type'] as string, /^text\/html/);
  for (const { code } of apiCodes()) assert.ok(res.body.includes(`id="${code}"`), code);
  assert.ok(res.body.includes('<code>/v1/analyze</code>'));
  assert.doesNotMatch(res.body, /<script/i);
  await app.close();
});
