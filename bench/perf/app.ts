import { pino } from 'pino';
import { type App, openApp } from '../../src/app.js';
import { type BenchSource, createWorkspace, writeBenchConfig } from './workspace.js';

export interface BenchApp {
  app: App;
  dir: string;
  configPath: string;
  /** Deletes the workspace (close the app first). */
  remove: () => void;
  /** Closes the app and deletes the workspace. */
  dispose: () => void;
}

/** The real composition root (openApp) on a temp SQLite file with the shipped topics. */
export async function openBenchApp(
  name: string,
  sources: readonly BenchSource[],
  poll?: Record<string, unknown>,
): Promise<BenchApp> {
  const workspace = createWorkspace(name);
  const configPath = writeBenchConfig(workspace.dir, {
    database: 'bench.db',
    sources,
    ...(poll ? { poll } : {}),
  });
  const app = await openApp(configPath, pino({ level: 'silent' }));
  return {
    app,
    dir: workspace.dir,
    configPath,
    remove: workspace.remove,
    dispose: () => {
      app.close();
      workspace.remove();
    },
  };
}
