import type { Logger } from 'pino';
import { type App, openApp } from '../app.js';
import { ConfigError, formatConfigIssue } from '../config/index.js';

/** Where a command writes: real stdout/stderr in the CLI, buffers in tests. */
export interface CommandIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
}

/** Prints an error the way an operator needs it (config problems one per line), never a stack trace. */
export function reportError(io: CommandIo, error: unknown): number {
  if (error instanceof ConfigError) {
    for (const issue of error.issues) io.err(`${formatConfigIssue(issue)}\n`);
    return 1;
  }
  io.err(`topicfeed: ${error instanceof Error ? error.message : String(error)}\n`);
  return 1;
}

/**
 * Opens the app (config, database, pool) for one command, runs it, and always closes it; any
 * error becomes a clear message and exit code 1.
 */
export async function withApp(
  configPath: string,
  io: CommandIo,
  logger: Logger,
  command: (app: App) => number | Promise<number>,
): Promise<number> {
  let app: App | undefined;
  try {
    app = openApp(configPath, logger);
    return await command(app);
  } catch (error) {
    return reportError(io, error);
  } finally {
    app?.close();
  }
}
