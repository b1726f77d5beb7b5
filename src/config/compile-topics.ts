import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileTopic, QuerySyntaxError, TopicDefinitionError } from '../classifier/index.js';
import type { TopicConfig } from './config.js';
import type { RawConfig } from './config-schema.js';

export interface TopicProblem {
  path: (string | number)[];
  message: string;
  /** Character offset inside the query text, for syntax errors. */
  offset?: number;
}

function readWatchlist(dir: string, file: string): string[] {
  return readFileSync(resolve(dir, file), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'));
}

/** Compiles every topic query; collects every problem instead of stopping at the first. */
export function compileTopics(
  raw: RawConfig['topics'],
  dir: string,
  problems: TopicProblem[],
): TopicConfig[] {
  const topics: TopicConfig[] = [];
  raw.forEach((topic, index) => {
    // the schema already reports an empty query
    if (topic.query === '' || topic.evidence?.some((group) => group.query === '')) return;
    if (topic.id === 'all') {
      problems.push({
        path: ['topics', index, 'id'],
        message: '"all" is built in and holds every story',
      });
      return;
    }
    let watchlist: string[] | undefined;
    try {
      watchlist = topic.watchlist ? readWatchlist(dir, topic.watchlist) : undefined;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      problems.push({
        path: ['topics', index, 'watchlist'],
        message: `cannot read watchlist: ${reason}`,
      });
      return;
    }
    try {
      const compiled = compileTopic({
        id: topic.id,
        query: topic.query,
        minScore: topic.min_score,
        watchlist,
        evidence: topic.evidence,
      });
      topics.push({
        id: topic.id,
        title: topic.title,
        description: topic.description,
        query: topic.query,
        minScore: topic.min_score,
        compiled,
      });
    } catch (error) {
      if (error instanceof TopicDefinitionError) {
        problems.push({ path: ['topics', index, ...error.path], message: error.message });
        return;
      }
      if (!(error instanceof QuerySyntaxError)) throw error;
      problems.push({
        path: ['topics', index, ...(error.path ?? ['query'])],
        message: error.message,
        offset: error.offset,
      });
    }
  });
  return topics;
}
