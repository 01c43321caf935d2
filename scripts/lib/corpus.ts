/** Readers for the article corpora the scripts run over: JSON Lines records and plain-text examples. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** One article as `hearsay batch` takes it. */
export interface CorpusArticle {
  readonly id: string;
  readonly text: string;
  readonly title: string | null;
}

/**
 * Reads a JSON Lines corpus with a `text` field (and optional `id`, `title`); lines without a
 * non-empty text are skipped. Returns null when the file does not exist.
 */
export function readJsonlCorpus(file: string): CorpusArticle[] | null {
  if (!existsSync(file)) return null;
  const out: CorpusArticle[] = [];
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const rec: unknown = JSON.parse(line);
    if (typeof rec !== 'object' || rec === null) continue;
    const r = rec as Record<string, unknown>;
    if (typeof r.text !== 'string' || r.text.trim() === '') continue;
    out.push({
      id: typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : `line-${i + 1}`,
      text: r.text,
      title: typeof r.title === 'string' && r.title !== '' ? r.title : null,
    });
  }
  return out;
}

/** Reads every `*.txt` in a directory (name order) as an article; [] if there is none. */
export function readTextDir(dir: string): CorpusArticle[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({
      id: f.replace(/\.txt$/, ''),
      text: readFileSync(path.join(dir, f), 'utf8'),
      title: null,
    }));
}

/** Repeats `articles` in order until there are `n` (ids suffixed with the round); [] if empty. */
export function cycleTo(articles: readonly CorpusArticle[], n: number): CorpusArticle[] {
  if (articles.length === 0) return [];
  return Array.from({ length: n }, (_, i) => {
    const a = articles[i % articles.length]!;
    const round = Math.floor(i / articles.length);
    return round === 0 ? a : { ...a, id: `${a.id}#${round}` };
  });
}

/** The articles as JSON Lines, as `hearsay batch` reads them. */
export function toJsonl(articles: readonly CorpusArticle[]): string {
  return articles.map((a) => JSON.stringify({ id: a.id, title: a.title, text: a.text })).join('\n') + '\n';
}
