/**
 * Load benchmark of `hearsay serve`, on loopback only, bounded in requests and in time.
 *
 *   npm run bench:serve
 *   options: --requests N (analyse requests at 16 clients; default 2000)   --memory N (requests of the
 *            memory run; default 20000)   --max-seconds S (cap of each run; default 300)
 *            --connections C (default 16)   --db FILE (also GET /v1/outlets on this store)   --json
 *            --only analyze,memory,outlets,limits,large (the runs to do; default all)
 *            --workers W (the server's analysis worker threads; default one per core; 0: in turns on the main
 *            thread)   --cpus LIST (the cores the server may use, for taskset; default 0 with at most one
 *            worker, else all)   --prof DIR (node --cpu-prof of the server child, every thread)
 *            --node-flags LIST (comma-separated node/V8 flags for the server child, to measure one:
 *            --node-flags=--max-semi-space-size=32,--trace-gc; with --workers 0 this flag sizes the
 *            analysing thread's young generation)   --semi-space MB (the workers' semi-space size,
 *            default V8's)
 *            --ab 'A|B' (instead of the runs: two servers side by side, in the same minutes, batches of
 *            --requests/--rounds requests alternating between them, --rounds N (default 8); a side is a
 *            comma list of node flags and semi-space=MB, e.g. --ab='|--max-semi-space-size=64' with
 *            --workers 0; a side that starts with a dash needs the =)
 *
 * The server runs in a child process pinned to --cpus (taskset, when there is one), the clients on the
 * other cores when there are any; the in-process baseline is warm `analyze` (WARM_RUNS and WARM_CPU_MS first) in that same
 * process, before it listens and again after the run (the ratio is against their mean): one thread's
 * loop, times min(W, cores) for a pool of W workers on several cores (the ideal a pool could reach).
 * 1. throughput and latency of POST /v1/analyze with a 600-word article (scripts/data/bench-article.txt)
 *    at 16 concurrent clients, against in-process `analyze` on the same text;
 * 2. memory over --memory requests (heap after a full GC, sampled every tenth of the run; every fifth
 *    tenth sends the 600-word article, the others a 20-word one, so the run stays short);
 * 3. GET /v1/outlets latency on a store, when --db names one;
 * 4. limits: while a steady client analyses (paced at 80 % of its own rate limit), other clients send
 *    oversized bodies (413), flood past the rate limit (429) and trickle requests too slowly (cut off
 *    with 408); the steady client must get every answer. Each client has its own loopback address (127.0.0.x), so the per-client limit applies
 *    to the flood alone.
 * 5. large: while one client sends the largest article the server accepts (1.9 million characters, as
 *    text/plain) again and again, 16 clients send the 600-word one: their latency, against the same
 *    clients with no large article (with --workers 0 the large one holds the event loop for everyone).
 * Figures vary with load: the load average is printed with them.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { parseScriptArgs } from './lib/args.ts';
import autocannon from 'autocannon';
import { SERVER_DEFAULTS } from '../src/server/defaults.ts';
import { largeArticle } from '../test/web/large-article.ts';

const ARTICLE = readFileSync(fileURLToPath(new URL('./data/bench-article.txt', import.meta.url)), 'utf8');
const SHORT =
  'date 2025-01-02\n"We are fine," a friend of the couple said on Monday. The pair were seen in Paris.';

/** The p-quantile of a sample (0 for none). */
const pctl = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
};

/** Requests sent to the server before a measured run, so its JIT and its sockets are warm. */
const WARM_REQUESTS = 500;
/**
 * In-process analyses (and at least WARM_CPU_MS of the process's CPU) before the in-process baseline
 * is measured: as many as the engine has run when the measured requests start (the server's own
 * warm-up analyses and the warm-up requests), so the baseline before the run is as warm as the server.
 * With 400 runs or 2 s of wall clock, on a loaded machine the first baseline came out up to 1.8 times
 * the second (3.56 against 2.02 ms), and the ratio against their mean said more about the warm-up.
 */
const WARM_RUNS = SERVER_DEFAULTS.warmRuns + WARM_REQUESTS;
const WARM_CPU_MS = 4000;

// ---------------------------------------------------------------- the server child
if (process.argv.includes('--serve')) await serveChild();

