/**
 * Analyses on the main thread (`hearsay serve --workers 0`) taken in turns, in the order the requests were
 * read: one analysis per turn of the event loop, so between two analyses the loop reads every request
 * that has arrived and queues it behind those already waiting.
 *
 * Why: analysing inside the socket's read callback serves requests in the order epoll hands the sockets
 * back, batch by batch, and a level-triggered epoll puts back at the head of its ready list the sockets
 * it has just reported. A client whose next request arrives while a batch is being analysed is then
 * served behind every client of that batch once more: it waits about two rounds (2 × clients × the time
 * of a request) where the others wait one, which made the p99 at 16 clients on one core about twice the
 * mean. Taken in turns, a request waits for those read before it, and no more.
 *
 * It is the same `AnalysisPool` as the worker threads' (./pool.ts), with the same limits: past
 * `queueLimit` waiting requests the answer is HS_SERVER_BUSY at once, and a request still waiting when
 * its time budget runs out is answered HS_TIME_BUDGET (a running analysis cannot be stopped on the main
 * thread: it finishes).
 */
import { HearsayError } from '../../errors.ts';
import type { Kb } from '../../kb/types.ts';
import type { Report } from '../../report/schema.ts';
import { err, ok, type Result } from '../../result.ts';
import { analyzeLocal, type LocalInput } from './local.ts';
import { type AnalysisPool, busy, POOL_DEFAULTS, timeBudget, type Want } from './pool.ts';
import { renderAs, utf8Bytes } from './respond.ts';
import { warmUp } from './warm.ts';

/** The limits of the main thread's turns: those of the pool, less the number of workers. */
export interface TurnsOptions {
  /** The knowledge base the analyses use. */
  readonly kb: Kb;
  /** Requests that may wait for their turn, beyond the one being analysed; past it: HS_SERVER_BUSY. */
  readonly queueLimit?: number;
  /** Milliseconds from a request's arrival to its answer; a request still waiting past it: HS_TIME_BUDGET. */
  readonly maxMs?: number;
  /** The Retry-After (seconds) of a full queue's answer. */
  readonly retryAfterS?: number;
}

interface Turn {
  readonly local: LocalInput;
  readonly want: Want;
  readonly settle: (r: Result<Uint8Array | Report, HearsayError>) => void;
  timer: NodeJS.Timeout | undefined;
}

/** One request's analysis, with an exception escaping the engine turned into HS_SERVER_ERROR. */
const analyse = (t: Turn, kb: Kb): Result<Uint8Array | Report, HearsayError> => {
  try {
    const r = analyzeLocal(t.local, kb);
    if (!r.ok) return r;
    return ok(t.want === 'report' ? r.value : utf8Bytes(renderAs(r.value, t.want)));
  } catch (e) {
    if (e instanceof HearsayError) return err(e);
    return err(new HearsayError('HS_SERVER_ERROR', e instanceof Error ? e.message : String(e)));
  }
};

/** Analyses on the main thread, one per turn of the event loop, in the order the requests came. */
export const createTurns = (opts: TurnsOptions): AnalysisPool => {
  const { kb } = opts;
  const queueLimit = opts.queueLimit ?? POOL_DEFAULTS.queueLimit;
  const maxMs = opts.maxMs ?? POOL_DEFAULTS.maxMs;
  const retryAfterS = opts.retryAfterS ?? POOL_DEFAULTS.retryAfterS;
  // a ring would save the shift; with at most queueLimit entries the array's shift is cheap
  const waiting: Turn[] = [];
  let scheduled = false;
  let running = false;
  let closed = false;

  // one analysis, then the loop goes back to its sockets before the next (setImmediate runs after I/O)
  const turn = (): void => {
    scheduled = false;
    const t = waiting.shift();
    if (!t) return;
    if (waiting.length > 0) schedule();
    clearTimeout(t.timer);
    running = true;
    const r = analyse(t, kb);
    running = false;
    t.settle(r);
  };
  const schedule = (): void => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(turn);
  };

  const submit = (local: LocalInput, want: Want): Promise<Result<Uint8Array | Report, HearsayError>> => {
    if (closed) return Promise.resolve(err(busy('the server is shutting down', retryAfterS)));
    // the first in line is about to run (on the next turn), like a job given to an idle worker
    if (waiting.length > queueLimit)
      return Promise.resolve(err(busy(`${waiting.length} analyses waiting`, retryAfterS)));
    return new Promise((settle) => {
      const t: Turn = { local, want, settle, timer: undefined };
      t.timer = setTimeout(() => {
        const at = waiting.indexOf(t);
        if (at < 0) return;
        waiting.splice(at, 1);
        settle(err(timeBudget()));
      }, maxMs).unref();
      waiting.push(t);
      schedule();
    });
  };

  return {
    report: (local) => submit(local, 'report') as Promise<Result<Report, HearsayError>>,
    render: (local, format) => submit(local, format) as Promise<Result<Uint8Array, HearsayError>>,
    state: () => ({ workers: 0, running: running ? 1 : 0, queued: waiting.length }),
    warm: async (runs = 0) => {
      warmUp(kb, runs);
    },
    close: async () => {
      closed = true;
      for (const t of waiting.splice(0)) {
        clearTimeout(t.timer);
        t.settle(err(busy('the server is shutting down', retryAfterS)));
      }
    },
  };
};
