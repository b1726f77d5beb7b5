import type { Logger } from 'pino';
import { type App, buildPollDeps, buildServerContext } from '../app.js';
import { type Config, loadConfig, locateDatabase } from '../config/index.js';
import { type Scheduler, startScheduler } from '../scheduler/index.js';
import { startServer } from '../server/index.js';
import { startSqliteClaimsBackfill } from './background-backfill.js';
import { type Role, runSharedInstance } from './shared-store-commands.js';
import { type CommandIo, reportError, withApp } from './with-app.js';

/** How long `run` lets the polls in flight finish after SIGTERM before aborting them. */
const SHUTDOWN_GRACE_MS = 10_000;

/** The config's backend, for the commands that run differently on a shared PostgreSQL store. */
function loadSharedConfig(configPath: string): Config | undefined {
  const config = loadConfig(configPath);
  return locateDatabase(config.database).kind === 'postgres' ? config : undefined;
}

/**
 * `topicfeed run [--role all|poller|server]`: scheduler and/or HTTP server; SIGHUP reloads the
 * config (keeping the last good one); on SIGTERM stops polling, lets polls finish, closes
 * cleanly. On PostgreSQL see runSharedInstance.
 */
export async function runCommand(
  configPath: string,
  role: Role,
  io: CommandIo,
  logger: Logger,
): Promise<number> {
  let shared: Config | undefined;
  try {
    shared = loadSharedConfig(configPath);
  } catch (error) {
    return reportError(io, error);
  }
  if (shared)
    return runSharedInstance(
      shared,
      { role, configPath, stop: (reload) => waitForShutdown(reload) },
      io,
      logger,
    );
  if (role === 'server') return serveCommand(configPath, undefined, io, logger);
  return withApp(configPath, io, logger, async (app) => {
    const server =
      role === 'all'
        ? await startServer(buildServerContext(app), app.config.server.host, app.config.server.port)
        : undefined;
    const scheduler = startScheduler(buildPollDeps(app));
    logger.info(
      {
        host: app.config.server.host,
        port: server?.port,
        sources: app.config.sources.length,
        role,
      },
      'topicfeed running',
    );
    io.out(
      server
        ? `topicfeed running on http://${app.config.server.host}:${server.port}/\n`
        : 'topicfeed running (role poller)\n',
    );
    void scheduler.tick();
    const backfill = startSqliteClaimsBackfill(app, logger);
    const reload = () =>
      void app
        .reloadConfig()
        .catch((error: unknown) => logger.error({ err: error }, 'config reload failed'));
    const signal = await waitForShutdown(reload);
    logger.info({ signal }, 'shutting down');
    backfill.stop.abort();
    await backfill.done;
    await stopPolling(scheduler, app, logger);
    await server?.close();
    return 0;
  });
}

/** `topicfeed serve [--port N]`: the HTTP server alone, until SIGTERM/SIGINT. */
export async function serveCommand(
  configPath: string,
  port: number | undefined,
  io: CommandIo,
  logger: Logger,
): Promise<number> {
  let shared: Config | undefined;
  try {
    shared = loadSharedConfig(configPath);
  } catch (error) {
    return reportError(io, error);
  }
  if (shared)
    return runSharedInstance(
      shared,
      { role: 'server', port, stop: () => waitForShutdown() },
      io,
      logger,
    );
  return withApp(configPath, io, logger, async (app) => {
    const server = await startServer(
      buildServerContext(app),
      app.config.server.host,
      port ?? app.config.server.port,
    );
    logger.info({ host: app.config.server.host, port: server.port }, 'server listening');
    io.out(`topicfeed serving on http://${app.config.server.host}:${server.port}/\n`);
    await waitForShutdown();
    await server.close();
    return 0;
  });
}

/** Resolves on the first SIGTERM or SIGINT (the second one exits at once). */
function waitForShutdown(onReload?: () => void): Promise<string> {
  return new Promise((resolve) => {
    const reload = () => onReload?.();
    const stop = (signal: string) => {
      process.off('SIGHUP', reload);
      process.once('SIGTERM', () => process.exit(1));
      process.once('SIGINT', () => process.exit(1));
      resolve(signal);
    };
    if (onReload) process.on('SIGHUP', reload);
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
}

/**
 * Stops the tick and waits for the polls in flight; past the grace period, aborts their fetches
 * and parses (each is then recorded as that source's error) and waits for them to wind up.
 */
async function stopPolling(
  scheduler: Scheduler,
  app: App,
  logger: Logger,
  graceMs = SHUTDOWN_GRACE_MS,
): Promise<void> {
  const stopped = scheduler.stop();
  if ((await Promise.race([stopped, wait(graceMs)])) !== 'timeout') return;
  logger.warn({ grace_ms: graceMs }, 'polls still running after the grace period; aborting them');
  app.abortPolls();
  await app.parsePool.close();
  await stopped;
}

function wait(ms: number): Promise<'timeout'> {
  return new Promise((resolve) => setTimeout(() => resolve('timeout'), ms).unref());
}