async function serveChild(): Promise<void> {
  const { createServer } = await import('../src/server/app.ts');
  const { analyze } = await import('../src/index.ts');
  const { openCorpus } = await import('../src/server/corpus/open.ts');
  const cfg = JSON.parse(process.argv[process.argv.indexOf('--serve') + 1] ?? '{}') as {
    baselineMs?: number;
    db?: string;
    rateLimit?: number | false;
    bodyLimit?: number;
    requestTimeoutMs?: number;
    workers?: number;
    cores?: number;
    semiSpaceMb?: number;
  };
  const threads = Math.min(cfg.workers ?? os.availableParallelism(), cfg.cores ?? 1);
  /**
   * In-process analyses for `ms`: per wall second, and CPU milliseconds per analysis (robust to load);
   * with `json`, each report is also turned into the JSON the server sends (`JSON.stringify`).
   */
  const inProcess = (ms: number, json = false) => {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    let n = 0;
    while (performance.now() - t0 < ms) {
      const r = analyze(ARTICLE);
      if (json) JSON.stringify(r);
      n++;
    }
    const c = process.cpuUsage(c0);
    return { perSecond: (n * 1000) / (performance.now() - t0), cpuMs: (c.user + c.system) / 1000 / n };
  };
  /**
   * The in-process figure at the pool's parallelism: one thread's analyses per second times the cores
   * the workers can use (an ideal no real pool reaches, so the ratio against it is the harder one);
   * CPU milliseconds per analysis as measured.
   */
  const inThreads = async (ms: number, n: number, json = false): Promise<Measure> => {
    // the observer below hears of a collection a turn after it: wait for it before and after
    const tick = () => new Promise<void>((r) => setTimeout(r, 20));
    await tick();
    const gc0 = gc.ms;
    const one = inProcess(ms, json);
    await tick();
    return {
      perSecond: one.perSecond * Math.max(1, n),
      cpuMs: one.cpuMs,
      gcMs: (gc.ms - gc0) / ((one.perSecond * ms) / 1000),
    };
  };
  // what the server spends outside the engine shows in these: garbage collection and time in the server
  const gc = { n: 0, ms: 0, maxMs: 0, major: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      gc.n++;
      gc.ms += e.duration;
      gc.maxMs = Math.max(gc.maxMs, e.duration);
      if ((e as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR)
        gc.major++;
    }
  }).observe({ entryTypes: ['gc'] });
  /**
   * Milliseconds from each request's arrival in Fastify to its answer's end: the wait for an analysis
   * turn or a worker is in it (the pool's queue and, with --workers 0, the main thread's turns), the wait
   * in the socket before the request is read is not.
   */
  const inServer: number[] = [];
  let baseline: Measure = { perSecond: 0, cpuMs: 0, gcMs: 0 };
  if (cfg.baselineMs) {
    // warm first: cold, V8 has not compiled the engine and an analysis costs several times its steady
    // CPU for seconds; the server is warm too (warm-up analyses at start, then warm-up requests)
    const cpuMs = () => {
      const c = process.cpuUsage();
      return (c.user + c.system) / 1000;
    };
    const c0 = cpuMs();
    for (let i = 0; i < WARM_RUNS || cpuMs() - c0 < WARM_CPU_MS; i++) analyze(ARTICLE);
    baseline = await inThreads(cfg.baselineMs, threads);
  }
  const corpus = cfg.db ? await openCorpus(cfg.db) : null;
  const app = await createServer({
    corpus,
    rateLimit: cfg.rateLimit ?? false,
    ...(cfg.bodyLimit ? { bodyLimit: cfg.bodyLimit } : {}),
    ...(cfg.requestTimeoutMs ? { requestTimeoutMs: cfg.requestTimeoutMs } : {}),
    ...(cfg.workers === undefined ? {} : { workers: cfg.workers }),
    ...(cfg.semiSpaceMb === undefined ? {} : { semiSpaceMb: cfg.semiSpaceMb }),
    warm: true,
  });
  const arrived = new WeakMap<object, number>();
  app.addHook('onRequest', (req, _reply, done) => {
    arrived.set(req, performance.now());
    done();
  });
  app.addHook('onResponse', (req, _reply, done) => {
    inServer.push(performance.now() - (arrived.get(req) ?? 0));
    done();
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const port = (app.server.address() as { port: number }).port;
  process.on('message', (m) => {
    if (m === 'cpu') process.send?.({ cpu: process.cpuUsage() });
    else if (m === 'baseline')
      void (async () => {
        const baseline = await inThreads(cfg.baselineMs ?? 5000, threads);
        const withJson = await inThreads((cfg.baselineMs ?? 5000) / 2, threads, true);
        process.send?.({ baseline, withJson });
      })();
    else if (m === 'reset') {
      Object.assign(gc, { n: 0, ms: 0, maxMs: 0, major: 0 });
      inServer.length = 0;
      process.send?.({});
    } else if (m === 'stats') process.send?.({ gc, inServer: [pctl(inServer, 0.5), pctl(inServer, 0.99)] });
    else if (m === 'mem') {
      (globalThis as { gc?: () => void }).gc?.();
      process.send?.({ mem: process.memoryUsage() });
    } else if (m === 'stop') void app.close().then(() => process.exit(0));
  });
  process.send?.({ port, baseline, threads });
}

// ---------------------------------------------------------------- the bench
/** The per-client rate limit of the limits run (a minute's window). */
const LIMIT_PER_MINUTE = 100;
/** The steady client's pace: 80 % of its limit, so no minute's window ever holds more than the limit. */
const STEADY_EVERY_MS = 60_000 / (LIMIT_PER_MINUTE * 0.8);
/** Large articles sent one after another in the large run, while the small clients run. */
const LARGE_ROUNDS = 3;
/** Fewest answers the steady client waits for. */
const STEADY_MIN = 15;
/** An in-process measure: analyses per wall second and CPU milliseconds per analysis. */
interface Measure {
  readonly perSecond: number;
  readonly cpuMs: number;
  /** Milliseconds of garbage collection per analysis (pauses of the analysing thread). */
  readonly gcMs?: number;
}
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, Math.max(0, ms)));
interface Child {
  readonly proc: ChildProcess;
  readonly port: number;
  readonly baseline: Measure;
  ask(m: string): Promise<Record<string, unknown>>;
  stop(): Promise<void>;
}

