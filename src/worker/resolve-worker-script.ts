import type { WorkerOptions } from 'node:worker_threads';

export interface WorkerScript {
  url: URL;
  execArgv: string[];
}

/**
 * The worker file `name` beside the module at `moduleUrl`: `name.js` when running from dist,
 * `name.ts` started through tsx when running from source (vitest, tsx; tsx is a devDependency).
 */
export function resolveWorkerScript(moduleUrl: string, name: string): WorkerScript {
  const fromSource = moduleUrl.endsWith('.ts');
  const url = new URL(`./${name}.${fromSource ? 'ts' : 'js'}`, moduleUrl);
  return { url, execArgv: fromSource ? ['--import', 'tsx'] : [] };
}

/** Options for `new Worker(script.url, …)`: its own heap cap, no inherited stdin. */
export function buildWorkerOptions(script: WorkerScript, maxHeapMb: number): WorkerOptions {
  return {
    execArgv: script.execArgv,
    resourceLimits: { maxOldGenerationSizeMb: maxHeapMb },
    stdout: false,
    stderr: false,
  };
}
