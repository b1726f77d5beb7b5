import type { Logger } from 'pino';
import { type App, buildPollDeps, openApp } from '../app.js';
import {
  type Config,
  ConfigError,
  formatConfigIssue,
  loadConfig,
  locateDatabase,
} from '../config/index.js';
import type { PollDeps } from '../ingest/index.js';
import { buildPostgresPollDeps, openPostgresApp, type PostgresApp } from '../postgres-app.js';
import { createSqliteStoryReader, type StoryReader } from '../store/index.js';

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

/**
 * Opens the poller side on the config's backend (SQLite: the app; PostgreSQL: the shared store),
 * runs the command with its poll dependencies, and always closes it.
 */
export async function withPollDeps(
  configPath: string,
  io: CommandIo,
  logger: Logger,
  command: (deps: PollDeps, config: Config) => Promise<number>,
): Promise<number> {
  let loaded: Config;
  try {
    loaded = loadConfig(configPath);
  } catch (error) {
    return reportError(io, error);
  }
  if (locateDatabase(loaded.database).kind === 'sqlite')
    return withApp(configPath, io, logger, (app) => command(buildPollDeps(app), app.config));
  let app: PostgresApp | undefined;
  try {
    app = await openPostgresApp(loaded, logger);
    return await command(await buildPostgresPollDeps(app), app.config);
  } catch (error) {
    return reportError(io, error);
  } finally {
    await app?.close();
  }
}

/** Like withPollDeps, for the commands that read stories (`export`): SQLite or PostgreSQL. */
export async function withStoryReader(
  configPath: string,
  io: CommandIo,
  logger: Logger,
  command: (stories: StoryReader, config: Config, version: string) => Promise<number>,
): Promise<number> {
  let loaded: Config;
  try {
    loaded = loadConfig(configPath);
  } catch (error) {
    return reportError(io, error);
  }
  if (locateDatabase(loaded.database).kind === 'sqlite')
    return withApp(configPath, io, logger, (app) =>
      command(createSqliteStoryReader(app.db), app.config, app.version),
    );
  let app: PostgresApp | undefined;
  try {
    app = await openPostgresApp(loaded, logger);
    return await command(app.stories, app.config, app.version);
  } catch (error) {
    return reportError(io, error);
  } finally {
    await app?.close();
  }
}