/** Node flags for the server child: `--prof DIR` profiles it (every thread) with --cpu-prof; `--node-flags` adds others. */
const childFlags: string[] = [];

async function startServer(
  cfg: { readonly workers?: number; readonly [k: string]: unknown },
  cpus: string,
  flags: readonly string[] = childFlags,
): Promise<Child> {
  const self = fileURLToPath(import.meta.url);
  const node = [
    process.execPath,
    '--expose-gc',
    ...flags,
    '--import',
    'tsx',
    self,
    '--serve',
    JSON.stringify(cfg),
  ];
  let hasTaskset = false;
  try {
    execFileSync('taskset', ['-c', cpus, 'true']);
    hasTaskset = true;
  } catch {}
  const [cmd, ...args] = hasTaskset ? ['taskset', '-c', cpus, ...node] : node;
  const proc = spawn(cmd!, args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  children.add(proc);
  proc.once('exit', () => children.delete(proc));
  const first = await new Promise<{ port: number; baseline: Measure }>((resolve, reject) => {
    proc.once('message', (m) => resolve(m as { port: number; baseline: Measure }));
    proc.once('exit', (c) => reject(new Error(`server exited with ${c}`)));
  });
  return {
    proc,
    port: first.port,
    baseline: first.baseline,
    ask: (m) =>
      new Promise((resolve) => {
        proc.once('message', (r) => resolve(r as Record<string, unknown>));
        proc.send(m);
      }),
    stop: () =>
      new Promise((resolve) => {
        proc.once('exit', () => resolve());
        proc.send('stop');
        setTimeout(() => proc.kill(), 5000).unref();
      }),
  };
}

const cannon = (opts: autocannon.Options): Promise<autocannon.Result> =>
  new Promise((resolve, reject) => {
    autocannon(opts, (e, r) => (e ? reject(e) : resolve(r)));
  });

/** One request from a given loopback address; resolves with the status (0 when the socket failed). */
const send = (
  port: number,
  from: string,
  path: string,
  body: string,
  agent: Agent,
  type = 'application/json',
): Promise<{ status: number; ms: number }> =>
  new Promise((resolve) => {
    const t0 = performance.now();
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        localAddress: from,
        agent,
        headers: { 'content-type': type, 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - t0 }));
      },
    );
    req.on('error', () => resolve({ status: 0, ms: performance.now() - t0 }));
    req.end(body);
  });

