/**
 * The annotated claims of ../shared/gold (tabloid-{train,dev}.claims.jsonl, texts from
 * data/gossipcop-dev.jsonl by id), aligned to the engine's claim units the way the shared evaluator
 * matches them: a gold claim belongs to the unit that contains its start (or starts within 15 characters).
 * A sentence the readers split into clauses of different types is split at their clause starts, so the
 * fit learns from clauses; at run time the stage finds such splits itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArticle } from '../../src/article.ts';
import { bundledKb, standard } from '../../src/index.ts';
import type { Doc } from '../../src/pipeline/doc.ts';
import { runStages } from '../../src/pipeline/processor.ts';
import type { ClaimContent } from '../../src/report/schema.ts';
import { type ClaimUnit, claimUnits, trimSpan } from '../../src/stages/claims/units.ts';

/** Where the shared material lives, from the project root. */
export const SHARED = path.resolve('..', 'shared');

/** One gold claim with its offset in the text (-1 when its startsWith is not found). */
export interface GoldClaim {
  readonly pos: number;
  readonly startsWith: string;
  readonly content: ClaimContent;
  readonly checkable: 'public' | 'private' | null;
  /** The readers' voice and source kind ("quoted anonymous", "author none"): how CV errors are grouped. */
  readonly group: string;
}

/** One annotated article. */
export interface GoldArticle {
  readonly id: string;
  readonly text: string;
  readonly title: string | null;
  readonly claims: readonly GoldClaim[];
}

const readLines = (file: string): Record<string, unknown>[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

/** Reads a split's gold with its texts; null when ../shared is not there. */
export function readGold(split: 'train' | 'dev'): GoldArticle[] | null {
  const goldFile = path.join(SHARED, 'gold', `tabloid-${split}.claims.jsonl`);
  const dataFile = path.join(SHARED, 'data', 'gossipcop-dev.jsonl');
  if (!existsSync(goldFile) || !existsSync(dataFile)) return null;
  const texts = new Map(readLines(dataFile).map((r) => [String(r.id), r]));
  return readLines(goldFile).map((g) => {
    const rec = texts.get(String(g.id));
    if (!rec) throw new Error(`${goldFile}: article ${String(g.id)} is not in ${dataFile}`);
    const text = String(rec.text);
    let cur = 0;
    const claims = (g.claims as Record<string, unknown>[]).map((c) => {
      const sw = String(c.startsWith);
      let pos = text.indexOf(sw, cur);
      if (pos < 0) pos = text.indexOf(sw);
      if (pos >= 0) cur = pos;
      return {
        pos,
        startsWith: sw,
        content: c.content as ClaimContent,
        checkable: (c.checkable as 'public' | 'private' | null) ?? null,
        group: `${String(c.voice)} ${c.attributed == null ? 'none' : String(c.attributed)}`,
      };
    });
    return { id: String(g.id), text, title: typeof rec.title === 'string' ? rec.title : null, claims };
  });
}

const kb = bundledKb();
const upToClaims = standard.slice(
  0,
  standard.findIndex((s) => s.name === 'claims'),
);

/** The document as the claims stage sees it (every stage before it run). */
export function docBeforeClaims(a: GoldArticle): Doc {
  const article = parseArticle({ id: a.id, text: a.text, title: a.title });
  if (!article.ok) throw article.error;
  return runStages(upToClaims, article.value, kb);
}

/** The unit a gold claim at `pos` is matched to, as the shared evaluator matches claims. */
export function unitAt<T extends { start: number; end: number }>(units: readonly T[], pos: number): number {
  const i = units.findIndex((u) => u.start <= pos && pos < u.end);
  return i >= 0 ? i : units.findIndex((u) => Math.abs(u.start - pos) <= 15);
}

/** A training example: a unit (or a clause of one) and its gold claim. */
export interface Example {
  readonly unit: ClaimUnit;
  readonly gold: GoldClaim;
  /** True when this is not the last clause of its sentence (the question mark is elsewhere). */
  readonly clause: boolean;
}

/** The units of a document paired with the gold claims they hold, split at the readers' clause starts. */
export function examples(doc: Doc, a: GoldArticle): { examples: Example[]; unmatched: GoldClaim[] } {
  const units = claimUnits(doc);
  const byUnit = new Map<number, GoldClaim[]>();
  const unmatched: GoldClaim[] = [];
  for (const g of a.claims) {
    const i = g.pos < 0 ? -1 : unitAt(units, g.pos);
    if (i < 0) unmatched.push(g);
    else (byUnit.get(i) ?? byUnit.set(i, []).get(i)!).push(g);
  }
  const out: Example[] = [];
  for (const [i, gs] of [...byUnit].sort((x, y) => x[0] - y[0])) {
    const u = units[i]!;
    for (let k = 0; k < gs.length; k++) {
      const from = k === 0 ? u.start : Math.max(u.start, gs[k]!.pos);
      const to = k + 1 < gs.length ? Math.min(u.end, Math.max(from + 1, gs[k + 1]!.pos)) : u.end;
      const span = trimSpan(doc.text, from, to) ?? { start: from, end: to };
      out.push({ unit: { ...u, start: span.start, end: span.end }, gold: gs[k]!, clause: k + 1 < gs.length });
    }
  }
  return { examples: out, unmatched };
}
