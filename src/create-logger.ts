import { type Logger, pino } from 'pino';

/** JSON logs on stderr (stdout stays free for `export` and `opml export`); level from LOG_LEVEL. */
export function createLogger(defaultLevel: string, env: NodeJS.ProcessEnv = process.env): Logger {
  return pino(
    { name: 'topicfeed', level: env.LOG_LEVEL ?? defaultLevel, base: { pid: process.pid } },
    pino.destination(2),
  );
}
