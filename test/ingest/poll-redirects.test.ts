import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTempConfig,
  type FeedServer,
  fetchIndexPage,
  outcomeLine,
  readSource,
  rssFeed,
  runFetch,
  runTopicfeed,
  sourceRowOf,
  startFeedServer,
  type TempConfig,
} from './poll-harness.js';

let server: FeedServer;
let config: TempConfig;
let flakyPolls = 0;

const moveTo = (status: number, route: string) => (_req: unknown, res: ServerResponse) => {
  res.writeHead(status, { location: server.url(route) }).end();
};
const feed = (name: string) => (_req: unknown, res: ServerResponse) => {
  res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssFeed(name, 2));
};

beforeAll(async () => {
  server = await startFeedServer({
    '/old-301': moveTo(301, '/new-301'),
    '/new-301': feed('n301'),
    '/old-308': moveTo(301, '/hop-308'),
    '/hop-308': moveTo(308, '/new-308'),
    '/new-308': feed('n308'),
    '/old-302': moveTo(302, '/new-302'),
    '/new-302': feed('n302'),
    '/old-307': moveTo(307, '/new-307'),
    '/new-307': feed('n307'),
    '/mixed': moveTo(301, '/mixed-hop'),
    '/mixed-hop': moveTo(302, '/mixed-new'),
    '/mixed-new': feed('mixed'),
    '/flaky': (req, res) => {
      flakyPolls += 1;
      if (flakyPolls === 2) return feed('flaky')(req, res);
      moveTo(301, '/flaky-new')(req, res);
    },
    '/flaky-new': feed('flaky'),
    '/old-etag': moveTo(301, '/new-etag'),
    '/new-etag': (req, res) => {
      if (req.headers['if-none-match'] === '"e1"') return res.writeHead(304).end();
      res.writeHead(200, { etag: '"e1"' }).end(rssFeed('etag', 1));
    },
  });
  config = createTempConfig();
  config.write([
    ...['301', '308', '302', '307'].map((code) => ({
      id: `moved-${code}`,
      url: server.url(`/old-${code}`),
    })),
    { id: 'mixed', url: server.url('/mixed') },
    { id: 'flaky', url: server.url('/flaky') },
    { id: 'moved-etag', url: server.url('/old-etag') },
  ]);
});
afterAll(async () => {
  await server.close();
  config.remove();
});

describe('permanent redirects', () => {
  it('counts 301/308 chains for two polls without moving the source', async () => {
    await runFetch(config);
    expect(readSource(config, 'flaky')).toMatchObject({
      redirectTarget: server.url('/flaky-new'),
      redirectCount: 1,
    });
    await runFetch(config);
    for (const code of ['301', '308']) {
      expect(readSource(config, `moved-${code}`)).toMatchObject({
        url: server.url(`/old-${code}`),
        redirectTarget: server.url(`/new-${code}`),
        redirectCount: 2,
      });
    }
  });

  it('never counts 302/307 hops, alone or in a chain', async () => {
    for (const id of ['moved-302', 'moved-307', 'mixed']) {
      expect(readSource(config, id)).toMatchObject({ redirectTarget: null, redirectCount: 0 });
    }
  });

  it('resets the counter when a poll arrives without the redirect', async () => {
    expect(readSource(config, 'flaky')).toMatchObject({ redirectTarget: null, redirectCount: 0 });
  });

  it('does not break the count on a 304 answered through the redirect', async () => {
    expect(readSource(config, 'moved-etag')).toMatchObject({
      lastStatus: 304,
      redirectTarget: server.url('/new-etag'),
    });
    expect(readSource(config, 'moved-etag').redirectCount).toBeGreaterThanOrEqual(1);
  });

  it('replaces the stored URL on the third consecutive permanent redirect', async () => {
    const result = await runFetch(config);
    expect(outcomeLine(result, 'moved-301')).toMatch(/ (new|not-modified) +status=200/);
    for (const code of ['301', '308']) {
      const row = readSource(config, `moved-${code}`);
      expect(row.url).toBe(server.url(`/new-${code}`));
      expect(row.configUrl).toBe(server.url(`/old-${code}`));
      expect(row).toMatchObject({ redirectTarget: null, redirectCount: 0 });
    }
    for (const code of ['302', '307']) {
      expect(readSource(config, `moved-${code}`).url).toBe(server.url(`/old-${code}`));
    }
    expect(readSource(config, 'flaky')).toMatchObject({
      url: server.url('/flaky'),
      redirectCount: 1,
    });
  });

  it('polls the new URL directly afterwards and shows it on / and in `opml export`', async () => {
    const oldRequests = server.countTo('/old-301');
    const newRequests = server.countTo('/new-301');
    await runFetch(config, 'moved-301');
    expect(server.countTo('/old-301')).toBe(oldRequests);
    expect(server.countTo('/new-301')).toBe(newRequests + 1);
    const opml = await runTopicfeed(['opml', 'export', '--config', config.file]);
    expect(opml.out).toContain(`xmlUrl="${server.url('/new-301')}"`);
    expect(opml.out).not.toContain(`xmlUrl="${server.url('/old-301')}"`);
    expect(opml.out).toContain(`xmlUrl="${server.url('/old-302')}"`);
    const row = sourceRowOf(await fetchIndexPage(config), 'moved-301');
    expect(row).toContain(`href="${server.url('/new-301')}"`);
    expect(row).not.toContain(server.url('/old-301'));
  });
});
