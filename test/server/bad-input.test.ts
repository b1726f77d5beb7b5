import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_LIMIT } from '../../src/server/request-target.js';
import { httpGet, httpRaw } from './helpers/http-get.js';
import { type DemoApp, startDemoApp } from './helpers/start-demo-app.js';

let demo: DemoApp;

beforeAll(async () => {
  demo = await startDemoApp();
});
afterAll(async () => demo?.stop());

describe('requests the server refuses', () => {
  it('answers an unknown topic with 404 and a short text body', async () => {
    const res = await httpGet(`${demo.base}/feeds/no-such-topic.rss`);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(res.body.toString()).toBe('unknown topic\n');
  });

  it('answers an unknown format with 404', async () => {
    const res = await httpGet(`${demo.base}/feeds/all.xml`);
    expect(res.status).toBe(404);
    expect(res.body.length).toBeLessThan(40);
  });

  it('refuses dot-dot segments and encoded slashes or dots', async () => {
    for (const path of ['/feeds/../opml', '/feeds%2fall.rss', '/feeds/%2e%2e/opml', '/x%5cy']) {
      const res = await httpRaw(demo.server.port, path);
      expect(res.status, path).toBe(400);
    }
  });

  it('refuses oversized headers with 431', async () => {
    const res = await httpRaw(demo.server.port, '/feeds/all.rss', { 'X-Big': 'a'.repeat(20_000) });
    expect(res.status).toBe(431);
  });

  it('refuses methods other than GET and HEAD with 405 and Allow', async () => {
    const res = await httpGet(`${demo.base}/feeds/all.rss`, {}, 'POST');
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
  });

  it('clamps absurd limit and page values instead of failing', async () => {
    const huge = await httpGet(`${demo.base}/feeds/all.json?limit=99999999999&page=-4`);
    expect(huge.status).toBe(200);
    const feed = JSON.parse(huge.body.toString()) as { feed_url: string; items: unknown[] };
    expect(feed.feed_url).toContain(`limit=${MAX_LIMIT}`);
    const junk = await httpGet(`${demo.base}/feeds/all.json?limit=abc`);
    expect(junk.status).toBe(200);
    const zero = await httpGet(`${demo.base}/feeds/all.json?limit=0`);
    expect((JSON.parse(zero.body.toString()) as { items: unknown[] }).items).toHaveLength(1);
  });

  it('keeps serving while a poll runs', async () => {
    const { runCli } = await import('../../src/cli.js');
    const { collectIo } = await import('./helpers/start-demo-app.js');
    const poll = runCli(['fetch', '--config', demo.configPath], collectIo());
    const during = await Promise.all([
      httpGet(`${demo.base}/feeds/all.rss`),
      httpGet(`${demo.base}/`),
      httpGet(`${demo.base}/healthz`),
    ]);
    expect(during.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(await poll).toBe(0);
  });
});
