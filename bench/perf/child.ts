import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { REPO_DIR } from './workspace.js';

export interface BenchChild {
  child: ChildProcess;
  pid: number;
  port: number;
  stop: () => Promise<void>;
}

/** Node with tsx, so TypeScript runs from a fresh clone without a build. */
export const NODE_TSX = [process.execPath, '--import', 'tsx'] as const;

/**
 * Starts `node --import tsx <args>` in the repo and waits for a stdout line with
 * `listening <port>` or `on http://host:<port>/`; stop() sends SIGTERM and waits for the exit.
 * A `.js` script runs without tsx; `nodeFlags` go before the script (as a launcher passes them).
 * With BENCH_CPU_PROF=<dir> in the environment, the child writes a CPU profile there.
 */
export function startChild(
  args: readonly string[],
  timeoutMs = 120_000,
  nodeFlags: readonly string[] = [],
): Promise<BenchChild> {
  const [node, ...tsx] = NODE_TSX;
  const compiled = args[0]?.endsWith('.js') ?? false;
  const flags: string[] = compiled ? [...nodeFlags] : [...nodeFlags, ...tsx];
  const profile = process.env.BENCH_CPU_PROF;
  if (profile) flags.push('--cpu-prof', `--cpu-prof-dir=${profile}`);
  const child = spawn(node, [...flags, ...args], {
    cwd: REPO_DIR,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`bench: ${args.join(' ')} did not start within ${timeoutMs} ms`));
    }, timeoutMs);
    child.once('exit', (code) => reject(new Error(`bench: ${args.join(' ')} exited (${code})`)));
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on('line', (line) => {
      const match = /(?:listening |on http:\/\/[^:]+:)(\d+)/.exec(line);
      if (!match) return;
      clearTimeout(timer);
      resolve({ child, pid: child.pid ?? 0, port: Number(match[1]), stop });
    });
  });
}
