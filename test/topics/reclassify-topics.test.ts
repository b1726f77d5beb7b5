import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { openApp } from '../../src/app.js';
import { createLogger } from '../../src/create-logger.js';
import type { Db } from '../../src/store/index.js';
import { reclassifyTopics } from '../../src/topics/index.js';
import { demoSources, fetchDemo } from './demo-store.js';
import { readStoryTitles } from './read-story-titles.js';

const BELARUS = { id: 'belarus', query: 'belarus* OR беларус* OR лукашэнк*' };
const SPORT = { id: 'sport', query: 'derby OR betis' };

function rewriteTopics(file: string, topics: Record<string, unknown>[]): void {
  writeFileSync(
    file,
    stringify({
      database: 'topicfeed.db',
      retention: { days: 0 },
      sources: demoSources(),
      topics: topics.map((t) => ({ title: String(t.id), ...t })),
    }),
  );
}

async function withApp<T>(file: string, use: (db: Db) => T): Promise<T> {
  const app = await openApp(file, createLogger('silent', {}));
  try {
    return use(app.db);
  } finally {
    app.close();
  }
}

describe('reclassifying stored entries when the topics change', () => {
  it('classifies stored entries for an added topic at start', async () => {
    const { file } = await fetchDemo([BELARUS]);
    expect(await withApp(file, (db) => readStoryTitles(db, 'sport'))).toEqual([]);
    rewriteTopics(file, [BELARUS, SPORT]);
    const titles = await withApp(file, (db) => readStoryTitles(db, 'sport'));
    expect(titles).toEqual(['Real Betis edge Sevilla in derby thriller']);
  });

  it('recomputes a changed query and threshold, and drops a removed topic', async () => {
    const { file } = await fetchDemo([BELARUS, SPORT]);
    const before = await withApp(file, (db) => readStoryTitles(db, 'belarus'));
    expect(before).toContain('National Bank of Belarus keeps refinancing rate at 9.5%');
    rewriteTopics(file, [{ id: 'belarus', query: 'title:"national bank"', min_score: 1 }]);
    await withApp(file, (db) => {
      expect(readStoryTitles(db, 'belarus')).toEqual([
        'National Bank of Belarus keeps refinancing rate at 9.5%',
      ]);
      expect(readStoryTitles(db, 'sport')).toEqual([]);
      const leftovers = db.prepare("SELECT count(*) FROM entry_topics WHERE topic_id = 'sport'");
      expect(leftovers.pluck().get()).toBe(0);
    });
  });

  it('does nothing at start when no topic changed', async () => {
    const { file } = await fetchDemo([BELARUS]);
    const stamp = (db: Db) =>
      db
        .prepare("SELECT classified_at FROM topic_versions WHERE topic_id = 'belarus'")
        .pluck()
        .get();
    const first = await withApp(file, stamp);
    const second = await withApp(file, stamp);
    expect(first).toBeTypeOf('string');
    expect(second).toBe(first);
  });
});

describe('reclassifyTopics in small batches', () => {
  it('gives the same memberships whatever the batch size', async () => {
    const { file } = await fetchDemo([BELARUS]);
    const app = await openApp(file, createLogger('silent', {}));
    try {
      const before = readStoryTitles(app.db, 'belarus');
      app.db.prepare('DELETE FROM topic_versions').run();
      const report = await reclassifyTopics(app.topicStore, app.config.topics, new Date(), 1);
      expect(report).toMatchObject({ added: ['belarus'], changed: [], removed: [] });
      expect(report.entries).toBeGreaterThan(1);
      expect(readStoryTitles(app.db, 'belarus')).toEqual(before);
    } finally {
      app.close();
    }
  });
});
