import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FetchedNewsroom,
  fetchNewsroom,
  NEWSROOM,
  newsroomSourceId,
} from '../helpers/fetch-newsroom.js';
import { exportTopic, runTopicfeed } from '../helpers/run-cli.js';
import { itWithFeedparser, runFeedparser } from '../helpers/run-feedparser.js';

const LABELS = JSON.parse(readFileSync(join(NEWSROOM, 'labels.json'), 'utf8')) as {
  file: string;
  guid: string;
}[];
const sourceId = newsroomSourceId;

interface JsonFeed {
  items: {
    id: string;
    _topicfeed: { story: string; members: { source: string; id: string | null }[] };
  }[];
}

describe('the newsroom corpus, served over HTTP and fetched', () => {
  let newsroom: FetchedNewsroom;
  let config: string;
  let dbFile: string;

  beforeAll(async () => {
    newsroom = await fetchNewsroom();
    config = newsroom.config;
    dbFile = join(newsroom.dir, 'topicfeed.db');
  });

  afterAll(async () => {
    await newsroom?.close();
  });

  it('fetches every source once, then finds nothing new on a second fetch', async () => {
    const first = newsroom.firstFetch;
    expect(first.code).toBe(0);
    expect(first.out).toContain('8 sources: 8 fetched, 0 not modified, 0 skipped, 0 failed');
    const db = new Database(dbFile, { readonly: true });
    const entries = (db.prepare('SELECT count(*) AS n FROM entries').get() as { n: number }).n;
    db.close();
    expect(entries).toBe(LABELS.length);

    const second = await runTopicfeed(['fetch', '--config', config]);
    expect(second.code).toBe(0);
    expect(second.out).toMatch(/8 sources: 0 fetched, 8 not modified/);
    const again = new Database(dbFile, { readonly: true });
    expect((again.prepare('SELECT count(*) AS n FROM entries').get() as { n: number }).n).toBe(
      entries,
    );
    again.close();
  });

  it('republishes every labelled entry as a member of exactly one item of the all feed', async () => {
    const exported = await exportTopic(config, 'all');
    expect(exported.code).toBe(0);
    const feed = JSON.parse(exported.out) as JsonFeed;
    const seen = new Map<string, number>();
    for (const item of feed.items) {
      expect(item._topicfeed.story).toBe(item.id);
      for (const member of item._topicfeed.members) {
        const key = `${member.source} ${member.id}`;
        seen.set(key, (seen.get(key) ?? 0) + 1);
      }
    }
    for (const label of LABELS)
      expect(seen.get(`${sourceId(label.file)} ${label.guid}`), label.guid).toBe(1);
    expect([...seen.values()].reduce((a, b) => a + b, 0)).toBe(LABELS.length);
  });

  itWithFeedparser(
    'exports RSS and Atom that python3-feedparser reads without complaint',
    async () => {
      for (const format of ['rss', 'atom']) {
        const exported = await exportTopic(config, 'all', format);
        const parsed = runFeedparser(exported.out);
        expect(parsed.bozo, `${format}: ${parsed.bozoException}`).toBe(false);
        expect(parsed.version).toBe(format === 'rss' ? 'rss20' : 'atom10');
        expect(parsed.entries).toBeGreaterThan(40);
        expect(new Set(parsed.ids).size).toBe(parsed.entries);
      }
    },
  );

  it('answers every route of the server', async () => {
    const { startServer } = await import('../../src/server/start-server.js');
    const { buildServerContext, openApp } = await import('../../src/app.js');
    const { createLogger } = await import('../../src/create-logger.js');
    const app = await openApp(config, createLogger('silent', {}));
    const running = await startServer(buildServerContext(app), '127.0.0.1', 0);
    const base = `http://127.0.0.1:${running.port}`;
    try {
      const routes: [string, number, string][] = [
        ['/', 200, 'text/html'],
        ['/feeds/all.rss', 200, 'application/rss+xml'],
        ['/feeds/belarus.atom', 200, 'application/atom+xml'],
        ['/feeds/political-prisoners.json', 200, 'application/feed+json'],
        ['/opml', 200, 'text/x-opml'],
        ['/healthz', 200, 'application/json'],
        ['/metrics', 200, 'text/plain'],
        ['/feeds/nope.rss', 404, 'text/plain'],
        ['/feeds/all.xml', 404, 'text/plain'],
      ];
      for (const [path, status, type] of routes) {
        const response = await fetch(base + path);
        expect(response.status, path).toBe(status);
        expect(response.headers.get('content-type'), path).toContain(type);
      }
    } finally {
      await running.close();
      app.close();
    }
  });
});
