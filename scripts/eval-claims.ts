/**
 * The claim typer on the annotated DEV articles (../shared/gold/tabloid-dev.claims.jsonl): accuracy,
 * macro-F1, per-type F1, checkable agreement and the confusion matrix, matched as the shared evaluator
 * (eval-tabloid.mjs --part claims) matches them. For choosing and reporting; nothing is fitted here.
 *
 *   npm run eval:claims                 dev
 *   npm run eval:claims -- --split train --verbose
 */
import { parseScriptArgs } from './lib/args.ts';
import { findClaims } from '../src/stages/claims/stage.ts';
import { docBeforeClaims, readGold, SHARED, unitAt } from './lib/claims-gold.ts';
import { ClaimTally } from './lib/claims-metrics.ts';

const { values: args } = parseScriptArgs({
  options: { split: { type: 'string', default: 'dev' }, verbose: { type: 'boolean', default: false } },
});
const split = args.split === 'train' ? 'train' : 'dev';
const gold = readGold(split);
if (!gold) {
  console.log(`eval:claims: the annotated articles are not present (${SHARED}/gold); nothing to measure.`);
  process.exit(0);
}
const tally = new ClaimTally();
// units against the readers' (as fit-claims.ts counts them): a gold claim alone in its predicted claim,
// which ends where the next gold claim starts (the same unit) or is cut short by another predicted claim
// (split further); one sharing its predicted claim with another gold claim (not split where the readers
// split); or no predicted claim at all (missed). A mismatched unit counts against accuracy.
const UNIT_MATCH = ['the same unit', 'split further', 'sharing one', 'missed'] as const;
const unitN = UNIT_MATCH.map(() => 0);
const unitOk = UNIT_MATCH.map(() => 0);
for (const a of gold) {
  const doc = docBeforeClaims(a);
  const claims = findClaims(doc);
  const hits = new Map<number, number>();
  for (const g of a.claims) {
    const i = g.pos < 0 ? -1 : unitAt(claims, g.pos);
    hits.set(i, (hits.get(i) ?? 0) + 1);
  }
  for (const [gi, g] of a.claims.entries()) {
    const i = g.pos < 0 ? -1 : unitAt(claims, g.pos);
    const c = i >= 0 ? claims[i]! : null;
    tally.add(g, c);
    const nextPos = a.claims.slice(gi + 1).find((x) => x.pos >= 0)?.pos ?? a.text.length;
    const cutShort = i >= 0 && i + 1 < claims.length && claims[i + 1]!.start < nextPos - 15;
    const u = !c ? 3 : (hits.get(i) ?? 0) > 1 ? 2 : cutShort ? 1 : 0;
    unitN[u]!++;
    if (c?.content === g.content) unitOk[u]!++;
    if (
      args.verbose &&
      c &&
      (c.content !== g.content || (g.content === 'fact' && c.checkable !== g.checkable))
    )
      console.log(
        `  ${a.id} "${g.startsWith.slice(0, 50)}" ${c.content}/${c.checkable}, want ${g.content}/${g.checkable}: ${c.reason}`,
      );
    if (args.verbose && !c)
      console.log(`  ${a.id} no claim at "${g.startsWith.slice(0, 50)}" (${g.content})`);
  }
}
const s = tally.summary();
console.log(
  `claims (${split}, ${gold.length} articles, ${s.claims} gold claims, ${Math.round(s.matched * 100)}% matched)`,
);
console.log(`  accuracy   ${s.accuracy}`);
console.log(`  macro-F1   ${s.macroF1}`);
for (const [t, f] of Object.entries(s.f1)) console.log(`  F1 ${t.padEnd(13)}${f}`);
console.log(`  checkable  ${s.checkable} (public/private agreement on gold facts)`);
console.log('  confusion (gold down, predicted across):');
for (const line of tally.matrix()) console.log(`    ${line}`);
console.log(
  `  units against the readers': ${UNIT_MATCH.map((u, k) => `${u} ${unitN[k]} (accuracy ${(unitOk[k]! / Math.max(1, unitN[k]!)).toFixed(3)})`).join('; ')}`,
);
