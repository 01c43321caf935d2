/**
 * Sources: every speaker resolves to one source. Named speakers group by entity; "an insider" …
 * "our insider" … "the insider" are one source (a definite or possessive mention points back at the
 * last singular anonymous source); plural "sources" are one group; "another source" is new.
 * Also lists sources the article cites without quoting (a named spokesperson, "reports").
 */
import type { Doc } from '../pipeline/doc.ts';
import { defineStage } from '../pipeline/stage.ts';
import type { Quote, Source } from '../report/schema.ts';

function run(doc: Doc): { quotes: Quote[]; sources: Source[] } {
  const sources: Source[] = [];
  const byKey = new Map<string, Source>();
  let lastSingular: Source | null = null;
  const order = [...doc.quotes].sort((a, b) => a.start - b.start);
  const idFor = new Map<string, string>();
  for (const q of order) {
    const key = q.sourceId;
    if (!key || idFor.has(`${q.id}`)) continue;
    let src: Source | undefined;
    if (key.startsWith('anon:def:') && lastSingular) src = lastSingular;
    else src = byKey.get(key);
    if (!src) {
      src = {
        id: `s${sources.length + 1}`,
        kind: q.speaker.kind,
        name: q.speaker.name,
        mentions: [],
        quotes: 0,
        entityId: key.startsWith('entity:') ? key.slice(7) : null,
      };
      sources.push(src);
      byKey.set(key, src);
    }
    if (key.startsWith('anon:') && !key.startsWith('anon:plural:')) lastSingular = src;
    const m = q.speaker.mention;
    if (m && !src.mentions.some((x) => x.start === m.start)) src.mentions.push(m);
    idFor.set(q.id, src.id);
  }
  const counted = new Map<string, number>();
  const quotes = doc.quotes.map((q) => {
    const id = idFor.get(q.id) ?? null;
    if (id) counted.set(id, (counted.get(id) ?? 0) + 1);
    const src = id ? sources.find((s) => s.id === id) : undefined;
    return {
      ...q,
      sourceId: id,
      speaker: src ? { ...q.speaker, name: src.name, kind: src.kind } : q.speaker,
    };
  });
  return {
    quotes,
    sources: sources.map((s) => ({
      ...s,
      mentions: s.mentions.sort((a, b) => a.start - b.start),
      quotes: counted.get(s.id) ?? 0,
    })),
  };
}

/** Groups speakers into sources. */
export const sourcesStage = defineStage({
  name: 'sources',
  about: 'Speakers grouped into sources, with kind and mentions',
  needs: [],
  gives: ['sources'],
  rewrites: ['quotes'],
  run,
});
