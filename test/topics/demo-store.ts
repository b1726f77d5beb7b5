import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runTopicfeed } from '../helpers/run-cli.js';
import { REPO, writeTempConfig } from '../helpers/temp-config.js';

const DEMO_FEEDS = ['minsk-morning-post', 'svobodny-golos', 'world-digest-now'];

/** The bundled demo feeds as `file:` sources (no network). */
export function demoSources(): Record<string, unknown>[] {
  return DEMO_FEEDS.map((id) => ({
    id,
    url: pathToFileURL(join(REPO, 'config/demo', `${id}.xml`)).href,
  }));
}

export interface TopicDraft {
  id: string;
  title?: string;
  query: string;
  min_score?: number;
  /** A word model file (absolute path). */
  model?: string;
}

/** A temp config over the demo feeds with the given topics. */
export function writeDemoConfig(topics: TopicDraft[], dir?: string) {
  return writeTempConfig({
    ...(dir ? { database: join(dir, 'topicfeed.db') } : {}),
    retention: { days: 0 },
    sources: demoSources(),
    topics: topics.map((t) => ({ title: t.id, ...t })),
  });
}

/** Writes a config over the demo feeds and fetches them once; returns the config path. */
export async function fetchDemo(topics: TopicDraft[]): Promise<{ file: string; dir: string }> {
  const config = writeDemoConfig(topics);
  const run = await runTopicfeed(['fetch', '--config', config.file]);
  if (run.code !== 0) throw new Error(`fetch failed: ${run.err}`);
  return config;
}
