import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpGet, httpRaw } from './helpers/http-get.js';
import { type DemoApp, startDemoApp } from './helpers/start-demo-app.js';

let demo: DemoApp;

beforeAll(async () => {
  demo = await startDemoApp();
});
afterAll(async () => demo?.stop());

const PATHS = [
  '/',
  '/opml',
  '/healthz',
  '/metrics',
  '/feeds/all.rss',
  '/feeds/all.json?limit=3',
  '/feeds/no-such-topic.rss',
  '/search?q=belarus',
  '/nowhere',
];

describe('security headers', () => {
  it('every response, answer or refusal, sends nosniff, a CSP and a Referrer-Policy', async () => {
    for (const path of PATHS) {
      for (const repeat of [1, 2]) {
        const res = await httpGet(`${demo.base}${path}`);
        expect(res.headers['x-content-type-options'], `${path} #${repeat}`).toBe('nosniff');
        expect(res.headers['content-security-policy'], path).toBeDefined();
        expect(res.headers['referrer-policy'], path).toBe('no-referrer');
      }
    }
    const bad = await httpRaw(demo.server.port, '/feeds/%2e%2e/opml');
    expect(bad.headers['x-content-type-options']).toBe('nosniff');
  });

  it('the HTML page forbids scripts, framing and foreign loads', async () => {
    const res = await httpGet(`${demo.base}/`);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("style-src 'unsafe-inline'");
    expect(csp).not.toContain('script-src');
  });
});

describe('error bodies never echo the request', () => {
  it('an unknown format, topic or bad query is refused without quoting it', async () => {
    const probe = '<script>alert(1)</script>';
    const targets = [
      `/search?q=belarus&format=${encodeURIComponent(probe)}`,
      `/search?q=${encodeURIComponent(`scriptfield:x ${probe}`)}`,
      `/search?q=${encodeURIComponent(`belarus NEAR/${probe} minsk`)}`,
      `/search?q=${encodeURIComponent(`"${probe}`)}`,
    ];
    for (const target of targets) {
      const res = await httpGet(`${demo.base}${target}`);
      expect(res.status, target).toBe(400);
      const body = res.body.toString();
      expect(body, target).not.toContain('script');
      expect(body, target).not.toContain('<');
    }
  });
});
