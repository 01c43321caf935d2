/**
 * V8 settings for processes that analyse on several threads at once. They are process-wide (every
 * isolate made afterwards gets them), so they are set once, before the threads start.
 */
import { setFlagsFromString } from 'node:v8';

/**
 * V8's budget of bytecode TurboFan inlines into one optimised function (its default is 920), set by
 * `batch` (any `--jobs`) and the queue worker before their analysis threads start. Most of a thread's
 * warm-up is TurboFan compiling the engine's large functions, and again after each early
 * deoptimisation; the compile time grows with everything inlined. At 300 the V8 background threads
 * spent 20% less CPU over GossipCop dev (2.4 against 3.05 s) and the analysis thread no more, even
 * after 10,000 articles. In the queue worker's setting (with its interrupt budget, 2,000 articles,
 * `scripts/warmup-curve.ts`, three pairs run side by side at load 14–16) the helpers fell 2.09–2.26 →
 * 1.78–1.84 s and the whole CPU 6.56–6.81 → 6.34–6.40 s, the analysis thread unchanged.
 */
export const INLINING_BUDGET = 300;

/** Whether node was started with a V8 flag named `name` (`-` or `_` between its words, any value). */
const gives = (execArgv: readonly string[], name: string): boolean =>
  execArgv.some((arg) => arg.split('=', 1)[0]!.replace(/_/g, '-') === name);

/**
 * Sets `INLINING_BUDGET` for the whole process unless node was started with a
 * `--max-inlined-bytecode-size-cumulative` of its own. TurboFan reads it at each compilation, so it
 * must be set before the threads compile the engine.
 */
export function limitInlining(execArgv: readonly string[] = process.execArgv): boolean {
  if (gives(execArgv, '--max-inlined-bytecode-size-cumulative')) return false;
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINING_BUDGET}`);
  return true;
}

/**
 * V8's interrupt budget (`--interrupt-budget`: the bytes of bytecode a function runs before V8 looks
 * again at optimising it) for the queue worker and `batch --jobs 2` and up: 512 KB, about 8 × V8's
 * default of 66 KB. The engine's large
 * functions are optimised, thrown away and optimised again many times (581 TurboFan compilations over
 * 2,000 articles, `extractFeatures` four times at 0.3–0.5 s each), on helper threads that take the
 * core a second worker needs: with this budget a worker's CPU per article fell 4.46 → 3.51 ms cold
 * (helper threads 1.97 → 0.79 ms, the analysis thread 2.00 → 2.24 ms), and in steady state too.
 * 4 × and 16 × gave less (3.83 and 3.68 ms), 32 × slowed the analysis itself (scripts/prof-worker.ts).
 * Round 16 tried 192 KB (3 ×) with the inlining budget: the analysis thread ran 5–10% faster but the
 * helpers compiled more, and a worker's whole CPU over 2,000 articles was 3–5% more than at 512 KB
 * (prof-worker runs side by side at load 9–18: 13.23 and 9.96 s against 12.19 and 9.40 s), so it stays.
 * For `batch` over GossipCop dev ×4 on the idle 2-core machine (14:05, two runs each): `--jobs 2` took
 * 8.5–8.8 s wall and 15.9–16.5 s CPU against 9.5 s and 17.6–17.8 s without it, while `--jobs 1` took
 * 11.6–11.7 s against 11.0–11.1 s (its compiling runs on the idle second core), so batch sets it only
 * from two workers on.
 */
export const JIT_INTERRUPT_BUDGET = 524_288;

/**
 * The fewest `batch` workers for which `JIT_INTERRUPT_BUDGET` pays: with one, V8's compiling runs on the
 * idle second core, and the budget made `--jobs 1` slower (above). The queue worker sets it whatever
 * its thread count: its main thread and PostgreSQL take that core (`bench:workers`, 2,000 articles,
 * workers of one thread each, load 2–3: CPU overhead over batch 58% cold with it, 85% without).
 */
export const JIT_MIN_THREADS = 2;

/**
 * Sets `JIT_INTERRUPT_BUDGET` for the whole process (every isolate made afterwards, the analysis
 * threads too) unless node was started with an `--interrupt-budget` (or `--interrupt_budget`) of its own.
 */
export function tuneJit(execArgv: readonly string[] = process.execArgv): boolean {
  // V8 takes a flag's name with `-` or `_` between its words (`--interrupt_budget` is the same flag), and
  // other flags begin with the same words (`--interrupt-budget-for-maglev`): the whole name is compared
  if (gives(execArgv, '--interrupt-budget')) return false;
  setFlagsFromString(`--interrupt-budget=${JIT_INTERRUPT_BUDGET}`);
  return true;
}

/** `tuneJit` for a process that will analyse on `threads` threads: only from `JIT_MIN_THREADS` on. */
export function tuneJitFor(threads: number, execArgv: readonly string[] = process.execArgv): boolean {
  return threads >= JIT_MIN_THREADS && tuneJit(execArgv);
}
