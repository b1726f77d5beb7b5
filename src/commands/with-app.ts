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
import {
  createSqliteSourceStore,
  createSqliteStoryReader,
  type SourceStore,
  type StoryReader,
} from '../store/index.js';
import {
  type BackgroundBackfill,
  startPostgresClaimsBackfill,
  startSqliteClaimsBackfill,
} from './background-backfill.js';
import { readClock } from './read-clock.js';

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
    app = await openApp(configPath, logger);
    return await command(app);
  } catch (error) {
    return reportError(io, error);
  } finally {
    app?.close();
  }
}

/** What a command runs on each backend: the SQLite app, or the shared PostgreSQL store. */
export interface OnEitherBackend {
  sqlite: (app: App) => Promise<number>;
  postgres: (app: PostgresApp) => Promise<number>;
}

/**
 * Loads the config and runs the command on its backend (SQLite: the app; PostgreSQL: the shared
 * store), always closing it; any error becomes a clear message and exit code 1.
 */
export async function withBackend(
  configPath: string,
  io: CommandIo,
  logger: Logger,
  run: OnEitherBackend,
): Promise<number> {
  let loaded: Config;
  try {
    loaded = loadConfig(configPath);
  } catch (error) {
    return reportError(io, error);
  }
  if (locateDatabase(loaded.database).kind === 'sqlite')
    return withApp(configPath, io, logger, run.sqlite);
  let app: PostgresApp | undefined;
  try {
    app = await openPostgresApp(loaded, logger);
    return await run.postgres(app);
  } catch (error) {
    return reportError(io, error);
  } finally {
    await app?.close();
  }
}

/**
 * Runs a polling command (`fetch`) with its poll dependencies on the config's backend, and the
 * backend's claims backfill to start beside it (startSqliteClaimsBackfill and the PostgreSQL one),
 * on the clock `TOPICFEED_NOW` sets (readClock).
 */
export function withPollDeps(
  configPath: string,
  io: CommandIo,
  logger: Logger,
  command: (
    deps: PollDeps,
    config: Config,
    startBackfill: () => BackgroundBackfill,
  ) => Promise<number>,
): Promise<number> {
  let now: () => Date;
  try {
    now = readClock(io.env);
  } catch (error) {
    return Promise.resolve(reportError(io, error));
  }
  return withBackend(configPath, io, logger, {
    sqlite: (app) =>
      command(buildPollDeps(app, now), app.config, () => startSqliteClaimsBackfill(app, logger)),
    postgres: async (app) =>
      command(await buildPostgresPollDeps(app, now), app.config, () =>
        startPostgresClaimsBackfill(app),
      ),
  });
}

/** Runs a command that reads stories (`export`) on the config's backend. */
export function withStoryReader(
  configPath: string,
  io: CommandIo,
  logger: Logger,
  command: (stories: StoryReader, config: Config, version: string) => Promise<number>,
): Promise<number> {
  return withBackend(configPath, io, logger, {
    sqlite: (app) => command(createSqliteStoryReader(app.db), app.config, app.version),
    postgres: (app) => command(app.stories, app.config, app.version),
  });
}

/** Runs a command that reads the sources (`opml export`) on the config's backend. */
export function withSourceStore(
  configPath: string,
  io: CommandIo,
  logger: Logger,
  command: (sources: SourceStore, config: Config) => Promise<number>,
): Promise<number> {
  return withBackend(configPath, io, logger, {
    sqlite: (app) => command(createSqliteSourceStore(app.db), app.config),
    postgres: (app) => command(app.sources, app.config),
  });
}
