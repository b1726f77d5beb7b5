import { existsSync, readFileSync } from 'node:fs';

/** Linux's USER_HZ: /proc counts CPU time in 1/100 s. */
const CLOCK_TICKS = 100;

/**
 * CPU milliseconds (user + system) the calling process's main thread has used, from
 * /proc/self/task/<pid>/stat (the main thread's task id is the process id); undefined off Linux.
 * Unlike wall time it does not grow when other processes or this process's workers take the
 * cores, so it shows what a change moved off the main thread on a loaded machine. 10 ms steps.
 */
export function mainThreadCpuMs(): number | undefined {
  const file = `/proc/self/task/${process.pid}/stat`;
  if (!existsSync(file)) return undefined;
  const stat = readFileSync(file, 'utf8');
  // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}
