import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildServerContext, openApp } from '../../src/app.js';
import { runCli } from '../../src/cli.js';
import { DEFAULT_FEED_CACHE_BYTES } from '../../src/server/feed-cache.js';
import { type RunningServer, startServer } from '../../src/server/index.js';
import { parseStrictXml, XML_ILLEGAL_CHAR } from '../helpers/strict-xml.js';
import { writeTempConfig } from '../helpers/temp-config.js';
import { type FeedServer, serveHostileFeeds } from '../hostile/serve-hostile-feeds.js';
import { createSilentLogger } from '../server/helpers/create-silent-logger.js';
import { httpGet } from '../server/helpers/http-get.js';
import { collectIo } from '../server/helpers/start-demo-app.js';

// The "Done when" of issue 17: a corpus with hostile feeds, served, probed as an attacker would.

const NOW = '2025-06-01T10:00:00Z';

function rssItem(n: number, title: string, description: string): string {
  return `<item><title>${title}</title><link>https://news.example/${n}</link><guid>g${n}</guid>
    <pubDate>${new Date(Date.parse(NOW) - n * 3_600_000).toUTCString()}</pubDate>
    <description>${description}</description></item>`;
}

const ENTITY_FEED = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>
  <title>Entities &amp;#1; feed &amp;#xFFFE;</title><link>https://entities.example/</link>
  ${Array.from({ length: 12 }, (_, n) =>
    rssItem(
      n,
      `Belarus prisoners &amp;#1;&amp;#x1F; story ${n} &amp;#xFFFF;`,
      `&lt;p&gt;Political prisoner in Belarus &amp;#8;&amp;#xD800; released ${n}&lt;/p&gt;`,
    ),
  ).join('\n')}
</channel></rss>`;

const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'JSON\u0001 feed\uFFFE',
  home_page_url: 'javascript:alert(document.domain)',
  items: Array.from({ length: 12 }, (_, n) => ({
    id: `j${n}\u0002`,
    url: `https://json.example/${n}`,
    title: `Minsk court\u0007 jails Belarus activist ${n}\uD800`,
    content_html: `<p>Belarus political prisoner\u001B case ${n}\uFFFF</p>`,
    date_published: new Date(Date.parse(NOW) - n * 3_000_000).toISOString(),
  })),
});

const LONG_TITLE_FEED = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>
  <title>${'Belarus news '.repeat(16_000)}</title>
  <link>javascript:alert(document.domain)</link>
  ${Array.from({ length: 12 }, (_, n) =>
    rssItem(n + 100, `Lukashenko pardons Belarus prisoners ${n}`, `Belarus prisoners freed ${n}`),
  ).join('\n')}
</channel></rss>`;

const PATHOLOGICAL = [
  Array.from(
    { length: 8 },
    (_, i) => `(a${i}b* OR c${i}d* OR e${i}f*) NEAR/100 (belarus* OR prison*)`,
  ).join(' OR '),
  Array.from({ length: 40 }, (_, i) => `word${i}*`).join(' OR '),
  '(belarus* OR prison* OR minsk* OR court*) NEAR/20 (belarus* OR prison* OR jail*)',
  `"${'belarus '.repeat(30).trim()}"`,
];

let feeds: FeedServer;
let app: App;
let server: RunningServer;
let base = '';

beforeAll(async () => {
  feeds = await serveHostileFeeds([
    { path: '/entities.rss', body: ENTITY_FEED, contentType: 'application/rss+xml' },
    { path: '/json.json', body: JSON_FEED, contentType: 'application/feed+json' },
    { path: '/long.rss', body: LONG_TITLE_FEED, contentType: 'application/rss+xml' },
  ]);
  const { file } = writeTempConfig({
    server: {
      host: '127.0.0.1',
      port: 0,
      headers_timeout: '2s',
      request_timeout: '3s',
      search_concurrency: 2,
      search_timeout: '10s',
    },
    poll: { allow_private_networks: true },
    sources: [
      { id: 'entities', url: feeds.url('/entities.rss') },
      { id: 'json', url: feeds.url('/json.json') },
      { id: 'long', url: `${feeds.url('/long.rss')}?token=s3cret` },
    ],
    topics: [
      { id: 'belarus', title: 'Belarus', query: 'belarus* OR minsk*' },
      { id: 'political-prisoners', title: 'Political prisoners', query: 'prisoner* OR jail*' },
    ],
  });
  expect(await runCli(['fetch', '--config', file], collectIo())).toBe(0);
  app = await openApp(file, createSilentLogger());
  server = await startServer(buildServerContext(app), '127.0.0.1', 0);
  base = `http://127.0.0.1:${server.port}`;
}, 60_000);

