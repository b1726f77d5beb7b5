import { describeDatabase, loadConfig } from '../config/index.js';
import { type CommandIo, reportError } from './with-app.js';

/** `topicfeed check`: validates and compiles the config; every problem as file:line:col path: message. */
export function checkCommand(configPath: string, io: CommandIo): number {
  try {
    const config = loadConfig(configPath);
    io.out(
      `${config.file}: ok (${config.sources.length} sources, ${config.topics.length} topics)\n`,
    );
    io.out(`database: ${describeDatabase(config.database)}\n`);
    return 0;
  } catch (error) {
    return reportError(io, error);
  }
}

/** `topicfeed healthcheck`: exit 0 when the running daemon's /healthz answers 200 (for HEALTHCHECK). */
export async function healthcheckCommand(configPath: string, io: CommandIo): Promise<number> {
  try {
    const { server } = loadConfig(configPath);
    const host = server.host === '0.0.0.0' || server.host === '::' ? '127.0.0.1' : server.host;
    const response = await fetch(
      `http://${host.includes(':') ? `[${host}]` : host}:${server.port}/healthz`,
      { signal: AbortSignal.timeout(5_000) },
    );
    if (response.status === 200) return 0;
    io.err(`topicfeed: /healthz answered ${response.status}\n`);
    return 1;
  } catch (error) {
    return reportError(io, error);
  }
}
