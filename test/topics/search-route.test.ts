import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildServerContext, openApp } from '../../src/app.js';
import { createLogger } from '../../src/create-logger.js';
import { type RunningServer, startServer } from '../../src/server/index.js';
import { fetchDemo } from './demo-store.js';

interface FeedJson {
  title: string;
  items: { title: string; _topicfeed: { members: { source: string }[] } }[];
}

let app: App;
let server: RunningServer;

async function search(query: string): Promise<Response> {
  return fetch(`http://127.0.0.1:${server.port}/search?${query}`);
}

beforeAll(async () => {
  const { file } = await fetchDemo([{ id: 'belarus', query: 'belarus*' }]);
  app = await openApp(file, createLogger('silent', {}));
  server = await startServer(buildServerContext(app), '127.0.0.1', 0);
});

afterAll(async () => {
  await server.close();
  app.close();
});

describe('GET /search', () => {
  it('serves the stories a query matches as JSON Feed, newest first, one item per story', async () => {
    const res = await search(`q=${encodeURIComponent('trump OR heatwave')}&format=json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/feed+json');
    const feed = (await res.json()) as FeedJson;
    expect(feed.title).toBe('Search: trump OR heatwave — topicfeed');
    expect(feed.items.map((item) => item.title)).toEqual([
      'Heatwave grips southern Europe as temperatures pass 40C',
      "Big News: Belarus opposition leader's husband urges Trump to help other prisoners",
    ]);
    const members = feed.items[1]?._topicfeed.members.map((m) => m.source);
    expect(members).toEqual(['minsk-morning-post', 'world-digest-now']);
  });

  it('uses the query language (folding, prefixes, NOT) and serves RSS by default', async () => {
    const res = await search(`q=${encodeURIComponent('палітвязн* NOT гомел*')}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/rss+xml');
    const body = await res.text();
    expect(body).toContain('Лукашэнка памілаваў 16 палітвязняў');
    expect(body).not.toContain('В Гомеле');
  });

  it('applies min_score and limit', async () => {
    const strict = await search('q=europe*&min_score=3.5&format=atom');
    expect(strict.status).toBe(200);
    expect(await strict.text()).not.toContain('Heatwave grips');
    const one = (await (await search('q=belarus*&format=json&limit=1')).json()) as FeedJson;
    expect(one.items).toHaveLength(1);
  });

  it('answers 400 with the message and position for a bad query', async () => {
    const res = await search(`q=${encodeURIComponent('belarus AND (minsk')}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/^search: classifier: .*\(at character \d+\)\n$/);
  });

  it('answers 400 for a missing query, an unknown format or a bad min_score', async () => {
    expect((await search('')).status).toBe(400);
    expect((await search('q=belarus&format=html')).status).toBe(400);
    expect((await search('q=belarus&min_score=-1')).status).toBe(400);
  });
});
