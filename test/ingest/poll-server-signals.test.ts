import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTempConfig,
  type FeedServer,
  fetchIndexPage,
  outcomeLine,
  readSource,
  rssFeed,
  runFetch,
  type SourceSpec,
  sourceRowOf,
  startFeedServer,
  type TempConfig,
} from './poll-harness.js';

const day = 24 * 3_600_000;
const retryDate = new Date(Math.floor(Date.now() / 1000) * 1000 + 2 * 3_600_000);
let server: FeedServer;
let config: TempConfig;
let sources: SourceSpec[];

const feed = (name: string) => (_req: unknown, res: import('node:http').ServerResponse) => {
  res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssFeed(name, 1));
};

beforeAll(async () => {
  server = await startFeedServer({
    '/429-seconds': (_req, res) => res.writeHead(429, { 'retry-after': '120' }).end(),
    '/429-date': (_req, res) =>
      res.writeHead(429, { 'retry-after': retryDate.toUTCString() }).end(),
    '/503-seconds': (_req, res) => res.writeHead(503, { 'retry-after': '600' }).end(),
    '/503-week': (_req, res) => res.writeHead(503, { 'retry-after': String(7 * 86_400) }).end(),
    '/gone-a': (_req, res) => res.writeHead(410).end('gone'),
    '/gone-b': (_req, res) => res.writeHead(410).end('gone'),
    '/back': feed('back'),
    '/ok': feed('ok'),
  });
  config = createTempConfig();
  sources = [
    { id: 'r429-seconds', url: server.url('/429-seconds') },
    { id: 'r429-date', url: server.url('/429-date') },
    { id: 'r503-seconds', url: server.url('/503-seconds') },
    { id: 'r503-week', url: server.url('/503-week') },
    { id: 'gone-a', url: server.url('/gone-a') },
    { id: 'gone-b', url: server.url('/gone-b') },
    { id: 'ok', url: server.url('/ok') },
  ];
  config.write(sources);
});
afterAll(async () => {
  await server.close();
  config.remove();
});

describe('Retry-After, 410 Gone', () => {
  it('records Retry-After (seconds and HTTP date, capped at 24 h) and disables on 410', async () => {
    const before = Date.now();
    const result = await runFetch(config);
    const after = Date.now();
    for (const id of ['r429-seconds', 'r429-date', 'r503-seconds', 'r503-week', 'gone-a']) {
      expect(outcomeLine(result, id)).toMatch(/ error +status=(429|503|410) .*fetcher: HTTP/);
    }
    const at = (id: string) => Date.parse(readSource(config, id).retryAfter ?? '');
    expect(at('r429-seconds')).toBeGreaterThanOrEqual(before + 120_000);
    expect(at('r429-seconds')).toBeLessThanOrEqual(after + 120_000);
    expect(at('r429-date')).toBe(retryDate.getTime());
    expect(at('r503-seconds')).toBeGreaterThanOrEqual(before + 600_000);
    expect(at('r503-week')).toBeLessThanOrEqual(after + day);
    expect(at('r503-week')).toBeGreaterThanOrEqual(before + day);
    const limited = readSource(config, 'r429-date');
    expect(Date.parse(limited.nextPollAt ?? '')).toBeGreaterThanOrEqual(retryDate.getTime());
    expect(readSource(config, 'gone-a').disabledReason).toMatch(/410 Gone/);
  });

  it('skips sources under Retry-After or disabled, without a request, and polls the others', async () => {
    const counts = sources.map((s) => server.countTo(new URL(s.url).pathname));
    const result = await runFetch(config);
    for (const id of ['r429-seconds', 'r429-date', 'r503-seconds', 'r503-week']) {
      expect(outcomeLine(result, id)).toMatch(/ skipped .*retry after/);
    }
    expect(outcomeLine(result, 'gone-a')).toMatch(/ skipped .*disabled/);
    expect(outcomeLine(result, 'ok')).toMatch(/ not-modified +status=200/);
    const countsAfter = sources.map((s) => server.countTo(new URL(s.url).pathname));
    expect(countsAfter).toEqual(counts.map((n, i) => (sources[i]?.id === 'ok' ? n + 1 : n)));
    expect(result.out).toMatch(/7 sources: 0 fetched, 1 not modified, 6 skipped, 0 failed/);
  });

  it('shows a 410 source as disabled on the index page', async () => {
    const row = sourceRowOf(await fetchIndexPage(config), 'gone-a');
    expect(row).toMatch(/class="disabled"/);
    expect(row).toMatch(/disabled: gone: the server answered 410 Gone/);
  });

  it('re-enables a disabled source when its config URL or settings change', async () => {
    const before = { a: server.countTo('/gone-a'), back: server.countTo('/back') };
    config.write(
      sources.map((s) => {
        if (s.id === 'gone-a') return { ...s, interval: '45m' };
        if (s.id === 'gone-b') return { ...s, url: server.url('/back') };
        return s;
      }),
    );
    const result = await runFetch(config);
    expect(server.countTo('/gone-a')).toBe(before.a + 1);
    expect(outcomeLine(result, 'gone-a')).toMatch(/ error +status=410/);
    expect(server.countTo('/back')).toBe(before.back + 1);
    expect(outcomeLine(result, 'gone-b')).toMatch(/ new +status=200 new=1/);
    expect(readSource(config, 'gone-b')).toMatchObject({
      disabledReason: null,
      url: server.url('/back'),
    });
  });
});
