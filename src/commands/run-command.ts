import type { Logger } from 'pino';
import { buildPollDeps, buildServerContext } from '../app.js';
import { startScheduler } from '../scheduler/index.js';
import { startServer } from '../server/index.js';
import type { CommandIo } from './command-io.js';
import { stopPolling } from './stop-polling.js';
import { waitForShutdown } from './wait-for-shutdown.js';
import { withApp } from './with-app.js';

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
    const reload = () =>
      void app
        .reloadConfig()
        .catch((error: unknown) => logger.error({ err: error }, 'config reload failed'));
    const signal = await waitForShutdown(reload);
    logger.info({ signal }, 'shutting down');
    await stopPolling(scheduler, app, logger);
    await server.close();
    return 0;
  });
}
