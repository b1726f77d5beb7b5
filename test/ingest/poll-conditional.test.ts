import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countEntries,
  createTempConfig,
  type FeedServer,
  outcomeLine,
  readSource,
  rssFeed,
  runFetch,
  startFeedServer,
  type TempConfig,
} from './poll-harness.js';

const lastModified = 'Mon, 02 Jun 2025 10:00:00 GMT';
let server: FeedServer;
let config: TempConfig;

beforeAll(async () => {
  server = await startFeedServer({
    '/etag': (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') return res.writeHead(304).end();
      res.writeHead(200, { etag: '"v1"', 'content-type': 'application/rss+xml' });
      res.end(rssFeed('etag', 3));
    },
    '/modified': (req, res) => {
      if (req.headers['if-modified-since'] === lastModified) return res.writeHead(304).end();
      res.writeHead(200, { 'last-modified': lastModified, 'content-type': 'text/xml' });
      res.end(rssFeed('modified', 2));
    },
    '/same-body': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(rssFeed('same', 4));
    },
  });
  config = createTempConfig();
  config.write([
    { id: 'etag', url: server.url('/etag') },
    { id: 'modified', url: server.url('/modified') },
    { id: 'same-body', url: server.url('/same-body') },
  ]);
});
afterAll(async () => {
  await server.close();
  config.remove();
});

describe('conditional GET through `fetch`', () => {
  it('stores the validators and entries on the first poll', async () => {
    const result = await runFetch(config);
    expect(result.code).toBe(0);
    expect(outcomeLine(result, 'etag')).toMatch(/ new +status=200 new=3 updated=0/);
    expect(outcomeLine(result, 'modified')).toMatch(/ new +status=200 new=2 /);
    expect(outcomeLine(result, 'same-body')).toMatch(/ new +status=200 new=4 /);
    expect(readSource(config, 'etag')).toMatchObject({ etag: '"v1"', lastOutcome: 'new' });
    expect(readSource(config, 'modified').lastModified).toBe(lastModified);
    expect(readSource(config, 'same-body').bodyHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('sends If-None-Match / If-Modified-Since and records a 304 as not-modified', async () => {
    const before = readSource(config, 'etag');
    const result = await runFetch(config);
    const etagRequests = server.requests.filter((r) => r.path === '/etag');
    expect(etagRequests[1]?.headers['if-none-match']).toBe('"v1"');
    const modifiedRequests = server.requests.filter((r) => r.path === '/modified');
    expect(modifiedRequests[1]?.headers['if-modified-since']).toBe(lastModified);
    expect(outcomeLine(result, 'etag')).toMatch(/ not-modified +status=304 new=0 updated=0/);
    expect(outcomeLine(result, 'modified')).toMatch(/ not-modified +status=304 new=0 /);
    const after = readSource(config, 'etag');
    expect(after).toMatchObject({ lastOutcome: 'not-modified', lastStatus: 304, etag: '"v1"' });
    expect(after.lastAttemptAt).not.toBe(before.lastAttemptAt);
    expect(after.lastNewEntries).toBe(0);
    expect(countEntries(config, 'etag')).toBe(3);
    expect(countEntries(config, 'modified')).toBe(2);
  });

  it('treats a 200 with the same body hash as not-modified without parsing', async () => {
    const before = readSource(config, 'same-body');
    const result = await runFetch(config);
    expect(outcomeLine(result, 'same-body')).toMatch(/ not-modified +status=200 new=0 updated=0/);
    const after = readSource(config, 'same-body');
    expect(after).toMatchObject({ lastOutcome: 'not-modified', bodyHash: before.bodyHash });
    expect(after.lastSuccessAt).not.toBe(before.lastSuccessAt);
    expect(countEntries(config, 'same-body')).toBe(4);
  });
});
