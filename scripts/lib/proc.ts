/**
 * CPU time of processes and threads read from Linux's /proc, for the benches that time processes they
 * did not start in-process (PostgreSQL's backends, worker processes, V8's helper threads). Times are in
 * seconds, at the kernel's 100 ticks a second (USER_HZ, 100 on every Linux the benches run on).
 */
import { readdirSync, readFileSync } from 'node:fs';

const USER_HZ = 100;

/**
 * The fields of a `stat` line after the command name, from the state (field 3) on; the name is cut at
 * the last `) `, as it may itself hold one.
 */
const fieldsOf = (stat: string): string[] => stat.slice(stat.lastIndexOf(') ') + 2).split(' ');

/**
 * CPU seconds in one `stat` line (utime + stime, fields 14-15), with `children` its waited-for exited
 * children's too (cutime + cstime, fields 16-17).
 */
export function statCpu(stat: string, children = false): number {
  const f = fieldsOf(stat);
  const [u, s, cu, cs] = [f[11], f[12], f[13], f[14]].map(Number) as [number, number, number, number];
  return (u + s + (children ? cu + cs : 0)) / USER_HZ;
}

/** The parent's pid in one `stat` line (field 4). */
export const statParent = (stat: string): number => Number(fieldsOf(stat)[1]);

/** CPU seconds of a `stat` file (a process's or a thread's); 0 once it is gone. */
export function fileCpu(file: string, children = false): number {
  try {
    return statCpu(readFileSync(file, 'utf8'), children);
  } catch {
    return 0;
  }
}

/** CPU seconds of a process (all its threads), with `children` of its exited children too; 0 if none. */
export const procCpu = (pid: number | undefined, children = false): number =>
  pid ? fileCpu(`/proc/${pid}/stat`, children) : 0;

/** CPU seconds of a server and every process under it (PostgreSQL's backends), live or exited. */
export function treeCpu(pid: number | undefined): number {
  if (!pid) return 0;
  let total = procCpu(pid, true);
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      if (statParent(readFileSync(`/proc/${d}/stat`, 'utf8')) === pid) total += procCpu(Number(d));
    } catch {
      // gone meanwhile
    }
  }
  return total;
}
