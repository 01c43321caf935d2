/**
 * `hearsay analyze URL` end to end, as a user runs it: `node bin/hearsay.js` in a child process against a
 * node:http server on loopback serving the fixture pages, redirects, an oversized page and pages that
 * never finish. The CLI is spawned asynchronously, because the server answers from this same process.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { FullReport as Report } from '../../src/index.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'hearsay.js');
const HTML_DIR = join(ROOT, 'test', 'fixtures', 'html');
const ARTICLE = join(HTML_DIR, 'article.html');
const RICH = join(HTML_DIR, 'rich-article.html');
const ARTICLE_TXT = join(HTML_DIR, 'article.txt');

/** The --max-bytes used against the oversized pages; the fixture pages are well under it. */
const MAX_BYTES = 20_000;
const BIG = Buffer.alloc(MAX_BYTES * 4, 'a');

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

/** Runs the CLI without a shell or a terminal; NO_COLOR is set unless `env` says otherwise. */
function hearsay(args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  const t0 = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', HEARSAY_DEBUG: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    const guard = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(guard);
      resolve({ status, stdout, stderr, ms: Date.now() - t0 });
    });
  });
}

/** Asserts a failure: non-zero exit, nothing on stdout, stderr exactly one line `hearsay: CODE …`. */
function assertOneLineError(run: Run, code: string): void {
  assert.notEqual(run.status, 0, 'expected a non-zero exit');
  assert.equal(run.stdout, '', 'nothing on stdout');
  assert.ok(run.stderr.endsWith('\n'), `stderr does not end in a newline: ${JSON.stringify(run.stderr)}`);
  const lines = run.stderr.slice(0, -1).split('\n');
  assert.equal(lines.length, 1, `stderr has ${lines.length} lines:\n${run.stderr}`);
  assert.ok(lines[0]!.startsWith(`hearsay: ${code} `), `stderr: ${run.stderr}`);
  assert.ok(!run.stderr.includes('    at '), 'stack trace on stderr');
}

const json = (run: Run): Report => {
  assert.equal(run.status, 0, `exit ${run.status}: ${run.stderr}`);
  assert.equal(run.stderr, '');
  return JSON.parse(run.stdout) as Report;
};

/** Quotations by their words and speakers, and captions by their words and credits: offsets aside. */
const quotations = (r: Report) =>
  r.quotes.map((q) => [r.text.slice(q.start, q.end), q.kind, q.speaker.name, q.speaker.kind]);
const captions = (r: Report) => r.captions.map((c) => [r.text.slice(c.start, c.end), c.credit]);

/** The newest modification time of any file under a folder. */
function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Builds dist/ when it is missing or older than any source file. */
function buildIfStale(): void {
  const main = join(ROOT, 'dist', 'cli', 'main.js');
  const built = existsSync(main) ? statSync(main).mtimeMs : 0;
  if (built >= newest(join(ROOT, 'src'))) return;
  try {
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'pipe' });
  } catch (e) {
    // tsc still emits on type errors (someone mid-edit in src/); only a missing CLI is fatal
    if (!existsSync(main)) throw e;
    const out = (e as { stdout?: Buffer }).stdout?.toString() ?? '';
    process.stderr.write(`url.test: npm run build reported errors, testing the emitted dist/ anyway\n${out}`);
  }
}

let server: Server;
let base = '';
const stalled = new Set<ServerResponse>();

const page = (res: ServerResponse, file: string, type: string): void => {
  const body = readFileSync(file);
  res.writeHead(200, { 'content-type': type, 'content-length': body.length });
  res.end(body);
};

/** Redirects: path → [status, Location]. */
const REDIRECT_TO: Record<string, () => [number, string]> = {
  '/moved': () => [301, '/article.html'],
  '/hop1': () => [302, `${base}/hop2`],
  '/hop2': () => [307, 'plain.txt'],
  '/to-ftp': () => [302, 'ftp://x/article.html'],
};

/** Sends the oversized page in 4 KB chunks with no Content-Length, so the cap is enforced while reading. */
function stream(res: ServerResponse, sent = 0): void {
  if (res.destroyed) return;
  if (sent >= BIG.length) {
    res.end();
    return;
  }
  res.write(BIG.subarray(sent, sent + 4096));
  setTimeout(() => stream(res, sent + 4096), 5);
}

