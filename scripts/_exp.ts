import { readFileSync } from 'node:fs';
import { fitSoftmax, logits, softmaxInPlace, type SparseRow } from '../src/stages/claims/softmax.ts';
const rows = JSON.parse(readFileSync('/tmp/hs17-dump.json', 'utf8')) as { label: string; article: number; w: string[]; f: Record<string, number> }[];
const CL = ['fact-public', 'fact-private', 'mental-state', 'speculation', 'opinion'];
const mode = process.argv[2] ?? 'base';
const l2 = Number(process.argv[3] ?? 0.004);
const words = process.argv[4] !== 'nowords';
const folds = 5;
const nA = Math.max(...rows.map((r) => r.article)) + 1;
const order = Array.from({ length: nA }, (_, i) => i).sort((a, b) => ((a * 2654435761) >>> 0) % 1000 - ((b * 2654435761) >>> 0) % 1000 || a - b);
const foldOf = new Map(order.map((a, i) => [a, i % folds]));
const feats = (r: (typeof rows)[number]): [string, number][] => {
  const base = Object.entries(r.f).filter(([k]) => !k.endsWith('@quoted') || mode !== 'noq');
  const out: [string, number][] = [...base];
  if (mode === 'quad') {
    const b = base.filter(([k]) => !k.endsWith('@quoted'));
    for (let i = 0; i < b.length; i++) for (let j = i + 1; j < b.length; j++) out.push([`${b[i]![0]}*${b[j]![0]}`, b[i]![1] * b[j]![1]]);
  }
  if (words) for (const w of new Set(r.w)) out.push([`w:${w}`, 1]);
  return out;
};
const F = rows.map(feats);
const content = (c: string) => (c.startsWith('fact') ? 'fact' : c);
let chkN = 0, chkOk = 0; const sep = process.argv[5] === 'sep';
let ok = 0; const conf = new Map<string, number>();
const tp: Record<string, number> = {}, fp: Record<string, number> = {}, fn: Record<string, number> = {};
for (let f = 0; f < folds; f++) {
  const tr = rows.map((_, i) => i).filter((i) => foldOf.get(rows[i]!.article) !== f);
  const te = rows.map((_, i) => i).filter((i) => foldOf.get(rows[i]!.article) === f);
  const df = new Map<string, number>();
  for (const i of tr) for (const [k] of F[i]!) df.set(k, (df.get(k) ?? 0) + 1);
  const col = new Map<string, number>();
  for (const [k, c] of df) if (c >= 2) col.set(k, col.size);
  const X = (i: number): SparseRow => { const e = F[i]!.filter(([k]) => col.has(k)); return { index: Int32Array.from(e, ([k]) => col.get(k)!), value: Float64Array.from(e, ([, v]) => v) }; };
  const freq = CL.map(() => 0); for (const i of tr) freq[CL.indexOf(rows[i]!.label)]!++;
  const rw = tr.map((i) => (tr.length / (5 * freq[CL.indexOf(rows[i]!.label)]!)) ** 0.5);
  const m = fitSoftmax(tr.map(X), tr.map((i) => CL.indexOf(rows[i]!.label)), 5, col.size, { l2, iterations: 400, rowWeights: rw });
  let mb: ReturnType<typeof fitSoftmax> | null = null;
  if (sep) {
    const trf = tr.filter((i) => rows[i]!.label.startsWith('fact'));
    mb = fitSoftmax(trf.map(X), trf.map((i) => (rows[i]!.label === 'fact-private' ? 1 : 0)), 2, col.size, { l2: Number(process.argv[6] ?? l2), iterations: 400 });
  }
  const z = new Float64Array(5);
  const z2 = new Float64Array(2);
  for (const i of te) {
    const x = X(i); logits(m, x.index, x.value, x.index.length, z); softmaxInPlace(z);
    const fact = z[0]! + z[1]!; let best = 2; for (let k = 3; k < 5; k++) if (z[k]! > z[best]!) best = k;
    const p = fact >= z[best]! ? 'fact' : CL[best]!; const g = content(rows[i]!.label);
    let chk = p === 'fact' ? (z[0]! >= z[1]! ? 'fact-public' : 'fact-private') : null;
    if (p === 'fact' && mb) { logits(mb, x.index, x.value, x.index.length, z2); chk = z2[0]! >= z2[1]! ? 'fact-public' : 'fact-private'; }
    if (g === 'fact') { chkN++; if (chk === rows[i]!.label) chkOk++; }
    if (p === g) { ok++; tp[g] = (tp[g] ?? 0) + 1; } else { fp[p] = (fp[p] ?? 0) + 1; fn[g] = (fn[g] ?? 0) + 1; }
  }
}
const f1 = ['fact', 'mental-state', 'speculation', 'opinion'].map((c) => { const t = tp[c] ?? 0; return (2 * t) / (2 * t + (fp[c] ?? 0) + (fn[c] ?? 0)); });
console.log(mode, l2, words, 'acc', (ok / rows.length).toFixed(3), 'macroF1', (f1.reduce((a, b) => a + b) / 4).toFixed(3), f1.map((x) => x.toFixed(3)).join(' '), 'chk', (chkOk / chkN).toFixed(3));
