import type { Logger } from 'pino';
import { type App, openApp } from '../app.js';
import type { CommandIo } from './command-io.js';
import { reportError } from './report-error.js';

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
