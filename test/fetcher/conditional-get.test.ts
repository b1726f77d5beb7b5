import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFeed } from '../../src/fetcher/fetch-feed.js';
import { bodyText, testFetchOptions as opts } from './fetch-options.js';
import { type ScriptedServer, startScriptedServer } from './start-scripted-server.js';

const feed = '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>';
const lastModified = 'Sun, 22 Jun 2025 17:04:56 GMT';
let server: ScriptedServer;

beforeAll(async () => {
  server = await startScriptedServer({
    '/etag': (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') return res.writeHead(304).end();
      res.writeHead(200, { etag: '"v1"', 'cache-control': 'public, max-age=600' }).end(feed);
    },
    '/last-modified': (req, res) => {
      if (req.headers['if-modified-since'] === lastModified) return res.writeHead(304).end();
      res.writeHead(200, { 'last-modified': lastModified }).end(feed);
    },
  });
});
afterAll(() => server.close());

describe('conditional GET', () => {
  it('stores the ETag of a 200 and gets a 304 when sending it back', async () => {
    const first = await fetchFeed({ url: server.url('/etag') }, opts);
    expect(first).toMatchObject({ kind: 'fetched', status: 200, etag: '"v1"', maxAgeSeconds: 600 });
    const second = await fetchFeed({ url: server.url('/etag'), etag: '"v1"' }, opts);
    expect(second).toMatchObject({ kind: 'not-modified', status: 304, etag: '"v1"' });
  });

  it('gets a 304 when sending Last-Modified back as If-Modified-Since', async () => {
    const first = await fetchFeed({ url: server.url('/last-modified') }, opts);
    expect(first).toMatchObject({ kind: 'fetched', lastModified });
    const second = await fetchFeed({ url: server.url('/last-modified'), lastModified }, opts);
    expect(second).toMatchObject({ kind: 'not-modified', lastModified });
  });

  it('marks a body whose hash equals the previous one as unchanged', async () => {
    const first = await fetchFeed({ url: server.url('/last-modified') }, opts);
    if (first.kind !== 'fetched') throw new Error('expected a body');
    expect(first.unchanged).toBe(false);
    const again = await fetchFeed(
      { url: server.url('/last-modified'), previousBodyHash: first.bodyHash },
      opts,
    );
    expect(again).toMatchObject({ kind: 'fetched', unchanged: true });
    expect(bodyText(again)).toBe(feed);
  });

  it('sends the User-Agent, Accept and Accept-Encoding headers', async () => {
    await fetchFeed({ url: server.url('/etag') }, opts);
    const headers = server.requests.at(-1)?.headers;
    expect(headers?.['user-agent']).toBe(opts.userAgent);
    expect(headers?.accept).toContain('application/rss+xml');
    expect(headers?.accept).toContain('application/feed+json');
    expect(headers?.['accept-encoding']).toBe('gzip, deflate, br');
  });
});
