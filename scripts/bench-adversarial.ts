/**
 * Times every crafted hostile shape of issue 16 at 10k, 100k and 1M characters, each size in its own
 * child process with a timeout and a heap cap, so a shape that blows up is reported as such and the
 * run never hangs. Prints seconds, CPU seconds, peak memory (max RSS) and the growth factor 1M / 100k.
 *
 *   npm run bench:adversarial
 *   options: --sizes 10000,100000,1000000  --timeout SECONDS (default 60)  --only NAME[,NAME]  --json
 *
 * The child runs what `hearsay analyze` runs (extraction first for the HTML shapes) with no size limit,
 * so the engine itself is measured, not the limit in front of it. Beside wall-clock seconds it prints the
 * child's CPU seconds for the analysis, which a loaded machine inflates far less.
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseScriptArgs } from './lib/args.ts';
import { SHAPES } from '../test/fuzz/shapes.ts';

const here = fileURLToPath(import.meta.url);

/** The child: builds one shape at one size, analyses it and prints {ms, rss, chars, out} as JSON. */
async function child(name: string, n: number): Promise<void> {
  const shape = SHAPES.find((s) => s.name === name);
  if (!shape) throw new Error(`no shape ${name}`);
  const input = shape.make(n);
  const { analyzeArticle, bundledKb } = await import('../src/index.ts');
  const { extractArticle } = await import('../src/input/html.ts');
  const kb = bundledKb();
  analyzeArticle({ text: 'Warm-up: Harry, 40, said “I am fine,” an insider claims.' }, kb);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let text = input;
  if (shape.kind === 'html') {
    const a = extractArticle(input);
    text = a.ok ? a.value.text : '';
  }
  const r = text ? analyzeArticle({ text }, kb, { maxChars: Number.MAX_SAFE_INTEGER }) : null;
  const out = r?.ok ? JSON.stringify(r.value).length : 0;
  const ms = performance.now() - t0;
  const c1 = process.cpuUsage(c0);
  const cpuMs = (c1.user + c1.system) / 1000;
  const error = r && !r.ok ? r.error.code : null;
  process.stdout.write(
    `${JSON.stringify({ ms, cpuMs, rss: process.resourceUsage().maxRSS * 1024, chars: input.length, out, error })}\n`,
  );
}

interface Row {
  readonly shape: string;
  readonly size: number;
  readonly seconds: number | null;
  /** CPU seconds of the child's analysis: under a loaded machine, closer to the idle time than `seconds`. */
  readonly cpuSeconds: number | null;
  readonly rssMb: number | null;
  readonly outMb: number | null;
  readonly note: string;
}

function parent(): void {
  const { values } = parseScriptArgs({
    options: {
      sizes: { type: 'string', default: '10000,100000,1000000' },
      timeout: { type: 'string', default: '60' },
      only: { type: 'string' },
      json: { type: 'boolean', default: false },
      heap: { type: 'string', default: '2048' },
    },
  });
  const sizes = values.sizes.split(',').map(Number);
  const timeoutMs = Number(values.timeout) * 1000;
  const only = values.only ? new Set(values.only.split(',')) : null;
  const rows: Row[] = [];
  // a size that gave no figures: past the cap, failed, or skipped after a smaller one was
  const noRun = (shape: string, size: number, note: string): Row => ({
    shape,
    size,
    seconds: null,
    cpuSeconds: null,
    rssMb: null,
    outMb: null,
    note,
  });
  const load = os.loadavg()[0]!.toFixed(2);
  for (const shape of SHAPES) {
    if (only && !only.has(shape.name)) continue;
    let capped = false;
    for (const size of sizes) {
      if (capped) {
        rows.push(noRun(shape.name, size, 'skipped (smaller size past the cap)'));
        continue;
      }
      const r = spawnSync(
        process.execPath,
        [
          `--max-old-space-size=${values.heap}`,
          '--stack-size=984',
          '--import',
          'tsx',
          here,
          '--child',
          shape.name,
          String(size),
        ],
        { encoding: 'utf8', timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 1 << 20 },
      );
      const line = r.stdout.trim().split('\n').at(-1) ?? '';
      if (r.status === 0 && line.startsWith('{')) {
        const m = JSON.parse(line) as {
          ms: number;
          cpuMs: number;
          rss: number;
          out: number;
          error: string | null;
        };
        rows.push({
          shape: shape.name,
          size,
          seconds: m.ms / 1000,
          cpuSeconds: m.cpuMs / 1000,
          rssMb: m.rss / 2 ** 20,
          outMb: m.out / 2 ** 20,
          note: m.error ?? '',
        });
      } else {
        capped = true;
        const why =
          r.error?.message.includes('ETIMEDOUT') || r.signal === 'SIGKILL'
            ? `past the ${values.timeout} s cap`
            : `failed: ${(r.stderr.trim().split('\n').at(-1) ?? '').slice(0, 80)}`;
        rows.push(noRun(shape.name, size, why));
      }
    }
  }
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ load, rows }, null, 2)}\n`);
    return;
  }
  const fmt = (v: number | null, d: number): string => (v === null ? '—' : v.toFixed(d));
  process.stdout.write(`load average at start: ${load} (${os.cpus().length} cores)\n`);
  process.stdout.write(
    `${'shape'.padEnd(30)} ${sizes.map((s) => `${(s / 1000).toFixed(0)}k s`.padStart(9)).join(' ')}  growth  ${'cpu s @max'.padStart(10)}  ${'cpu growth'.padStart(10)}  ${'RSS MB @max'.padStart(11)}  ${'out MB'.padStart(7)}  note\n`,
  );
  for (const shape of new Set(rows.map((r) => r.shape))) {
    const mine = rows.filter((r) => r.shape === shape);
    const last = mine.at(-1)!;
    const prev = mine.at(-2);
    const growth = last.seconds !== null && prev?.seconds ? last.seconds / prev.seconds : null;
    const cpuGrowth = last.cpuSeconds !== null && prev?.cpuSeconds ? last.cpuSeconds / prev.cpuSeconds : null;
    const notes = mine.map((r) => r.note).filter(Boolean);
    process.stdout.write(
      `${shape.padEnd(30)} ${mine.map((r) => fmt(r.seconds, 2).padStart(9)).join(' ')}  ${fmt(growth, 1).padStart(6)}  ${fmt(last.cpuSeconds, 2).padStart(10)}  ${fmt(cpuGrowth, 1).padStart(10)}  ${fmt(last.rssMb, 0).padStart(11)}  ${fmt(last.outMb, 1).padStart(7)}  ${[...new Set(notes)].join('; ')}\n`,
    );
  }
}

const argv = process.argv.slice(2);
if (argv[0] === '--child') await child(argv[1]!, Number(argv[2]));
else parent();
