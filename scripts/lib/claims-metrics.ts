/**
 * The claims metrics of the shared evaluator (eval-tabloid.mjs --part claims): accuracy and macro-F1
 * over the four content types, per-type F1, the confusion matrix, and checkable agreement on gold facts.
 * A gold claim with no predicted claim counts as a miss of its type.
 */
import type { ClaimContent } from '../../src/report/schema.ts';

/** The content types, in table order. */
export const CONTENTS: readonly ClaimContent[] = ['fact', 'mental-state', 'speculation', 'opinion'];

/** Running tallies. */
export class ClaimTally {
  n = 0;
  matched = 0;
  ok = 0;
  chkN = 0;
  chkOk = 0;
  /** confusion[gold][predicted]; predicted "none" when no claim matched. */
  readonly confusion = new Map<string, Map<string, number>>();

  /** Adds one gold claim and what was predicted for it (null: no claim there). */
  add(
    gold: { content: ClaimContent; checkable: 'public' | 'private' | null },
    pred: { content: ClaimContent; checkable: 'public' | 'private' | null } | null,
  ): void {
    this.n++;
    const row = this.confusion.get(gold.content) ?? new Map<string, number>();
    this.confusion.set(gold.content, row);
    const p = pred?.content ?? 'none';
    row.set(p, (row.get(p) ?? 0) + 1);
    if (!pred) return;
    this.matched++;
    if (pred.content === gold.content) this.ok++;
    if (gold.content === 'fact' && gold.checkable) {
      this.chkN++;
      if (pred.checkable === gold.checkable) this.chkOk++;
    }
  }

  /** F1 of one type. */
  f1(type: ClaimContent): number {
    const tp = this.confusion.get(type)?.get(type) ?? 0;
    let fn = 0;
    for (const [p, c] of this.confusion.get(type) ?? []) if (p !== type) fn += c;
    let fp = 0;
    for (const [g, row] of this.confusion) if (g !== type) fp += row.get(type) ?? 0;
    return (2 * tp) / Math.max(1, 2 * tp + fp + fn);
  }

  /** The figures, rounded as the shared evaluator rounds them. */
  summary(): {
    claims: number;
    matched: number;
    accuracy: number;
    macroF1: number;
    f1: Record<string, number>;
    checkable: number | null;
  } {
    const r = (x: number): number => Math.round(x * 1000) / 1000;
    const f1 = Object.fromEntries(CONTENTS.map((t) => [t, r(this.f1(t))]));
    return {
      claims: this.n,
      matched: r(this.matched / Math.max(1, this.n)),
      accuracy: r(this.ok / Math.max(1, this.n)),
      macroF1: r(CONTENTS.reduce((s, t) => s + this.f1(t), 0) / CONTENTS.length),
      f1,
      checkable: this.chkN ? r(this.chkOk / this.chkN) : null,
    };
  }

  /** The confusion matrix as aligned text rows (gold down, predicted across). */
  matrix(): string[] {
    const cols = [...CONTENTS, 'none'];
    const w = 13;
    const lines = [`${'gold \\ pred'.padEnd(w)}${cols.map((c) => c.padStart(w)).join('')}`];
    for (const g of CONTENTS) {
      const row = this.confusion.get(g);
      lines.push(`${g.padEnd(w)}${cols.map((c) => String(row?.get(c) ?? 0).padStart(w)).join('')}`);
    }
    return lines;
  }
}
