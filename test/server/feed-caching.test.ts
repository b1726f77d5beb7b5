import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { httpGet } from './helpers/http-get.js';
import { type DemoApp, startDemoApp } from './helpers/start-demo-app.js';

let demo: DemoApp;

beforeAll(async () => {
  demo = await startDemoApp();
});
afterAll(async () => demo?.stop());

describe('feed caching', () => {
  it('answers 200 with a strong ETag and Last-Modified, then 304 to If-None-Match', async () => {
    const first = await httpGet(`${demo.base}/feeds/all.atom`);
    expect(first.status).toBe(200);
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(Date.parse(String(first.headers['last-modified']))).toBeGreaterThan(0);
    const second = await httpGet(`${demo.base}/feeds/all.atom`, { 'If-None-Match': etag });
    expect(second.status).toBe(304);
    expect(second.body.length).toBe(0);
    expect(second.headers.etag).toBe(etag);
  });

  it('answers 304 to If-Modified-Since at or after Last-Modified, 200 before it', async () => {
    const first = await httpGet(`${demo.base}/feeds/belarus.rss`);
    const lastModified = String(first.headers['last-modified']);
    const same = await httpGet(`${demo.base}/feeds/belarus.rss`, {
      'If-Modified-Since': lastModified,
    });
    expect(same.status).toBe(304);
    const earlier = new Date(Date.parse(lastModified) - 1000).toUTCString();
    const older = await httpGet(`${demo.base}/feeds/belarus.rss`, { 'If-Modified-Since': earlier });
    expect(older.status).toBe(200);
  });

  it('sets Last-Modified to the newest story update in the page', async () => {
    const res = await httpGet(`${demo.base}/feeds/all.json`);
    const feed = JSON.parse(res.body.toString('utf8')) as { items: { date_modified: string }[] };
    const newest = Math.max(...feed.items.map((item) => Date.parse(item.date_modified)));
    expect(Date.parse(String(res.headers['last-modified']))).toBe(Math.floor(newest / 1000) * 1000);
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const get = await httpGet(`${demo.base}/feeds/all.rss`);
    const head = await httpGet(`${demo.base}/feeds/all.rss`, {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers.etag).toBe(get.headers.etag);
    expect(head.headers['content-length']).toBe(String(get.body.length));
  });

  it('compresses with gzip or brotli when asked, the same bytes underneath', async () => {
    const plain = await httpGet(`${demo.base}/feeds/all.atom`);
    const gzip = await httpGet(`${demo.base}/feeds/all.atom`, { 'Accept-Encoding': 'gzip' });
    const br = await httpGet(`${demo.base}/feeds/all.atom`, { 'Accept-Encoding': 'br, gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(br.headers['content-encoding']).toBe('br');
    expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(gzip.headers.vary).toBe('Accept-Encoding');
  });

  it('sends Cache-Control public with a max-age no longer than the poll schedule', async () => {
    const res = await httpGet(`${demo.base}/feeds/all.rss`);
    const maxAge = Number(
      /^public, max-age=(\d+)$/.exec(String(res.headers['cache-control']))?.[1],
    );
    // demo.yaml polls on "*/5 * * * *": the next tick is at most 300 s away
    expect(maxAge).toBeGreaterThanOrEqual(30);
    expect(maxAge).toBeLessThanOrEqual(300);
  });

  it('labels each format with its media type and charset=utf-8', async () => {
    const types = await Promise.all(
      ['rss', 'atom', 'json'].map(async (f) => {
        const res = await httpGet(`${demo.base}/feeds/all.${f}`);
        return res.headers['content-type'];
      }),
    );
    expect(types).toEqual([
      'application/rss+xml; charset=utf-8',
      'application/atom+xml; charset=utf-8',
      'application/feed+json; charset=utf-8',
    ]);
  });

  it('serves a repeated request from memory without touching the database', async () => {
    await httpGet(`${demo.base}/feeds/political-prisoners.atom`);
    const prepare = vi.spyOn(demo.app.readDb, 'prepare');
    const again = await httpGet(`${demo.base}/feeds/political-prisoners.atom`);
    expect(again.status).toBe(200);
    expect(prepare).not.toHaveBeenCalled();
    prepare.mockRestore();
  });

  it('renders again after a poll invalidates the topic', async () => {
    await httpGet(`${demo.base}/feeds/belarus.json`);
    const prepare = vi.spyOn(demo.app.readDb, 'prepare');
    demo.app.cache.invalidate(['belarus']);
    await httpGet(`${demo.base}/feeds/belarus.json`);
    expect(prepare).toHaveBeenCalled();
    prepare.mockRestore();
  });
});
