import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts the worker file `name` beside the module at `moduleUrl`: `name.js` when running from dist;
 * when running from source (vitest, tsx), `name.ts` loaded through tsx's register API, which
 * worker threads need because they do not inherit `--import` loaders (tsx is a devDependency).
 */
export function startWorker(moduleUrl: string, name: string, options: WorkerOptions): Worker {
  if (!moduleUrl.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, moduleUrl), options);
  const workerUrl = new URL(`./${name}.ts`, moduleUrl);
  return new Worker(buildTsxBootstrap(moduleUrl, workerUrl), { ...options, eval: true });
}

/** Source code that registers tsx in the worker, then imports the TypeScript worker file. */
function buildTsxBootstrap(moduleUrl: string, workerUrl: URL): string {
  // require.resolve finds the CommonJS build; its ESM twin sits beside it.
  const cjsPath = createRequire(moduleUrl).resolve('tsx/esm/api');
  const tsxApi = pathToFileURL(cjsPath.replace(/\.cjs$/, '.mjs')).href;
  const load = `import(${JSON.stringify(workerUrl.href)})`;
  return `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return ${load}; });`;
}
