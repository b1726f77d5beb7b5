import type { Logger } from 'pino';
import { describeTopic, type FeedFormatName, renderTopicFeed } from '../renderer/index.js';
import { type CommandIo, withStoryReader } from './with-app.js';

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
  return withStoryReader(configPath, io, logger, async (stories, config, version) => {
    if (!['rss', 'atom', 'json'].includes(options.format))
      throw new Error(`unknown format "${options.format}" (rss, atom or json)`);
    if (!Number.isInteger(options.limit) || options.limit < 0)
      throw new Error('--limit must be a whole number ≥ 0');
    if (!describeTopic(config, options.topic)) {
      throw new Error(
        `unknown topic "${options.topic}"; known: all, ${config.topics.map((t) => t.id).join(', ')}`,
      );
    }
    const feed = renderTopicFeed(config, version, {
      topic: options.topic,
      format: options.format as FeedFormatName,
      limit: options.limit,
      page: 1,
      ...(await stories.readTopicPage({ topic: options.topic, limit: options.limit })),
    });
    io.out(feed.text);
    return 0;
  });
}
