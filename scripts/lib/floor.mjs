// The floor of `npm run bench`: the least a JSON Lines batch can do. Reads the file given, parses each
// record, splits its text into words and writes one line per record ({id, words}) to stdout. hearsay
// batch is measured against it: the ratio says what the analysis and the plumbing cost on top.
// Plain JavaScript, run by node itself, so it pays node's start-up as `node bin/hearsay.js` does.
import { createReadStream, writeSync } from 'node:fs';
import { createInterface } from 'node:readline';

const lines = createInterface({
  input: createReadStream(process.argv[2]),
  crlfDelay: Number.POSITIVE_INFINITY,
});
let out = '';
for await (const line of lines) {
  if (line.trim() === '') continue;
  const rec = JSON.parse(line);
  out += `${JSON.stringify({ id: rec.id ?? null, words: String(rec.text).split(/\s+/).length })}\n`;
  if (out.length >= 65536) {
    writeSync(1, out);
    out = '';
  }
}
if (out !== '') writeSync(1, out);
