/**
 * Escaping and the vocabulary of the HTML report: one table of source kinds and claim types, so colours,
 * patterns and labels stay in step across the article, the legend and the sources table.
 */
import type { Claim, ClaimContent, Report, SourceKind } from '../report/schema.ts';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values alike. */
export const esc = (s: unknown): string => String(s ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** How each source kind is told apart: a label (the non-colour cue) and the border style of its highlight. */
export const KINDS: Readonly<Record<SourceKind, { readonly label: string; readonly border: string }>> = {
  anonymous: { label: 'anonymous', border: 'dashed' },
  'named-person': { label: 'named person', border: 'solid' },
  'named-organization': { label: 'organization', border: 'double' },
  document: { label: 'document', border: 'solid' },
  'unnamed-media': { label: 'unnamed media', border: 'dotted' },
  outlet: { label: 'the outlet', border: 'dashed' },
  unknown: { label: 'unknown', border: 'dotted' },
};

/** Kinds in legend order: most to least accountable. */
export const KIND_ORDER: readonly SourceKind[] = [
  'named-person',
  'named-organization',
  'document',
  'outlet',
  'unnamed-media',
  'anonymous',
  'unknown',
];

/** A kind from the report, or `unknown` when a hand-edited report carries something else. */
export const kindOf = (k: unknown): SourceKind =>
  typeof k === 'string' && Object.hasOwn(KINDS, k) ? (k as SourceKind) : 'unknown';

/** Claim content types with the letter shown in the margin marker and a phrase for screen readers. */
export const CLAIM_TYPES: Readonly<
  Record<ClaimContent, { readonly letter: string; readonly label: string }>
> = {
  fact: { letter: 'F', label: 'fact' },
  'mental-state': { letter: 'M', label: 'mind-reading' },
  speculation: { letter: 'S', label: 'speculation' },
  opinion: { letter: 'O', label: 'opinion' },
};

/** A claim's content from the report, or `speculation` for an unknown one (the weakest honest reading). */
export const claimTypeOf = (t: unknown): ClaimContent =>
  typeof t === 'string' && Object.hasOwn(CLAIM_TYPES, t) ? (t as ClaimContent) : 'speculation';

/** "private fact, rests on an insider (anonymous)": a claim's reading and what it rests on, in words. */
export function claimReading(r: Report, c: Claim): string {
  const type = CLAIM_TYPES[claimTypeOf(c.content)].label;
  const what = c.checkable ? `${c.checkable} ${type}` : type;
  const src = c.attribution ? r.sources?.find((s) => s.id === c.attribution!.sourceId) : undefined;
  const rests = c.attribution
    ? `rests on ${src ? `${src.name} (${c.attribution.kind})` : c.attribution.kind}`
    : 'no source given';
  return `${what}, ${rests}`;
}

/** Formats a number for display with a fixed number of decimals and a real minus sign. */
export const num = (n: number, digits = 1): string =>
  Number.isFinite(n) ? n.toFixed(digits).replace(/^-/, '−') : '–';

/** Formats a signed contribution, always showing its sign. */
export const signed = (n: number, digits = 2): string => (n > 0 ? `+${num(n, digits)}` : num(n, digits));

/** Formats a 0–1 share as a whole percentage. */
export const pct = (n: number): string => (Number.isFinite(n) ? `${Math.round(n * 100)}%` : '–');
