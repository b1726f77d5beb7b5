import type { Logger } from 'pino';
import { type App, buildPollDeps, buildServerContext } from '../app.js';
import { backfillStoryClaims } from '../provenance/index.js';
import { type Scheduler, startScheduler } from '../scheduler/index.js';
import { startServer } from '../server/index.js';
import { type CommandIo, withApp } from './with-app.js';

/** How long `run` lets the polls in flight finish after SIGTERM before aborting them. */
const SHUTDOWN_GRACE_MS = 10_000;

/**
 * `topicfeed run`: scheduler + HTTP server; SIGHUP reloads the config (keeping the last good one);
 * on SIGTERM stops polling, lets polls finish, closes cleanly.
 */
export async function runCommand(
  configPath: string,
  io: CommandIo,
  logger: Logger,
): Promise<number> {
  return withApp(configPath, io, logger, async (app) => {
    const server = await startServer(
      buildServerContext(app),
      app.config.server.host,
      app.config.server.port,
    );
    const scheduler = startScheduler(buildPollDeps(app));
    logger.info(
      { host: app.config.server.host, port: server.port, sources: app.config.sources.length },
      'topicfeed running',
    );
    io.out(`topicfeed running on http://${app.config.server.host}:${server.port}/\n`);
    void scheduler.tick();
    const backfill = startClaimsBackfill(app, logger);
    const reload = () =>
      void app
        .reloadConfig()
        .catch((error: unknown) => logger.error({ err: error }, 'config reload failed'));
    const signal = await waitForShutdown(reload);
    logger.info({ signal }, 'shutting down');
    backfill.stop.abort();
    await backfill.done;
    await stopPolling(scheduler, app, logger);
    await server.close();
    return 0;
  });
}

/** Stories stored before claims existed get them in the background; stopped at shutdown. */
function startClaimsBackfill(app: App, logger: Logger) {
  const stop = new AbortController();
  const done = backfillStoryClaims(app.db, {
    now: () => new Date(),
    write: (work) => app.writeLock.run(work),
    signal: stop.signal,
    onError: (storyId, error) =>
      logger.warn({ story: storyId, err: error }, 'provenance: story claims could not be computed'),
  })
    .then((stories) => {
      if (stories > 0) logger.info({ stories }, 'provenance: story claims backfilled');
    })
    .catch((error: unknown) => logger.error({ err: error }, 'provenance: claims backfill failed'));
  return { stop, done };
}

/** `topicfeed serve [--port N]`: the HTTP server alone, until SIGTERM/SIGINT. */
export async function serveCommand(
  configPath: string,
  port: number | undefined,
  io: CommandIo,
  logger: Logger,
): Promise<number> {
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
