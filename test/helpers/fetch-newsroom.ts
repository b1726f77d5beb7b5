import { join } from 'node:path';
import { type CliResult, runTopicfeed } from './run-cli.js';
import { serveFiles } from './serve-files.js';
import { FIXTURES, shippedTopics, writeTempConfig } from './temp-config.js';

export const NEWSROOM = join(FIXTURES, 'newsroom');
export const NEWSROOM_FILES = [
  'balticbrief.xml',
  'continental-daily.xml',
  'digesthub.json',
  'easternwire.xml',
  'freedomwatch-daily.xml',
  'minskledger.xml',
  'polesie-news.xml',
  'volnyholas.xml',
];

export function newsroomSourceId(file: string): string {
  return file.replace(/\.(xml|json)$/, '');
}

export interface FetchedNewsroom {
  /** The temp config file (database beside it, in `dir`). */
  config: string;
  dir: string;
  /** What the first `fetch` printed. */
  firstFetch: CliResult;
  close(): Promise<void>;
}

/** Serves the newsroom corpus on 127.0.0.1, writes a config with the shipped topics, fetches once. */
export async function fetchNewsroom(): Promise<FetchedNewsroom> {
  // polesie-news.xml is windows-1251 declared only in its XML declaration: no charset here.
  const server = await serveFiles(NEWSROOM, { 'polesie-news.xml': 'application/rss+xml' });
  const { file, dir } = writeTempConfig({
    poll: { allow_private_networks: true, timeout: '10s' },
    sources: NEWSROOM_FILES.map((name) => ({
      id: newsroomSourceId(name),
      url: `${server.url}/${name}`,
    })),
    topics: shippedTopics(),
  });
  const firstFetch = await runTopicfeed(['fetch', '--config', file]);
  return { config: file, dir, firstFetch, close: () => server.close() };
}
