import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';

export const REPO = resolve(import.meta.dirname, '../..');
export const FIXTURES = resolve(REPO, 'test/fixtures');

/** The topics of the shipped config/topicfeed.yaml, as YAML data (watch-list and example paths made absolute). */
export function shippedTopics(): unknown[] {
  const doc = parse(readFileSync(join(REPO, 'config/topicfeed.yaml'), 'utf8')) as {
    topics: Record<string, unknown>[];
  };
  return doc.topics.map((topic) => withAbsolutePaths(topic, join(REPO, 'config')));
}

/** A topic as YAML data with its watch-list and example files resolved against `configDir`. */
export function withAbsolutePaths(
  topic: Record<string, unknown>,
  configDir: string,
): Record<string, unknown> {
  const resolved = { ...topic };
  for (const key of ['watchlist', 'examples', 'model']) {
    const value = topic[key];
    if (typeof value === 'string') resolved[key] = resolve(configDir, value);
  }
  return resolved;
}

/** Writes a config file in a fresh temp folder (database beside it); returns its path and folder. */
export function writeTempConfig(config: Record<string, unknown>): { file: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'topicfeed-test-'));
  const file = join(dir, 'topicfeed.yaml');
  // The corpora are dated 2025: keep everything unless a test sets its own retention.
  writeFileSync(file, stringify({ database: 'topicfeed.db', retention: { days: 0 }, ...config }));
  return { file, dir };
}
