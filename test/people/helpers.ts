/**
 * Helpers for the people tests (entities, claims, hedges, language, summary): fixture loading from
 * test/fixtures/people/, cached reports, and lookups that find an entity, claim or hedge by the exact
 * text it covers. Like the spine helpers, every lookup compares exact offsets found by searching the
 * text, and fails with a listing of what the report holds instead.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Claim, Entity, FullReport as Report, Hedge, Span } from '../../src/index.ts';
import { cachedReports, spanOf } from '../spine/helpers.ts';

export { at, bounds, quoteOf, sourceOf, spanIn, spanOf } from '../spine/helpers.ts';

/** The folder holding the people fixtures. */
export const PEOPLE = fileURLToPath(new URL('../fixtures/people/', import.meta.url));

/** The raw text of a people fixture. */
export const fixture = (name: string): string => readFileSync(`${PEOPLE}${name}`, 'utf8');

/** The report of a people fixture (analysed once per test file). */
export const report = cachedReports(fixture);

const show = (r: Report, s: Span): string => JSON.stringify(r.text.slice(s.start, s.end));

/** Every entity, one a line, with its mentions: for failure messages. */
export const listEntities = (r: Report): string =>
  r.entities
    .map(
      (e) =>
        `  ${e.id} ${e.kind} ${JSON.stringify(e.name)} [${e.mentions.map((m) => show(r, m)).join(', ')}]`,
    )
    .join('\n');

/** The entity one of whose mentions is exactly `span`; fails with the list of entities if none is. */
export function entityAt(r: Report, span: Span): Entity {
  const e = r.entities.find((x) => x.mentions.some((m) => m.start === span.start && m.end === span.end));
  assert.ok(e, `no entity has a mention exactly at ${show(r, span)}; entities are:\n${listEntities(r)}`);
  return e;
}

/** The entity mentioned exactly at the `nth` occurrence of `needle` in the text. */
export const entityOf = (r: Report, needle: string, nth = 1): Entity =>
  entityAt(r, spanOf(r.text, needle, nth));

/** The entity with this knowledge-base id; fails with the list of entities if there is none. */
export function entityByKb(r: Report, kbId: string): Entity {
  const e = r.entities.find((x) => x.kbId === kbId);
  assert.ok(e, `no entity has kbId ${kbId}; entities are:\n${listEntities(r)}`);
  return e;
}

/** The entity with this name; fails with the list of entities if there is none. */
export function entityNamed(r: Report, name: string): Entity {
  const e = r.entities.find((x) => x.name === name);
  assert.ok(e, `no entity is named ${JSON.stringify(name)}; entities are:\n${listEntities(r)}`);
  return e;
}

/** The texts of an entity's mentions, in text order. */
export const mentionTexts = (r: Report, e: Entity): string[] =>
  e.mentions.map((m) => r.text.slice(m.start, m.end));

/** Every claim, one a line: for failure messages. */
export const listClaims = (r: Report): string =>
  r.claims.map((c) => `  ${c.id} ${c.type} ${c.voice} ${show(r, c)}`).join('\n');

/** The claim covering exactly `content`; fails with the list of claims if none does. */
export function claimOf(r: Report, content: string): Claim {
  const c = r.claims.find((x) => r.text.slice(x.start, x.end) === content);
  assert.ok(c, `no claim spans exactly ${JSON.stringify(content)}; claims are:\n${listClaims(r)}`);
  return c;
}

/** The claims overlapping a span. */
export const claimsOverlapping = (r: Report, s: Span): Claim[] =>
  r.claims.filter((c) => c.start < s.end && s.start < c.end);

/** Every hedge, one a line: for failure messages. */
export const listHedges = (r: Report): string =>
  r.hedges.map((h) => `  ${h.kind}${h.agentless ? ' agentless' : ''} ${show(r, h)}`).join('\n');

/** The hedge, booster or hearsay cue covering exactly `span`; fails with the list of hedges if none does. */
export function hedgeAt(r: Report, span: Span): Hedge {
  const h = r.hedges.find((x) => x.start === span.start && x.end === span.end);
  assert.ok(h, `no hedge spans exactly ${show(r, span)}; hedges are:\n${listHedges(r)}`);
  return h;
}

/** The hedges overlapping a span. */
export const hedgesOverlapping = (r: Report, s: Span): Hedge[] =>
  r.hedges.filter((h) => h.start < s.end && s.start < h.end);

/** The texts a list of spans covers. */
export const texts = (r: Report, spans: readonly Span[]): string[] =>
  spans.map((s) => r.text.slice(s.start, s.end));
