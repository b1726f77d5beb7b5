import type { Logger } from 'pino';
import type { FeedFormatName } from '../renderer/index.js';
import { describeTopic, renderTopicFeed } from '../server/index.js';
import type { CommandIo } from './command-io.js';
import { withApp } from './with-app.js';

export interface ExportOptions {
  topic: string;
  format: string;
  /** 0 = every story. */
  limit: number;
}

/** `topicfeed export --topic ID`: one topic's merged feed on stdout. */
export function exportCommand(
  configPath: string,
  options: ExportOptions,
  io: CommandIo,
  logger: Logger,
): Promise<number> {
  return withApp(configPath, io, logger, async (app) => {
    if (!['rss', 'atom', 'json'].includes(options.format))
      throw new Error(`unknown format "${options.format}" (rss, atom or json)`);
    if (!Number.isInteger(options.limit) || options.limit < 0)
      throw new Error('--limit must be a whole number ≥ 0');
    if (!describeTopic(app.config, options.topic)) {
      throw new Error(
        `unknown topic "${options.topic}"; known: all, ${app.config.topics.map((t) => t.id).join(', ')}`,
      );
    }
    const request = {
      topic: options.topic,
      format: options.format as FeedFormatName,
      limit: options.limit,
      page: 1,
    };
    io.out(renderTopicFeed(app.db, app.config, app.version, request).text);
    return 0;
  });
}
