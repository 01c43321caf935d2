/**
 * Regenerates the golden reports: test/golden/<name>.json for every article in examples/ and
 * test/fixtures/articles/. Run after an intended change of behaviour, and review the diff.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../src/index.ts';

/** The articles that have golden reports, as [name, path]. */
export function goldenArticles(): [string, string][] {
  const dirs = ['examples', 'test/fixtures/articles'];
  return dirs.flatMap((d) => {
    let files: string[] = [];
    try {
      files = readdirSync(d).filter((f) => f.endsWith('.txt') && !f.startsWith('error-'));
    } catch {}
    return files.sort().map((f): [string, string] => [path.basename(f, '.txt'), path.join(d, f)]);
  });
}

if (process.argv[1]?.endsWith('golden.ts')) {
  mkdirSync('test/golden', { recursive: true });
  for (const [name, file] of goldenArticles()) {
    const report = analyze(readFileSync(file, 'utf8'), { id: name });
    writeFileSync(`test/golden/${name}.json`, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`wrote test/golden/${name}.json`);
  }
}
