/**
 * Prints the named features of each claim unit of a text (`node --import tsx scripts/claim-features.ts "…"`),
 * to check what the typer reads: subjects, cues, main clause.
 */
import { parseArticle } from '../src/article.ts';
import { bundledKb } from '../src/kb/load.ts';
import { standard } from '../src/pipeline/presets.ts';
import { docBefore } from '../src/pipeline/processor.ts';
import { claimIndex, columnName, extractFeatures, FeatureBuffer, NF } from '../src/stages/claims/features.ts';
import { CLASSES, classify, classProbabilities, shippedModel } from '../src/stages/claims/model.ts';
import { claimUnits } from '../src/stages/claims/units.ts';

const text = process.argv.slice(2).join(' ');
const a = parseArticle({ text, date: '2024-10-08' });
if (!a.ok) throw a.error;
const doc = docBefore(standard, 'claims', a.value, bundledKb());
const model = shippedModel();
const index = claimIndex(doc, model.vocab);
const kindOf = new Map(doc.sources.map((s) => [s.id, s.kind]));
const buf = new FeatureBuffer();
for (const u of claimUnits(doc)) {
  const sid = u.quote?.sourceId ?? null;
  extractFeatures(
    doc,
    u,
    {
      quoted: u.quoted,
      attribution: sid ? (kindOf.get(sid) ?? null) : null,
      firstSentence: u.firstSentence,
      question: u.question,
    },
    index,
    buf,
  );
  const v = classify(model, buf);
  const on: string[] = [];
  for (let j = 0; j < NF; j++)
    if (buf.value[j]) {
      const at = buf.at[j]!;
      on.push(
        `${columnName(j)}${at >= 0 ? `“${doc.text.slice(doc.tokens.start[at]!, doc.tokens.end[at]!)}”` : ''}`,
      );
    }
  const p = Array.from(classProbabilities(model, buf), (x) => x.toFixed(2)).join(' ');
  console.log(
    `${doc.text.slice(u.start, u.end)}\n  [${p}] ${v.cls} ${v.probability.toFixed(2)} (${CLASSES[v.second]}) | ${on.join(' ')}`,
  );
}