function route(req: IncomingMessage, res: ServerResponse): void {
  const path = new URL(req.url ?? '/', base).pathname;
  const redirect = REDIRECT_TO[path]?.();
  if (redirect) {
    res.writeHead(redirect[0], { location: redirect[1] });
    res.end();
  } else if (path === '/article.html') page(res, ARTICLE, 'text/html; charset=utf-8');
  else if (path === '/rich.html') page(res, RICH, 'text/html; charset=utf-8');
  else if (path === '/plain.txt') page(res, ARTICLE_TXT, 'text/plain; charset=utf-8');
  else if (path === '/big-declared') {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': BIG.length });
    res.end(BIG);
  } else if (path === '/big-streamed') {
    res.writeHead(200, { 'content-type': 'text/html' });
    stream(res);
  } else if (path === '/slow-headers') {
    // never answers
    stalled.add(res);
  } else if (path === '/slow-body') {
    // answers, sends the start of a page, then stalls
    stalled.add(res);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.write('<!DOCTYPE html><html><head><title>Slow</title></head><body><article><p>Start');
  } else {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  }
}

before(async () => {
  buildIfStale();
  server = createServer(route);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  for (const res of stalled) res.destroy();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('hearsay analyze URL', () => {
  for (const [name, file, path] of [
    ['article.html', ARTICLE, '/article.html'],
    ['rich-article.html', RICH, '/rich.html'],
  ] as const) {
    test(`${name} over http gives the same quotations and captions as the saved file`, async () => {
      const [fromFile, fromUrl] = await Promise.all([
        hearsay(['analyze', file, '--format', 'json']),
        hearsay(['analyze', `${base}${path}`, '--format', 'json', '--max-bytes', String(MAX_BYTES)]),
      ]);
      const f = json(fromFile);
      const u = json(fromUrl);
      assert.ok(f.quotes.length >= 5, `only ${f.quotes.length} quotations`);
      assert.equal(u.quotes.length, f.quotes.length, 'quotation count');
      assert.deepEqual(quotations(u), quotations(f));
      assert.deepEqual(captions(u), captions(f));
      assert.equal(u.text, f.text, 'the same extracted text');
      assert.deepEqual(
        { title: u.meta.title, date: u.meta.date, outlet: u.meta.outlet },
        { title: f.meta.title, date: f.meta.date, outlet: f.meta.outlet },
      );
    });
  }

  test('a redirect is followed to the page', async () => {
    const [moved, direct] = await Promise.all([
      hearsay(['analyze', `${base}/moved`, '--format', 'json']),
      hearsay(['analyze', `${base}/article.html`, '--format', 'json']),
    ]);
    const m = json(moved);
    assert.deepEqual(quotations(m), quotations(json(direct)));
    assert.ok(m.quotes.length >= 5);
  });

  test('a chain of absolute and relative redirects ends at a text/plain page, whose URL is reported', async () => {
    const r = json(await hearsay(['analyze', `${base}/hop1`, '--format', 'json']));
    assert.equal(r.meta.url, `${base}/plain.txt`, 'the final URL after the redirects');
    assert.equal(r.meta.title, 'Marla Vance & Theo Quill ‘living separate lives’, insiders claim');
    const file = json(await hearsay(['analyze', ARTICLE_TXT, '--format', 'json']));
    assert.deepEqual(quotations(r), quotations(file));
  });

  test('a page larger than --max-bytes (declared Content-Length) → HS_FETCH_TOO_LARGE', async () => {
    const run = await hearsay([
      'analyze',
      `${base}/big-declared`,
      '--format',
      'json',
      '--max-bytes',
      String(MAX_BYTES),
    ]);
    assertOneLineError(run, 'HS_FETCH_TOO_LARGE');
  });

  test('a streamed page that grows past --max-bytes (no Content-Length) → HS_FETCH_TOO_LARGE', async () => {
    const run = await hearsay([
      'analyze',
      `${base}/big-streamed`,
      '--format',
      'json',
      '--max-bytes',
      String(MAX_BYTES),
    ]);
    assertOneLineError(run, 'HS_FETCH_TOO_LARGE');
  });

  for (const path of ['/slow-headers', '/slow-body']) {
    test(`--timeout 200 on a page that never finishes (${path}) → HS_FETCH_TIMEOUT, promptly`, async () => {
      const run = await hearsay(['analyze', `${base}${path}`, '--format', 'json', '--timeout', '200']);
      assertOneLineError(run, 'HS_FETCH_TIMEOUT');
      assert.ok(run.ms < 10_000, `took ${run.ms} ms`);
    });
  }

  test('ftp://x → HS_FETCH_PROTOCOL', async () => {
    assertOneLineError(await hearsay(['analyze', 'ftp://x', '--format', 'json']), 'HS_FETCH_PROTOCOL');
  });

  test('a redirect to ftp:// → HS_FETCH_PROTOCOL (every hop is checked)', async () => {
    assertOneLineError(await hearsay(['analyze', `${base}/to-ftp`, '--format', 'json']), 'HS_FETCH_PROTOCOL');
  });

  test('a missing page → HS_FETCH_STATUS', async () => {
    assertOneLineError(await hearsay(['analyze', `${base}/nope.html`]), 'HS_FETCH_STATUS');
  });
});

describe('hearsay analyze on the fixture page: output formats', () => {
  test('--format html writes one self-contained page', async () => {
    const [html, data] = await Promise.all([
      hearsay(['analyze', RICH, '--format', 'html']),
      hearsay(['analyze', RICH, '--format', 'json']),
    ]);
    assert.equal(html.status, 0, html.stderr);
    assert.equal(html.stderr, '');
    const out = html.stdout;
    assert.ok(out.startsWith('<!DOCTYPE html>'), 'starts with the doctype');
    assert.ok(out.trimEnd().endsWith('</html>'), 'ends with </html>');
    assert.equal(out.match(/<!DOCTYPE/gi)?.length, 1, 'one document');
    assert.equal(out.match(/<html[\s>]/gi)?.length, 1, 'one <html>');
    assert.equal(out.match(/<\/html>/gi)?.length, 1, 'one </html>');
    assert.ok(!/src\s*=\s*["']?https?:/i.test(out), 'no src="http…"');
    assert.ok(!/<link\b[^>]*rel\s*=\s*["']?stylesheet/i.test(out), 'no <link rel="stylesheet">');
    assert.ok(!/<script\b/i.test(out), 'no script');
    assert.ok(!/@import\b/i.test(out), 'no @import');
    const urls = [...out.matchAll(/url\(\s*['"]?([^'")\s]*)/gi)].map((m) => m[1]!);
    assert.deepEqual(
      urls.filter((u) => !u.startsWith('data:') && !u.startsWith('#')),
      [],
      'no external url(…)',
    );
    assert.ok(/<style>[\s\S]+<\/style>/.test(out), 'the CSS is inline');
    const quoteIds = new Set([...out.matchAll(/data-quote="([^"]+)"/g)].map((m) => m[1]));
    assert.deepEqual(quoteIds, new Set(json(data).quotes.map((q) => q.id)), 'every quotation is highlighted');
  });

  test('NO_COLOR=1 --format text prints no escape codes', async () => {
    const run = await hearsay(['analyze', RICH, '--format', 'text'], { NO_COLOR: '1' });
    assert.equal(run.status, 0, run.stderr);
    assert.ok(run.stdout.includes('Lila Fenn'), 'the report names the speakers');
    assert.ok(!run.stdout.includes('\u001b'), 'an escape code in the output');
  });

  test('NO_COLOR=1 --format text prints no escape codes on a terminal either', async (t) => {
    // `script` (util-linux) gives the CLI a pseudo-terminal, where colour would otherwise be on
    if (!existsSync('/usr/bin/script')) return t.skip('no /usr/bin/script to open a pseudo-terminal');
    const q = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
    const cmd = [process.execPath, BIN, 'analyze', RICH, '--format', 'text'].map(q).join(' ');
    const onTty = (env: Record<string, string>) =>
      new Promise<string>((resolve, reject) => {
        const child = spawn('/usr/bin/script', ['-qfec', cmd, '/dev/null'], {
          cwd: ROOT,
          env: { ...process.env, HEARSAY_DEBUG: '', ...env },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let out = '';
        child.stdout.setEncoding('utf8').on('data', (d: string) => {
          out += d;
        });
        child.on('error', reject);
        child.on('close', (status) => (status === 0 ? resolve(out) : reject(new Error(`exit ${status}`))));
      });
    const colour = await onTty({ NO_COLOR: '' });
    assert.ok(colour.includes('\u001b['), 'control: on a terminal without NO_COLOR the text is coloured');
    const plain = await onTty({ NO_COLOR: '1' });
    assert.ok(plain.includes('Lila Fenn'));
    assert.ok(!plain.includes('\u001b'), 'an escape code with NO_COLOR=1 on a terminal');
  });
});
