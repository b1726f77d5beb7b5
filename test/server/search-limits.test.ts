import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpGet } from './helpers/http-get.js';
import { type DemoApp, startDemoApp } from './helpers/start-demo-app.js';

const q = (query: string) => `/search?q=${encodeURIComponent(query)}&format=json`;

describe('/search runs off the main thread, a bounded number at once', () => {
  let demo: DemoApp;
  beforeAll(async () => {
    demo = await startDemoApp('  search_concurrency: 1\n  search_timeout: 60s\n');
  });
  afterAll(async () => demo?.stop());

  it('answers 429 with Retry-After beyond search_concurrency, while /healthz answers', async () => {
    const first = httpGet(`${demo.base}${q('belarus*')}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const [second, health] = await Promise.all([
      httpGet(`${demo.base}${q('belarus*')}`),
      httpGet(`${demo.base}/healthz`),
    ]);
    expect(second.status).toBe(429);
    expect(second.headers['retry-after']).toBe('5');
    expect(health.status).toBe(200);
    expect((await first).status).toBe(200);
    expect((await httpGet(`${demo.base}${q('belarus*')}`)).status).toBe(200);
  });

  it('refuses a query over the cost budget (terms × NEAR distance) with 400', async () => {
    const group = '(prison* OR jail* OR arrest* OR detain* OR court* OR sentenc*)';
    const costly = Array.from({ length: 6 }, () => `${group} NEAR/100 ${group}`).join(' OR ');
    const res = await httpGet(`${demo.base}${q(costly)}`);
    expect(res.status).toBe(400);
    expect(res.body.toString()).toMatch(/^search: query too costly/);
    expect((await httpGet(`${demo.base}${q('prison* NEAR/5 belarus*')}`)).status).toBe(200);
  });
});

describe('a search past server.search_timeout', () => {
  let demo: DemoApp;
  beforeAll(async () => {
    demo = await startDemoApp('  search_timeout: 1ms\n');
  });
  afterAll(async () => demo?.stop());

  it('is stopped and answered 503 with Retry-After; the server goes on', async () => {
    const res = await httpGet(`${demo.base}${q('belarus*')}`);
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBe('30');
    expect((await httpGet(`${demo.base}/healthz`)).status).toBe(200);
    expect((await httpGet(`${demo.base}/feeds/all.rss`)).status).toBe(200);
  });
});

describe('server.search: false', () => {
  let demo: DemoApp;
  beforeAll(async () => {
    demo = await startDemoApp('  search: false\n');
  });
  afterAll(async () => demo?.stop());

  it('answers /search with 404', async () => {
    expect((await httpGet(`${demo.base}${q('belarus*')}`)).status).toBe(404);
  });
});
