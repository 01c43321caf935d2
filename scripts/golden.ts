/**
 * Regenerates the golden reports for every article in examples/ and test/fixtures/articles/, split so
 * a refit of the score's weights changes only the score files: test/golden/<name>.json holds the
 * report without its score, test/golden/<name>.score.json the score. Run after an intended change of
 * behaviour, and review the diff.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyze, type FullReport } from '../src/index.ts';

/** The two golden files of a report: everything but the score, and the score. */
export function goldenParts(report: FullReport): {
  findings: Omit<FullReport, 'score'>;
  score: FullReport['score'];
} {
  const { score, ...findings } = report;
  return { findings, score };
}

/** The paths of an article's golden files. */
export const goldenPaths = (name: string): { findings: string; score: string } => ({
  findings: `test/golden/${name}.json`,
  score: `test/golden/${name}.score.json`,
});

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
    const { findings, score } = goldenParts(analyze(readFileSync(file, 'utf8'), { id: name }));
    const paths = goldenPaths(name);
    writeFileSync(paths.findings, `${JSON.stringify(findings, null, 2)}\n`);
    writeFileSync(paths.score, `${JSON.stringify(score, null, 2)}\n`);
    console.log(`wrote ${paths.findings} and ${paths.score}`);
  }
}
