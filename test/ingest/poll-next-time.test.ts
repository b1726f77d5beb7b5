import type { ServerResponse } from 'node:http';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildPollDeps, openApp } from '../../src/app.js';
import { pollSource } from '../../src/ingest/poll-source.js';
import { getSource, recordPoll } from '../../src/store/index.js';
import {
  createTempConfig,
  type FeedServer,
  rssFeed,
  startFeedServer,
  type TempConfig,
} from './poll-harness.js';

const minute = 60_000;
const hour = 60 * minute;
const now = new Date('2030-03-01T12:00:00.000Z');
let server: FeedServer;
let config: TempConfig;
let app: App;

const answer =
  (ttl?: number, cacheControl?: string, status = 200) =>
  (_req: unknown, res: ServerResponse) => {
    const headers: Record<string, string> = { 'content-type': 'application/rss+xml' };
    if (cacheControl) headers['cache-control'] = cacheControl;
    res.writeHead(status, headers).end(status === 200 ? rssFeed(`t${ttl}`, 1, ttl) : 'error');
  };

beforeAll(async () => {
  server = await startFeedServer({
    '/plain': answer(),
    '/ttl': answer(120),
    '/max-age': answer(undefined, 'public, max-age=10800'),
    '/both': answer(120, 'max-age=10800'),
    '/huge-max-age': answer(undefined, 'max-age=864000'),
    '/fails': answer(undefined, undefined, 500),
  });
  config = createTempConfig();
  config.write([
    { id: 'plain', url: server.url('/plain'), interval: '30m' },
    { id: 'ttl', url: server.url('/ttl'), interval: '30m' },
    { id: 'max-age', url: server.url('/max-age'), interval: '30m' },
    { id: 'both', url: server.url('/both'), interval: '30m' },
    { id: 'slow-interval', url: server.url('/both'), interval: '5h' },
    { id: 'huge-max-age', url: server.url('/huge-max-age'), interval: '30m' },
    { id: 'fails', url: server.url('/fails'), interval: '2h' },
  ]);
  app = await openApp(config.file, pino({ level: 'silent' }));
});
afterAll(async () => {
  app.close();
  await server.close();
  config.remove();
});

/** Polls one source with a fixed clock and jitter draw; returns the delay until its next poll. */
async function pollDelay(id: string, random = 0): Promise<number> {
  const deps = { ...buildPollDeps(app), now: () => now, random: () => random };
  const source = getSource(app.db, id);
  if (!source) throw new Error(`no source ${id}`);
  const outcome = await pollSource(source, deps);
  const nextPollAt = getSource(app.db, id)?.nextPollAt ?? '';
  expect(outcome.nextPollAt ?? nextPollAt).toBe(nextPollAt);
  return Date.parse(nextPollAt) - now.getTime();
}

describe('next poll time', () => {
  it('is the interval when nothing else asks for more', async () => {
    expect(await pollDelay('plain')).toBe(30 * minute);
  });

  it("follows the feed's <ttl> when longer than the interval", async () => {
    expect(await pollDelay('ttl')).toBe(120 * minute);
    expect(getSource(app.db, 'ttl')?.ttlMinutes).toBe(120);
  });

  it('follows Cache-Control max-age when longer', async () => {
    expect(await pollDelay('max-age')).toBe(3 * hour);
    expect(getSource(app.db, 'max-age')?.maxAgeSeconds).toBe(10_800);
  });

  it('takes the latest of interval, ttl and max-age', async () => {
    expect(await pollDelay('both')).toBe(3 * hour);
    expect(await pollDelay('slow-interval')).toBe(5 * hour);
  });

  it('caps max-age at 24 hours', async () => {
    expect(await pollDelay('huge-max-age')).toBe(24 * hour);
  });

  it('adds up to 10 % jitter from the random draw', async () => {
    expect(await pollDelay('plain', 0.5)).toBe(31.5 * minute);
    expect(await pollDelay('max-age', 0.999)).toBeCloseTo(3 * hour * 1.0999, -1);
  });

  it('backs off exponentially on errors, capped at 24 hours', async () => {
    expect(await pollDelay('fails')).toBe(4 * hour);
    expect(await pollDelay('fails')).toBe(8 * hour);
    expect(await pollDelay('fails')).toBe(16 * hour);
    expect(await pollDelay('fails')).toBe(24 * hour);
    recordPoll(app.db, 'fails', { consecutiveErrors: 40 });
    expect(await pollDelay('fails', 0.5)).toBe(24 * hour * 1.05);
    expect(getSource(app.db, 'fails')?.consecutiveErrors).toBe(41);
  });
});
