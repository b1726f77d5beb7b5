import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTempConfig,
  type FeedServer,
  outcomeLine,
  readSource,
  rssFeed,
  runFetch,
  type SourceSpec,
  startFeedServer,
  type TempConfig,
} from './poll-harness.js';

const packageJson = path.resolve(import.meta.dirname, '../../package.json');
const version = (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;
const inFlight = new Map<string, number>();
const maxInFlight = new Map<string, number>();
let server: FeedServer;
const configs: TempConfig[] = [];

function track(key: string, delta: number): void {
  const count = (inFlight.get(key) ?? 0) + delta;
  inFlight.set(key, count);
  maxInFlight.set(key, Math.max(maxInFlight.get(key) ?? 0, count));
}

beforeAll(async () => {
  const held: (() => void)[] = [];
  const releaseAll = () => {
    for (const release of held.splice(0)) release();
  };
  /** Holds each answer until the limit (3 at once) is reached, or 1 s at most. */
  const slow = (req: IncomingMessage, res: ServerResponse) => {
    const host = req.headers.host ?? '';
    track(host, 1);
    track('total', 1);
    let done = false;
    const release = () => {
      if (done) return;
      done = true;
      track(host, -1);
      track('total', -1);
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssFeed('slow', 1));
    };
    held.push(release);
    setTimeout(release, 1000);
    if ((inFlight.get('total') ?? 0) >= 3) releaseAll();
  };
  const routes = Object.fromEntries(
    ['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3', 'b4'].map((name) => [`/slow/${name}`, slow]),
  );
  server = await startFeedServer({
    ...routes,
    '/plain': (_req, res) => res.writeHead(200).end(rssFeed('plain', 1)),
  });
});
afterAll(async () => {
  await server.close();
  for (const config of configs) config.remove();
});

function newConfig(sources: SourceSpec[], poll: Record<string, unknown>): TempConfig {
  const config = createTempConfig();
  config.write(sources, poll);
  configs.push(config);
  return config;
}

describe('politeness', () => {
  it('sends the User-Agent with version and base URL, an Accept for feeds, and encodings', async () => {
    const config = newConfig([{ id: 'plain', url: server.url('/plain') }], {
      allow_private_networks: true,
    });
    await runFetch(config);
    const request = server.requests.find((r) => r.path === '/plain');
    expect(request?.headers['user-agent']).toBe(`topicfeed/${version} (+http://news.test:8080)`);
    for (const type of ['application/rss+xml', 'application/atom+xml', 'application/feed+json']) {
      expect(request?.headers.accept).toContain(type);
    }
    expect(request?.headers['accept-encoding']).toBe('gzip, deflate, br');
  });

  it('keeps per_host requests per host and concurrency in all', async () => {
    const sources = ['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3', 'b4'].map((name) => ({
      id: name,
      url: server.url(`/slow/${name}`, name.startsWith('a') ? '127.0.0.1' : 'localhost'),
    }));
    const config = newConfig(sources, {
      allow_private_networks: true,
      per_host: 2,
      concurrency: 3,
    });
    const result = await runFetch(config);
    expect(result.out).toMatch(/8 sources: 8 fetched/);
    expect(maxInFlight.get(`127.0.0.1:${server.port}`)).toBe(2);
    expect(maxInFlight.get(`localhost:${server.port}`)).toBe(2);
    expect(maxInFlight.get('total')).toBe(3);
  });

  it('refuses private addresses unless allow_private_networks is set', async () => {
    const before = server.requests.length;
    const config = newConfig(
      [
        { id: 'loopback', url: server.url('/plain') },
        { id: 'named-loopback', url: server.url('/plain', 'localhost') },
      ],
      {},
    );
    const result = await runFetch(config);
    expect(server.requests.length).toBe(before);
    for (const id of ['loopback', 'named-loopback']) {
      expect(outcomeLine(result, id)).toMatch(/ error .*fetcher: refusing private address/);
      expect(readSource(config, id)).toMatchObject({ lastOutcome: 'error', consecutiveErrors: 1 });
      expect(readSource(config, id).lastError).toMatch(/^fetcher: refusing private address/);
    }
  });
});
