import type { Logger } from 'pino';
import type { Config } from '../config/index.js';
import {
  createSqliteStoryReader,
  notifyTopicsChanged,
  type StoryReader,
  type TopicStore,
} from '../store/index.js';
import { type CommandIo, withBackend } from './with-app.js';

/** What the `topics …` commands read and write, whichever the backend. */
export interface TopicCommandContext {
  /** The config as the app opened it, the topics learned from their examples. */
  config: Config;
  topics: TopicStore;
  stories: StoryReader;
  /**
   * Tells the running servers that these topics' stories changed (PostgreSQL: NOTIFY; SQLite:
   * nothing, the running instance notices the taught labels itself).
   */
  announce(topicIds: readonly string[]): Promise<void>;
}

/** Runs a `topics …` command on the config's backend (SQLite or the shared PostgreSQL store). */
export function withTopicStore(
  configPath: string,
  io: CommandIo,
  logger: Logger,
  command: (context: TopicCommandContext) => Promise<number>,
): Promise<number> {
  return withBackend(configPath, io, logger, {
    sqlite: (app) =>
      command({
        config: app.config,
        topics: app.topicStore,
        stories: createSqliteStoryReader(app.db),
        announce: async () => undefined,
      }),
    postgres: (app) =>
      command({
        config: app.config,
        topics: app.topicStore,
        stories: app.stories,
        announce: (topicIds) => notifyTopicsChanged(app.pool, topicIds),
      }),
  });
}
