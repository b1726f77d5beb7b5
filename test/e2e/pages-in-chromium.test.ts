import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { itWithChromium, visitWithChromium } from '../helpers/run-chromium.js';
import { httpGet } from '../server/helpers/http-get.js';
import { type DemoApp, startDemoApp } from '../server/helpers/start-demo-app.js';

/** The policy of the hardening issue, which the pages must pass whatever else the server sends. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";
const CONTROL = '<!doctype html><title>x</title><p>x</p><script>document.title = "ran"</script>';

let demo: DemoApp;
let proxy: Server;
let base: string;
let storyPath: string;

/** Serves the demo's pages again under the strict CSP header; `/control` breaks the policy. */
function startCspProxy(): Promise<Server> {
  const server = createServer((req, res) => {
    const send = (status: number, body: Buffer | string) => {
      res.writeHead(status, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': CSP,
      });
      res.end(body);
    };
    if (req.url === '/control') return send(200, CONTROL);
    httpGet(`${demo.base}${req.url ?? '/'}`).then(
      (upstream) => send(upstream.status, upstream.body),
      () => send(502, 'upstream failed'),
    );
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function cspViolations(console: string[]): string[] {
  return console.filter((line) => /Content Security Policy/i.test(line));
}

// The reading pages in a real browser under the strict CSP, at phone and desktop widths.
describe('the story and topic pages in headless Chromium', () => {
  beforeAll(async () => {
    demo = await startDemoApp();
    const feed = JSON.parse(
      (await httpGet(`${demo.base}/feeds/belarus.json`)).body.toString('utf8'),
    ) as {
      items: { _topicfeed: { page: string; members: unknown[] } }[];
    };
    const page =
      feed.items.find((item) => item._topicfeed.members.length > 1)?._topicfeed.page ?? '';
    storyPath = new URL(page).pathname;
    proxy = await startCspProxy();
    base = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  }, 60_000);

  afterAll(async () => {
    await new Promise((resolve) => proxy?.close(resolve));
    await demo?.stop();
  });

  itWithChromium(
    'the harness sees a CSP violation when a page breaks the policy',
    async () => {
      const visit = await visitWithChromium(`${base}/control`);
      expect(cspViolations(visit.console).length).toBeGreaterThan(0);
    },
    60_000,
  );

  itWithChromium(
    'renders the story page on a phone and a desktop with no CSP violation',
    async () => {
      for (const size of ['390,844', '1280,900']) {
        const visit = await visitWithChromium(`${base}${storyPath}`, size);
        expect(cspViolations(visit.console)).toEqual([]);
        const rewrite =
          visit.dom.split('<article').find((card) => card.includes('World Digest Now')) ?? '';
        expect(rewrite).toMatch(/Only here[\s\S]*<li>Vilnius<\/li>/);
        expect(visit.dom).toContain('Minsk Morning Post (demo)');
      }
    },
    120_000,
  );

  itWithChromium(
    'renders the topic page with no CSP violation',
    async () => {
      const visit = await visitWithChromium(`${base}/topics/belarus`);
      expect(cspViolations(visit.console)).toEqual([]);
      expect(visit.dom).toContain(`href="${storyPath}"`);
      expect(visit.dom).toContain('2 outlets');
    },
    60_000,
  );
});
