import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const WRK_MISSING =
  'wrk is not installed: install it (Debian/Ubuntu: sudo apt-get install -y wrk; macOS: brew install wrk) and run `npm run bench -- --only serve` again';

export interface WrkRun {
  /** Requests completed in the whole run. */
  requests: number;
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

/** True when the `wrk` load generator is on the PATH. */
export function hasWrk(): boolean {
  return spawnSync('wrk', ['--version'], { stdio: 'ignore' }).error === undefined;
}

function toMs(value: string, unit: string): number {
  const factor: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000 };
  return Number(value) * (factor[unit] ?? Number.NaN);
}

function readPercentile(output: string, percent: string): number {
  const match = new RegExp(`^\\s*${percent}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, 'm').exec(output);
  return match ? toMs(match[1] ?? '', match[2] ?? '') : Number.NaN;
}

/** Reads wrk's summary (run with --latency): requests, requests/s, p50 and p99 latency, errors. */
export function parseWrkOutput(stdout: string): WrkRun {
  const rate = /Requests\/sec:\s+([\d.]+)/.exec(stdout);
  const total = /^\s*(\d+) requests in /m.exec(stdout);
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(
    stdout,
  );
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(stdout);
  return {
    requests: Number(total?.[1] ?? Number.NaN),
    requestsPerSec: Number(rate?.[1] ?? Number.NaN),
    p50Ms: readPercentile(stdout, '50'),
    p99Ms: readPercentile(stdout, '99'),
    errors:
      (errors ? errors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0) +
      Number(non2xx?.[1] ?? 0),
  };
}

/** Runs wrk (one thread, `connections` connections, `seconds` long) and reads its summary. */
export async function runWrk(
  url: string,
  options: { connections: number; seconds: number; headers: readonly string[] },
): Promise<WrkRun> {
  const args = ['-t1', `-c${options.connections}`, `-d${options.seconds}s`, '--latency'];
  for (const header of options.headers) args.push('-H', header);
  const { stdout } = await run('wrk', [...args, url]);
  return parseWrkOutput(stdout);
}
