import {
  createSqliteSourceStore,
  createSqliteStoryReader,
  type SourceStore,
  type StoryReader,
} from '../store/index.js';
import type { ServerContext } from './start-server.js';

// The store the pages read, on either backend: the PostgreSQL store when the instance shares one
// (ServerContext.shared), else the SQLite database. The renderers see the same views from both.

export function storiesOf(ctx: ServerContext): StoryReader {
  return ctx.shared?.stories ?? createSqliteStoryReader(ctx.db);
}

export function sourcesOf(ctx: ServerContext): SourceStore {
  return ctx.shared?.sources ?? createSqliteSourceStore(ctx.db);
}
