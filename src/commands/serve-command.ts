import type { Logger } from 'pino';
import { buildServerContext } from '../app.js';
import { startServer } from '../server/index.js';
import type { CommandIo } from './command-io.js';
import { waitForShutdown } from './wait-for-shutdown.js';
import { withApp } from './with-app.js';

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
