import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify } from 'yaml';
import { type App, buildServerContext, openApp } from '../../src/app.js';
import { runCli } from '../../src/cli.js';
import { loadConfig } from '../../src/config/index.js';
import { type RunningServer, startServer } from '../../src/server/index.js';
import { itWithFeedparser, runFeedparser } from '../helpers/run-feedparser.js';
import { withAbsolutePaths } from '../helpers/temp-config.js';
import { checkJsonFeed } from '../renderer/helpers/check-json-feed.js';
import { createSilentLogger } from '../server/helpers/create-silent-logger.js';
import { httpGet } from '../server/helpers/http-get.js';
import { collectIo } from '../server/helpers/start-demo-app.js';
import {
  NEWSROOM,
  NEWSROOM_FEEDS,
  type NewsroomServer,
  startNewsroomServer,
} from '../server/helpers/start-newsroom-server.js';

type Json = Record<string, unknown>;
type JsonFeed = Json & { items: (Json & { id: string; _topicfeed: { members: Json[] } })[] };

const DEMO_YAML = path.resolve(import.meta.dirname, '../../config/demo.yaml');
const FORMATS = ['rss', 'atom', 'json'] as const;

let dir: string;
let configPath: string;
let feeds: NewsroomServer;
let app: App;
let server: RunningServer;
let base: string;
let topics: string[];

function writeConfig(): void {
  const demo = parseYaml(readFileSync(DEMO_YAML, 'utf8')) as Json;
  const config = {
    database: path.join(dir, 'newsroom.db'),
    server: { host: '127.0.0.1', port: 8080, base_url: 'http://topicfeed.test' },
    poll: { schedule: '*/5 * * * *', interval: '1m', allow_private_networks: true },
    retention: { days: 0 },
    stories: demo.stories,
    sources: Object.keys(NEWSROOM_FEEDS).map((file) => ({
      id: file.replace(/\.(xml|json)$/, ''),
      url: `${feeds.base}/${file}`,
    })),
    topics: (demo.topics as Json[]).map((topic) =>
      withAbsolutePaths(topic, path.dirname(DEMO_YAML)),
    ),
  };
  writeFileSync(configPath, stringify(config));
}

async function fetchAll(): Promise<void> {
  const io = collectIo();
  expect(await runCli(['fetch', '--config', configPath], io)).toBe(0);
  expect(io.stdout.join('')).toMatch(
    /8 sources: \d+ fetched, \d+ not modified, 0 skipped, 0 failed/,
  );
}

async function startServing(): Promise<void> {
  app = await openApp(configPath, createSilentLogger());
  server = await startServer(buildServerContext(app), '127.0.0.1', 0);
  base = `http://127.0.0.1:${server.port}`;
}

async function stopServing(): Promise<void> {
  await server.close();
  app.close();
}

async function getText(url: string): Promise<string> {
  const res = await httpGet(url);
  expect(res.status, url).toBe(200);
  return res.body.toString('utf8');
}

async function getJson(url: string): Promise<JsonFeed> {
  return JSON.parse(await getText(url)) as JsonFeed;
}

/** Every story of a topic, walking the `next` links of one format from a small first page. */
async function walkPages(topic: string, format: (typeof FORMATS)[number]): Promise<string[]> {
  const ids: string[] = [];
  let url: string | undefined = `${base}/feeds/${topic}.${format}?limit=10`;
  for (let pages = 0; url && pages < 200; pages++) {
    const text = await getText(url.replace('http://topicfeed.test', base));
    if (format === 'json') {
      const feed = JSON.parse(text) as JsonFeed & { next_url?: string };
      ids.push(...feed.items.map((item) => item.id));
      url = feed.next_url;
    } else {
      const verdict = runFeedparser(text);
      expect(verdict.bozo).toBe(false);
      ids.push(...verdict.ids);
      url = verdict.feedLinks.find((link) => link.rel === 'next')?.href;
    }
  }
  return ids;
}

/** entry (source + guid) → the story GUID it is served under, from the JSON Feed extension. */
async function storyOfEntry(): Promise<Map<string, string>> {
  const feed = await getJson(`${base}/feeds/all.json?limit=500`);
  return new Map(
    feed.items.flatMap((item) =>
      item._topicfeed.members.map((m) => [`${m.source} ${m.id}`, item.id] as [string, string]),
    ),
  );
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'topicfeed-newsroom-'));
  configPath = path.join(dir, 'topicfeed.yaml');
  feeds = await startNewsroomServer();
  writeConfig();
  await fetchAll();
  await startServing();
  topics = ['all', ...app.config.topics.map((t) => t.id)];
}, 120_000);