/** A client that sends headers and then a byte now and then; resolves with what the server said and when. */
const trickle = (port: number, from: string, giveUpMs: number): Promise<{ status: string; ms: number }> =>
  new Promise((resolve) => {
    const t0 = performance.now();
    const s = connect({ port, host: '127.0.0.1', localAddress: from }, () => {
      s.write(
        'POST /v1/analyze HTTP/1.1\r\nHost: bench\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n',
      );
    });
    const drip = setInterval(() => s.writable && s.write('x'), 200);
    let data = '';
    s.on('data', (d) => {
      data += d.toString();
    });
    s.on('error', () => undefined);
    s.on('close', () => {
      clearInterval(drip);
      resolve({ status: data.slice(9, 12) || 'closed', ms: performance.now() - t0 });
    });
    setTimeout(() => s.destroy(), giveUpMs).unref();
  });

async function runBench(): Promise<void> {
  const { values: a } = parseScriptArgs({
    options: {
      requests: { type: 'string', default: '2000' },
      memory: { type: 'string', default: '20000' },
      'max-seconds': { type: 'string', default: '300' },
      connections: { type: 'string', default: '16' },
      db: { type: 'string' },
      only: { type: 'string', default: 'analyze,memory,outlets,limits,large' },
      workers: { type: 'string' },
      cpus: { type: 'string' },
      prof: { type: 'string' },
      'node-flags': { type: 'string' },
      'semi-space': { type: 'string' },
      ab: { type: 'string' },
      rounds: { type: 'string', default: '8' },
      json: { type: 'boolean', default: false },
    },
  });
  if (a.prof) childFlags.push('--cpu-prof', `--cpu-prof-dir=${a.prof}`);
  if (a['node-flags']) childFlags.push(...a['node-flags'].split(',').filter(Boolean));
  const requests = Number(a.requests);
  const memoryN = Number(a.memory);
  const maxSeconds = Number(a['max-seconds']);
  const connections = Number(a.connections);
  const workers = a.workers === undefined ? os.availableParallelism() : Number(a.workers);
  const cpus =
    a.cpus ?? (workers <= 1 ? '0' : Array.from({ length: os.availableParallelism() }, (_, i) => i).join(','));
  const pool = {
    workers,
    cores: cpus.split(',').length,
    ...(a['semi-space'] ? { semiSpaceMb: Number(a['semi-space']) } : {}),
  };
  // the clients (autocannon, in this process) run on the cores the server does not use, when there are
  // any: on a server's own core they would take its CPU and count against it
  const serverCores = new Set(cpus.split(',').map(Number));
  const clientCores = Array.from({ length: os.availableParallelism() }, (_, i) => i).filter(
    (i) => !serverCores.has(i),
  );
  let clientOn = 'the same cores (no other core)';
  if (clientCores.length > 0)
    try {
      execFileSync('taskset', ['-a', '-pc', clientCores.join(','), String(process.pid)], { stdio: 'ignore' });
      clientOn = `core${clientCores.length > 1 ? 's' : ''} ${clientCores.join(',')}`;
    } catch {
      clientOn = 'any core (no taskset)';
    }
  const out: Record<string, unknown> = {
    loadAtStart: os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' '),
  };
  const log = (s: string) => {
    if (!a.json) console.log(s);
  };
  log(
    `bench:serve  load average at start ${out.loadAtStart} (${os.cpus().length} cores); server on cores ${cpus}, ` +
      `${workers === 0 ? 'analysing on its main thread' : `${workers} analysis worker${workers === 1 ? '' : 's'}`}; clients on ${clientOn}` +
      (childFlags.length ? `; server node flags ${childFlags.join(' ')}` : ''),
  );
  out.server = { cpus, workers, clients: clientOn, flags: childFlags };

  const only = new Set(a.only.split(','));
  const body = JSON.stringify({ text: ARTICLE });
  const shortBody = JSON.stringify({ text: SHORT });
  if (a.ab !== undefined) {
    await abRuns(a.ab, Number(a.rounds), requests, connections, pool, cpus, body, out, log);
    only.clear();
  }
  if (only.has('analyze') || only.has('memory')) {
    // 1. throughput and latency
    const srv = await startServer({ baselineMs: 5000, ...pool }, cpus);
    const url = `http://127.0.0.1:${srv.port}`;
    if (only.has('analyze')) {
      await cannon({
        url: `${url}/v1/analyze`,
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json' },
        connections,
        amount: Math.min(WARM_REQUESTS, requests),
      });
      await srv.ask('reset');
      const cpu0 = (await srv.ask('cpu')).cpu as NodeJS.CpuUsage;
      const r = await cannon({
        url: `${url}/v1/analyze`,
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json' },
        connections,
        amount: requests,
        duration: maxSeconds,
      });
      const cpu1 = (await srv.ask('cpu')).cpu as NodeJS.CpuUsage;
      const stats = (await srv.ask('stats')) as {
        gc: { n: number; ms: number; maxMs: number; major: number };
        inServer: [number, number];
      };
      const served = r.requests.total / (r.duration || 1);
      // the server's CPU per request against in-process analyze's, measured again right after the run:
      // on a shared machine CPU time is far steadier than wall time, so this ratio is the overhead
      const measured = (await srv.ask('baseline')) as Record<'baseline' | 'withJson', Measure>;
      const after = measured.baseline;
      const before = srv.baseline;
      // the in-process figure: warm analyze alone, the same article, in the server's process and cores,
      // the mean of a measure just before the server listens and one right after the run
      const inProc = (before.perSecond + after.perSecond) / 2;
      const threads = Math.max(1, Math.min(workers, pool.cores));
      const analysisMs = (before.cpuMs + after.cpuMs) / 2;
      // requests queue behind each other on one core: each waits for the others' analyses (Little's law),
      // so the engine alone puts this floor under the mean latency, before any HTTP or JSON
      const floorMs = (connections * analysisMs) / Math.max(1, Math.min(workers, cpus.split(',').length));
      const serverCpuMs = (cpu1.user - cpu0.user + cpu1.system - cpu0.system) / 1000 / r.requests.total;
      out.analyze = {
        words: ARTICLE.split(/\s+/).filter(Boolean).length,
        inProcessPerSecond: Number(inProc.toFixed(1)),
        inProcessBeforePerSecond: Number(before.perSecond.toFixed(1)),
        inProcessAfterPerSecond: Number(after.perSecond.toFixed(1)),
        serverPerSecond: Number(served.toFixed(1)),
        ratio: Number((served / inProc).toFixed(3)),
        cpuMsPerAnalysis: Number(analysisMs.toFixed(2)),
        cpuMsPerRequest: Number(serverCpuMs.toFixed(2)),
        cpuRatio: Number((analysisMs / serverCpuMs).toFixed(3)),
        cpuMsPerAnalysisAndJson: Number(measured.withJson.cpuMs.toFixed(2)),
        latencyFloorMs: Number(floorMs.toFixed(1)),
        inServerMs: { p50: Number(stats.inServer[0].toFixed(1)), p99: Number(stats.inServer[1].toFixed(1)) },
        gc: {
          pauses: stats.gc.n,
          major: stats.gc.major,
          msPerRequest: Number((stats.gc.ms / r.requests.total).toFixed(3)),
          maxMs: Number(stats.gc.maxMs.toFixed(1)),
          inProcessMsPerAnalysis: Number((((before.gcMs ?? 0) + (after.gcMs ?? 0)) / 2).toFixed(3)),
        },
        connections,
        requests: r.requests.total,
        non2xx: r.non2xx,
        errors: r.errors,
        latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
      };
      log(
        `1. POST /v1/analyze (${(out.analyze as { words: number }).words} words), ${connections} clients, ${r.requests.total} requests:\n` +
          `   in-process analyze (warm, wall clock, ${threads} thread${threads === 1 ? '' : 's'}): ${before.perSecond.toFixed(1)}/s before, ${after.perSecond.toFixed(1)}/s after, mean ${inProc.toFixed(1)}/s; ` +
          `server ${served.toFixed(1)}/s = ${((served / inProc) * 100).toFixed(0)}% of the mean` +
          `\n   CPU: ${analysisMs.toFixed(2)} ms per in-process analysis (${before.cpuMs.toFixed(2)} before, ${after.cpuMs.toFixed(2)} after), ${serverCpuMs.toFixed(2)} ms per request served = ${((analysisMs / serverCpuMs) * 100).toFixed(0)}% (the overhead: ${(serverCpuMs - analysisMs).toFixed(2)} ms per request)` +
          `\n   latency p50 ${r.latency.p50} ms, p90 ${r.latency.p90} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms; non-2xx ${r.non2xx}, errors ${r.errors}` +
          `\n   floor: ${connections} clients × ${analysisMs.toFixed(2)} ms of engine = ${floorMs.toFixed(1)} ms mean latency on ${cpus.split(',').length} core(s); ` +
          `analyze + JSON.stringify ${measured.withJson.cpuMs.toFixed(2)} ms in process; in the server (arrival to answer) p50 ${stats.inServer[0].toFixed(1)} ms, p99 ${stats.inServer[1].toFixed(1)} ms` +
          `\n   GC: ${stats.gc.n} pauses (${stats.gc.major} major), ${(stats.gc.ms / r.requests.total).toFixed(3)} ms per request, longest ${stats.gc.maxMs.toFixed(1)} ms` +
          ` (in process ${(((before.gcMs ?? 0) + (after.gcMs ?? 0)) / 2).toFixed(3)} ms per analysis)`,
      );
    }
    if (only.has('memory')) {
      // 2. memory
      const samples: number[] = [];
      const rss: number[] = [];
      const step = Math.max(1, Math.floor(memoryN / 10));
      const deadline = Date.now() + maxSeconds * 1000;
      let done = 0;
      while (done < memoryN && Date.now() < deadline) {
        const m = await cannon({
          url: `${url}/v1/analyze`,
          method: 'POST',
          body: samples.length % 5 === 0 ? body : shortBody,
          headers: { 'content-type': 'application/json' },
          connections,
          amount: step,
        });
        done += m.requests.total;
        const mem = (await srv.ask('mem')).mem as NodeJS.MemoryUsage;
        samples.push(mem.heapUsed);
        // the workers' heaps are not the main thread's heapUsed: the process's RSS holds them all
        rss.push(mem.rss);
      }
      const mb = (x: number) => Number((x / 1e6).toFixed(1));
      const afterWarm = samples[1] ?? samples[0] ?? 0;
      out.memory = {
        requests: done,
        heapMB: samples.map(mb),
        growthMBAfterWarmup: mb((samples.at(-1) ?? 0) - afterWarm),
        rssMB: rss.map(mb),
      };
      log(
        `2. memory over ${done} requests (heap after GC, MB, every ${step}): ${samples.map(mb).join(' ')}; ` +
          `growth after the first tenth ${mb((samples.at(-1) ?? 0) - afterWarm)} MB; process RSS (workers too) ${rss.map(mb).join(' ')} MB`,
      );
    }
    await srv.stop();
  }

  // 3. outlets on a store
  if (a.db) {
    const s = await startServer({ db: a.db, ...pool }, cpus);
    await fetch(`http://127.0.0.1:${s.port}/v1/outlets`).then((r) => r.text());
    // one client: the store answers one query at a time, so more clients would only queue
    const o = await cannon({
      url: `http://127.0.0.1:${s.port}/v1/outlets`,
      connections: 1,
      amount: 50,
      duration: maxSeconds,
    });
    out.outlets = {
      db: a.db,
      requests: o.requests.total,
      non2xx: o.non2xx,
      latencyMs: { p50: o.latency.p50, p99: o.latency.p99, max: o.latency.max },
    };
    log(
      `3. GET /v1/outlets on ${a.db}: ${o.requests.total} requests, 1 client, p50 ${o.latency.p50} ms, p99 ${o.latency.p99} ms, max ${o.latency.max} ms, non-2xx ${o.non2xx}`,
    );
    await s.stop();
  } else log('3. GET /v1/outlets: skipped (give --db FILE, a store built with npm run bench:db)');

  if (only.has('limits')) {
    // 4. limits
    // 5 s: long enough for whole requests to arrive on a loaded machine, so only the trickling clients are cut
    const lim = await startServer(
      { rateLimit: LIMIT_PER_MINUTE, bodyLimit: 100_000, requestTimeoutMs: 5000, ...pool },
      cpus,
    );
    const agent = (n: number) => new Agent({ keepAlive: true, maxSockets: n });
    const steadyAgent = agent(2);
    const steady: Array<{ status: number; ms: number }> = [];
    let stopSteady = false;
    const steadyLoop = (async () => {
      // paced below its own limit, so every answer it gets measures the others' effect on it, not the
      // limiter; at least STEADY_MIN answers, and on until the others are done
      while (steady.length < STEADY_MIN || (!stopSteady && steady.length < 300)) {
        const t0 = performance.now();
        steady.push(await send(lim.port, '127.0.0.3', '/v1/analyze', shortBody, steadyAgent));
        await sleep(STEADY_EVERY_MS - (performance.now() - t0));
      }
    })();
    const big = JSON.stringify({ text: 'x'.repeat(1_000_000) });
    const [tooBig, flood, slow] = await Promise.all([
      Promise.all(
        Array.from({ length: 20 }, () => send(lim.port, '127.0.0.4', '/v1/analyze', big, agent(4))),
      ),
      Promise.all(
        Array.from({ length: 300 }, () => send(lim.port, '127.0.0.2', '/v1/analyze', shortBody, agent(8))),
      ),
      Promise.all(Array.from({ length: 20 }, () => trickle(lim.port, '127.0.0.5', 20_000))),
    ]);
    stopSteady = true;
    await steadyLoop;
    const count = (xs: Array<{ status: number | string }>) =>
      xs.reduce<Record<string, number>>((m, x) => {
        m[String(x.status)] = (m[String(x.status)] ?? 0) + 1;
        return m;
      }, {});
    out.limits = {
      oversized: count(tooBig),
      flood: count(flood),
      slowClients: count(slow),
      slowCutAfterMs: Math.round(
        pctl(
          slow.map((s) => s.ms),
          0.5,
        ),
      ),
      steady: {
        answers: count(steady),
        p99Ms: Math.round(
          pctl(
            steady.map((s) => s.ms),
            0.99,
          ),
        ),
      },
    };
    log(
      `4. limits: oversized ${JSON.stringify(count(tooBig))}, flood ${JSON.stringify(count(flood))}, slow clients ${JSON.stringify(count(slow))} ` +
        `(cut after ~${Math.round(
          pctl(
            slow.map((s) => s.ms),
            0.5,
          ),
        )} ms); meanwhile the steady client (paced at ${Math.round(60_000 / STEADY_EVERY_MS)}/min, limit ${LIMIT_PER_MINUTE}) got ${JSON.stringify(count(steady))}, p99 ${Math.round(
          pctl(
            steady.map((s) => s.ms),
            0.99,
          ),
        )} ms`,
    );
    await lim.stop();
  }
  if (only.has('large')) {
    // 5. small requests while the largest accepted article is analysed
    const srv = await startServer({ ...pool }, cpus);
    const opts = {
      url: `http://127.0.0.1:${srv.port}/v1/analyze`,
      method: 'POST' as const,
      body,
      headers: { 'content-type': 'application/json' },
      connections,
    };
    await cannon({ ...opts, amount: Math.min(200, requests) });
    const quiet = await cannon({ ...opts, amount: Math.min(1000, requests), duration: maxSeconds });
    const big = largeArticle(1_900_000);
    const larges: Array<{ status: number; ms: number }> = [];
    let small: autocannon.Instance | null = null;
    const smallDone = new Promise<autocannon.Result>((resolve, reject) => {
      small = autocannon({ ...opts, duration: maxSeconds }, (e, r) => (e ? reject(e) : resolve(r)));
    });
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    for (let i = 0; i < LARGE_ROUNDS; i++)
      larges.push(await send(srv.port, '127.0.0.1', '/v1/analyze', big, agent, 'text/plain'));
    (small as autocannon.Instance | null)?.stop();
    const loud = await smallDone;
    agent.destroy();
    const lat = (r: autocannon.Result) => ({ p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max });
    out.large = {
      largeChars: big.length,
      large: larges.map((l) => ({ status: l.status, ms: Math.round(l.ms) })),
      smallAlone: { requests: quiet.requests.total, latencyMs: lat(quiet) },
      smallDuringLarge: { requests: loud.requests.total, non2xx: loud.non2xx, latencyMs: lat(loud) },
    };
    log(
      `5. large: ${LARGE_ROUNDS} articles of ${big.length} characters one after another (${larges.map((l) => `${l.status} in ${Math.round(l.ms)} ms`).join(', ')}); ` +
        `meanwhile ${connections} clients of the 600-word article: ${loud.requests.total} requests, p50 ${loud.latency.p50} ms, p99 ${loud.latency.p99} ms, max ${loud.latency.max} ms, non-2xx ${loud.non2xx}` +
        ` (alone: p50 ${quiet.latency.p50} ms, p99 ${quiet.latency.p99} ms)`,
    );
    await srv.stop();
  }
  out.loadAtEnd = os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
  log(`load average at end ${out.loadAtEnd}`);
  if (a.json) console.log(JSON.stringify(out, null, 2));
}

