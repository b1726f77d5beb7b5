import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTopicfeed } from '../helpers/run-cli.js';
import { writeTempConfig } from '../helpers/temp-config.js';

const DAY = 86_400_000;
/** A feed written ahead of the machine's clock: its one item is dated thirty days from now. */
const AHEAD = new Date(Date.now() + 30 * DAY);
const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Ahead</title>
<item><title>Harvest festival opens in Zaretsk</title><link>http://example.org/harvest</link>
<guid>harvest</guid><pubDate>${AHEAD.toUTCString()}</pubDate>
<description>The festival opened with a parade.</description></item></channel></rss>`;

describe('TOPICFEED_NOW: the time `fetch` takes as now', () => {
  let url = '';
  const server = createServer((_, res) =>
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(FEED),
  );
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  function storedDate(dir: string): string {
    const db = new Database(join(dir, 'topicfeed.db'), { readonly: true });
    try {
      return db
        .prepare("SELECT published_at FROM entries WHERE guid = 'harvest'")
        .pluck()
        .get() as string;
    } finally {
      db.close();
    }
  }

  function setUp() {
    return writeTempConfig({
      poll: { allow_private_networks: true },
      sources: [{ id: 'ahead', url }],
    });
  }

  it("clamps a date after the machine's clock to it, and keeps it when the clock is set after it", async () => {
    const plain = setUp();
    expect((await runTopicfeed(['fetch', '--config', plain.file])).code).toBe(0);
    expect(Date.parse(storedDate(plain.dir))).toBeLessThan(AHEAD.getTime() - DAY);

    const later = setUp();
    const now = new Date(AHEAD.getTime() + DAY).toISOString();
    const result = await runTopicfeed(['fetch', '--config', later.file], { TOPICFEED_NOW: now });
    expect(result.code).toBe(0);
    expect(storedDate(later.dir)).toBe(new Date(AHEAD.toUTCString()).toISOString());
  });

  it('refuses a value that is not an ISO 8601 time, saying which variable', async () => {
    const { file } = setUp();
    const result = await runTopicfeed(['fetch', '--config', file], { TOPICFEED_NOW: 'tomorrow' });
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/TOPICFEED_NOW: not an ISO 8601 time .*"tomorrow"/);
  });
});
