import type { ServerResponse } from 'node:http';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildPollDeps, openApp } from '../../src/app.js';
import { pollSource } from '../../src/ingest/poll-source.js';
import { getSource } from '../../src/store/index.js';
import {
  createTempConfig,
  type FeedServer,
  rssFeed,
  startFeedServer,
  type TempConfig,
} from '../ingest/poll-harness.js';

const NOW = new Date('2025-06-10T12:00:00.000Z');
const OLD = '2025-01-01T00:00:00.000Z';
const RECENT = '2025-06-01T00:00:00.000Z';
let server: FeedServer;
let config: TempConfig;
let app: App;

beforeAll(async () => {
  server = await startFeedServer({
    '/feed': (_req: unknown, res: ServerResponse) =>
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssFeed('wire', 3)),
  });
  config = createTempConfig();
  config.write([{ id: 'wire', url: server.url('/feed'), interval: '30m' }]);
  app = await openApp(config.file, pino({ level: 'silent' }));
});
afterAll(async () => {
  app.close();
  await server.close();
  config.remove();
});

/** `count` one-entry stories of the source from `firstId` on, published at `at`. */
function addStories(firstId: number, count: number, at: string) {
  const series = `WITH RECURSIVE n (i) AS (SELECT ${firstId} UNION ALL SELECT i + 1 FROM n
    WHERE i < ${firstId + count - 1})`;
  app.db
    .prepare(`${series} INSERT INTO stories (id, guid, published_at, created_at, updated_at)
      SELECT i, 'story-' || i, @at, @at, @at FROM n`)
    .run({ at });
  app.db
    .prepare(`${series} INSERT INTO entries (id, source_id, key, title, content_html, text, summary,
      published_at, has_feed_date, content_hash, first_seen_at, last_seen_at, story_id)
      SELECT i, 'wire', 'old-' || i, 'Title', '', 'Text', '', @at, 1, 'hash-' || i, @at, @at, i FROM n`)
    .run({ at });
}

// The poller deletes, after a poll that stored something, the readings of stories no copy can
// join any more (outside the story window: 3 days of the newest entry, or the 2,000 last stored).
describe('stored readings after a poll', () => {
  it('are gone for a story outside the window, kept for one inside it', async () => {
    addStories(1, 1, OLD);
    addStories(2, 2_000, RECENT);
    app.db
      .prepare(`INSERT INTO entry_claim_readings (entry_id, content_hash, reading)
        VALUES (1, 'hash-1', '{}'), (2, 'hash-2', '{}')`)
      .run();

    const source = getSource(app.db, 'wire');
    if (!source) throw new Error('no source wire');
    const outcome = await pollSource(source, { ...buildPollDeps(app), now: () => NOW });

    expect(outcome.newEntries).toBe(3);
    const kept = app.db.prepare('SELECT entry_id FROM entry_claim_readings').pluck().all();
    expect(kept).toContain(2);
    expect(kept).not.toContain(1);
  });
});
