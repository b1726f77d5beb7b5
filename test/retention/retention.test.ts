import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkStoreIntegrity } from '../crash/check-store-integrity.js';
import { exportTopic, runTopicfeed } from '../helpers/run-cli.js';
import { writeTempConfig } from '../helpers/temp-config.js';
import type { FeedServer } from '../hostile/serve-hostile-feeds.js';

const DAY = 86_400_000;

function item(guid: string, daysAgo: number): string {
  const date = new Date(Date.now() - daysAgo * DAY).toUTCString();
  return `<item><title>Story ${guid} on the ${guid} harvest</title><link>http://example.org/${guid}</link><guid>${guid}</guid><pubDate>${date}</pubDate><description>Words about ${guid} only.</description></item>`;
}

function feed(items: string[]): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>R</title>${items.join('')}</channel></rss>`;
}

describe('retention.days', () => {
  const bodies = { current: feed([item('old-one', 200), item('fresh-one', 1)]) };
  let server: FeedServer;

  beforeAll(async () => {
    // the body changes between polls
    const live = createServer((_, res) =>
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(bodies.current),
    );
    await new Promise<void>((resolve) => live.listen(0, '127.0.0.1', resolve));
    const port = (live.address() as { port: number }).port;
    server = {
      url: (path) => `http://127.0.0.1:${port}${path}`,
      close: () => new Promise((r) => live.close(() => r())),
    };
  });
  afterAll(() => server.close());

  function setUp(days: number) {
    const config = (retained: number) => ({
      poll: { allow_private_networks: true },
      retention: { days: retained },
      sources: [{ id: 'retained', url: server.url('/feed') }],
    });
    const { file, dir } = writeTempConfig(config(days));
    const setDays = (retained: number) =>
      writeFileSync(file, stringify({ database: 'topicfeed.db', ...config(retained) }));
    const open = () => new Database(join(dir, 'topicfeed.db'), { readonly: true });
    const guids = () => {
      const db = open();
      const rows = db.prepare('SELECT guid FROM entries ORDER BY guid').pluck().all();
      db.close();
      return rows;
    };
    return { file, open, guids, setDays };
  }

  it('never stores a new entry already past retention', async () => {
    bodies.current = feed([item('old-one', 200), item('fresh-one', 1)]);
    const run = setUp(30);
    const result = await runTopicfeed(['fetch', '--config', run.file]);
    expect(result.out).toMatch(/^retained +new +status=200 new=1 /m);
    expect(run.guids()).toEqual(['fresh-one']);
  });

  it('prunes entries older than N days, keeps a tombstone, and never brings them back', async () => {
    bodies.current = feed([item('old-one', 200), item('fresh-one', 1)]);
    const run = setUp(0);
    expect((await runTopicfeed(['fetch', '--config', run.file])).code).toBe(0);
    expect(run.guids()).toEqual(['fresh-one', 'old-one']);
    // The operator turns retention on; the feed still carries the old entry, and a new one.
    run.setDays(30);
    bodies.current = feed([item('old-one', 200), item('fresh-one', 1), item('fresh-two', 0)]);
    expect((await runTopicfeed(['fetch', '--config', run.file])).code).toBe(0);
    expect(run.guids()).toEqual(['fresh-one', 'fresh-two']);
    const db = run.open();
    expect(
      db
        .prepare("SELECT count(*) FROM entry_tombstones WHERE source_id = 'retained'")
        .pluck()
        .get(),
    ).toBe(1);
    expect(db.prepare('SELECT count(*) FROM stories').pluck().get()).toBe(2);
    expect(checkStoreIntegrity(db)).toEqual([]);
    db.close();
    // Retention off again: the tombstone still keeps the pruned entry from coming back as new.
    run.setDays(0);
    bodies.current = feed([
      item('old-one', 200),
      item('fresh-one', 1),
      item('fresh-two', 0),
      item('fresh-three', 0),
    ]);
    expect((await runTopicfeed(['fetch', '--config', run.file])).code).toBe(0);
    expect(run.guids()).toEqual(['fresh-one', 'fresh-three', 'fresh-two']);
    const exported = await exportTopic(run.file, 'all');
    expect(exported.out).not.toContain('old-one');
  });

  it('keeps everything with days: 0', async () => {
    bodies.current = feed([item('ancient', 5000), item('old-one', 200), item('fresh-one', 1)]);
    const run = setUp(0);
    expect((await runTopicfeed(['fetch', '--config', run.file])).code).toBe(0);
    expect(run.guids()).toEqual(['ancient', 'fresh-one', 'old-one']);
  });
});
