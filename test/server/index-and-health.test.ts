import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpGet } from './helpers/http-get.js';
import { type DemoApp, startDemoApp } from './helpers/start-demo-app.js';

let demo: DemoApp;

beforeAll(async () => {
  demo = await startDemoApp();
});
afterAll(async () => demo?.stop());

describe('index page, OPML, health and metrics routes', () => {
  it('serves the index page as HTML with every topic and source', async () => {
    const res = await httpGet(`${demo.base}/`);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    const html = res.body.toString();
    for (const topic of ['all', ...demo.app.config.topics.map((t) => t.id)])
      expect(html).toContain(`/feeds/${topic}.atom`);
    for (const source of demo.app.config.sources)
      expect(html).toContain(`<code>${source.id}</code>`);
    expect(html).toContain('All 3 sources healthy.');
  });

  it('serves OPML 2.0 of the sources', async () => {
    const res = await httpGet(`${demo.base}/opml`);
    expect(res.headers['content-type']).toBe('text/x-opml; charset=utf-8');
    const opml = res.body.toString();
    expect(opml).toContain('<opml version="2.0">');
    expect(opml.match(/<outline /g)).toHaveLength(3);
  });

  it('answers /healthz with the database status and the last successful poll', async () => {
    const res = await httpGet(`${demo.base}/healthz`);
    const body = JSON.parse(res.body.toString()) as Record<string, unknown>;
    expect(res.status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', sources: 3 });
    expect(Date.parse(String(body.last_successful_poll))).toBeGreaterThan(0);
  });

  it('counts HTTP requests by route and status in /metrics', async () => {
    await httpGet(`${demo.base}/feeds/nope.rss`);
    const text = (await httpGet(`${demo.base}/metrics`)).body.toString();
    expect(text).toContain('topicfeed_http_requests_total{route="feed",status="404"} 1');
    expect(text).toMatch(/topicfeed_http_requests_total\{route="healthz",status="200"\} \d/);
    expect(text).toMatch(/^topicfeed_stories \d+$/m);
  });
});
