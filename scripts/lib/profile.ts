/** CPU profiles for `npm run bench --cpu-prof`: record one in process, and sum a profile's self time. */
import { Session } from 'node:inspector/promises';

/** A V8 CPU profile (the `.cpuprofile` format), as much of it as the summary reads. */
export interface CpuProfile {
  readonly nodes: readonly {
    readonly id: number;
    readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  }[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Runs `fn` under the V8 profiler of this thread and returns its result and the profile. */
export async function profiled<T>(fn: () => T): Promise<{ value: T; profile: CpuProfile }> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
    const value = fn();
    const { profile } = await session.post('Profiler.stop');
    return { value, profile: profile as unknown as CpuProfile };
  } finally {
    session.disconnect();
  }
}

/** Self time (ms and share) of the `top` busiest functions and files of a profile. */
export function selfTime(
  profile: CpuProfile,
  root: string,
  top = 15,
): {
  functions: { name: string; ms: number; share: number }[];
  files: { name: string; ms: number; share: number }[];
} {
  const byNode = new Map<number, number>();
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    total += dt;
    byNode.set(profile.samples[i]!, (byNode.get(profile.samples[i]!) ?? 0) + dt);
  }
  const fns = new Map<string, number>();
  const files = new Map<string, number>();
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const [id, ms] of byNode) {
    const f = nodes.get(id)?.callFrame;
    const file = f?.url
      ? f.url.replace(/^file:\/\//, '').replace(`${root}/`, '')
      : `(${f?.functionName || 'native'})`;
    const fn = `${f?.functionName || '(anonymous)'} ${file}`;
    fns.set(fn, (fns.get(fn) ?? 0) + ms);
    files.set(file, (files.get(file) ?? 0) + ms);
  }
  const rank = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, ms, share: total > 0 ? ms / total : 0 }));
  return { functions: rank(fns), files: rank(files) };
}