afterAll(async () => {
  await server?.close();
  app?.close();
  await feeds?.close();
});

async function body(path: string): Promise<string> {
  const res = await httpGet(`${base}${path}`);
  expect(res.status, path).toBe(200);
  return res.body.toString('utf8');
}

describe('served over hostile feeds', () => {
  it('every topic RSS and Atom, and /opml, parse as strict XML without an illegal character', async () => {
    for (const topic of ['all', 'belarus', 'political-prisoners']) {
      for (const format of ['rss', 'atom']) {
        const text = await body(`/feeds/${topic}.${format}`);
        expect(text, `${topic}.${format}`).toContain('<');
        expect(text).not.toMatch(XML_ILLEGAL_CHAR);
        expect(parseStrictXml(text), `${topic}.${format}`).toBe('ok');
      }
      const json = await body(`/feeds/${topic}.json`);
      expect(json).not.toMatch(XML_ILLEGAL_CHAR);
      expect((JSON.parse(json) as { items: unknown[] }).items.length).toBeGreaterThan(0);
    }
    const opml = await body('/opml');
    expect(opml).not.toMatch(XML_ILLEGAL_CHAR);
    expect(parseStrictXml(opml)).toBe('ok');
    expect(await body('/')).not.toMatch(XML_ILLEGAL_CHAR);
  });

  it('serves no javascript: anywhere, no secret, and / and /opml stay under 1 MB', async () => {
    for (const path of ['/', '/opml', '/feeds/all.rss', '/feeds/all.atom', '/feeds/all.json']) {
      const text = await body(path);
      expect(text.toLowerCase(), path).not.toContain('javascript:');
      expect(text, path).not.toContain('s3cret');
    }
    expect(Buffer.byteLength(await body('/'))).toBeLessThan(1024 ** 2);
    expect(Buffer.byteLength(await body('/opml'))).toBeLessThan(1024 ** 2);
  });

  it('/ sends nosniff and a CSP', async () => {
    const res = await httpGet(`${base}/`);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(String(res.headers['content-security-policy'])).toContain("default-src 'none'");
  });

  it('four concurrent pathological searches end (200, 400, 429 or 503) while /healthz answers', async () => {
    let searching = true;
    const health: number[] = [];
    const probe = (async () => {
      while (searching) {
        health.push((await httpGet(`${base}/healthz`)).status);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const statuses = await Promise.all(
      PATHOLOGICAL.map(
        async (q) =>
          (await httpGet(`${base}/search?q=${encodeURIComponent(q)}&format=json`)).status,
      ),
    );
    searching = false;
    await probe;
    for (const status of statuses) expect([200, 400, 429, 503]).toContain(status);
    expect(statuses).toContain(400);
    expect(health.length).toBeGreaterThan(0);
    expect(health.every((status) => status === 200)).toBe(true);
  }, 30_000);

  it('1,200 distinct feed URLs share a few cache entries within the byte budget', async () => {
    const cache = app.cache;
    const before = cache.size;
    for (let n = 0; n < 1_200; n++) {
      const format = ['rss', 'atom', 'json'][n % 3];
      const res = await httpGet(
        `${base}/feeds/all.${format}?limit=${481 + (n % 20)}&page=1&junk=${n}`,
      );
      expect(res.status).toBe(200);
    }
    // 3 formats × 20 limits: 60 shapes, whatever the junk parameter says.
    expect(cache.size - before).toBeLessThanOrEqual(60);
    expect(cache.bytes).toBeLessThanOrEqual(DEFAULT_FEED_CACHE_BYTES);
  }, 60_000);

  it('a half-sent request is dropped (within the headers timeout, well under 20 s)', async () => {
    const socket = connect(server.port, '127.0.0.1');
    const closed = new Promise<string>((resolve) => {
      let text = '';
      socket.on('data', (chunk: Buffer) => {
        text += chunk.toString();
      });
      socket.on('close', () => resolve(text));
      socket.on('error', () => undefined);
    });
    socket.write('GET /feeds/all.rss HTTP/1.1\r\nHost: x\r\n');
    expect(await closed).toMatch(/^HTTP\/1\.1 408/);
  }, 20_000);
});