afterAll(async () => {
  await stopServing();
  await feeds.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('serving the newsroom corpus', () => {
  it('answers 200 then 304 for every format, with its media type and charset', async () => {
    const types = {
      rss: 'application/rss+xml',
      atom: 'application/atom+xml',
      json: 'application/feed+json',
    };
    for (const format of FORMATS) {
      const first = await httpGet(`${base}/feeds/belarus.${format}`);
      expect(first.status).toBe(200);
      expect(first.headers['content-type']).toBe(`${types[format]}; charset=utf-8`);
      const again = await httpGet(`${base}/feeds/belarus.${format}`, {
        'If-None-Match': String(first.headers.etag),
      });
      expect(again.status).toBe(304);
    }
  });

  it('decodes the windows-1251 feed served without a charset', async () => {
    const feed = await getJson(`${base}/feeds/all.json?limit=500`);
    const polesie = feed.items.flatMap((item) =>
      item._topicfeed.members.filter((m) => m.source === 'polesie-news'),
    );
    expect(polesie.length).toBeGreaterThan(5);
    for (const member of polesie) {
      expect(String(member.title)).toMatch(/[а-яё]/i);
      expect(String(member.title)).not.toMatch(/[ÐÑÃ�]/);
    }
  });

  it('compresses with gzip when asked', async () => {
    const plain = await httpGet(`${base}/feeds/all.rss`);
    const gzip = await httpGet(`${base}/feeds/all.rss`, { 'Accept-Encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.body.length).toBeLessThan(plain.body.length);
    expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);
  });

  itWithFeedparser(
    'serves RSS and Atom of every topic that feedparser reads without complaint',
    async () => {
      for (const topic of topics) {
        const json = await getJson(`${base}/feeds/${topic}.json`);
        for (const format of ['rss', 'atom'] as const) {
          const verdict = runFeedparser(await getText(`${base}/feeds/${topic}.${format}`));
          expect(verdict.bozo, `${topic}.${format}: ${verdict.bozoException}`).toBe(false);
          expect(verdict.version).toBe(format === 'rss' ? 'rss20' : 'atom10');
          expect(verdict.ids, `${topic}.${format}`).toEqual(json.items.map((item) => item.id));
        }
      }
    },
  );

  it('serves JSON Feed 1.1 of every topic that follows the spec', async () => {
    for (const topic of topics) {
      const feed = await getJson(`${base}/feeds/${topic}.json?limit=500`);
      expect(checkJsonFeed(feed), topic).toEqual([]);
      expect(feed.items.length, topic).toBeGreaterThan(0);
    }
  });

  itWithFeedparser(
    'lets a reader walk back through every story by next links, in each format',
    async () => {
      for (const topic of ['all', 'belarus']) {
        const everything = (await getJson(`${base}/feeds/${topic}.json?limit=500`)).items.map(
          (i) => i.id,
        );
        for (const format of FORMATS) {
          const walked = await walkPages(topic, format);
          expect(walked, `${topic}.${format}`).toEqual(everything);
        }
      }
    },
  );

  it('clamps an absurd limit', async () => {
    const feed = await getJson(`${base}/feeds/all.json?limit=100000000`);
    expect(feed.feed_url).toBe('http://topicfeed.test/feeds/all.json?limit=500');
  });

  it('round-trips the sources through /opml and opml import', async () => {
    const opml = await getText(`${base}/opml`);
    const io = collectIo();
    expect(await runCli(['opml', 'export', '--config', configPath], io)).toBe(0);
    const xmlUrls = (text: string) =>
      [...text.matchAll(/xmlUrl="([^"]+)"/g)].map((m) => m[1]).sort();
    expect(xmlUrls(io.stdout.join(''))).toEqual(xmlUrls(opml));
    const opmlFile = path.join(dir, 'sources.opml');
    const target = path.join(dir, 'imported.yaml');
    writeFileSync(opmlFile, opml);
    writeFileSync(target, `# imported from OPML\ndatabase: imported.db\nsources: []\ntopics: []\n`);
    expect(await runCli(['opml', 'import', opmlFile, '--config', target], collectIo())).toBe(0);
    const imported = loadConfig(target);
    expect(imported.sources.map((s) => s.url).sort()).toEqual(
      app.config.sources.map((s) => s.url).sort(),
    );
    expect(readFileSync(target, 'utf8')).toMatch(/^# imported from OPML/);
  });

  it('exposes the operator metrics and health', async () => {
    await getText(`${base}/feeds/all.rss`);
    const metrics = await getText(`${base}/metrics`);
    for (const name of [
      'topicfeed_polls_total',
      'topicfeed_fetch_duration_seconds_bucket',
      'topicfeed_entries',
      'topicfeed_stories',
      'topicfeed_http_requests_total{route="feed",status="200"}',
      'topicfeed_last_successful_poll_timestamp_seconds',
    ])
      expect(metrics, name).toContain(name);
    const lastPoll = /^topicfeed_last_successful_poll_timestamp_seconds (\S+)$/m.exec(metrics)?.[1];
    expect(Number(lastPoll) * 1000).toBeGreaterThan(Date.now() - 10 * 60_000);
    const health = JSON.parse(await getText(`${base}/healthz`)) as Json;
    expect(health).toMatchObject({ status: 'ok', sources: 8 });
    expect(Date.parse(String(health.last_successful_poll))).toBeGreaterThan(0);
  });

  it('keeps every item GUID when re-polled after one feed gained an item', async () => {
    const before = await storyOfEntry();
    const original = readFileSync(path.join(NEWSROOM, 'minskledger.xml'), 'utf8');
    const added = `<item><title>Ledger adds a late story</title>
      <link>https://minskledger.example/2025/07/15/late/</link>
      <guid isPermaLink="true">https://minskledger.example/2025/07/15/late/</guid>
      <pubDate>Tue, 15 Jul 2025 10:00:00 +0300</pubDate><description>A late story.</description></item>`;
    feeds.replace(
      'minskledger.xml',
      Buffer.from(original.replace('</channel>', `${added}</channel>`)),
    );
    await stopServing();
    await fetchAll();
    await startServing();
    const after = await storyOfEntry();
    expect(after.size).toBe(before.size + 1);
    expect(after.get('minskledger https://minskledger.example/2025/07/15/late/')).toBeDefined();
    for (const [entry, guid] of before) expect(after.get(entry), entry).toBe(guid);
  });
});
