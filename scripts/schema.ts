/**
 * Writes schema/report.schema.json from the zod definition in src/report/schema.ts, so the JSON Schema
 * is derived, never written by hand. `--check` fails when the committed file is out of date.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { reportJsonSchema } from '../src/report/json-schema.ts';

const file = 'schema/report.schema.json';
const json = `${JSON.stringify(reportJsonSchema(), null, 2)}\n`;
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {}
  if (current !== json) {
    console.error(`${file} is out of date: run npm run schema`);
    process.exit(1);
  }
  console.log(`${file} is up to date`);
} else {
  mkdirSync('schema', { recursive: true });
  writeFileSync(file, json);
  console.log(`wrote ${file}`);
}
