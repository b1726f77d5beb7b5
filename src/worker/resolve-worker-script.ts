import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { WorkerOptions } from 'node:worker_threads';

/** What `new Worker(script.target, { eval: script.evaluate })` starts. */
export interface WorkerScript {
  target: string | URL;
  evaluate: boolean;
}

/** Source code that registers tsx in the worker, then imports the TypeScript worker file. */
function buildTsxBootstrap(moduleUrl: string, workerUrl: URL): string {
  // require.resolve finds the CommonJS build; its ESM twin sits beside it.
  const cjsPath = createRequire(moduleUrl).resolve('tsx/esm/api');
  const tsxApi = pathToFileURL(cjsPath.replace(/\.cjs$/, '.mjs')).href;
  const load = `import(${JSON.stringify(workerUrl.href)})`;
  return `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return ${load}; });`;
}

/**
 * The worker file `name` beside the module at `moduleUrl`: `name.js` when running from dist;
 * when running from source (vitest, tsx), `name.ts` loaded through tsx's register API, which
 * worker threads need because they do not inherit `--import` loaders (tsx is a devDependency).
 */
export function resolveWorkerScript(moduleUrl: string, name: string): WorkerScript {
  if (!moduleUrl.endsWith('.ts')) {
    return { target: new URL(`./${name}.js`, moduleUrl), evaluate: false };
  }
  const workerUrl = new URL(`./${name}.ts`, moduleUrl);
  return { target: buildTsxBootstrap(moduleUrl, workerUrl), evaluate: true };
}

/** Options for `new Worker(script.target, …)`: its own heap cap, output kept off the parent's. */
export function buildWorkerOptions(script: WorkerScript, maxHeapMb: number): WorkerOptions {
  return {
    eval: script.evaluate,
    resourceLimits: { maxOldGenerationSizeMb: maxHeapMb },
  };
}
