import { loadConfig } from '../config/index.js';
import type { CommandIo } from './command-io.js';
import { reportError } from './report-error.js';

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
