import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type App, buildServerContext, openApp } from '../../../src/app.js';
import { runCli } from '../../../src/cli.js';
import type { CommandIo } from '../../../src/commands/index.js';
import {
  type RunningServer,
  type ServerContext,
  startServer,
} from '../../../src/server/start-server.js';
import { createSilentLogger } from './create-silent-logger.js';

export interface DemoApp {
  dir: string;
  configPath: string;
  app: App;
  ctx: ServerContext;
  server: RunningServer;
  base: string;
  stop(): Promise<void>;
}

const DEMO = path.resolve(import.meta.dirname, '../../../config');

/** A quiet CommandIo that collects what a command prints. */
export function collectIo(): CommandIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (text) => void stdout.push(text),
    err: (text) => void stderr.push(text),
    env: { LOG_LEVEL: 'silent' },
  };
}

/** The bundled demo config (and the files it names) copied to a temp folder (own database), with extra YAML lines. */
export function writeDemoConfig(extraServerYaml = ''): { dir: string; configPath: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'topicfeed-serve-'));
  for (const folder of ['demo', 'topics'])
    if (existsSync(path.join(DEMO, folder)))
      cpSync(path.join(DEMO, folder), path.join(dir, folder), { recursive: true });
  const text = readFileSync(path.join(DEMO, 'demo.yaml'), 'utf8')
    .replace('database: ../data/demo.db', `database: ${path.join(dir, 'demo.db')}`)
    .replace('  port: 8080\n', `  port: 8080\n${extraServerYaml}`);
  const configPath = path.join(dir, 'demo.yaml');
  writeFileSync(configPath, text);
  return { dir, configPath };
}

/** Fetches the demo feeds into a temp database, then serves them on 127.0.0.1 port 0. */
export async function startDemoApp(extraServerYaml = ''): Promise<DemoApp> {
  const { dir, configPath } = writeDemoConfig(extraServerYaml);
  const code = await runCli(['fetch', '--config', configPath], collectIo());
  if (code !== 0) throw new Error(`demo fetch failed with ${code}`);
  const app = await openApp(configPath, createSilentLogger());
  const ctx = buildServerContext(app);
  const server = await startServer(ctx, '127.0.0.1', 0);
  return {
    dir,
    configPath,
    app,
    ctx,
    server,
    base: `http://127.0.0.1:${server.port}`,
    async stop() {
      await server.close();
      app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
