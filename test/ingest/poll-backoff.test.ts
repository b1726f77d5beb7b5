import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTempConfig,
  type FeedServer,
  outcomeLine,
  readSource,
  rssFeed,
  runFetch,
  startFeedServer,
  type TempConfig,
} from './poll-harness.js';

const minute = 60_000;
let server: FeedServer;
let config: TempConfig;
/** A short poll deadline only for the hanging server (parsing runs under the same deadline). */
let hangConfig: TempConfig;
let recoverPolls = 0;

beforeAll(async () => {
  server = await startFeedServer({
    '/500': (_req, res) => res.writeHead(500).end('oops'),
    '/hang': () => {},
    '/not-a-feed': (_req, res) => res.writeHead(200).end('<html><body>Hello</body></html>'),
    '/recover': (_req, res) => {
      recoverPolls += 1;
      if (recoverPolls <= 2) return res.writeHead(502).end('bad gateway');
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssFeed('recover', 1));
    },
  });
  config = createTempConfig({ timeout: '10s', allow_private_networks: true });
  config.write([
    { id: 'http-500', url: server.url('/500'), interval: '10m' },
    { id: 'no-dns', url: 'http://feed.topicfeed.invalid/rss.xml', interval: '10m' },
    { id: 'recover', url: server.url('/recover'), interval: '10m' },
    { id: 'not-a-feed', url: server.url('/not-a-feed'), interval: '10m' },
  ]);
  hangConfig = createTempConfig({ timeout: '1s', allow_private_networks: true });
  hangConfig.write([{ id: 'hang', url: server.url('/hang'), interval: '10m' }]);
});
afterAll(async () => {
  await server.close();
  config.remove();
  hangConfig.remove();
});

/** Checks interval × 2^errors ≤ next poll − last attempt ≤ that + 10 % jitter. */
function expectBackoff(id: string, errors: number, at = config): void {
  const row = readSource(at, id);
  expect(row.consecutiveErrors).toBe(errors);
  const delay = Date.parse(row.nextPollAt ?? '') - Date.parse(row.lastAttemptAt ?? '');
  const base = Math.min(10 * minute * 2 ** errors, 24 * 60 * minute);
  expect(delay).toBeGreaterThanOrEqual(base);
  expect(delay).toBeLessThanOrEqual(base * 1.1);
}

describe('errors and backoff through `fetch`', () => {
  it('records each failure with a message naming its stage', async () => {
    const result = await runFetch(config);
    const hung = await runFetch(hangConfig);
    expect(result.code).toBe(0);
    expect(outcomeLine(result, 'http-500')).toMatch(/ error +status=500 .*fetcher: HTTP 500/);
    expect(outcomeLine(result, 'no-dns')).toMatch(/ error +status=- .*fetcher: unable to fetch/);
    expect(outcomeLine(hung, 'hang')).toMatch(/ error .*fetcher: .*deadline/);
    expect(readSource(config, 'http-500')).toMatchObject({
      lastStatus: 500,
      lastOutcome: 'error',
      lastError: `fetcher: HTTP 500 from ${server.url('/500')}`,
      lastSuccessAt: null,
    });
    expect(readSource(config, 'no-dns').lastError).toMatch(/^fetcher: .*feed\.topicfeed\.invalid/);
    expect(readSource(hangConfig, 'hang').lastError).toMatch(/^fetcher: .*1000 ms deadline/);
    expect(outcomeLine(result, 'not-a-feed')).toMatch(/ error +status=- .*parser: /);
    expect(readSource(config, 'not-a-feed').lastError).toMatch(/^parser: /);
    for (const id of ['http-500', 'no-dns', 'recover', 'not-a-feed']) expectBackoff(id, 1);
    expectBackoff('hang', 1, hangConfig);
  });

  it('doubles the backoff on each consecutive error', async () => {
    await runFetch(config);
    await runFetch(hangConfig);
    for (const id of ['http-500', 'no-dns', 'recover', 'not-a-feed']) expectBackoff(id, 2);
    expectBackoff('hang', 2, hangConfig);
  });

  it('resets the error count and backoff on a success', async () => {
    const result = await runFetch(config, 'recover');
    expect(outcomeLine(result, 'recover')).toMatch(/ new +status=200 new=1/);
    const row = readSource(config, 'recover');
    expect(row).toMatchObject({ consecutiveErrors: 0, lastError: null, lastOutcome: 'new' });
    expect(row.lastSuccessAt).toBe(row.lastAttemptAt);
    const delay = Date.parse(row.nextPollAt ?? '') - Date.parse(row.lastAttemptAt ?? '');
    expect(delay).toBeGreaterThanOrEqual(10 * minute);
    expect(delay).toBeLessThanOrEqual(11 * minute);
  });
});
