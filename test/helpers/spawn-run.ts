import { type ChildProcess, spawn } from 'node:child_process';
import { REPO } from './temp-config.js';

/** A `topicfeed run` child process, its output so far and its exit code. */
export interface RunningDaemon {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/**
 * Starts `topicfeed run ARGS` from the sources (tsx), silent logs, on the config's own database
 * (`$TOPICFEED_DATABASE_URL` cleared); stdout and stderr are collected for failure messages.
 */
export function spawnRun(args: string[]): RunningDaemon {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/bin.ts', 'run', ...args], {
    cwd: REPO,
    env: { ...process.env, LOG_LEVEL: 'silent', TOPICFEED_DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return { child, output: () => output, exited };
}