/**
 * Two server configurations in the same minutes: on a shared machine two whole bench runs a minute apart
 * differ more with the load than between the configurations, so batches alternate between two servers
 * (the order flipped every round) and each figure is paired: the server's CPU per request over each
 * batch, and each batch's latency percentiles (medians over the rounds are printed).
 */
async function abRuns(
  spec: string,
  rounds: number,
  requests: number,
  connections: number,
  pool: object,
  cpus: string,
  body: string,
  out: Record<string, unknown>,
  log: (s: string) => void,
): Promise<void> {
  const sides = spec.split('|').map((side) => {
    const parts = side.split(',').filter(Boolean);
    const semi = parts.find((x) => x.startsWith('semi-space='));
    return {
      name: side || '(defaults)',
      flags: [...childFlags, ...parts.filter((x) => !x.startsWith('semi-space='))],
      cfg: { ...pool, ...(semi ? { semiSpaceMb: Number(semi.split('=')[1]) } : {}) },
    };
  });
  if (sides.length !== 2) throw new Error(`--ab takes two sides, A|B: ${spec}`);
  const servers = await Promise.all(sides.map((s) => startServer(s.cfg, cpus, s.flags)));
  const opts = (port: number, amount: number) => ({
    url: `http://127.0.0.1:${port}/v1/analyze`,
    method: 'POST' as const,
    body,
    headers: { 'content-type': 'application/json' },
    connections,
    amount,
  });
  for (const srv of servers) await cannon(opts(srv.port, WARM_REQUESTS));
  const batch = Math.max(connections * 4, Math.floor(requests / rounds));
  const got = servers.map(() => ({
    cpuMs: [] as number[],
    p50: [] as number[],
    p99: [] as number[],
    gcMs: [] as number[],
  }));
  for (let r = 0; r < rounds; r++) {
    for (const i of r % 2 ? [1, 0] : [0, 1]) {
      const srv = servers[i]!;
      await srv.ask('reset');
      const c0 = (await srv.ask('cpu')).cpu as NodeJS.CpuUsage;
      const res = await cannon(opts(srv.port, batch));
      const c1 = (await srv.ask('cpu')).cpu as NodeJS.CpuUsage;
      const stats = (await srv.ask('stats')) as { gc: { ms: number } };
      const n = res.requests.total || 1;
      got[i]!.cpuMs.push((c1.user - c0.user + c1.system - c0.system) / 1000 / n);
      got[i]!.p50.push(res.latency.p50);
      got[i]!.p99.push(res.latency.p99);
      got[i]!.gcMs.push(stats.gc.ms / n);
    }
  }
  await Promise.all(servers.map((s) => s.stop()));
  const med = (xs: number[]) => pctl(xs, 0.5);
  const paired = got[1]!.cpuMs.map((x, k) => x - got[0]!.cpuMs[k]!);
  out.ab = sides.map((s, i) => ({
    side: s.name,
    flags: s.flags,
    cfg: s.cfg,
    cpuMsPerRequest: got[i]!.cpuMs.map((x) => Number(x.toFixed(2))),
    p50: got[i]!.p50,
    p99: got[i]!.p99,
    gcMsPerRequest: got[i]!.gcMs.map((x) => Number(x.toFixed(3))),
  }));
  for (const [i, s] of sides.entries())
    log(
      `A/B ${'AB'[i]} ${s.name}: ${rounds} batches of ${batch}, CPU per request median ${med(got[i]!.cpuMs).toFixed(2)} ms ` +
        `(${got[i]!.cpuMs.map((x) => x.toFixed(2)).join(' ')}), GC ${med(got[i]!.gcMs).toFixed(3)} ms a request, ` +
        `p50 median ${med(got[i]!.p50)} ms, p99 median ${med(got[i]!.p99)} ms (${got[i]!.p99.join(' ')})`,
    );
  log(
    `A/B paired CPU per request, B − A: median ${med(paired).toFixed(2)} ms (${paired.map((x) => x.toFixed(2)).join(' ')}); ` +
      `B lower in ${paired.filter((x) => x < 0).length} of ${rounds}`,
  );
}

const children = new Set<ChildProcess>();
if (!process.argv.includes('--serve')) {
  process.on('exit', () => {
    for (const c of children) c.kill();
  });
  await runBench();
}
